/** The totals of a report computed from its parts. */
import { relationsOf } from "./relations";
import type { RawValue, Report } from "./types";

/**
 * Fill every total cell from its parts (T3-03 row totals, then T3-02 （七）总计, then T3-01-consistent
 * numbers are the caller's business). Returns a new report; parts that are not numbers count as 0.
 */
export function withTotals(report: Report): Report {
  const values: Record<string, RawValue> = { ...report.values };
  const num = (k: string) => {
    const v = values[k];
    return typeof v === "number" ? v : 0;
  };
  const rels = relationsOf(report).filter((r) => r.rule !== "T3-01");
  // Row totals first, so the column total over the 总计 column sums filled values.
  const ordered = [
    ...rels.filter((r) => r.rule !== "T3-02"),
    ...rels.filter((r) => r.rule === "T3-02"),
  ];
  for (const r of ordered) values[r.actual[0]] = r.expected.reduce((s, k) => s + num(k), 0);
  return { ...report, values };
}
