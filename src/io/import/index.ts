/**
 * Importing published reports into the Report model: plain text with TAB-separated tables, CMS HTML
 * pages, and (through ../json) the project's own JSON. Never throws: whatever goes wrong becomes a
 * problem in the result.
 */
import { reportFromJson } from "../json";
import { assemble } from "./assemble";
import { InputLimitError, htmlToSource } from "./html/parse";
import { problem } from "./problems";
import { sniffFormat } from "./sniff";
import { textToSource } from "./text/lines";
import type { Report } from "../../report/types";
import type { ImportProblem, ImportResult, SourceDoc } from "./types";

export type { ImportProblem, ImportResult } from "./types";
export { sniffFormat } from "./sniff";

/** Characters that do not occur in text: NUL and other C0 controls except TAB/LF/CR, and U+FFFD. */
function junkCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) ||
      c === 0xfffd
    )
      n++;
  }
  return n;
}

function safely(
  format: "text" | "html",
  input: unknown,
  toSource: (s: string) => SourceDoc,
  fileName?: string
): ImportResult {
  try {
    if (typeof input !== "string") {
      return {
        report: null,
        findings: [],
        problems: [problem({}, "输入不是文字。", "The input is not text.")],
        format,
      };
    }
    const junk = junkCount(input);
    const result = assemble(toSource(input), fileName);
    if (junk > 0 && junk > input.length / 20) {
      result.problems.unshift(
        problem(
          {},
          "输入中有大量控制字符，可能不是文本文件。",
          "The input holds many control characters; it may not be a text file."
        )
      );
    }
    return result;
  } catch (e) {
    if (e instanceof InputLimitError)
      return { report: null, findings: [], problems: [{ where: {}, message: e.text }], format };
    const why = e instanceof Error ? e.message : String(e);
    return {
      report: null,
      findings: [],
      problems: [problem({}, `导入时出错：${why}`, `Import failed: ${why}`)],
      format,
    };
  }
}

/** `fileName` lends the year and agency when the text names neither (洪泽区2023.txt). */
export function importText(text: string, fileName?: string): ImportResult {
  return safely("text", text, textToSource, fileName);
}

export function importHtml(html: string, fileName?: string): ImportResult {
  return safely("html", html, htmlToSource, fileName);
}

function importJson(text: string): ImportResult {
  try {
    const r = reportFromJson(text);
    const problems: ImportProblem[] = r.problems.map((p) => {
      const table = /^t([234])\./.exec(p.where.key ?? "")?.[1];
      return { where: table ? { table: Number(table) as 2 | 3 | 4 } : {}, message: p.message };
    });
    return { report: r.report, findings: [], problems, format: "json" };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      report: null,
      findings: [],
      problems: [problem({}, `导入时出错：${why}`, `Import failed: ${why}`)],
      format: "json",
    };
  }
}

/**
 * True when an import has something to check: a report with at least one value read. The CLI and the
 * pane refuse anything else the same way, with whyUnreadable's words.
 */
export function isReadable(r: ImportResult): r is ImportResult & { report: Report } {
  return r.report !== null && Object.keys(r.report.values).length > 0;
}

/** Why an import that is not readable was refused: its problems, or that no table was found. */
export function whyUnreadable(r: ImportResult): ImportProblem[] {
  if (r.problems.length) return r.problems;
  return [
    problem(
      {},
      "没有找到报告的统计表格，无法导入。",
      "No statistics tables were found; nothing was imported."
    ),
  ];
}

export function importReport(content: string, fileName?: string): ImportResult {
  const text = typeof content === "string" ? content : "";
  switch (sniffFormat(text, fileName)) {
    case "json":
      return importJson(text);
    case "html":
      return importHtml(text, fileName);
    default:
      return importText(text, fileName);
  }
}
