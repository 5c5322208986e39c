/**
 * onTablesChanged: call `handler` when the user edits the report's sheet. Changes the add-in makes
 * itself are ignored (events are off during our batches; triggerSource, ExcelApi 1.14; and a short
 * time window for hosts that report them anyway). Debouncing is the caller's business.
 */
import { REPORT_NAME } from "./find";
import { isOwnWriteTime, supports } from "./host";
import type { Unsubscribe } from "./types";

interface ChangedArgs {
  triggerSource?: string;
}

/** Subscribe on the sheet holding the report (or the active sheet when there is none yet). Two syncs. */
export async function onTablesChanged(handler: () => void): Promise<Unsubscribe> {
  if (!supports("ExcelApi", "1.7")) throw new Error("Worksheet.onChanged needs ExcelApi 1.7");
  let active = true;
  const listener = async (args: ChangedArgs) => {
    if (!active) return;
    if (args?.triggerSource === "ThisLocalAddin" || isOwnWriteTime()) return;
    handler();
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
