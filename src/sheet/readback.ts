/**
 * Reading a report back from a worksheet grid, and checking that the printed structure is intact:
 * every label where the layout puts it, every merge present, no row deleted or inserted inside a table.
 *
 * Rows are aligned before anything is compared, so a deleted or inserted row is reported as that
 * (naming the table and the row) rather than as every label below it being wrong, a table that merely
 * moved down is still read correctly, and values are read from where their rows actually are.
 */
import type { EditionId, Report, RawValue } from "../report/types";
import { a1, parseRange, rectAddress, type CellPos, type Rect } from "./a1";
import { layoutOf, type LabelCell, type SheetLayout, type TableLayout } from "./layout";
import type { ReportMeta } from "./metadata";
import { defaultTitle, totalFormulas } from "./plan";
import {
  severityOf,
  sheetProblem,
  type RowName,
  type SheetFact,
  type SheetProblem,
} from "./readbackProblems";

export interface Grid {
  /** Cell values as Excel returns them (numbers, strings, booleans; "" for empty). */
  values: unknown[][];
  /** Range.formulas of the same area, when read. */
  formulas?: unknown[][];
  /** Sheet position of values[0][0]; default the layout's origin (the block read through GK_REPORT). */
  origin?: CellPos;
}

export type { ProblemKind, SheetProblem } from "./readbackProblems";

const MAX_LABEL_PROBLEMS = 12;

function text(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

type RowKind = "labels" | "blank" | "free";

interface ExpectedRow {
  row: number;
  kind: RowKind;
  labels: LabelCell[];
  table: TableLayout | null;
}

interface Pair {
  exp: number;
  got: number | null;
  match: boolean;
}

export interface Alignment {
  /** Expected sheet row → sheet row where it is now (null: deleted). */
  rowOf: Map<number, number | null>;
  pairs: Pair[];
  /** Sheet rows of the grid paired with no expected row. */
  unpaired: number[];
}

function expectedRows(layout: SheetLayout): ExpectedRow[] {
  const out: ExpectedRow[] = [];
  const labelsAt = new Map<number, LabelCell[]>();
  for (const l of layout.labels)
    if (l.role !== "title") labelsAt.set(l.pos.row, [...(labelsAt.get(l.pos.row) ?? []), l]);
  const valueRows = new Set(layout.cells.map((c) => c.pos.row));
  const tableAt = (row: number) =>
    layout.tables.find((t) => row >= t.caption.pos.row && row <= t.rect.bottom) ?? null;
  for (let row = layout.rect.top; row <= layout.rect.bottom; row++) {
    const labels = labelsAt.get(row) ?? [];
    const kind: RowKind = labels.length
      ? "labels"
      : row === layout.title.pos.row || valueRows.has(row) || tableAt(row)
        ? "free"
        : "blank";
    out.push({ row, kind, labels, table: tableAt(row) });
  }
  return out;
}

class GridReader {
  readonly origin: CellPos;
  constructor(
    readonly grid: Grid,
    layout: SheetLayout
  ) {
    this.origin = grid.origin ?? layout.origin;
  }
  get firstRow() {
    return this.origin.row;
  }
  get rowCount() {
    return this.grid.values.length;
  }
  value(row: number, col: number): unknown {
    return this.grid.values[row - this.origin.row]?.[col - this.origin.col];
  }
  formula(row: number, col: number): unknown {
    return this.grid.formulas?.[row - this.origin.row]?.[col - this.origin.col];
  }
}

function rowMatches(e: ExpectedRow, g: GridReader, row: number, blockRect: Rect): boolean {
  if (e.kind === "labels") return e.labels.every((l) => text(g.value(row, l.pos.col)) === l.text);
  if (e.kind === "blank") {
    for (let c = blockRect.left; c <= blockRect.right; c++)
      if (text(g.value(row, c)).trim() !== "") return false;
  }
  return true;
}

/** Align the layout's rows with the grid's rows (global alignment; leading and trailing grid rows free). */
export function alignRows(layout: SheetLayout, grid: Grid): Alignment {
  const exp = expectedRows(layout);
  const g = new GridReader(grid, layout);
  const n = exp.length;
  const m = g.rowCount;
  const GAP = -1;
  const score = (i: number, j: number) => {
    const e = exp[i];
    const ok = rowMatches(e, g, g.firstRow + j, layout.rect);
    return e.kind === "labels" ? (ok ? 3 : 0) : ok ? 1 : 0;
  };
  const S: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const M: boolean[][] = Array.from({ length: n + 1 }, () => new Array<boolean>(m + 1).fill(false));
  const B: Uint8Array[] = Array.from({ length: n + 1 }, () => new Uint8Array(m + 1)); // 1 diag, 2 up, 3 left
  for (let i = 1; i <= n; i++) {
    S[i][0] = i * GAP;
    B[i][0] = 2;
  }
  for (let j = 1; j <= m; j++) B[0][j] = 3; // leading grid rows are free
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = score(i - 1, j - 1);
      M[i][j] = exp[i - 1].kind === "labels" ? s === 3 : true;
      const diag = S[i - 1][j - 1] + s;
      const up = S[i - 1][j] + GAP;
      const left = S[i][j - 1] + (i === n ? 0 : GAP); // trailing grid rows are free
      if (diag >= up && diag >= left) {
        S[i][j] = diag;
        B[i][j] = 1;
      } else if (up >= left) {
        S[i][j] = up;
        B[i][j] = 2;
      } else {
        S[i][j] = left;
        B[i][j] = 3;
      }
    }
  }
  const pairs: Pair[] = [];
  const paired = new Set<number>();
  let i = n;
  let j = m;
  while (i > 0) {
    const b = j === 0 ? 2 : B[i][j];
    if (b === 1) {
      pairs.push({ exp: exp[i - 1].row, got: g.firstRow + j - 1, match: M[i][j] });
      paired.add(j - 1);
      i--;
      j--;
    } else if (b === 2) {
      pairs.push({ exp: exp[i - 1].row, got: null, match: false });
      i--;
    } else j--;
  }
  pairs.reverse();
  const unpaired: number[] = [];
  for (let k = 0; k < m; k++) if (!paired.has(k)) unpaired.push(g.firstRow + k);
  return { rowOf: new Map(pairs.map((p) => [p.exp, p.got])), pairs, unpaired };
}

