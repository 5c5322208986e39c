/**
 * Where each label and value cell of a report's tables sits in a worksheet, derived from the edition
 * declarations (src/report/editions). No label is written here: every text comes from the declaration.
 *
 * The block, from the origin down: title row, blank row, then for 表二, 表三, 表四 a caption row
 * (the table title) and the table itself, with a blank row between tables. Every table starts in the
 * origin's column.
 */
import { cellKey, cellsOf, leafColumns, tablesOf } from "../report/cells";
import type {
  CellDef,
  EditionId,
  GridTableDef,
  HeaderNode,
  Report,
  Table2Def,
  TableNo,
  ValueKind,
} from "../report/types";
import { a1, parseA1, parseRange, rectAddress, rectCells, type CellPos, type Rect } from "./a1";

export type LabelRole =
  /** The report title over the whole block (text is the caller's). */
  | "title"
  /** Table title above each table: 二、主动公开政府信息情况 … */
  | "caption"
  /** 表三's note over the label columns. */
  | "note"
  /** 表二 block heading: 第二十条第（一）项. */
  | "heading"
  /** 表二 信息内容. */
  | "rowHeader"
  /** Column header cell (any level of the header tree; 表二 column labels). */
  | "header"
  /** 表三 三、本年度办理结果, merged down its rows. */
  | "section"
  /** 表三 group label, merged down its item rows: （三）不予公开. */
  | "group"
  /** Row label. */
  | "row";

export interface LabelCell {
  text: string;
  role: LabelRole;
  /** null for the title. */
  table: TableNo | null;
  /** Top-left cell. */
  pos: CellPos;
  address: string;
  /** The merged area (one cell when not merged). */
  rect: Rect;
  /** Table-relative row (0 = the table's first row) — for messages such as “表三第12行”. */
  tableRow: number;
}

export interface ValueCell {
  key: string;
  table: TableNo;
  rowId: string;
  colId: string;
  kind: ValueKind;
  isTotal: boolean;
  /** Top-left cell (a merged value cell is addressed by its top-left). */
  pos: CellPos;
  address: string;
  rect: Rect;
  tableRow: number;
}

export interface TableLayout {
  no: TableNo;
  /** Edition of the printed structure of this table. */
  edition: EditionId;
  title: string;
  caption: LabelCell;
  /** The table grid without its caption; the top-left is the table's origin (spec/format.md §3 row 1, column A). */
  rect: Rect;
  range: string;
  origin: CellPos;
  /** Header rows at the top of 表三 and 表四 (0 for 表二, whose headers repeat per block). */
  headerRows: number;
  labels: LabelCell[];
  cells: ValueCell[];
  /** The value rectangle of 表三 / 表四 (表二's value cells are not one rectangle). */
  valueRect?: Rect;
}

export interface SheetLayout {
  edition: EditionId;
  tableEditions: Partial<Record<TableNo, EditionId>>;
  origin: CellPos;
  /** The whole block: title to the last row of 表四. */
  rect: Rect;
  range: string;
  title: LabelCell;
  tables: [TableLayout, TableLayout, TableLayout];
  /** Every label cell (title and captions included), in reading order per table. */
  labels: LabelCell[];
  /** Every value cell, in the order of src/report/cells.ts cellsOf. */
  cells: ValueCell[];
  /** Every merged area (labels and value cells). */
  merges: Rect[];
  byKey: Record<string, ValueCell>;
  /** Every cell covered by a value cell (all cells of a merged value cell) → key. */
  keyByAddress: Record<string, string>;
}

function lcm(a: number, b: number): number {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  return (a * b) / gcd(a, b);
}

/** 表二: a label column plus `units` value columns; a block with n columns gives each units/n. */
export function table2Units(t: Table2Def): number {
  return t.blocks.reduce((u, b) => lcm(u, b.columns.length), 1);
}

function headerDepth(nodes: HeaderNode[]): number {
  return Math.max(...nodes.map((n) => 1 + (n.children ? headerDepth(n.children) : 0)));
}

function leafCount(n: HeaderNode): number {
  return n.children ? n.children.reduce((s, c) => s + leafCount(c), 0) : 1;
}

interface Built {
  labels: LabelCell[];
  cells: Omit<ValueCell, "kind" | "isTotal">[];
  rows: number;
  cols: number;
  headerRows: number;
  valueRect?: Rect;
}

