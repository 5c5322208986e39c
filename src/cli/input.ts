/**
 * One input file of the CLI → a report, or why it cannot be read. Bytes are decoded by the pane's
 * decoder (../io/decode: UTF-8, GBK/GB18030, UTF-16), then imported by content and extension.
 * Every command (check, export, consolidate, --prev) reads its files here.
 */
import * as path from "path";
import { decodeBytes } from "../io/decode";
import { importReport, isReadable, whyUnreadable } from "../io/import";
import type { Message } from "../report/types";
import { errnoMessage } from "./errno";
import type { FileResult } from "./format";

/** Reads a file: text as decoded by the io, or its bytes. */
export type ReadFile = (p: string) => string | Uint8Array;

export function loadFile(file: string, readFile: ReadFile): FileResult {
  let content: string;
  try {
    const data = readFile(file);
    content = typeof data === "string" ? data : decodeBytes(data);
  } catch (e) {
    return { file, report: null, findings: [], problems: [], unreadable: errnoMessage(e) };
  }
  const result = importReport(content, path.basename(file));
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
