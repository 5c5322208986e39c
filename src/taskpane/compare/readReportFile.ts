/**
 * A chosen report file → an import. PDFs (told by their %PDF- header, or a .pdf name so a broken
 * one gets the PDF reader's message) go to pdf.js, loaded with import() only then: its chunk and
 * worker stay out of the pane's first download. Everything else is decoded as text (decode.ts).
 */
import { importReport, type ImportResult } from "../../io/import";
import { isPdf } from "../../io/import/pdf/sniff";
import { decodeBytes } from "./decode";

function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(file);
  });
}

export async function readReportFile(file: File): Promise<ImportResult> {
  const bytes = await readBytes(file);
  if (isPdf(bytes) || /\.pdf$/i.test(file.name)) {
    const { importPdfInBrowser } = await import(/* webpackChunkName: "pdf" */ "./pdfImport");
    return importPdfInBrowser(bytes);
  }
  return importReport(decodeBytes(bytes), file.name);
}
