/** X-01..X-04: this year's report against last year's (spec/format.md §5.2). */
import { cellIndex, cellKey, leafColumns, refOf, tablesOf } from "../cells";
import { EDITIONS, TABLE_NAMES } from "../editions";
import { RULES } from "../rules";
import type { Finding, Report, YearTerm } from "../types";
import type { Numbers } from "./values";

export function checkCrossYear(
  report: Report,
  nums: Numbers,
  prev: Report,
  prevNums: Numbers,
  findings: Finding[]
): void {
  const index = cellIndex(report);
  if (report.year !== null && prev.year !== null && prev.year !== report.year - 1) {
    findings.push({
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
  // 表三's columns are the same in both editions, so 上年结转 = last year's 结转下年度 holds across the switch.
  const switched = prev.edition !== report.edition;
  const rule = switched ? "X-04" : "X-01";
  for (const col of leafColumns(tablesOf(report).t3.header)) {
    const carried = nums.get(cellKey(3, "carried", col.id));
    const before = prevNums.get(cellKey(3, "carryForward", col.id));
    if (carried === undefined || before === undefined || carried === before) continue;
    const ref = refOf(index.get(cellKey(3, "carried", col.id))!);
    const colName = col.path[col.path.length - 1];
    findings.push({
      rule,
      severity: "error",
      cells: [ref],
      expected: before,
      actual: carried,
      message: {
        zh: `表三“${colName}”列：上年结转填的是 ${carried}，但${prev.year ?? "上"}年报告的“四、结转下年度继续办理”是 ${before}${switched ? "（跨2020→2021版式切换，表三各列口径未变）" : ""}。`,
        en: `Table 3, column “${colName}”: 上年结转 is ${carried}, but last year's (${prev.year ?? "?"}) 结转下年度继续办理 was ${before}${switched ? " (across the 2020→2021 edition switch; table 3 columns did not change)" : ""}.`,
      },
    });
  }
  checkStockFlow(report, nums, prev, prevNums, findings);
}

/** 表二 stock against last year's stock and this year's flows, where both 表二 share an edition. */
function checkStockFlow(
  report: Report,
  nums: Numbers,
  prev: Report,
  prevNums: Numbers,
  findings: Finding[]
): void {
  const t2 = report.tableEditions?.[2] ?? report.edition;
  if (t2 !== (prev.tableEditions?.[2] ?? prev.edition)) return;
  const index = cellIndex(report);
  const name = TABLE_NAMES[2];
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
      findings.push({
        rule: decl.rule,
        severity: RULES[decl.rule].severities[0],
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
}

function sum(xs: (number | undefined)[]): number {
  return xs.reduce<number>((a, b) => a + (b ?? 0), 0);
}
