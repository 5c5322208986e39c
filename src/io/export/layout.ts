/**
 * The printed grid of the three statistical tables, derived from the edition declarations (header
 * trees, row groups and sections), never from copied labels. HTML and Word render this one model, so
 * their merges agree with spec/format.md §3/§4 and with each other.
 */
import { cellKey, leafColumns, tablesOf } from "../../report/cells";
import type {
  EditionId,
  GridTableDef,
  HeaderNode,
  RawValue,
  Report,
  Table2Def,
  TableNo,
} from "../../report/types";
import { displayValue } from "./common";

export type GridRole =
  /** Column header, block heading, or the header note of 表三. */
  | "header"
  /** Row label (left aligned). */
  | "rowLabel"
  /** A value cell (centred). */
  | "value";

/** A cell where it starts; the grid positions it covers through its spans are left out of `rows`. */
export interface GridCell {
  text: string;
  role: GridRole;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** Cell key of a value cell. */
  key?: string;
  raw?: RawValue;
}

export interface TableGrid {
  no: TableNo;
  edition: EditionId;
  title: string;
  /** Relative widths of the grid columns, summing to 1 (a default; fit.ts sizes them by content). */
  widths: number[];
  /** Leading columns that hold row labels (表二 1, 表三 3, 表四 0). */
  labelColumns: number;
  /** Leading rows that head the table (repeated on each page). */
  headerRows: number;
  /** Origin cells per grid row, left to right. */
  rows: GridCell[][];
  /**
   * Rows to keep on the page of the next row: each block of 表二, and the whole of 表三 and 表四 (a
   * reader compares 一+二 with 三+四 on one page), so a block that does not fit starts a new page.
   */
  keepWithNext: boolean[];
}

/** 表二's label column takes this share of the width; the value units share the rest. */
const T2_LABEL_SHARE = 0.32;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** 表二: a stack of blocks sharing one grid; each block's value columns span an equal number of units. */
function table2Grid(t: Table2Def, values: Report["values"]): TableGrid {
  const units = t.blocks.reduce((l, b) => (l * b.columns.length) / gcd(l, b.columns.length), 1);
  const rows: GridCell[][] = [];
  const keepWithNext: boolean[] = [];
  const push = (cells: Omit<GridCell, "row">[], keep = true) => {
    const row = rows.length;
    rows.push(cells.map((c) => ({ ...c, row })));
    keepWithNext.push(keep);
  };
  for (const b of t.blocks) {
    const span = units / b.columns.length;
    push([{ text: b.heading, role: "header", col: 0, rowSpan: 1, colSpan: units + 1 }]);
    push([
      { text: b.rowHeader, role: "header", col: 0, rowSpan: 1, colSpan: 1 },
      ...b.columns.map((c, i) => ({
        text: c.label,
        role: "header" as const,
        col: 1 + i * span,
        rowSpan: 1,
        colSpan: span,
      })),
    ]);
    b.rows.forEach((r, i) => {
      push(
        [
          { text: r.label, role: "rowLabel", col: 0, rowSpan: 1, colSpan: 1 },
          ...b.columns.map((c, j) => valueCell(cellKey(2, r.id, c.id), values, 1 + j * span, span)),
        ],
        i < b.rows.length - 1
      );
    });
  }
  const unit = (1 - T2_LABEL_SHARE) / units;
  return {
    no: 2,
    edition: t.edition,
    title: t.title,
    widths: [T2_LABEL_SHARE, ...Array.from({ length: units }, () => unit)],
    labelColumns: 1,
    headerRows: 0,
    rows,
    keepWithNext,
  };
}

function valueCell(
  key: string,
  values: Report["values"],
  col: number,
  colSpan: number
): Omit<GridCell, "row"> {
  const raw = values[key];
  return {
    text: displayValue(raw),
    role: "value",
    col,
    rowSpan: 1,
    colSpan,
    key,
    raw: raw === undefined ? null : raw,
  };
}

