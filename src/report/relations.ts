/**
 * The balancing rules expanded from the edition declarations into concrete relations over cell keys:
 * Σ expected = Σ actual. The JavaScript checker and the Excel conditional-format formulas both read
 * this list, so a rule fixed here is fixed everywhere.
 */
import { cellKey, leafColumns, tablesOf } from "./cells";
import type { Report, SumDecl, SumRuleId, TableNo } from "./types";

export interface Relation {
  rule: SumRuleId;
  table: TableNo;
  /** Cells whose sum is the expected side (the parts; for T3-01 一 and 二). */
  expected: string[];
  /** Cells whose sum is the actual side (the printed total; for T3-01 （七）总计 and 四). */
  actual: string[];
  /** Cells to colour when the relation fails. */
  highlight: string[];
  /** The row id (along a row) or column id (along a column) the relation runs on. */
  on: string;
}

function expandSum(table: TableNo, s: SumDecl, rowIds: string[], colIds: string[]): Relation[] {
  if (s.along === "column") {
    return colIds.map((c) => ({
      rule: s.rule,
      table,
      expected: s.addends.map((r) => cellKey(table, r, c)),
      actual: [cellKey(table, s.target, c)],
      highlight: [cellKey(table, s.target, c)],
      on: c,
    }));
  }
  return (s.only ?? rowIds).map((r) => ({
    rule: s.rule,
    table,
    expected: s.addends.map((c) => cellKey(table, r, c)),
    actual: [cellKey(table, r, s.target)],
    highlight: [cellKey(table, r, s.target)],
    on: r,
  }));
}

const cache = new Map<string, Relation[]>();

export function relationsOf(report: Pick<Report, "edition" | "tableEditions">): Relation[] {
  const id = `${report.edition}|${report.tableEditions?.[3] ?? ""}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const t = tablesOf(report);
  const t3Rows = t.t3.rows.map((r) => r.id);
  const t3Cols = leafColumns(t.t3.header).map((c) => c.id);
  const t4Rows = t.t4.rows.map((r) => r.id);
  const t4Cols = leafColumns(t.t4.header).map((c) => c.id);
  const out: Relation[] = [];
  for (const idn of t.identities) {
    for (const c of t3Cols) {
      const lhs = idn.lhs.map((r) => cellKey(3, r, c));
      const rhs = idn.rhs.map((r) => cellKey(3, r, c));
      out.push({
        rule: idn.rule,
        table: 3,
        expected: lhs,
        actual: rhs,
        highlight: [...lhs, ...rhs],
        on: c,
      });
    }
  }
  for (const s of t.sums.t3) out.push(...expandSum(3, s, t3Rows, t3Cols));
  for (const s of t.sums.t4) out.push(...expandSum(4, s, t4Rows, t4Cols));
  cache.set(id, out);
  return out;
}
