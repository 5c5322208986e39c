/** Stable cell keys and the list of value cells of a report's tables, derived from the edition data. */
import { EDITIONS, TABLE_NAMES } from "./editions";
import type {
  CellDef,
  CellRef,
  EditionId,
  GridTableDef,
  HeaderNode,
  Report,
  Table2Def,
  TableNo,
} from "./types";

export function cellKey(table: TableNo, rowId: string, colId: string): string {
  return `t${table}.${rowId}.${colId}`;
}

/** Leaf columns of a header tree with their label paths (skipping nodes marked inPath: false). */
export function leafColumns(header: HeaderNode[]): { id: string; path: string[] }[] {
  const out: { id: string; path: string[] }[] = [];
  const walk = (nodes: HeaderNode[], path: string[]) => {
    for (const n of nodes) {
      const p = n.inPath === false ? path : [...path, n.label];
      if (n.children) walk(n.children, p);
      else if (n.id) out.push({ id: n.id, path: p });
    }
  };
  walk(header, []);
  return out;
}

function table2Cells(t: Table2Def): CellDef[] {
  return t.blocks.flatMap((b) =>
    b.rows.flatMap((r) =>
      b.columns.map((c) => ({
        key: cellKey(2, r.id, c.id),
        table: 2 as const,
        rowId: r.id,
        colId: c.id,
        row: r.label,
        column: c.label,
        kind: c.kind,
        isTotal: false,
      }))
    )
  );
}

function gridCells(t: GridTableDef, totals: Set<string>): CellDef[] {
  const cols = leafColumns(t.header);
  return t.rows.flatMap((r) =>
    cols.map((c) => {
      const key = cellKey(t.no, r.id, c.id);
      return {
        key,
        table: t.no,
        rowId: r.id,
        colId: c.id,
        row: r.label,
        ...(r.group ? { group: r.group } : {}),
        column: c.path.join("/"),
        kind: t.kind,
        isTotal: totals.has(key),
      };
    })
  );
}

/** The printed table structures a report uses: its edition, with per-table overrides from an import. */
export function tablesOf(report: Pick<Report, "edition" | "tableEditions">) {
  const ed = EDITIONS[report.edition];
  const pick = (no: TableNo): EditionId => report.tableEditions?.[no] ?? report.edition;
  return {
    t2: EDITIONS[pick(2)].t2,
    t3: EDITIONS[pick(3)].t3,
    t4: EDITIONS[pick(4)].t4,
    sums: { t3: EDITIONS[pick(3)].sums.t3, t4: ed.sums.t4 },
    identities: ed.identities,
  };
}

export type Tables = ReturnType<typeof tablesOf>;

const cache = new Map<string, CellDef[]>();

/** Every value cell of the report's tables, in printed order (表二, 表三 row by row, 表四). */
export function cellsOf(report: Pick<Report, "edition" | "tableEditions">): CellDef[] {
  const id = `${report.edition}|${report.tableEditions?.[2] ?? ""}|${report.tableEditions?.[3] ?? ""}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const t = tablesOf(report);
  const totals = new Set<string>();
  for (const s of [...t.sums.t3, ...t.sums.t4]) {
    const tableNo = t.sums.t3.includes(s) ? 3 : 4;
    const rows = tableNo === 3 ? t.t3.rows : t.t4.rows;
    const cols = leafColumns(tableNo === 3 ? t.t3.header : t.t4.header);
    if (s.along === "column")
      for (const c of cols) totals.add(cellKey(tableNo as TableNo, s.target, c.id));
    else for (const r of rows) totals.add(cellKey(tableNo as TableNo, r.id, s.target));
  }
  const all = [...table2Cells(t.t2), ...gridCells(t.t3, totals), ...gridCells(t.t4, totals)];
  cache.set(id, all);
  return all;
}

/** Cells by key, for lookups. */
export function cellIndex(report: Pick<Report, "edition" | "tableEditions">): Map<string, CellDef> {
  return new Map(cellsOf(report).map((c) => [c.key, c]));
}

export function refOf(cell: CellDef): CellRef {
  return {
    key: cell.key,
    table: cell.table,
    row: cell.row,
    column: cell.column,
    ...(cell.group ? { group: cell.group } : {}),
  };
}

/**
 * A cell named by its table and printed labels, the one way every message names one. "list" for lists
 * and the CLI: “表三 · （三）不予公开 1.属于国家秘密 · 自然人”; "words" inside a sentence:
 * “表三“（一）予以公开”行“自然人”列” / “Table 3, row “（一）予以公开”, column “自然人””. A 表四 cell has
 * no row label: its column alone names it.
 */
export function describeCell(
  ref: CellRef,
  lang: "zh" | "en" = "zh",
  form: "list" | "words" = "list"
): string {
  const table = TABLE_NAMES[ref.table][lang];
  const row = [ref.group, ref.row].filter(Boolean).join(" ");
  if (form === "list") return [table, row, ref.column].filter(Boolean).join(" · ");
  if (lang === "zh") return row ? `${table}“${row}”行“${ref.column}”列` : `${table}“${ref.column}”`;
  return row ? `${table}, row “${row}”, column “${ref.column}”` : `${table}, “${ref.column}”`;
}
