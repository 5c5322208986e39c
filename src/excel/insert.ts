/**
 * insertReport: lay the tables out on a sheet in one Excel.run with two syncs: one read (is a report
 * there already? is the target free?) and one write (the whole plan, names and metadata).
 *
 * Where: the workbook's report of the same year is updated in place (typed values kept); a first
 * report goes on a new sheet, `2024年报表格` (made unique), which is activated; `sheetName` wins.
 */
import { cellsOf, type Report } from "../report";
import {
  a1,
  insertPlan,
  uniqueSheetNameOf,
  layoutOf,
  rectAddress,
  rectCells,
  reportSheetBaseName,
  type CellPos,
  type Rect,
} from "../sheet";
import { queueClearArea, queueClearRules, queuePlan, queueWorkbookParts } from "./apply";
import { queueSnapshot, type FoundBlock, type Snapshot } from "./find";
import { eventsOff, eventsOn, runWrite } from "./host";
import { locateReport } from "./read";
import { HostError, type InsertOptions, type InsertResult } from "./types";

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
      protectionOptions?: Excel.WorksheetProtectionOptions;
      kept: number;
    };

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function intersect(a: Rect, b: Rect): Rect | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
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
    box = box
      ? {
          top: Math.min(box.top, p.row),
          left: Math.min(box.left, p.col),
          bottom: Math.max(box.bottom, p.row),
          right: Math.max(box.right, p.col),
        }
      : { top: p.row, left: p.col, bottom: p.row, right: p.col };
  }
  return box;
}

/** Whether the target sheet must be unprotected to write, and the user's options to put back. */
function protectionOf(
  block: FoundBlock | null
): Pick<Extract<InsertDecision, { action: "write" }>, "unprotect" | "protectionOptions"> {
  if (!block?.protected) return { unprotect: false };
  return {
    unprotect: true,
    ...(block.protectionOptions ? { protectionOptions: block.protectionOptions } : {}),
  };
}

export { reportSheetBaseName };

/** What to do, from what the read found. Pure. */
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
    if (opts.newSheet)
      return {
        action: "write",
        sheet: { name: newSheetName(), create: true },
        origin: { row: 0, col: 0 },
        report,
        clear: [],
        unprotect: false,
        kept,
      };
    const old = existing.block.rect;
    const origin = { row: old.top, col: old.left };
    const where = { sheetName: existing.sheetName, address: rectAddress(old) };
    if (!opts.overwrite) {
      if (existing.problems.some((p) => p.severity === "error"))
        return { action: "ask", result: { status: "occupied", ...where } };
      if (lost > 0) return { action: "ask", result: { status: "wouldDrop", ...where, lost } };
      // A different edition may reach past the old block: ask when the sheet has anything out there.
      const next = layoutOf(fresh, origin).rect;
      const used = snap.block?.used ?? null;
      const spill = used && intersect(used, next);
      if (
        spill &&
        (spill.top < old.top ||
          spill.bottom > old.bottom ||
          spill.left < old.left ||
          spill.right > old.right)
      )
        return {
          action: "ask",
          result: { status: "occupied", sheetName: existing.sheetName, address: rectAddress(next) },
        };
    }
    const next = layoutOf(fresh, origin).rect;
    const clear = [rectAddress(old)];
    if (opts.overwrite && rectAddress(next) !== rectAddress(old)) clear.push(rectAddress(next));
    return {
      action: "write",
      sheet: { name: existing.sheetName, create: false, id: existing.sheetId },
      origin,
      report,
      clear,
      ...protectionOf(snap.block ?? snap.probe),
      kept,
    };
  }

  const origin = { row: 0, col: 0 };
  const rect = layoutOf(fresh, origin).rect;
  const onNewSheet = (name: string): InsertDecision => ({
    action: "write",
    sheet: { name, create: true },
    origin,
    report: fresh,
    clear: [],
    unprotect: false,
    kept: 0,
  });
  if (opts.newSheet) return onNewSheet(newSheetName());
  if (opts.sheetName === undefined) {
    // The first report of the workbook: on a sheet of its own, whatever the active sheet holds.
    if (!existing) return onNewSheet(newSheetName());
    // The workbook's report is another year's: ask before replacing it (its narrative goes with it).
    const old = existing.block.rect;
    if (!opts.overwrite)
      return {
        action: "ask",
        result: { status: "occupied", sheetName: existing.sheetName, address: rectAddress(old) },
      };
    const at = { row: old.top, col: old.left };
    const next = layoutOf(fresh, at).rect;
    const clear = [rectAddress(old)];
    if (rectAddress(next) !== rectAddress(old)) clear.push(rectAddress(next));
    return {
      action: "write",
      sheet: { name: existing.sheetName, create: false, id: existing.sheetId },
      origin: at,
      report: fresh,
      clear,
      ...protectionOf(snap.block ?? snap.probe),
      kept: 0,
    };
  }
  // The sheet asked for: created when missing, else the tables go at its A1 (asking over content).
  const probe = snap.probe;
  if (!probe) return onNewSheet(opts.sheetName);
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