class Builder {
  labels: LabelCell[] = [];
  cells: Omit<ValueCell, "kind" | "isTotal">[] = [];
  constructor(
    private table: TableNo,
    private origin: CellPos
  ) {}
  /** Place a label over table-relative rows r..r+h-1 and columns c..c+w-1. */
  label(text: string, role: LabelRole, r: number, c: number, h = 1, w = 1): void {
    const pos = { row: this.origin.row + r, col: this.origin.col + c };
    const rect = { top: pos.row, left: pos.col, bottom: pos.row + h - 1, right: pos.col + w - 1 };
    this.labels.push({ text, role, table: this.table, pos, address: a1(pos), rect, tableRow: r });
  }
  value(rowId: string, colId: string, r: number, c: number, w = 1): void {
    const pos = { row: this.origin.row + r, col: this.origin.col + c };
    const rect = { top: pos.row, left: pos.col, bottom: pos.row, right: pos.col + w - 1 };
    this.cells.push({
      key: cellKey(this.table, rowId, colId),
      table: this.table,
      rowId,
      colId,
      pos,
      address: a1(pos),
      rect,
      tableRow: r,
    });
  }
}

function buildTable2(t: Table2Def, origin: CellPos): Built {
  const b = new Builder(2, origin);
  const units = table2Units(t);
  let r = 0;
  for (const block of t.blocks) {
    b.label(block.heading, "heading", r, 0, 1, units + 1);
    r++;
    b.label(block.rowHeader, "rowHeader", r, 0);
    const span = units / block.columns.length;
    block.columns.forEach((col, i) => b.label(col.label, "header", r, 1 + i * span, 1, span));
    r++;
    for (const row of block.rows) {
      b.label(row.label, "row", r, 0);
      block.columns.forEach((col, i) => b.value(row.id, col.id, r, 1 + i * span, span));
      r++;
    }
  }
  return { labels: b.labels, cells: b.cells, rows: r, cols: units + 1, headerRows: 0 };
}

/** Runs of consecutive rows sharing the same non-empty value of `field`. */
function runs<T>(
  items: T[],
  field: (t: T) => string | undefined
): { value: string; start: number; length: number }[] {
  const out: { value: string; start: number; length: number }[] = [];
  items.forEach((it, i) => {
    const v = field(it);
    const last = out[out.length - 1];
    if (v && last && last.value === v && last.start + last.length === i) last.length++;
    else if (v) out.push({ value: v, start: i, length: 1 });
  });
  return out;
}

function buildGrid(t: GridTableDef, origin: CellPos): Built {
  const b = new Builder(t.no, origin);
  const L = t.labelColumns;
  if (L !== 0 && L !== 3) throw new Error(`layout: ${L} label columns are not supported`);
  const depth = headerDepth(t.header);
  if (L > 0) b.label(t.note ?? "", "note", 0, 0, depth, L);
  // Header tree: a node at depth d sits in row d-1; a leaf spans down to the last header row.
  let col = L;
  const walk = (nodes: HeaderNode[], d: number) => {
    for (const n of nodes) {
      if (n.children) {
        b.label(n.label, "header", d - 1, col, 1, leafCount(n));
        walk(n.children, d + 1);
      } else {
        b.label(n.label, "header", d - 1, col, depth - d + 1, 1);
        col++;
      }
    }
  };
  walk(t.header, 1);
  const leaves = leafColumns(t.header);
  const body = depth;
  if (L > 0) {
    for (const s of runs(t.rows, (r) => r.section))
      b.label(s.value, "section", body + s.start, 0, s.length, 1);
    for (const g of runs(t.rows, (r) => r.group))
      b.label(g.value, "group", body + g.start, 1, g.length, 1);
  }
  t.rows.forEach((row, i) => {
    const r = body + i;
    if (L > 0) {
      const start = row.group ? 2 : row.section ? 1 : 0;
      b.label(row.label, "row", r, start, 1, L - start);
    }
    leaves.forEach((leaf, j) => b.value(row.id, leaf.id, r, L + j));
  });
  const valueRect = {
    top: origin.row + body,
    left: origin.col + L,
    bottom: origin.row + body + t.rows.length - 1,
    right: origin.col + L + leaves.length - 1,
  };
  return {
    labels: b.labels,
    cells: b.cells,
    rows: body + t.rows.length,
    cols: L + leaves.length,
    headerRows: depth,
    valueRect,
  };
}

const cache = new Map<string, SheetLayout>();

