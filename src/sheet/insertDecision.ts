/**
 * Where insertReport puts the tables, from what its read found: update the workbook's report of the
 * same year in place (typed values kept), put a first report on a sheet of its own, or ask first when
 * something would be overwritten or lost. Pure.
 */
import { cellsOf, type EditionId, type Report } from "../report";
import {
  intersect,
  rectAddress,
  rectCells,
  rectUnion,
  rectWithin,
  type CellPos,
  type Rect,
} from "./a1";
import { layoutOf } from "./layout";
import { reportSheetBaseName, uniqueSheetNameOf } from "./registry";
import { isDamaged, locateReport } from "./reportRead";
import type { FoundBlock, SheetProtectionOptions, Snapshot } from "./snapshot";

export interface InsertOptions {
  year: number;
  edition: EditionId;
  agency: string;
  /** Write the total cells as SUM formulas instead of leaving them for the agency to type. */
  totalsAsFormulas: boolean;
  /**
   * Sheet to insert into (created when missing). Default: where the workbook's report of this year is
   * (updated in place); else a new sheet `${year}年报表格` (`(2)` added when taken). When the workbook's
   * report is another year's, the call asks (status "occupied") first.
   */
  sheetName?: string;
  /** The user agreed to overwrite what is in the target range (asked in the pane first). */
  overwrite?: boolean;
  /** Put the tables on a new sheet (`${year}年报表格`, or `sheetName` made unique) instead of the target (the pane offers this when the target is not free). */
  newSheet?: boolean;
  /** Language of the sheet's validation messages and name comments (labels are always the official Chinese). */
  lang?: "zh" | "en";
}

export type InsertResult =
  /** Written. `kept` counts typed values carried over from a report already on the sheet. */
  | { status: "inserted"; sheetName: string; address: string; kept: number }
  /** Nothing written: the target holds other content; ask the user, then call again with overwrite or newSheet. */
  | { status: "occupied"; sheetName: string; address: string }
  /**
   * Nothing written: the sheet holds a report whose typed values would not all fit the requested tables
   * (another edition). `lost` counts them. Ask, then call again with overwrite or newSheet.
   */
  | { status: "wouldDrop"; sheetName: string; address: string; lost: number };

export type InsertDecision =
  | { action: "ask"; result: Exclude<InsertResult, { status: "inserted" }> }
  | {
      action: "write";
      sheet: { name: string; create: boolean; id?: string };
      origin: CellPos;
      report: Report;
      /** Areas to clear before writing (an earlier block, or content the user agreed to overwrite). */
      clear: string[];
      unprotect: boolean;
      /** The user's protection options, put back after writing (when unprotect). */
      protectionOptions?: SheetProtectionOptions;
      kept: number;
    };