const PROTECTED_MESSAGE = (sheet: string) => ({
  zh: `工作表“${sheet}”受密码保护，无法插入表格。请先在“审阅”选项卡中点击“撤消工作表保护”，再插入；完成后可再次保护。`,
  en: `Sheet “${sheet}” is protected with a password, so the tables cannot be inserted. Unprotect it first (Review › Unprotect Sheet), then insert; you can protect it again afterwards.`,
});

const FAILED_MESSAGE = (sheet: string, detail: string) => ({
  zh: `插入表格时 Excel 中途报错（${detail}），工作表“${sheet}”上的表格可能不完整。请再次点击“插入统计表格”修复（已填的数字会保留）。`,
  en: `Excel stopped while inserting the tables (${detail}); the tables on sheet “${sheet}” may be incomplete. Insert the tables again to repair them (typed numbers are kept).`,
});

/**
 * Insert the tables (see InsertOptions). Two syncs: one read, one write; a protected sheet takes one
 * more, to unprotect it first (a password-protected one is refused with a clear message, nothing
 * written). The names and metadata are written first, so that if Excel stops half-way (a failed
 * batch is not rolled back) the next insert finds the block and repairs it in place.
 */
export async function insertReport(opts: InsertOptions): Promise<InsertResult> {
  return runWrite(async (context) => {
    const snapshot = queueSnapshot(context, { probe: opts.sheetName ?? "" });
    await context.sync();
    const snap = snapshot();
    const d = decideInsert(opts, snap);
    if (d.action === "ask") return d.result;
    const plan = insertPlan(d.report, {
      sheetName: d.sheet.name,
      origin: d.origin,
      totalsAsFormulas: opts.totalsAsFormulas,
      lang: opts.lang ?? "zh",
      ...(d.sheet.id ? { sheetId: d.sheet.id } : {}),
    });
    const sheets = context.workbook.worksheets;
    const sheet = d.sheet.create ? sheets.add(d.sheet.name) : sheets.getItem(d.sheet.name);
    if (d.unprotect) {
      // No password handling: a sheet protected with one refuses, and the user is asked to unprotect.
      sheet.protection.unprotect();
      try {
        await context.sync();
      } catch {
        throw new HostError("protected", PROTECTED_MESSAGE(d.sheet.name));
      }
    }
    eventsOff(context);
    queueWorkbookParts(context, plan, snap.names, snap.partIds);
    for (const area of d.clear) queueClearArea(sheet, area);
    // Rules are set over nothing: Excel on the web refuses a validation rule over a different one.
    queueClearRules(sheet, plan.range);
    queuePlan(sheet, plan);
    // Leave a sheet the user had protected protected again, with the user's own options (value cells
    // are unlocked by the plan).
    if (d.unprotect && !plan.protection.protect)
      sheet.protection.protect(d.protectionOptions ?? plan.protection.options);
    sheet.activate();
    sheet.getRange(a1(d.origin)).select();
    eventsOn(context);
    try {
      await context.sync();
    } catch (e) {
      if (d.unprotect) await reprotect(d.sheet.name, d.protectionOptions);
      const detail = e instanceof Error ? e.message : String(e);
      throw new HostError("insertFailed", FAILED_MESSAGE(d.sheet.name, detail));
    }
    return { status: "inserted", sheetName: d.sheet.name, address: plan.range, kept: d.kept };
  });
}

/** After a failed write: the user's protection back, as it was (best effort). */
async function reprotect(
  sheetName: string,
  options: Excel.WorksheetProtectionOptions | undefined
): Promise<void> {
  await Excel.run(async (context) => {
    const p = context.workbook.worksheets.getItem(sheetName).protection;
    p.load("protected");
    await context.sync();
    if (!p.protected) p.protect(options);
    await context.sync();
  }).catch(() => undefined);
}
