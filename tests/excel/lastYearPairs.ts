/** Pairs of reports a year apart, made from seeded balanced reports: one that carries over, one that does not. */
import { cellKey, checkReport, type Report } from "../../src/report";
import { T3_COLUMNS, T3_PART_COLUMNS } from "../../src/report/editions/table3";
import { randomBalancedReport } from "../support/randomReport";

const num = (r: Report, key: string) => (r.values[key] as number | null) ?? 0;

/** This year's report whose 上年结转 is last year's 结转下年度 in every column, still balanced. */
export function matchingThisYear(
  prev: Report,
  seed: number,
  year = (prev.year ?? 2023) + 1
): Report {
  const r = randomBalancedReport(seed, "2021", year);
  const v = r.values;
  for (const col of T3_PART_COLUMNS) {
    const k = (row: string) => cellKey(3, row, col);
    v[k("carried")] = num(prev, k("carryForward"));
    let fresh = num(r, k("resultTotal")) + num(r, k("carryForward")) - num(r, k("carried"));
    if (fresh < 0) {
      v[k("carryForward")] = num(r, k("carryForward")) - fresh;
      fresh = 0;
    }
    v[k("new")] = fresh;
  }
  for (const row of ["new", "carried", "carryForward"])
    v[cellKey(3, row, "total")] = T3_PART_COLUMNS.reduce(
      (s, col) => s + num(r, cellKey(3, row, col)),
      0
    );
  // 现行有效 = last year's + 本年制发 − 本年废止.
  for (const row of ["rules", "normative"]) {
    const k = (col: string) => cellKey(2, row, col);
    const before = num(prev, k("inForce"));
    v[k("repealed")] = Math.min(num(r, k("repealed")), before);
    v[k("inForce")] = before + num(r, k("issued")) - num(r, k("repealed"));
  }
  return r;
}

/** A year apart and clean on their own; `matching` also passes every cross-year rule. */
export function yearPair(seed: number): { prev: Report; matching: Report; mismatching: Report } {
  const prev = randomBalancedReport(seed, "2021", 2023);
  prev.agency = "示例局";
  const matching = matchingThisYear(prev, seed + 1000);
  matching.agency = "示例局";
  const mismatching = matchingThisYear(prev, seed + 2000);
  mismatching.agency = "示例局";
  // One column off by 3 in 上年结转, with 一 lowered to keep the table balanced.
  const col = T3_COLUMNS[0].id;
  mismatching.values[cellKey(3, "carried", col)] = num(mismatching, cellKey(3, "carried", col)) + 3;
  mismatching.values[cellKey(3, "carried", "total")] =
    num(mismatching, cellKey(3, "carried", "total")) + 3;
  mismatching.values[cellKey(3, "new", col)] = num(mismatching, cellKey(3, "new", col)) - 3;
  mismatching.values[cellKey(3, "new", "total")] = num(mismatching, cellKey(3, "new", "total")) - 3;
  if ((mismatching.values[cellKey(3, "new", col)] as number) < 0) {
    // Keep 一 ≥ 0: raise 结转下年度 instead.
    mismatching.values[cellKey(3, "new", col)] =
      (mismatching.values[cellKey(3, "new", col)] as number) + 3;
    mismatching.values[cellKey(3, "new", "total")] =
      (mismatching.values[cellKey(3, "new", "total")] as number) + 3;
    mismatching.values[cellKey(3, "carryForward", col)] =
      num(mismatching, cellKey(3, "carryForward", col)) + 3;
    mismatching.values[cellKey(3, "carryForward", "total")] =
      num(mismatching, cellKey(3, "carryForward", "total")) + 3;
  }
  return { prev, matching, mismatching };
}

/** Errors of a report on its own (no last year). */
export function errorsOf(r: Report, prev?: Report): string[] {
  return checkReport(r, prev ? { prev } : {})
    .filter((f) => f.severity === "error")
    .map((f) => `${f.rule} ${f.cells.map((c) => c.key).join(",")}`);
}
