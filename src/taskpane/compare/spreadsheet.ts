/**
 * A chosen .xlsx (a workbook from another unit, the standalone workbook filled in WPS): its bytes go to
 * the workbook importer, which loads on demand in its own chunk (exceljs is large).
 */
import type { ImportResult } from "../../io/import";
import { SPREADSHEET_EXTENSION } from "../../io/import/xlsx/sniff";

export const SPREADSHEET_FILES =
  ".xlsx,.xls,.et,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function isSpreadsheetFile(name: string): boolean {
  return SPREADSHEET_EXTENSION.test(name);
}

function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(file);
  });
}

export async function importSpreadsheet(file: Blob, name: string): Promise<ImportResult> {
  const [{ importWorkbook }, bytes] = await Promise.all([
    import(/* webpackChunkName: "xlsx-import" */ "../../io/import/xlsx"),
    readBytes(file),
  ]);
  return importWorkbook(bytes, name);
}
