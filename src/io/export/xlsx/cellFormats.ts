/**
 * The plan's format actions resolved to one format per cell, the way Excel applies them: in order,
 * a later action overriding an earlier one property by property on the cells they share. A file has
 * no “format this range” operation, so every cell of the block gets its own complete format.
 */
import { a1, parseRange, rectCells, type CellFormat, type SheetPlan } from "../../../sheet";

/** A cell's format with what the file writer needs besides the plan's formats. */
export interface ResolvedFormat extends CellFormat {
  numberFormat?: string;
  unlocked?: boolean;
}

function merge(into: ResolvedFormat, f: CellFormat): ResolvedFormat {
  const out: ResolvedFormat = { ...into, ...f };
  if (into.font || f.font) out.font = { ...into.font, ...f.font };
  return out;
}

function eachCell(range: string, visit: (address: string) => void): void {
  const r = parseRange(range);
  if (!r) throw new Error(`xlsx: not an A1 range in the plan: ${range}`);
  for (const p of rectCells(r)) visit(a1(p));
}

/** Address → resolved format, for every cell any format, number format or unlock action touches. */
export function resolveFormats(plan: SheetPlan): Map<string, ResolvedFormat> {
  const out = new Map<string, ResolvedFormat>();
  const update = (range: string, change: (f: ResolvedFormat) => ResolvedFormat) =>
    eachCell(range, (at) => out.set(at, change(out.get(at) ?? {})));
  for (const action of plan.formats) update(action.range, (f) => merge(f, action.format));
  for (const n of plan.numberFormats) update(n.range, (f) => ({ ...f, numberFormat: n.format }));
  for (const u of plan.protection.unlocked) update(u, (f) => ({ ...f, unlocked: true }));
  return out;
}
