/**
 * insertReport: lay the tables out on a sheet in one Excel.run with two syncs: one read (is a report
 * there already? is the target free?) and one write (the whole plan, names and metadata).
 *
 * Where: the workbook's report of the same year is updated in place (typed values kept); a first
 * report goes on a new sheet, `2024年报表格` (made unique), which is activated; `sheetName` wins.
 */
import {
  a1,
  decideInsert,
  insertPlan,
  type InsertOptions,
  type InsertResult,
  type SheetProtectionOptions,
} from "../sheet";
import { queueClearArea, queuePlan, queueWorkbookParts } from "./apply";
import { queueSnapshot } from "./find";
import { eventsOff, eventsOn, runWrite } from "./host";
import { forgetFills } from "./sheetMemory";
import { HostError } from "./types";

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
    // The plan sets the value cells' formats afresh: the fills the last check wrote are gone.
    if (d.sheet.id) forgetFills(d.sheet.id);
    queuePlan(sheet, plan);
    // Leave a sheet the user had protected protected again, with the user's own options (value cells
    // are unlocked by the plan).
    if (d.unprotect && !plan.protection.protect)
      sheet.protection.protect(excelOptions(d.protectionOptions) ?? plan.protection.options);
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
  options: SheetProtectionOptions | undefined
): Promise<void> {
  await Excel.run(async (context) => {
    const p = context.workbook.worksheets.getItem(sheetName).protection;
    p.load("protected");
    await context.sync();
    if (!p.protected) p.protect(excelOptions(options));
    await context.sync();
  }).catch(() => undefined);
}

/** The user's options as read back from Excel, handed back to it (selectionMode is Excel's own string). */
function excelOptions(
  options: SheetProtectionOptions | undefined
): Excel.WorksheetProtectionOptions | undefined {
  return options as Excel.WorksheetProtectionOptions | undefined;
}
