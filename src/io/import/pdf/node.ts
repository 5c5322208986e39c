/**
 * pdf.js in Node (CLI, tests, bench). No worker thread: pdf.js runs its worker code in the main
 * thread when globalThis.pdfjsWorker holds the worker module, which is loaded first. Compiled to
 * CommonJS, import() becomes require(), which loads these ES modules on Node ≥ 20.19; older Node
 * falls back to a native dynamic import.
 */
import { importPdf, type PdfJs } from "./index";
import type { ImportResult } from "../types";

const PDF = "pdfjs-dist/legacy/build/pdf.mjs";
const WORKER = "pdfjs-dist/legacy/build/pdf.worker.mjs";

const nativeImport = new Function("s", "return import(s)") as (s: string) => Promise<unknown>;

let loaded: Promise<PdfJs> | null = null;

async function load(): Promise<PdfJs> {
  const g = globalThis as { pdfjsWorker?: unknown };
  try {
    g.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    return (await import("pdfjs-dist/legacy/build/pdf.mjs")) as unknown as PdfJs;
  } catch {
    g.pdfjsWorker ??= await nativeImport(WORKER);
    return (await nativeImport(PDF)) as PdfJs;
  }
}

export function loadPdfjsNode(): Promise<PdfJs> {
  loaded ??= load().catch((e) => {
    loaded = null;
    throw e;
  });
  return loaded;
}

export function importPdfNode(bytes: Uint8Array, fileName?: string): Promise<ImportResult> {
  return importPdf(bytes, loadPdfjsNode, fileName);
}
