/**
 * The table side of a narrative figure: a sum of cells, where a 表三 总计 printed blank (or as a
 * dash) is read as the sum of its row's applicant columns. Reports often leave the 总计 column empty
 * (上海2019: “予以公开及部分公开258件” is 275 by the applicant columns, not 0).
 */
import { cellKey, leafColumns, tablesOf } from "../cells";
import { sumOf, type Numbers } from "../check/values";
import type { Report } from "../types";
import { parseValue } from "../values";

const T3_TOTAL = /^t3\.(.+)\.total$/;

function isBlank(raw: Report["values"][string] | undefined): boolean {
  if (raw === undefined || raw === null) return true;
  const issues = parseValue(raw, "count").issues;
  return issues.includes("blank") || issues.includes("dash");
}

/** The cells to add for `keys`, with blank 表三 totals replaced by their applicant columns. */
export function narrativeKeys(keys: string[], report: Report): string[] {
  const applicants = leafColumns(tablesOf(report).t3.header)
    .map((c) => c.id)
    .filter((id) => id !== "total");
  return keys.flatMap((k) => {
    const m = T3_TOTAL.exec(k);
    if (!m || !isBlank(report.values[k])) return [k];
    return applicants.map((c) => cellKey(3, m[1], c));
  });
}

export function narrativeSum(
  keys: string[],
  report: Report,
  nums: Numbers
): { keys: string[]; value: number | null } {
  const used = narrativeKeys(keys, report);
  return { keys: used, value: sumOf(used, nums) };
}
