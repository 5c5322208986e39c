/**
 * Never a silent pass: what an import did not read becomes an error finding, and the cells it did
 * not read are marked unknown on the report so the checker neither computes with them nor calls
 * them blank.
 *   IMP-01 a table missing, or printed without any value read
 *   IMP-02 a table cut short: rows missing, or rows printed with fewer values than columns
 *   IMP-03 a table printed twice (only the first copy is read)
 */
import { cellsOf, tablesOf } from "../../report/cells";
import type { CellDef, Finding, Report, RowDef, TableNo } from "../../report/types";
import { gapFinding, type ImportGap } from "./gaps";
import type { TableRead } from "./tables/read";

const TABLES: TableNo[] = [2, 3, 4];

/** The official rows of a table in the report's structure, with their printed names. */
function rowsOf(report: Report, no: TableNo): { row: RowDef; name: string }[] {
  const t = tablesOf(report);
  const rows = no === 2 ? t.t2.blocks.flatMap((b) => b.rows) : no === 3 ? t.t3.rows : t.t4.rows;
  return rows.map((row) => ({ row, name: row.group ? `${row.group} ${row.label}` : row.label }));
}

const filled = (v: Report["values"][string] | undefined) =>
  v !== undefined && v !== null && String(v).trim() !== "";

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
    const gaps = gapsOf(report, cells, no, reads[no]);
    findings.push(...gaps.found.map(gapFinding));
    if (gaps.absent) absent.push(no);
    unread.push(...gaps.unread);
  }
  if (absent.length) report.absentTables = absent;
  if (unread.length) report.unreadCells = [...new Set(unread)];
}

/** What of one table was not read: the gaps found, whether it is absent, and the cells not read. */
export function gapsOf(
  report: Report,
  cells: CellDef[],
  no: TableNo,
  r: TableRead
): { found: ImportGap[]; absent: boolean; unread: string[] } {
  // A table of blank cells only yields nothing to check: as good as not read.
  const valuesRead = cells.some((c) => c.table === no && filled(report.values[c.key]));
  if (!r.found || !valuesRead)
    return { found: [{ rule: "IMP-01", table: no, found: r.found }], absent: true, unread: [] };
  const found: ImportGap[] = [];
  if (r.duplicate) found.push({ rule: "IMP-03", table: no, line: r.duplicate.line });
  const rows = rowsOf(report, no);
  const missing = rows.filter(({ row }) =>
    cells.every((c) => c.rowId !== row.id || c.table !== no || !(c.key in report.values))
  );
  const short = r.shortRows.filter((s) => s.read > 0);
  const keysOfRow = (id: string) =>
    cells.filter((c) => c.table === no && c.rowId === id).map((c) => c.key);
  const unread: string[] = [];
  if (no !== 4) for (const m of missing) unread.push(...keysOfRow(m.row.id));
  const known = new Set(cells.map((c) => c.key));
  unread.push(...r.unread.filter((k) => known.has(k) && !(k in report.values)));
  if (missing.length || short.length)
    found.push({
      rule: "IMP-02",
      table: no,
      rows: rows.length,
      missing: missing.map((m) => m.name),
      short,
    });
  return { found, absent: false, unread };
}
