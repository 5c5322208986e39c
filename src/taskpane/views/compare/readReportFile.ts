/**
 * A chosen report file, opened by the importer's own choice of reader (io/import/file.ts): its text, or
 * the PDF or workbook import. pdf.js and exceljs load with import() only when needed, so their chunks
 * (and pdf.js's worker) stay out of the pane's first download.
 */
import { openReportFile, type FileReaders, type OpenedFile } from "../../../io/import/file";
import { readFileText } from "./decode";
import { importSpreadsheet } from "./spreadsheet";

export type ReportFile = OpenedFile;

const READERS: FileReaders = {
  pdf: async (bytes, fileName) => {
    const { importPdfInBrowser } = await import(/* webpackChunkName: "pdf" */ "./pdfImport");
    return importPdfInBrowser(bytes, fileName);
  },
  workbook: importSpreadsheet,
};

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
  return openReportFile(await readBytes(file), file.name, READERS);
}
