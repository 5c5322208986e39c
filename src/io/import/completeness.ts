/**
 * Never a silent pass: what an import did not read becomes an error finding, and the cells it did
 * not read are marked unknown on the report so the checker neither computes with them nor calls
 * them blank.
 *   IMP-01 a table missing, or printed without any value read
 *   IMP-02 a table cut short: rows missing, or rows printed with fewer values than columns
 *   IMP-03 a table printed twice (only the first copy is read)
 */
import { cellsOf, tablesOf } from "../../report/cells";
import { TABLE_NAMES, tableSubject } from "../../report/editions/names";
import type { Finding, Message, Report, RowDef, TableNo } from "../../report/types";
import type { TableRead } from "./tables/read";

export const TABLE_TITLE_EN: Record<TableNo, string> = {
  2: "proactive disclosure",
  3: "applications received and handled",
  4: "administrative review and litigation",
};

const TABLES: TableNo[] = [2, 3, 4];

function finding(rule: "IMP-01" | "IMP-02" | "IMP-03", message: Message): Finding {
  return { rule, severity: "error", cells: [], message };
}

/** The official rows of a table in the report's structure, with their printed names. */
function rowsOf(report: Report, no: TableNo): { row: RowDef; name: string }[] {
  const t = tablesOf(report);
  const rows = no === 2 ? t.t2.blocks.flatMap((b) => b.rows) : no === 3 ? t.t3.rows : t.t4.rows;
  return rows.map((row) => ({ row, name: row.group ? `${row.group} ${row.label}` : row.label }));
}

const filled = (v: Report["values"][string] | undefined) =>
  v !== undefined && v !== null && String(v).trim() !== "";

const lineZh = (line: number | undefined) => (line !== undefined ? `第${line}行` : "");
const lineEn = (line: number | undefined) => (line !== undefined ? ` at line ${line}` : "");

/** Adds IMP-01..03 findings and marks what was not read on the report. */
export function completeness(
  report: Report,
  reads: Record<TableNo, TableRead>,
  findings: Finding[]
): void {
  const cells = cellsOf(report);
  const absent: TableNo[] = [];
  const unread: string[] = [];
  for (const no of TABLES) {
    const r = reads[no];
    const t = TABLE_NAMES[no].zh;
    // A table of blank cells only yields nothing to check: as good as not read.
    const valuesRead = cells.some((c) => c.table === no && filled(report.values[c.key]));
    if (!r.found || !valuesRead) {
      absent.push(no);
      findings.push(
        finding("IMP-01", {
          zh: `${t}（${tableSubject(no)}）未读到：${r.found ? "表格中没有读出任何数值" : "文中没有找到这张表"}；该表未核对。`,
          en: `Table ${no} (${TABLE_TITLE_EN[no]}) was not read: ${r.found ? "no value could be read from it" : "it was not found"}; it was not checked.`,
        })
      );
      continue;
    }
    if (r.duplicate) {
      findings.push(
        finding("IMP-03", {
          zh: `${t}印了两次（${lineZh(r.duplicate.line) || "后面"}又出现一份），只读入第一份；请核对两份是否一致。`,
          en: `Table ${no} is printed twice (again${lineEn(r.duplicate.line)}); only the first copy was read. Check that the two agree.`,
        })
      );
    }
    const rows = rowsOf(report, no);
    const missing = rows.filter(({ row }) =>
      cells.every((c) => c.rowId !== row.id || c.table !== no || !(c.key in report.values))
    );
    const short = r.shortRows.filter((s) => s.read > 0);
    const keysOfRow = (id: string) =>
      cells.filter((c) => c.table === no && c.rowId === id).map((c) => c.key);
    if (no !== 4) for (const m of missing) unread.push(...keysOfRow(m.row.id));
    const known = new Set(cells.map((c) => c.key));
    unread.push(...r.unread.filter((k) => known.has(k) && !(k in report.values)));
    if (!missing.length && !short.length) continue;
    const parts: Message[] = [];
    if (missing.length) {
      const first = missing[0].name;
      const last = missing[missing.length - 1].name;
      const range =
        missing.length === 1
          ? { zh: `“${first}”`, en: `“${first}”` }
          : {
              zh: `“${first}”…“${last}”共 ${missing.length} 行`,
              en: `${missing.length} rows, “${first}” … “${last}”`,
            };
      parts.push({
        zh: `只读到 ${rows.length - missing.length} 行（应有 ${rows.length} 行），缺${range.zh}`,
        en: `only ${rows.length - missing.length} of ${rows.length} rows were read; missing: ${range.en}`,
      });
    }
    for (const s of short) {
      const name = s.label ? `“${s.label}”行` : "";
      parts.push({
        zh: `${lineZh(s.line)}${name}只读到 ${s.read} 个数（应有 ${s.expected} 个）`,
        en: `${s.label ? `row “${s.label}”` : "the row"}${lineEn(s.line)} has ${s.read} of ${s.expected} values`,
      });
    }
    findings.push(
      finding("IMP-02", {
        zh: `${t}不完整：${parts.map((p) => p.zh).join("；")}。没读到的格子未核对。`,
        en: `Table ${no} is incomplete: ${parts.map((p) => p.en).join("; ")}. The cells not read were not checked.`,
      })
    );
  }
  if (absent.length) report.absentTables = absent;
  if (unread.length) report.unreadCells = [...new Set(unread)];
}
