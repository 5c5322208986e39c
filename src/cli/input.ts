/**
 * One input file of the CLI → a report, or why it cannot be read. The importer chooses the reader from
 * the bytes and the name (../io/import/file.ts: PDF, workbook or text decoded as the pane decodes it);
 * the CLI lends it pdf.js for Node and the workbook reader, loaded only when needed. Every command
 * (check, export, consolidate, --prev) reads its files here.
 */
import * as path from "path";
import { importReport, isReadable, whyUnreadable } from "../io/import";
import { fileKind, importReportFile, type FileReaders } from "../io/import/file";
import { importPdfNode } from "../io/import/pdf/node";
import type { ImportResult } from "../io/import/types";
import type { Message } from "../report/types";
import { errnoMessage } from "./errno";
import type { FileResult } from "./format";
import type { Io } from "./io";

/** What reading an input needs of the CLI's io. */
export type InputIo = Pick<Io, "readFile" | "readBytes">;

const READERS: FileReaders = {
  pdf: importPdfNode,
  workbook: async (bytes, fileName) => {
    const { importWorkbook } = await import("../io/import/xlsx");
    return importWorkbook(bytes, fileName);
  },
};

async function importData(
  file: string,
  data: string | Uint8Array,
  io: InputIo
): Promise<ImportResult> {
  const name = path.basename(file);
  if (typeof data !== "string") return importReportFile(data, name, READERS);
  // An io that reads text: its bytes only tell whether the file is text after all.
  const bytes = io.readBytes?.(file);
  if (!bytes || fileKind(bytes, name) === "text") return importReport(data, name);
  return importReportFile(bytes, name, READERS);
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
