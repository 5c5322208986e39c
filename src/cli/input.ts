/**
 * One input file of the CLI → a report, or why it cannot be read. A PDF (by its %PDF- header or its
 * name) goes to the PDF importer, a workbook (.xlsx by its name or its ZIP/OLE signature) to the workbook
 * reader; other bytes are decoded by the pane's decoder (../io/decode:
 * UTF-8, GBK/GB18030, UTF-16), then imported by content and extension. Every command (check, export,
 * consolidate, --prev) reads its files here.
 */
import * as path from "path";
import { decodeBytes } from "../io/decode";
import { importReport, isReadable, whyUnreadable } from "../io/import";
import type { Message } from "../report/types";
import { errnoMessage } from "./errno";
import type { FileResult } from "./format";
import { importPdfInput, isPdfInput } from "./pdf";
import { importPdfNode } from "../io/import/pdf/node";
import { binaryKind, SPREADSHEET_EXTENSION } from "../io/import/xlsx/sniff";
import type { ImportResult } from "../io/import/types";
import type { Io } from "./io";

/** What reading an input needs of the CLI's io. */
export type InputIo = Pick<Io, "readFile" | "readBytes">;

/** The first characters of a file, enough to see a %PDF- header. */
function headOf(data: string | Uint8Array): string {
  if (typeof data === "string") return data.slice(0, 1024);
  return Array.from(data.subarray(0, 1024), (b) => String.fromCharCode(b)).join("");
}

/** A workbook by its name, or by the ZIP / OLE signature of bytes not named as text. */
function isSpreadsheet(file: string, bytes: Uint8Array | undefined): boolean {
  if (SPREADSHEET_EXTENSION.test(file)) return true;
  if (!bytes || /\.(txt|tsv|text|html?|json)$/i.test(file)) return false;
  return binaryKind(bytes.subarray(0, 4)) !== "other";
}

async function importData(
  file: string,
  data: string | Uint8Array,
  io: InputIo
): Promise<ImportResult> {
  if (isPdfInput(file, headOf(data)))
    return typeof data === "string" ? importPdfInput(file, io) : importPdfNode(data);
  const bytes = typeof data === "string" ? io.readBytes?.(file) : data;
  if (bytes && isSpreadsheet(file, bytes)) {
    const { importWorkbook } = await import("../io/import/xlsx");
    return importWorkbook(bytes, path.basename(file));
  }
  return importReport(typeof data === "string" ? data : decodeBytes(data), path.basename(file));
}

export async function loadFile(file: string, io: InputIo): Promise<FileResult> {
  let data: string | Uint8Array;
  let result: ImportResult;
  try {
    data = io.readFile(file);
    result = await importData(file, data, io);
  } catch (e) {
    return { file, report: null, findings: [], problems: [], unreadable: errnoMessage(e) };
  }
  if (!isReadable(result)) {
    const problems = whyUnreadable(result);
    const why: Message = {
      zh: problems.map((p) => p.message.zh).join("；"),
      en: problems.map((p) => p.message.en).join("; "),
    };
    return { file, report: null, findings: [], problems: [], unreadable: why };
  }
  return {
    file,
    report: result.report,
    findings: result.findings,
    problems: result.problems,
  };
}
