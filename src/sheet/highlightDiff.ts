/**
 * Write nothing that is already there: the fill every value cell should have under a highlight plan,
 * compared with the fill it has (read from the sheet, or remembered from the last write), gives the
 * few cells to write. On hosts without add-in undo support every write wipes the user's Ctrl+Z
 * (spec/excel-host.md §9), so a check that changes nothing must write nothing.
 *
 * Generic over the plan: a cell's state is the colour its highlight carries, whatever kind of
 * highlight it is, so a new kind in highlight.ts needs nothing here.
 */
import type { Highlight } from "./highlight";
import type { SheetLayout } from "./layout";

/** Value cell key → its fill ("#RRGGBB", upper case), or null for none. */
export type FillState = Map<string, string | null>;

export interface FillChange {
  key: string;
  /** The fill to set, or null to clear it. */
  color: string | null;
}

/** A fill as Excel reports it, comparable: no fill (or white, which Excel reports for none) is null. */
export function normalizeFill(color: string | null | undefined): string | null {
  if (color === null || color === undefined || color === "") return null;
  const c = color.trim().toUpperCase();
  return c === "#FFFFFF" || c === "WHITE" ? null : c;
}

/** The fill each value cell of `layout` should have: the plan's colour, or none. */
export function wantedFills(plan: Highlight[], layout: Pick<SheetLayout, "cells">): FillState {
  const out: FillState = new Map(layout.cells.map((c) => [c.key, null]));
  for (const h of plan) if (out.has(h.key)) out.set(h.key, normalizeFill(h.color));
  return out;
}

/**
 * The cells whose fill must change, in the layout's order. `have` null means the sheet's state is
 * unknown (a host that cannot read fills, before the first write this session): every cell is written.
 */
export function fillChanges(want: FillState, have: FillState | null): FillChange[] {
  const out: FillChange[] = [];
  for (const [key, color] of want) {
    if (have && have.has(key) && normalizeFill(have.get(key)) === color) continue;
    out.push({ key, color });
  }
  return out;
}
