/**
 * One input file of the CLI → a report, or why it cannot be read. A PDF (by its %PDF- header or its
 * name) goes to the PDF importer; other bytes are decoded by the pane's decoder (../io/decode:
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

/** Reads a file: text as decoded by the io, or its bytes. */
export type ReadFile = (p: string) => string | Uint8Array;

export interface InputIo {
  readFile: ReadFile;
  /** Bytes of a PDF when readFile gives text. */
  readBytes?: (p: string) => Uint8Array;
}

/** The first characters of a file, enough to see a %PDF- header. */
function headOf(data: string | Uint8Array): string {
  if (typeof data === "string") return data.slice(0, 1024);
  return Array.from(data.subarray(0, 1024), (b) => String.fromCharCode(b)).join("");
}

export async function loadFile(file: string, io: InputIo): Promise<FileResult> {
  let data: string | Uint8Array;
  try {
    data = io.readFile(file);
  } catch (e) {
    return { file, report: null, findings: [], problems: [], unreadable: errnoMessage(e) };
  }
  const pdf = isPdfInput(file, headOf(data));
  const result = pdf
    ? typeof data === "string"
      ? await importPdfInput(file, io)
      : await importPdfNode(data)
    : importReport(typeof data === "string" ? data : decodeBytes(data), path.basename(file));
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
