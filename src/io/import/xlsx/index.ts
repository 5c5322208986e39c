/**
 * Importing a spreadsheet (.xlsx): the add-in's or the template's workbook through its defined names,
 * any other workbook by finding the official labels in its cells, on every sheet, with the text
 * importer's vocabulary and table readers. Old binary workbooks (.xls, WPS .et) are refused with what
 * to do instead. Never throws. Loaded on demand: exceljs is large.
 */
import { assemble } from "../assemble";
import { problem } from "../problems";
import type { ImportResult, SourceDoc } from "../types";
import { loadWorkbook } from "./load";
import { readNamedReport } from "./named";
import { binaryKind } from "./sniff";
import { sheetToBlocks } from "./source";
import type { WorkbookData } from "./types";

export { binaryKind, SPREADSHEET_EXTENSION } from "./sniff";

const failed = (zh: string, en: string): ImportResult => ({
  report: null,
  findings: [],
  problems: [problem({}, zh, en)],
  format: "xlsx",
});

/** How many of the six section headings a read found. */
const headingCount = (r: ImportResult) =>
  Object.values(r.report?.headings ?? {}).filter((h) => h && h.trim()).length;

/** Every sheet's cells as one source document, in sheet order (tables may sit on different sheets). */
export function workbookToSource(data: WorkbookData): SourceDoc {
  return { format: "html", blocks: data.sheets.flatMap(sheetToBlocks), titleHints: [] };
}

/** A workbook made by hand: the labels found in its cells (the file name lends a missing year). */
export function readLabelledReport(data: WorkbookData, fileName?: string): ImportResult {
  const result = { ...assemble(workbookToSource(data), fileName), format: "xlsx" as const };
  // A statistics workbook is not the published text: judge its section headings (L-03) only when it
  // carries most of the text.
  if (result.report && headingCount(result) < 4) delete result.report.headings;
  return result;
}

export function importWorkbookData(data: WorkbookData, fileName?: string): ImportResult {
  const named = readNamedReport(data);
  if (!named) return readLabelledReport(data, fileName);
  if (named.structureErrors === 0) return named.result;
  // The named block was altered beyond reading: the labels may still be found where they are now.
  const labelled = readLabelledReport(data, fileName);
  return labelled.report && !labelled.report.absentTables?.length ? labelled : named.result;
}

export async function importWorkbook(bytes: Uint8Array, fileName = ""): Promise<ImportResult> {
  const kind = binaryKind(bytes);
  if (kind === "ole")
    return failed(
      `${fileName ? `“${fileName}”` : "该文件"}是旧版 Excel（.xls）或 WPS（.et）格式，或是加密的工作簿，无法读取。请在 Excel 或 WPS 中打开，选择“另存为” → “Excel 工作簿（*.xlsx）”，再检查另存的文件。`,
      `${fileName ? `“${fileName}”` : "The file"} is an old Excel (.xls) or WPS (.et) workbook, or an encrypted one, which cannot be read. Open it in Excel or WPS, choose Save As → “Excel Workbook (*.xlsx)”, and check the saved file.`
    );
  if (kind !== "zip")
    return failed(
      `${fileName ? `“${fileName}”` : "该文件"}不是 .xlsx 工作簿（文件开头不是 ZIP 格式）。请在 Excel 或 WPS 中另存为“Excel 工作簿（*.xlsx）”。`,
      `${fileName ? `“${fileName}”` : "The file"} is not an .xlsx workbook (it does not start as a ZIP package). Save it from Excel or WPS as “Excel Workbook (*.xlsx)”.`
    );
  let data: WorkbookData;
  try {
    data = await loadWorkbook(bytes);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return failed(
      `无法打开工作簿（${why}）。若是 .ods 等其他格式，请另存为“Excel 工作簿（*.xlsx）”。`,
      `The workbook cannot be opened (${why}). If it is an .ods or another format, save it as “Excel Workbook (*.xlsx)”.`
    );
  }
  try {
    return importWorkbookData(data, fileName || undefined);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return failed(`读取工作簿时出错：${why}`, `Reading the workbook failed: ${why}`);
  }
}
