/**
 * Cached results for the plan's =SUM formulas (totals written as formulas). The file asks for a full
 * recalculation on load, but a reader that does not calculate (a previewer, our own checker reading the
 * file back) sees the cached value: it must be what the spreadsheet would compute.
 */
import { a1, parseRange, type SheetPlan } from "../../../sheet";
import { evaluateSums } from "../../../sheet/sums";

/** Address → computed value of every formula cell of the plan. */
export function formulaResults(plan: SheetPlan): Map<string, number> {
  const block = parseRange(plan.values.range);
  if (!block) throw new Error(`xlsx: bad block range ${plan.values.range}`);
  const formulaAt = new Map<string, string>();
  for (const f of plan.formulas) {
    const r = parseRange(f.range);
    if (!r) throw new Error(`xlsx: bad formula range ${f.range}`);
    f.formulas.forEach((row, i) =>
      row.forEach((text, j) => formulaAt.set(a1({ row: r.top + i, col: r.left + j }), text))
    );
  }
  const results = evaluateSums(formulaAt, (address) => {
    const p = parseRange(address)!;
    return plan.values.values[p.top - block.top]?.[p.left - block.left] ?? "";
  });
  const out = new Map<string, number>();
  for (const [address, v] of results) {
    if (v === null) throw new Error(`xlsx: the plan's formula at ${address} is not a plain SUM`);
    out.set(address, v);
  }
  return out;
}
