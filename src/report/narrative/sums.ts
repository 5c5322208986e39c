/**
 * The table side of a narrative figure: a sum of cells, where a printed total left blank (or as a
 * dash) is read as the sum of its parts, by the balancing relation whose total it is. Reports often
 * leave the 总计 column empty (上海2019: “予以公开及部分公开258件” is 275 by the applicant columns,
 * not 0).
 */
import { sumOf, type Numbers } from "../check/values";
import { relationsOf } from "../relations";
import type { Report } from "../types";
import { parseValue } from "../values";

function isBlank(raw: Report["values"][string] | undefined): boolean {
  if (raw === undefined || raw === null) return true;
  const issues = parseValue(raw, "count").issues;
  return issues.includes("blank") || issues.includes("dash");
}

/**
 * The parts that stand in for a blank printed total: the addends of a sum relation whose one total
 * cell it is. （七）总计/总计 is the total of its row and of its column; the relation with a part filled
 * is taken, since a blank 总计 column cannot stand in for itself.
 */
function partsOf(key: string, report: Report): string[] | undefined {
  return relationsOf(report).find(
    (r) =>
      r.actual.length === 1 &&
      r.actual[0] === key &&
      r.expected.some((k) => !isBlank(report.values[k]))
  )?.expected;
}

/** The cells to add for `keys`, with blank printed totals replaced by their parts. */
export function narrativeKeys(keys: string[], report: Report): string[] {
  return keys.flatMap((k) => (isBlank(report.values[k]) && partsOf(k, report)) || [k]);
}

export function narrativeSum(
  keys: string[],
  report: Report,
  nums: Numbers
): { keys: string[]; value: number | null } {
  const used = narrativeKeys(keys, report);
  return { keys: used, value: sumOf(used, nums) };
}
