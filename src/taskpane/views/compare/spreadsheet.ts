/**
 * A chosen .xlsx (a workbook from another unit, the standalone workbook filled in WPS): its bytes go to
 * the workbook importer, which loads on demand in its own chunk (exceljs is large). Used by
 * readReportFile.
 */
import type { ImportResult } from "../../../io/import";

export const SPREADSHEET_FILES =
  ".xlsx,.xls,.et,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function importSpreadsheet(bytes: Uint8Array, name: string): Promise<ImportResult> {
  const { importWorkbook } = await import(
    /* webpackChunkName: "xlsx-import" */ "../../../io/import/xlsx"
  );
  return importWorkbook(bytes, name);
}
