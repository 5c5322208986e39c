/**
 * A chosen report file: its text (decoded as decode.ts does), or for a PDF (told by its %PDF-
 * header, or a .pdf name so a broken one gets the PDF reader's message) the import itself, by
 * pdf.js loaded with import() only then: its chunk and worker stay out of the pane's first download.
 * A workbook (.xlsx by its ZIP header or name; .xls by name, for its message) likewise goes to the
 * workbook importer, loaded on demand.
 */
import type { ImportResult } from "../../../io/import";
import { isPdf } from "../../../io/import/pdf/sniff";
import { binaryKind } from "../../../io/import/xlsx/sniff";
import { decodeBytes, readFileText } from "./decode";
import { importSpreadsheet, isSpreadsheetFile } from "./spreadsheet";

export type ReportFile =
  { kind: "text"; text: string } | { kind: "pdf" | "workbook"; result: ImportResult };

function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(file);
  });
}

export async function readReportFile(file: File): Promise<ReportFile> {
  if (typeof TextDecoder === "undefined") return { kind: "text", text: await readFileText(file) };
  const bytes = await readBytes(file);
  if (isSpreadsheetFile(file.name) || binaryKind(bytes) === "zip")
    return { kind: "workbook", result: await importSpreadsheet(bytes, file.name) };
  if (isPdf(bytes) || /\.pdf$/i.test(file.name)) {
    const { importPdfInBrowser } = await import(/* webpackChunkName: "pdf" */ "./pdfImport");
    return { kind: "pdf", result: await importPdfInBrowser(bytes) };
  }
  return { kind: "text", text: decodeBytes(bytes) };
}