/** The layout of a report's tables with the block's top-left at `origin` (default A1). */
export function layoutOf(
  report: Pick<Report, "edition" | "tableEditions">,
  origin: CellPos = { row: 0, col: 0 }
): SheetLayout {
  const id = `${report.edition}|${report.tableEditions?.[2] ?? ""}|${report.tableEditions?.[3] ?? ""}|${report.tableEditions?.[4] ?? ""}|${origin.row},${origin.col}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const defs = tablesOf(report);
  const editionOf = (no: TableNo): EditionId => report.tableEditions?.[no] ?? report.edition;
  const cellDefs = new Map<string, CellDef>(cellsOf(report).map((c) => [c.key, c]));

  const titlePos = { ...origin };
  let row = origin.row + 2; // title, blank
  const tables: TableLayout[] = [];
  const order: [TableNo, Table2Def | GridTableDef][] = [
    [2, defs.t2],
    [3, defs.t3],
    [4, defs.t4],
  ];
  for (const [no, def] of order) {
    const captionPos = { row, col: origin.col };
    const tOrigin = { row: row + 1, col: origin.col };
    const built = def.no === 2 ? buildTable2(def, tOrigin) : buildGrid(def, tOrigin);
    const rect = {
      top: tOrigin.row,
      left: tOrigin.col,
      bottom: tOrigin.row + built.rows - 1,
      right: tOrigin.col + built.cols - 1,
    };
    const caption: LabelCell = {
      text: def.title,
      role: "caption",
      table: no,
      pos: captionPos,
      address: a1(captionPos),
      rect: {
        top: captionPos.row,
        left: captionPos.col,
        bottom: captionPos.row,
        right: captionPos.col,
      },
      tableRow: -1,
    };
    const cells: ValueCell[] = built.cells.map((c) => {
      const d = cellDefs.get(c.key);
      if (!d) throw new Error(`layout: ${c.key} is not a cell of the edition`);
      return { ...c, kind: d.kind, isTotal: d.isTotal };
    });
    tables.push({
      no,
      edition: editionOf(no),
      title: def.title,
      caption,
      rect,
      range: rectAddress(rect),
      origin: tOrigin,
      headerRows: built.headerRows,
      labels: built.labels,
      cells,
      ...(built.valueRect ? { valueRect: built.valueRect } : {}),
    });
    row = rect.bottom + 2; // blank row between tables
  }
  const width = Math.max(...tables.map((t) => t.rect.right - origin.col + 1));
  const blockRect = {
    top: origin.row,
    left: origin.col,
    bottom: tables[2].rect.bottom,
    right: origin.col + width - 1,
  };
  const title: LabelCell = {
    text: "",
    role: "title",
    table: null,
    pos: titlePos,
    address: a1(titlePos),
    rect: { top: titlePos.row, left: titlePos.col, bottom: titlePos.row, right: blockRect.right },
    tableRow: -1,
  };
  const labels = [title, ...tables.flatMap((t) => [t.caption, ...t.labels])];
  // Value cells in cellsOf order, so a layout lines up with the report core's own list.
  const byKey: Record<string, ValueCell> = {};
  for (const t of tables) for (const c of t.cells) byKey[c.key] = c;
  const cells = cellsOf(report).map((d) => byKey[d.key]);
  const keyByAddress: Record<string, string> = {};
  for (const c of cells) for (const p of rectCells(c.rect)) keyByAddress[a1(p)] = c.key;
  const isMerged = (r: Rect) => r.top !== r.bottom || r.left !== r.right;
  const merges = [...labels.map((l) => l.rect), ...cells.map((c) => c.rect)].filter(isMerged);
  const layout: SheetLayout = {
    edition: report.edition,
    tableEditions: { ...(report.tableEditions ?? {}) },
    origin: { ...origin },
    rect: blockRect,
    range: rectAddress(blockRect),
    title,
    tables: tables as [TableLayout, TableLayout, TableLayout],
    labels,
    cells,
    merges,
    byKey,
    keyByAddress,
  };
  cache.set(id, layout);
  return layout;
}

export function tableLayout(layout: SheetLayout, no: TableNo): TableLayout {
  return layout.tables[no - 2];
}

/** A1 address of a value cell (the top-left of a merged one), or undefined for an unknown key. */
export function addressOf(layout: SheetLayout, key: string): string | undefined {
  return layout.byKey[key]?.address;
}

/** The whole area of a value cell: "B7:D7" when merged, else its address. */
export function rangeOf(layout: SheetLayout, key: string): string | undefined {
  const c = layout.byKey[key];
  return c ? rectAddress(c.rect) : undefined;
}

/** Key of the value cell at an address ("D4", "$D$4", "'报告'!D4"; any cell of a merged value cell). */
export function keyAt(layout: SheetLayout, address: string): string | undefined {
  const r = parseRange(address);
  if (!r) return undefined;
  return layout.keyByAddress[a1({ row: r.top, col: r.left })];
}

/** Position of a table-relative address (as in spec/format.md §3) of table `no`: ("D4", 3) → D23. */
export function tableAddress(layout: SheetLayout, no: TableNo, relative: string): string {
  const p = parseA1(relative);
  if (!p) throw new Error(`tableAddress: ${relative} is not an A1 address`);
  const o = tableLayout(layout, no).origin;
  return a1({ row: o.row + p.row, col: o.col + p.col });
}