/** How messages name a table row: the caption row, or its 1-based row and the labels on it. */
function rowName(t: TableLayout, labels: LabelCell[], row: number): RowName {
  if (row === t.caption.pos.row) return { caption: t.title };
  return { row: row - t.origin.row + 1, labels: labels.map((l) => l.text).filter(Boolean) };
}

function mergesOf(merges: string[] | undefined): Set<string> | null {
  if (!merges) return null;
  const out = new Set<string>();
  for (const m of merges) {
    const r = parseRange(m.replace(/\$/g, ""));
    if (r) out.add(rectAddress(r));
  }
  return out;
}

interface Verified {
  problems: SheetProblem[];
  alignment: Alignment;
}

/** What verifying one table reads from: the layout, the grid and how their rows align. */
interface Context {
  layout: SheetLayout;
  g: GridReader;
  byRow: Map<number, ExpectedRow>;
  alignment: Alignment;
  /** Merged areas the host reported (null: not read, so merges are not compared). */
  given: Set<string> | null;
}

/** A table's expected rows as aligned: deleted ones, and grid rows inserted among them. */
interface TableRows {
  pairs: Pair[];
  deleted: Pair[];
  inserted: number[];
}

function verify(layout: SheetLayout, grid: Grid, merges?: string[]): Verified {
  const alignment = alignRows(layout, grid);
  if (!grid.values.length) return { problems: [sheetProblem({ kind: "empty" })], alignment };
  const cx: Context = {
    layout,
    g: new GridReader(grid, layout),
    byRow: new Map(expectedRows(layout).map((e) => [e.row, e])),
    alignment,
    given: mergesOf(merges),
  };
  const problems = layout.tables.flatMap((t) => verifyTable(cx, t)).map(sheetProblem);
  return { problems, alignment };
}

/** The table's problems, its summary first when its structure is damaged. */
function verifyTable(cx: Context, t: TableLayout): SheetFact[] {
  const rows = tableRows(cx.alignment, t);
  const labels = labelFacts(cx, t, rows.pairs);
  const own = [...rowChangeFacts(cx, t, rows), ...labels.facts];
  const shift = intactShift(rows);
  if (shift !== null && shift !== 0) {
    own.push({
      kind: "tableMoved",
      table: t.no,
      address: a1({ row: t.origin.row + shift, col: t.origin.col }),
      shift,
      sheetRow: t.origin.row + shift,
    });
  }
  // Merges are only compared when the rows are intact: a deleted row shrinks a merge, and that is already said.
  if (cx.given && shift !== null) own.push(...mergeFacts(cx.layout, t, cx.given, shift));
  const damage = damageFact(t, own, rows, labels.count);
  return damage ? [damage, ...own] : own;
}

function tableRows(alignment: Alignment, t: TableLayout): TableRows {
  const pairs = alignment.pairs.filter((p) => p.exp >= t.caption.pos.row && p.exp <= t.rect.bottom);
  const gots = pairs.map((p) => p.got).filter((x): x is number => x !== null);
  const inserted = gots.length
    ? alignment.unpaired.filter((r) => r > Math.min(...gots) && r < Math.max(...gots))
    : [];
  return { pairs, deleted: pairs.filter((p) => p.got === null), inserted };
}

