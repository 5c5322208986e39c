/**
 * A report file's bytes → the reader they need, the one choice the CLI and the pane share: a PDF by
 * its %PDF- header or a .pdf name (a broken one then gets the PDF reader's message), a workbook by a
 * spreadsheet name or a ZIP/OLE signature (an old .xls or .et gets the save-as message), else text,
 * decoded as ../decode does. The host passes its own PDF and workbook readers (pdf.js in Node or in a
 * browser worker; exceljs loaded on demand). The file name reaches every import, for the year and
 * agency a title lacks (洪泽区2023.pdf).
 */
import { decodeBytes } from "../decode";
import { importReport } from "./index";
import { isPdf } from "./pdf/sniff";
import type { ImportResult } from "./types";
import { binaryKind, SPREADSHEET_EXTENSION } from "./xlsx/sniff";

export type FileKind = "pdf" | "workbook" | "text";

/** Names taken at their word as text, whatever their first bytes look like. */
const TEXT_EXTENSION = /\.(txt|tsv|text|html?|json)$/i;

export function fileKind(bytes: Uint8Array, fileName: string): FileKind {
  if (isPdf(bytes) || /\.pdf$/i.test(fileName)) return "pdf";
  if (SPREADSHEET_EXTENSION.test(fileName)) return "workbook";
  if (!TEXT_EXTENSION.test(fileName) && binaryKind(bytes) !== "other") return "workbook";
  return "text";
}

/** The host's readers for the binary kinds, each given the file name for its import. */
export interface FileReaders {
  pdf: (bytes: Uint8Array, fileName: string) => Promise<ImportResult>;
  workbook: (bytes: Uint8Array, fileName: string) => Promise<ImportResult>;
}

/** A file opened: its decoded text (imported by the caller), or the binary import's result. */
export type OpenedFile =
  { kind: "text"; text: string } | { kind: "pdf" | "workbook"; result: ImportResult };

export async function openReportFile(
  bytes: Uint8Array,
  fileName: string,
  readers: FileReaders
): Promise<OpenedFile> {
  const kind = fileKind(bytes, fileName);
  if (kind === "text") return { kind, text: decodeBytes(bytes) };
  return { kind, result: await readers[kind](bytes, fileName) };
}

/** A file's bytes → its import, whatever its kind. */
export async function importReportFile(
  bytes: Uint8Array,
  fileName: string,
  readers: FileReaders
): Promise<ImportResult> {
  const opened = await openReportFile(bytes, fileName, readers);
  return opened.kind === "text" ? importReport(opened.text, fileName) : opened.result;
}
