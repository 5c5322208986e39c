/**
 * X-01..X-04: this year's report against last year's (spec/format.md §5.2). say when
 * the report given as last year's is not: of another year (the same or a later year: the checks are
 * then notes, never errors) or of another agency (X-06, a warning).
 */
import { cellIndex, cellKey, leafColumns, refOf, tablesOf } from "../cells";
import { EDITIONS, TABLE_NAMES } from "../editions";
import { RULES } from "../rules";
import type { CellDef, Finding, Report, Severity, YearTerm } from "../types";
import type { Numbers } from "./values";

/** This year's report and last year's, with what every cross-year check reads. */
interface YearPair {
  report: Report;
  nums: Numbers;
  prev: Report;
  prevNums: Numbers;
  index: Map<string, CellDef>;
  /** The severity a rule gives, or info when last year's report is of the same or a later year. */
  demote: (s: Severity) => Severity;
}

export function checkCrossYear(
  report: Report,
  nums: Numbers,
  prev: Report,
  prevNums: Numbers,
  findings: Finding[]
): void {
  // Last year's report of the same or a later year: nothing it says can be an error of this one.
  const notBefore = report.year !== null && prev.year !== null && prev.year >= report.year;
  const pair: YearPair = {
    report,
    nums,
    prev,
    prevNums,
    index: cellIndex(report),
    demote: (s) => (notBefore ? "info" : s),
  };
  findings.push(...notLastYears(pair), ...carriedOver(pair), ...stockFlow(pair));
}

/** the report given as last year's is another agency's, or not of the year before. */
function notLastYears({ report, prev }: YearPair): Finding[] {
  const out: Finding[] = [];
  const agency = (r: Report) => r.agency.replace(/\s+/g, "");
  if (agency(report) && agency(prev) && agency(report) !== agency(prev)) {
    out.push({
      rule: "X-06",
      severity: "warning",
      cells: [],
      expected: report.agency,
      actual: prev.agency,
      message: {
        zh: `作为“上年”比对的报告是“${prev.agency}”的，不是“${report.agency}”的，跨年核对结果仅供参考。`,
        en: `The report given as last year's is ${prev.agency}'s, not ${report.agency}'s; cross-year checks are indicative only.`,
      },
    });
  }
  if (report.year !== null && prev.year !== null && prev.year !== report.year - 1) {
    out.push({
      rule: "X-00",
      severity: "info",
      cells: [],
      expected: report.year - 1,
      actual: prev.year,
      message: {
        zh: `作为“上年”比对的报告是 ${prev.year} 年的，不是 ${report.year - 1} 年的，跨年核对结果仅供参考。`,
        en: `The report given as last year's is for ${prev.year}, not ${report.year - 1}; cross-year checks are indicative only.`,
      },
    });
  }
  return out;
}

/** 表三 上年结转 against last year's 结转下年度, column by column. */
function carriedOver({ report, nums, prev, prevNums, index, demote }: YearPair): Finding[] {
  // 表三's columns are the same in both editions, so 上年结转 = last year's 结转下年度 holds across the switch.
  const switched = prev.edition !== report.edition;
  const rule = switched ? "X-04" : "X-01";
  const out: Finding[] = [];
  for (const col of leafColumns(tablesOf(report).t3.header)) {
    const carried = nums.get(cellKey(3, "carried", col.id));
    const before = prevNums.get(cellKey(3, "carryForward", col.id));
    if (carried === undefined || before === undefined || carried === before) continue;
    const ref = refOf(index.get(cellKey(3, "carried", col.id))!);
    const colName = col.path[col.path.length - 1];
    out.push({
      rule,
      severity: demote("error"),
      cells: [ref],
      expected: before,
      actual: carried,
      message: {
        zh: `表三“${colName}”列：上年结转填的是 ${carried}，但${prev.year ?? "上"}年报告的“四、结转下年度继续办理”是 ${before}${switched ? "（跨2020→2021版式切换，表三各列口径未变）" : ""}。`,
        en: `Table 3, column “${colName}”: 上年结转 is ${carried}, but last year's (${prev.year ?? "?"}) 结转下年度继续办理 was ${before}${switched ? " (across the 2020→2021 edition switch; table 3 columns did not change)" : ""}.`,
      },
    });
  }
  return out;
}

/** 表二 stock against last year's stock and this year's flows, where both 表二 share an edition. */
function stockFlow({ report, nums, prev, prevNums, index, demote }: YearPair): Finding[] {
  const t2 = report.tableEditions?.[2] ?? report.edition;
  if (t2 !== (prev.tableEditions?.[2] ?? prev.edition)) return [];
  const name = TABLE_NAMES[2];
  const out: Finding[] = [];
  for (const decl of EDITIONS[t2].stockFlow) {
    for (const row of decl.rows) {
      const read = (t: YearTerm) =>
        (t.year === "this" ? nums : prevNums).get(cellKey(2, row, t.col));
      const now = nums.get(cellKey(2, row, decl.stock));
      const plus = decl.plus.map(read);
      const minus = decl.minus.map(read);
      if (now === undefined || [...plus, ...minus].some((v) => v === undefined)) continue;
      const expected = sum(plus) - sum(minus);
      if (expected === now) continue;
      const ref = refOf(index.get(cellKey(2, row, decl.stock))!);
      const term = (t: YearTerm, v: number | undefined) => ({
        zh: `${t.year === "prev" ? "上年报告的" : ""}${index.get(cellKey(2, row, t.col))?.column ?? t.col} ${v}`,
        en: `${t.year === "prev" ? "last year's " : ""}${index.get(cellKey(2, row, t.col))?.column ?? t.col} ${v}`,
      });
      const terms = (lang: "zh" | "en") =>
        [
          ...decl.plus.map((t, i) => (i ? " + " : "") + term(t, plus[i])[lang]),
          ...decl.minus.map((t, i) => " − " + term(t, minus[i])[lang]),
        ].join("");
      out.push({
        rule: decl.rule,
        severity: demote(RULES[decl.rule].severities[0]),
        cells: [ref],
        expected,
        actual: now,
        message: {
          zh: `${name.zh}“${ref.row}”：${ref.column} ${now}，而${terms("zh")} = ${expected}。${decl.caveat?.zh ?? ""}`,
          en: `${name.en}, “${ref.row}”: ${ref.column} is ${now}, but ${terms("en")} = ${expected}.${decl.caveat ? " " + decl.caveat.en : ""}`,
        },
      });
    }
  }
  return out;
}

function sum(xs: (number | undefined)[]): number {
  return xs.reduce<number>((a, b) => a + (b ?? 0), 0);
}
