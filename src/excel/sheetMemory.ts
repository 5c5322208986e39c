/**
 * What this pane session last saw or wrote on each report sheet, in memory (keyed by the sheet's id,
 * which is stable within a session): the fills the check wrote, so that a check writes only what
 * changes on hosts that cannot read fills back (below ExcelApi 1.9), and the cells' formulas as last
 * read, so that a change event that changed no value (a format change, ours or the user's) starts no
 * check. Nothing here is saved in the workbook.
 */
import type { FillState, Rect } from "../sheet";

interface SheetMemory {
  fills?: FillState;
  /** The block's formulas (values where no formula) as last read, at `rect`. */
  grid?: { rect: Rect; formulas: unknown[][] };
}

const memory = new Map<string, SheetMemory>();

export function rememberFills(sheetId: string, fills: FillState): void {
  memory.set(sheetId, { ...memory.get(sheetId), fills: new Map(fills) });
}

export function rememberedFills(sheetId: string): FillState | null {
  return memory.get(sheetId)?.fills ?? null;
}

/** The fills are unknown again: a writer cleared or reformatted the block (an insert over it). */
export function forgetFills(sheetId: string): void {
  const m = memory.get(sheetId);
  if (m) memory.set(sheetId, { grid: m.grid });
}

export function rememberGrid(sheetId: string, rect: Rect, formulas: unknown[][]): void {
  memory.set(sheetId, { ...memory.get(sheetId), grid: { rect, formulas } });
}

export function rememberedGrid(sheetId: string): SheetMemory["grid"] | null {
  return memory.get(sheetId)?.grid ?? null;
}

/** Forget everything (a test's fresh workbook; the pane never needs it). */
export function forgetSheets(): void {
  memory.clear();
}