/** How far the table moved, when no row was deleted or inserted; null when its rows changed. */
export function intactShift(rows: TableRows): number | null {
  const offsets = new Set(rows.pairs.filter((p) => p.got !== null).map((p) => p.got! - p.exp));
  const intact = !rows.deleted.length && !rows.inserted.length && offsets.size === 1;
  return intact ? [...offsets][0] : null;
}

function rowChangeFacts(cx: Context, t: TableLayout, rows: TableRows): SheetFact[] {
  const out: SheetFact[] = [];
  for (const p of rows.deleted) {
    const labels = cx.byRow.get(p.exp)!.labels;
    out.push({
      kind: "rowDeleted",
      table: t.no,
      address: a1({ row: p.exp, col: t.rect.left }),
      expected: labels.map((l) => l.text).join(" "),
      name: rowName(t, labels, p.exp),
    });
  }
  for (const r of rows.inserted) {
    const before = rows.pairs.filter((p) => p.got !== null && p.got < r).pop();
    const after = before ? before.exp - t.origin.row + 1 : 0;
    out.push({
      kind: "rowInserted",
      table: t.no,
      address: a1({ row: r, col: t.rect.left }),
      after,
      sheetRow: r,
    });
  }
  return out;
}

/** Labels that read differently, the first MAX_LABEL_PROBLEMS one by one; `count` is all of them. */
function labelFacts(
  cx: Context,
  t: TableLayout,
  pairs: Pair[]
): { facts: SheetFact[]; count: number } {
  const facts: SheetFact[] = [];
  let count = 0;
  for (const p of pairs) {
    const e = cx.byRow.get(p.exp)!;
    if (p.got === null || e.kind !== "labels" || p.match) continue;
    for (const l of e.labels) {
      const actual = text(cx.g.value(p.got, l.pos.col));
      if (actual === l.text) continue;
      count++;
      if (count > MAX_LABEL_PROBLEMS) continue;
      const address = a1({ row: p.got, col: l.pos.col });
      facts.push({ kind: "label", table: t.no, address, expected: l.text, actual });
    }
  }
  if (count > MAX_LABEL_PROBLEMS)
    facts.push({ kind: "moreLabels", table: t.no, count: count - MAX_LABEL_PROBLEMS });
  return { facts, count };
}

/** Merges of the table missing from, or added to, what the host reports (the table moved by `shift`). */
export function mergeFacts(
  layout: Pick<SheetLayout, "merges" | "labels">,
  t: TableLayout,
  given: Set<string>,
  shift: number
): SheetFact[] {
  const out: SheetFact[] = [];
  const within = (r: Rect, area: Rect) =>
    r.top >= area.top && r.bottom <= area.bottom && r.left >= area.left && r.right <= area.right;
  const mine = layout.merges.filter((r) => within(r, t.rect));
  const shifted = (r: Rect): Rect => ({ ...r, top: r.top + shift, bottom: r.bottom + shift });
  const want = new Set(mine.map((r) => rectAddress(shifted(r))));
  // Some hosts report a merged area by its top-left cell alone (office-js #1590).
  const topLefts = new Set(mine.map((m) => a1({ row: m.top + shift, col: m.left })));
  for (const r of mine) {
    const address = rectAddress(shifted(r));
    if (given.has(address) || given.has(a1({ row: r.top + shift, col: r.left }))) continue;
    const label = layout.labels.find((l) => l.rect.top === r.top && l.rect.left === r.left);
    // Values are read by position, so a merge the host reports differently never stops the check.
    out.push({ kind: "mergeMissing", table: t.no, address, label: label ? label.text : null });
  }
  const area = shifted(t.rect);
  for (const address of given) {
    if (!within(parseRange(address)!, area) || want.has(address) || topLefts.has(address)) continue;
    out.push({ kind: "mergeUnexpected", table: t.no, address });
  }
  return out;
}

/** The summary of a table whose structure has errors: what was changed, by how much. */
function damageFact(
  t: TableLayout,
  own: SheetFact[],
  rows: TableRows,
  labels: number
): SheetFact | null {
  const damage = own.filter((f) => severityOf(f) === "error");
  if (!damage.length) return null;
  const has = (kind: SheetFact["kind"]) => damage.some((f) => f.kind === kind);
  return {
    kind: "tableDamaged",
    table: t.no,
    address: t.range,
    title: t.title,
    deleted: has("rowDeleted") ? rows.deleted.length : 0,
    inserted: has("rowInserted") ? rows.inserted.length : 0,
    labels: has("label") || has("moreLabels") ? labels : 0,
    mergesSplit: has("mergeMissing"),
  };
}

/**
 * Problems with the printed structure of the tables in `grid` (labels, rows, merges), each naming the
 * cell address and what is wrong. `merges` are the merged areas read from the sheet (any A1 form).
 */
