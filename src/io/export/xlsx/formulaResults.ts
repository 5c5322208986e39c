/**
 * Cached results for the plan's =SUM formulas (totals written as formulas). The file asks for a full
 * recalculation on load, but a reader that does not calculate (a previewer, our own checker reading the
 * file back) sees the cached value: it must be what the spreadsheet would compute. A total may sum
 * other totals (表三's （七）总计 column), so results are resolved recursively.
 */
import { a1, parseRange, rectCells, type SheetPlan } from "../../../sheet";

const SUM = /^=SUM\((.*)\)$/i;

/** Address → computed value of every formula cell of the plan; text and blanks count as 0, as in SUM. */
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
  const results = new Map<string, number>();
  const visiting = new Set<string>();
  const valueAt = (address: string): number => {
    if (formulaAt.has(address)) return resultOf(address);
    const p = parseRange(address)!;
    const v = plan.values.values[p.top - block.top]?.[p.left - block.left];
    return typeof v === "number" ? v : 0;
  };
  const resultOf = (address: string): number => {
    const known = results.get(address);
    if (known !== undefined) return known;
    if (visiting.has(address)) throw new Error(`xlsx: circular total at ${address}`);
    visiting.add(address);
    const m = SUM.exec(formulaAt.get(address)!);
    if (!m) throw new Error(`xlsx: unexpected formula at ${address}: ${formulaAt.get(address)}`);
    let sum = 0;
    for (const part of m[1].split(",")) {
      const r = parseRange(part.replace(/\$/g, ""));
      if (!r) throw new Error(`xlsx: unexpected reference ${part} at ${address}`);
      for (const p of rectCells(r)) sum += valueAt(a1(p));
    }
    visiting.delete(address);
    // Rounded as a spreadsheet shows it: 0.1 + 0.2 is 0.3 there, not 0.30000000000000004.
    const rounded = Number(sum.toPrecision(15));
    results.set(address, rounded);
    return rounded;
  };
  for (const address of formulaAt.keys()) resultOf(address);
  return results;
}