type Write = Extract<InsertDecision, { action: "write" }>;

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Bounding box of the non-empty cells of `grid` (origin at grid.rect's top-left) inside `area`; null when all empty. */
export function contentIn(
  grid: Pick<FoundBlock, "rect" | "values" | "formulas">,
  area: Rect
): Rect | null {
  let box: Rect | null = null;
  for (const p of rectCells(area)) {
    const i = p.row - grid.rect.top;
    const j = p.col - grid.rect.left;
    const v = grid.formulas[i]?.[j] ?? grid.values[i]?.[j];
    if (isBlank(v)) continue;
    const cell = { top: p.row, left: p.col, bottom: p.row, right: p.col };
    box = box ? rectUnion(box, cell) : cell;
  }
  return box;
}

/** Whether the target sheet must be unprotected to write, and the user's options to put back. */
export function protectionOf(
  block: FoundBlock | null
): Pick<Write, "unprotect" | "protectionOptions"> {
  if (!block?.protected) return { unprotect: false };
  return {
    unprotect: true,
    ...(block.protectionOptions ? { protectionOptions: block.protectionOptions } : {}),
  };
}

/** The areas to clear when a block at `old` is replaced by one at `next`: the old, and the new when it differs. */
function clearFor(old: Rect, next: Rect): string[] {
  return rectAddress(next) === rectAddress(old)
    ? [rectAddress(old)]
    : [rectAddress(old), rectAddress(next)];
}

/** What to do, from what the read found. */
export function decideInsert(opts: InsertOptions, snap: Snapshot): InsertDecision {
  const fresh: Report = { edition: opts.edition, year: opts.year, agency: opts.agency, values: {} };
  const newCells = cellsOf(fresh);
  const newKeys = new Set(newCells.map((c) => c.key));
  const existing = locateReport(snap);
  const sameReport =
    existing !== null &&
    (existing.report.year === null || existing.report.year === opts.year) &&
    (opts.sheetName === undefined ||
      opts.sheetName.toLowerCase() === existing.sheetName.toLowerCase());
  // Unique (Excel compares case-insensitively), legal and at most 31 characters: 2024年报表格(2) …
  const newSheetName = () =>
    uniqueSheetNameOf(
      opts.sheetName && opts.newSheet ? opts.sheetName : reportSheetBaseName(opts.year),
      snap.sheetNames
    );
  const onNewSheet = (name: string, report: Report, kept: number): InsertDecision => ({
    action: "write",
    sheet: { name, create: true },
    origin: { row: 0, col: 0 },
    report,
    clear: [],
    unprotect: false,
    kept,
  });

  if (existing && sameReport) {
    const carried: Report["values"] = {};
    let lost = 0;
    for (const [k, v] of Object.entries(existing.report.values)) {
      if (isBlank(v)) continue;
      if (newKeys.has(k)) carried[k] = v;
      else lost++;
    }
    const totals = opts.totalsAsFormulas
      ? new Set(newCells.filter((c) => c.isTotal).map((c) => c.key))
      : new Set<string>();
    const kept = Object.keys(carried).filter((k) => !totals.has(k)).length;
    const report: Report = {
      ...fresh,
      values: carried,
      ...(existing.report.title ? { title: existing.report.title } : {}),
    };
    if (existing.meta?.narrative) report.narrative = existing.meta.narrative;
    if (existing.meta?.date) report.date = existing.meta.date;
    if (opts.newSheet) return onNewSheet(newSheetName(), report, kept);
    const old = existing.block.rect;
    const origin = { row: old.top, col: old.left };
    const next = layoutOf(fresh, origin).rect;
    const where = { sheetName: existing.sheetName, address: rectAddress(old) };
    if (!opts.overwrite) {
      if (isDamaged(existing)) return { action: "ask", result: { status: "occupied", ...where } };
      if (lost > 0) return { action: "ask", result: { status: "wouldDrop", ...where, lost } };
      // A different edition may reach past the old block: ask when the sheet has anything out there.
      const used = snap.block?.used ?? null;
      const spill = used && intersect(used, next);
      if (spill && !rectWithin(old, spill))
        return {
          action: "ask",
          result: { status: "occupied", sheetName: existing.sheetName, address: rectAddress(next) },
        };
    }
    return {
      action: "write",
      sheet: { name: existing.sheetName, create: false, id: existing.sheetId },
      origin,
      report,
      clear: opts.overwrite ? clearFor(old, next) : [rectAddress(old)],
      ...protectionOf(snap.block ?? snap.probe),
      kept,
    };
  }

  const origin = { row: 0, col: 0 };
  const rect = layoutOf(fresh, origin).rect;
  if (opts.newSheet) return onNewSheet(newSheetName(), fresh, 0);
  if (opts.sheetName === undefined) {
    // The first report of the workbook: on a sheet of its own, whatever the active sheet holds.
    if (!existing) return onNewSheet(newSheetName(), fresh, 0);
    // The workbook's report is another year's: ask before replacing it (its narrative goes with it).
    const old = existing.block.rect;
    if (!opts.overwrite)
      return {
        action: "ask",
        result: { status: "occupied", sheetName: existing.sheetName, address: rectAddress(old) },
      };
    const at = { row: old.top, col: old.left };
    return {
      action: "write",
      sheet: { name: existing.sheetName, create: false, id: existing.sheetId },
      origin: at,
      report: fresh,
      clear: clearFor(old, layoutOf(fresh, at).rect),
      ...protectionOf(snap.block ?? snap.probe),
      kept: 0,
    };
  }
  // The sheet asked for: created when missing, else the tables go at its A1 (asking over content).
  const probe = snap.probe;
  if (!probe) return onNewSheet(opts.sheetName, fresh, 0);
  const content = contentIn(probe, rect);
  if (content && !opts.overwrite)
    return {
      action: "ask",
      result: { status: "occupied", sheetName: probe.sheetName, address: rectAddress(content) },
    };
  const clear = content ? [rectAddress(rect)] : [];
  // Overwriting another year's report on this sheet: clear all of its block, which may reach further.
  if (content && existing && existing.sheetId === probe.sheetId)
    clear.push(rectAddress(existing.block.rect));
  return {
    action: "write",
    sheet: { name: probe.sheetName, create: false, id: probe.sheetId },
    origin,
    report: fresh,
    clear,
    ...protectionOf(probe),
    kept: 0,
  };
}