export function verifyStructure(
  layout: SheetLayout,
  grid: Grid,
  merges?: string[]
): SheetProblem[] {
  return verify(layout, grid, merges).problems;
}

/** What Excel returned for a value cell, as typed: numbers stay numbers, text stays text, "" → null. */
export function rawValue(v: unknown): RawValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

const NUMERIC_TEXT = /^[+-]?\d+(\.\d+)?$/;

/**
 * Read the report back from a grid: values where the layout (after row alignment) puts them, plus the
 * structure problems and value notes. `meta` supplies what the grid does not hold (year, agency …).
 */
export function reportFromGrid(
  layout: SheetLayout,
  grid: Grid,
  meta: Partial<Omit<ReportMeta, "edition" | "sheet" | "names">> = {},
  merges?: string[]
): { report: Report; problems: SheetProblem[] } {
  const { problems, alignment } = verify(layout, grid, merges);
  const g = new GridReader(grid, layout);
  const read = readValues(layout, g, alignment);
  const typed = meta.totalsAsFormulas && grid.formulas ? typedTotals(layout, g, alignment) : [];
  problems.push(...[...read.facts, ...typed].map(sheetProblem));
  const titleText = text(
    g.value(alignment.rowOf.get(layout.title.pos.row) ?? layout.title.pos.row, layout.title.pos.col)
  ).trim();
  const report: Report = {
    edition: layout.edition,
    year: meta.year ?? null,
    agency: meta.agency ?? "",
    values: read.values,
  };
  if (Object.keys(layout.tableEditions).length) report.tableEditions = { ...layout.tableEditions };
  // The default title is derived, not typed: keep report.title for a title the user chose.
  const derived = defaultTitle({ agency: report.agency, year: report.year });
  const title = meta.title ?? (titleText && titleText !== derived ? titleText : undefined);
  if (title !== undefined) report.title = title;
  if (meta.date !== undefined) report.date = meta.date;
  if (meta.narrative) report.narrative = { ...meta.narrative };
  if (meta.preface !== undefined) report.preface = meta.preface;
  if (meta.signer !== undefined) report.signer = meta.signer;
  return { report, problems };
}

/** Values where their rows are now (null for a deleted row), and numbers stored as text. */
function readValues(
  layout: SheetLayout,
  g: GridReader,
  alignment: Alignment
): { values: Record<string, RawValue>; facts: SheetFact[] } {
  const values: Record<string, RawValue> = {};
  const facts: SheetFact[] = [];
  for (const c of layout.cells) {
    const row = alignment.rowOf.get(c.pos.row);
    if (row === null || row === undefined) {
      values[c.key] = null;
      continue;
    }
    const raw = rawValue(g.value(row, c.pos.col));
    values[c.key] = raw;
    if (typeof raw === "string" && NUMERIC_TEXT.test(raw.trim()))
      facts.push({
        kind: "textNumber",
        table: c.table,
        address: a1({ row, col: c.pos.col }),
        actual: raw,
      });
  }
  return { values, facts };
}

/** Totals inserted as SUM formulas that now hold a typed number. */
function typedTotals(layout: SheetLayout, g: GridReader, alignment: Alignment): SheetFact[] {
  const facts: SheetFact[] = [];
  for (const key of totalFormulas(layout, layout).keys()) {
    const c = layout.byKey[key];
    const row = alignment.rowOf.get(c.pos.row);
    if (row === null || row === undefined) continue;
    const f = g.formula(row, c.pos.col);
    if (typeof f === "string" && f.startsWith("=")) continue;
    facts.push({ kind: "totalNotFormula", table: c.table, address: a1({ row, col: c.pos.col }) });
  }
  return facts;
}

const EDITIONS: EditionId[] = ["2021", "2019"];

/**
 * Read the block found through the defined name (its top-left at `grid.origin`) with the metadata's
 * edition, or, when the metadata is lost, with the edition whose structure fits (fewest errors).
 */
export function readBlock(
  grid: Grid & { origin: CellPos },
  meta: ReportMeta | null,
  merges?: string[]
): { report: Report; layout: SheetLayout; problems: SheetProblem[] } {
  const candidates: Pick<Report, "edition" | "tableEditions">[] = meta
    ? [
        {
          edition: meta.edition,
          ...(meta.tableEditions ? { tableEditions: meta.tableEditions } : {}),
        },
      ]
    : EDITIONS.map((edition) => ({ edition }));
  const errors = (ps: SheetProblem[]) => ps.filter((p) => p.severity === "error").length;
  let best: { report: Report; layout: SheetLayout; problems: SheetProblem[] } | null = null;
  for (const c of candidates) {
    const layout = layoutOf(c, grid.origin);
    const read = reportFromGrid(layout, grid, meta ?? {}, merges);
    if (!best || errors(read.problems) < errors(best.problems)) best = { ...read, layout };
  }
  return best!;
}
