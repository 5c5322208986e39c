/**
 * PDF input for the CLI: a file is read as a PDF when it starts with the %PDF- header or is named
 * *.pdf (a .pdf that is no PDF then gets a clear message rather than a text import of binary junk).
 */
import { importPdfNode } from "../io/import/pdf/node";
import { problem } from "../io/import/problems";
import type { ImportResult } from "../io/import/types";
import type { Io } from "./io";

export function isPdfInput(file: string, content: string): boolean {
  return (
    /\.pdf$/i.test(file) ||
    content
      .replace(/^\ufeff/, "")
      .slice(0, 1024)
      .includes("%PDF-")
  );
}

export async function importPdfInput(
  file: string,
  io: Pick<Io, "readBytes">
): Promise<ImportResult> {
  let bytes: Uint8Array;
  try {
    if (!io.readBytes) throw new Error("no byte reader");
    bytes = io.readBytes(file);
  } catch (e) {
    const why = (e as Error).message;
    return {
      report: null,
      findings: [],
      problems: [problem({}, `无法读取文件：${why}`, `The file cannot be read: ${why}`)],
      format: "pdf",
    };
  }
  return importPdfNode(bytes);
}
