/**
 * onTablesChanged: call `handler` when the user edits the report's sheet. Changes the add-in makes
 * itself are ignored: events are off during our batches, ExcelApi 1.14 hosts say who changed what
 * (triggerSource), and a short time window covers hosts below 1.8. ExcelApi 1.8–1.13 hosts also
 * report format changes, after the batch and even with events off (office-js #1786): there an event
 * inside the report starts a check only when the cells' contents differ from what the last check
 * read, so our own fills (and the user's formatting) never start one. Debouncing is the caller's
 * business.
 */
import { parseRange, rectWithin, sameCells } from "../sheet";
import { REPORT_NAME } from "./find";
import { isOwnWriteTime, supports } from "./host";
import { rememberedGrid } from "./sheetMemory";
import type { Unsubscribe } from "./types";

interface ChangedArgs {
  triggerSource?: string;
  address?: string;
  changeType?: string;
  worksheetId?: string;
}

/** True when the event's cells hold what the last check read: nothing the check needs to see. One sync. */
async function contentsUnchanged(args: ChangedArgs, sheetId: string): Promise<boolean> {
  const grid = rememberedGrid(sheetId);
  const r = args.address ? parseRange(args.address) : null;
  if (!grid || !r || !rectWithin(grid.rect, r)) return false;
  if (args.changeType && args.changeType !== "RangeEdited" && args.changeType !== "Unknown")
    return false;
  const formulas = await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheetId).getRange(args.address);
    range.load("formulas");
    await context.sync();
    return range.formulas as unknown[][];
  }).catch(() => null);
  return formulas !== null && sameCells(grid, r, formulas);
}

/** Subscribe on the sheet holding the report (or the active sheet when there is none yet). Two syncs. */
export async function onTablesChanged(handler: () => void): Promise<Unsubscribe> {
  if (!supports("ExcelApi", "1.7")) throw new Error("Worksheet.onChanged needs ExcelApi 1.7");
  let active = true;
  let watched = "";
  const listener = async (args: ChangedArgs) => {
    if (!active) return;
    if (args?.triggerSource === "ThisLocalAddin" || isOwnWriteTime()) return;
    if (!supports("ExcelApi", "1.14") && (await contentsUnchanged(args, watched))) return;
    if (active) handler();
  };
  const { registration, sheetId } = await Excel.run(async (context) => {
    const range = context.workbook.names.getItemOrNullObject(REPORT_NAME).getRangeOrNullObject();
    // eslint-disable-next-line office-addins/call-sync-before-read -- a navigation property, not a read
    const reportSheet = range.worksheet;
    reportSheet.load("id");
    const activeSheet = context.workbook.worksheets.getActiveWorksheet();
    activeSheet.load("id");
    await context.sync();
    const id = range.isNullObject ? activeSheet.id : reportSheet.id;
    const registration = context.workbook.worksheets.getItem(id).onChanged.add(listener);
    await context.sync();
    return { registration, sheetId: id };
  });
  watched = sheetId;
  return async () => {
    active = false;
    try {
      await Excel.run(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      });
    } catch {
      // The registration's context could not be reused: remove by handler instead. The listener is
      // inactive either way.
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheetId).onChanged.remove(listener);
        await context.sync();
      }).catch(() => undefined);
    }
  };
}
