/**
 * X-01..X-04: this year's report against last year's (spec/format.md §5.2). say when
 * the report given as last year's is not: of another year (the same or a later year: the checks are
 * then notes, never errors) or of another agency (X-06, a warning).
 */
import { cellIndex, cellKey, leafColumns, refOf, tablesOf } from "../cells";
import type { Finding, Report } from "../types";
import type { Numbers } from "./values";

export function checkCrossYear(
  report: Report,
  nums: Numbers,
  prev: Report,
  prevNums: Numbers,
  findings: Finding[]
): void {
  const index = cellIndex(report);
  const agency = (r: Report) => r.agency.replace(/\s+/g, "");
  if (agency(report) && agency(prev) && agency(report) !== agency(prev)) {
    findings.push({
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
  // Last year's report of the same or a later year: nothing it says can be an error of this one.
  const notBefore = report.year !== null && prev.year !== null && prev.year >= report.year;
  const demote = (s: Finding["severity"]): Finding["severity"] => (notBefore ? "info" : s);
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
  const t2 = report.tableEditions?.[2] ?? report.edition;
  const prevT2 = prev.tableEditions?.[2] ?? prev.edition;
  if (t2 === "2021" && prevT2 === "2021") {
    for (const row of ["rules", "normative"]) {
      const now = nums.get(cellKey(2, row, "inForce"));
      const issued = nums.get(cellKey(2, row, "issued"));
      const repealed = nums.get(cellKey(2, row, "repealed"));
      const before = prevNums.get(cellKey(2, row, "inForce"));
      if ([now, issued, repealed, before].some((v) => v === undefined)) continue;
      const expected = before! + issued! - repealed!;
      if (expected === now) continue;
      const ref = refOf(index.get(cellKey(2, row, "inForce"))!);
      findings.push({
        rule: "X-02",
        severity: demote("warning"),
        cells: [ref],
        expected,
        actual: now!,
        message: {
          zh: `表二“${ref.row}”：现行有效件数 ${now}，而上年现行有效 ${before} + 本年制发 ${issued} − 本年废止 ${repealed} = ${expected}。如有文件自然失效，可忽略此提示。`,
          en: `Table 2, “${ref.row}”: 现行有效件数 is ${now}, but last year's ${before} + issued ${issued} − repealed ${repealed} = ${expected}. Ignore if some documents lapsed without repeal.`,
        },
      });
    }
  }
  if (t2 === "2019" && prevT2 === "2019") {
    for (const row of ["licensing", "otherServices", "penalty", "enforcement", "fees"]) {
      const now = nums.get(cellKey(2, row, "prevItems"));
      const before = prevNums.get(cellKey(2, row, "prevItems"));
      const change = prevNums.get(cellKey(2, row, "change"));
      if (now === undefined || before === undefined || change === undefined) continue;
      const expected = before + change;
      if (expected === now) continue;
      const ref = refOf(index.get(cellKey(2, row, "prevItems"))!);
      findings.push({
        rule: "X-03",
        severity: demote("warning"),
        cells: [ref],
        expected,
        actual: now,
        message: {
          zh: `表二“${ref.row}”：上一年项目数量 ${now}，而上年报告的上一年项目数量 ${before} 加本年增/减 ${change} 为 ${expected}。`,
          en: `Table 2, “${ref.row}”: 上一年项目数量 is ${now}, but last year's ${before} plus its 本年增/减 ${change} is ${expected}.`,
        },
      });
    }
  }
}
