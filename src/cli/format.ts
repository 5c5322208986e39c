/** Printing findings for people (zh by default) and as JSON for machines. */
import { describeCell } from "../report/cells";
import type { Finding, Report, RuleId, TableNo } from "../report/types";

export type Lang = "zh" | "en";

const SEVERITY: Record<Lang, Record<Finding["severity"], string>> = {
  zh: { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};

export interface FileResult {
  file: string;
  report: Report | null;
  findings: Finding[];
  /** Why the file could not be read, if it could not. */
  unreadable?: string;
}

export function findingLine(f: Finding, lang: Lang): string {
  const where = f.cells.length
    ? ` [${describeCell(f.cells[0], lang)}${f.cells.length > 1 ? ` +${f.cells.length - 1}` : ""}]`
    : "";
  return `  ${SEVERITY[lang][f.severity]} ${f.rule}${where} ${f.message[lang]}`;
}

export function textOf(results: FileResult[], lang: Lang): string {
  const out: string[] = [];
  for (const r of results) {
    if (r.unreadable) {
      out.push(`${r.file}: ${lang === "zh" ? "无法读取" : "cannot be read"} — ${r.unreadable}`);
      continue;
    }
    const rep = r.report!;
    const count = (s: Finding["severity"]) => r.findings.filter((f) => f.severity === s).length;
    const head =
      lang === "zh"
        ? `${r.file}: ${rep.agency || "（未识别单位）"} ${rep.year ?? "?"}年度，${rep.edition}版式 — 错误 ${count("error")}，警告 ${count("warning")}，提示 ${count("info")}`
        : `${r.file}: ${rep.agency || "(agency not found)"} ${rep.year ?? "?"}, ${rep.edition} edition — ${count("error")} errors, ${count("warning")} warnings, ${count("info")} notes`;
    out.push(head);
    const order = { error: 0, warning: 1, info: 2 };
    for (const f of [...r.findings].sort((a, b) => order[a.severity] - order[b.severity]))
      out.push(findingLine(f, lang));
  }
  return out.join("\n");
}

/** One file in `gkreport check --json` (the shape documented in the README). */
export interface JsonCell {
  table: TableNo;
  row: string;
  column: string;
  group?: string;
}
export interface JsonFinding {
  rule: RuleId;
  severity: Finding["severity"];
  cells: JsonCell[];
  expected: number | string | null;
  actual: number | string | null;
  message: string;
}
export interface JsonResult {
  file: string;
  edition: string | null;
  year: number | null;
  agency: string | null;
  error?: string;
  findings: JsonFinding[];
}

export function jsonOf(results: FileResult[], lang: Lang): JsonResult[] {
  return results.map((r) => ({
    file: r.file,
    edition: r.report?.edition ?? null,
    year: r.report?.year ?? null,
    agency: r.report?.agency ?? null,
    ...(r.unreadable ? { error: r.unreadable } : {}),
    findings: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      cells: f.cells.map((c) => ({
        table: c.table,
        row: c.row,
        column: c.column,
        ...(c.group ? { group: c.group } : {}),
      })),
      expected: f.expected ?? null,
      actual: f.actual ?? null,
      message: f.message[lang],
    })),
  }));
}