function depth(nodes: HeaderNode[]): number {
  return nodes.reduce((d, n) => Math.max(d, 1 + (n.children ? depth(n.children) : 0)), 0);
}

function leafCount(n: HeaderNode): number {
  return n.children ? n.children.reduce((s, c) => s + leafCount(c), 0) : 1;
}

/** Label-column widths of 表三 (section, group, item label) as shares of the table width. */
const LABEL_SHARES: Record<number, number[]> = { 3: [0.045, 0.16, 0.3] };

/** 表三 and 表四: a header tree over the value columns, label columns on the left with nested row merges. */
function gridTableGrid(t: GridTableDef, values: Report["values"]): TableGrid {
  const L = t.labelColumns;
  const D = depth(t.header);
  const header: GridCell[][] = Array.from({ length: D }, () => []);
  if (L > 0)
    header[0].push({ text: t.note ?? "", role: "header", row: 0, col: 0, rowSpan: D, colSpan: L });
  const place = (nodes: HeaderNode[], level: number, col: number) => {
    for (const n of nodes) {
      const span = leafCount(n);
      const rowSpan = n.children ? 1 : D - level;
      header[level].push({
        text: n.label,
        role: "header",
        row: level,
        col,
        rowSpan,
        colSpan: span,
      });
      if (n.children) place(n.children, level + 1, col);
      col += span;
    }
  };
  place(t.header, 0, L);
  for (const r of header) r.sort((a, b) => a.col - b.col);

  const leaves = leafColumns(t.header);
  const paths = t.rows.map((r) =>
    [r.section, r.group, r.label].filter((x): x is string => x !== undefined)
  );
  const samePrefix = (a: string[], b: string[], n: number) =>
    a.length > n + 1 && b.length > n + 1 && a.slice(0, n + 1).every((x, i) => x === b[i]);
  const body: GridCell[][] = t.rows.map((r, i) => {
    const row = D + i;
    const cells: GridCell[] = [];
    const path = L > 0 ? paths[i].slice(-L) : [];
    path.forEach((text, level) => {
      const last = level === path.length - 1;
      if (!last) {
        // An outer label (section, group) merges down over the following rows that share it.
        if (i > 0 && samePrefix(paths[i - 1], path, level)) return;
        let span = 1;
        while (i + span < t.rows.length && samePrefix(paths[i + span], path, level)) span++;
        cells.push({ text, role: "rowLabel", row, col: level, rowSpan: span, colSpan: 1 });
      } else {
        cells.push({ text, role: "rowLabel", row, col: level, rowSpan: 1, colSpan: L - level });
      }
    });
    leaves.forEach((c, j) =>
      cells.push({ ...valueCell(cellKey(t.no, r.id, c.id), values, L + j, 1), row })
    );
    return cells;
  });

  const labelShares = LABEL_SHARES[L] ?? Array.from({ length: L }, () => 0.4 / L);
  const rest = 1 - labelShares.reduce((s, x) => s + x, 0);
  return {
    no: t.no,
    edition: t.edition,
    title: t.title,
    widths: [...labelShares, ...leaves.map(() => rest / leaves.length)],
    labelColumns: L,
    headerRows: D,
    rows: [...header, ...body],
    keepWithNext: [...header.map(() => true), ...t.rows.map((_, i) => i < t.rows.length - 1)],
  };
}

/** The three printed tables of a report, with its values. */
export function tableGrids(
  report: Pick<Report, "edition" | "tableEditions" | "values">
): TableGrid[] {
  const t = tablesOf(report);
  return [
    table2Grid(t.t2, report.values),
    gridTableGrid(t.t3, report.values),
    gridTableGrid(t.t4, report.values),
  ];
}

export function tableGrid(
  report: Pick<Report, "edition" | "tableEditions" | "values">,
  no: TableNo
): TableGrid {
  return tableGrids(report)[no - 2];
}
