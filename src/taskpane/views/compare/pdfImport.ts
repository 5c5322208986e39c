/**
 * pdf.js in the pane, in its own chunk (loaded by readReportFile only when a PDF is chosen). The
 * worker is built from our own entry (pdf.worker.ts), so it comes from the add-in's origin.
 */
import "./withResolvers";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import { importPdf, type PdfJs } from "../../../io/import/pdf";
import type { ImportResult } from "../../../io/import";

let worker: Worker | null = null;

async function load(): Promise<PdfJs> {
  if (!worker && typeof Worker !== "undefined") {
    worker = new Worker(new URL("./pdf.worker.ts", import.meta.url), { type: "module" });
    pdfjs.GlobalWorkerOptions.workerPort = worker;
  }
  return pdfjs as unknown as PdfJs;
}

export function importPdfInBrowser(bytes: Uint8Array, fileName?: string): Promise<ImportResult> {
  return importPdf(bytes, load, fileName);
}
