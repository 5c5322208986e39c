/**
 * CSV for consolidation by upper-level offices: one line per value cell, long format, so the files of
 * many units can be concatenated and summed by key. UTF-8 with a BOM (Excel on Chinese Windows reads a
 * BOM-less file in the legacy code page), CRLF line ends and RFC 4180 quoting. Text that a spreadsheet
 * would run as a formula (=, +, @, TAB, CR, or - before something other than a number) gets a leading
 * apostrophe (OWASP's CSV-injection advice); numbers, negative ones included, are written as numbers.
 */
import { cellsOf, tablesOf } from "../../report/cells";
import type { RawValue, Report, TableNo } from "../../report/types";

export const CSV_BOM = "\uFEFF";
export const CSV_HEADER = ["年度", "单位", "版式", "表", "分组", "行", "列", "值", "键"] as const;

const TABLE_NAMES: Record<TableNo, string> = { 2: "表二", 3: "表三", 4: "表四" };

/** RFC 4180: quote a field holding a comma, a quote or a line break, doubling its quotes. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Text that Excel, WPS or LibreOffice would read as a formula rather than as text. */
const FORMULA_START = /^(?:[=+@\t\r]|-(?![\d.]|$))/;

/** Text made inert for a spreadsheet: a leading ' where the text would start a formula. */
export function csvText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** The value as typed: numbers in plain decimal, text unchanged, blank empty. */
function rawText(raw: RawValue | undefined): string {
  if (raw === null || raw === undefined) return "";
  return typeof raw === "number" ? (Number.isFinite(raw) ? String(raw) : "") : csvText(raw);
}

export function buildCsv(report: Report): string {
  const t = tablesOf(report);
  const editions: Record<TableNo, string> = { 2: t.t2.edition, 3: t.t3.edition, 4: t.t4.edition };
  /** Group path of each row: 表二's block heading, 表三's section and item group. */
  const groups = new Map<string, string>();
  for (const b of t.t2.blocks) for (const r of b.rows) groups.set(`2|${r.id}`, b.heading);
  for (const r of t.t3.rows)
    groups.set(`3|${r.id}`, [r.section, r.group].filter(Boolean).join("/"));
  const year = report.year === null ? "" : String(report.year);
  const lines = [CSV_HEADER.join(",")];
  for (const c of cellsOf(report)) {
    const fields = [
      year,
      csvText(report.agency),
      editions[c.table],
      TABLE_NAMES[c.table],
      groups.get(`${c.table}|${c.rowId}`) ?? "",
      c.row,
      c.column,
      rawText(report.values[c.key]),
      c.key,
    ];
    lines.push(fields.map(csvField).join(","));
  }
  return CSV_BOM + lines.join("\r\n") + "\r\n";
}
