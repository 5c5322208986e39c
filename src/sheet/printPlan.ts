/**
 * A print-ready worksheet of the finished report (title, the six sections, the three tables with their
 * merges, signature), for hosts where the pane cannot download a file (Excel for Mac): the user saves
 * the sheet as PDF from Excel. Pure: the caller passes the text and the table grids (src/io/export's
 * layout has the shape PrintTable asks for) and applies the plan in one batch.
 *
 * The sheet is a grid of PRINT_COLUMNS narrow columns filling the 156 mm 版心 of A4 (GB/T 9704); every
 * table's columns are snapped to whole runs of them, text spans them all. Excel does not grow a merged
 * row to fit wrapped text, so row heights are estimated here from the text widths.
 */
import { a1, colLetter, rectAddress, type Rect } from "./a1";
import type { PageMargins } from "./page";
import type { FormatAction } from "./plan";
import { textWidth } from "./style";

export const PRINT_COLUMNS = 30;
/** Points; 30 × 14.5 = 435 pt, inside the 442 pt (156 mm) 版心. */
export const PRINT_COLUMN_WIDTH = 14.5;
/** Excel's largest row height, in points. */
const MAX_ROW_HEIGHT = 409;
/** Room Excel keeps between a cell's edge and its text, in points (both sides together). */
const CELL_PADDING = 6;

export interface PrintFonts {
  title: string;
  body: string;
  heading1: string;
  heading2: string;
  table: string;
}

/** Sizes in points: 二号 title, 三号 body, tables a little under 五号 so 表四's 15 columns fit. */
export const PRINT_SIZES = { title: 22, body: 16, table: 10 } as const;
/** Height of one wrapped line at each size, in points (the fonts' own line height, about 1.3 em). */
const LINE = { title: 29, body: 21, table: 13.5 } as const;

/** A cell of a table grid where it starts (src/io/export/layout's GridCell has this shape). */
export interface PrintCell {
  text: string;
  role: "header" | "rowLabel" | "value";
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** What was typed into a value cell (a number stays a number on the sheet). */
  raw?: number | string | null;
}

export interface PrintTable {
  no: number;
  /** Relative widths of the grid columns, summing to 1. */
  widths: number[];
  rows: PrintCell[][];
}

export type PrintParagraph =
  { kind: "heading2"; text: string } | { kind: "paragraph"; text: string; lead?: string };

export interface PrintInput {
  title: string;
  /** The paragraphs between the title and 一、总体情况. */
  preface?: string[];
  sections: { heading: string; blocks: PrintParagraph[]; table?: PrintTable }[];
  /** Agency and date under the text, right-aligned; empty lines are left out. */
  signature: string[];
  fonts: PrintFonts;
}

export interface PrintPlan {
  /** The whole block, A1 to the last row. */
  range: string;
  /** One write of the whole block; text starts with an apostrophe so Excel keeps it as typed. */
  values: (string | number)[][];
  merges: string[];
  formats: FormatAction[];
  /** Every column of the block gets this width (points). */
  columnWidth: { range: string; width: number };
  rowHeights: { range: string; height: number }[];
  /** Where each table landed. */
  tables: { no: number; range: string }[];
  page: {
    orientation: "Portrait";
    paperSize: "A4";
    /** Points (GB/T 9704: 天头 37 mm, 订口 28 mm, bottom 35 mm, right 26 mm). */
    margins: PageMargins;
    printArea: string;
  };
}

const MM = 72 / 25.4;

/** An Excel text value: kept as typed (no date, number or formula read into it). */
function asText(s: string): string {
  return s === "" ? "" : `'${s}`;
}

/**
 * Whole sheet columns per grid column: each share of PRINT_COLUMNS rounded, at least one each, the
 * rounding error taken up by the widest column (a label column, never the value columns).
 */
export function snapWidths(widths: number[], total = PRINT_COLUMNS): number[] {
  const cols = widths.map((w) => Math.max(1, Math.round(w * total)));
  const order = widths.map((w, i) => ({ w, i })).sort((a, b) => b.w - a.w || a.i - b.i);
  let diff = total - cols.reduce((s, c) => s + c, 0);
  for (let k = 0; diff !== 0 && k < 10 * total; k++) {
    const step = diff > 0 ? 1 : -1;
    const pick = order.find((o) => step > 0 || cols[o.i] > 1);
    if (!pick) break;
    cols[pick.i] += step;
    diff -= step;
  }
  if (diff !== 0)
    throw new Error(`a table of ${widths.length} columns does not fit ${total} print columns`);
  return cols;
}

/** Lines a text takes in a width (points) at a font size. */
function linesOf(text: string, size: number, width: number): number {
  const usable = Math.max(width - CELL_PADDING, size);
  return text
    .split("\n")
    .reduce((n, line) => n + Math.max(1, Math.ceil((textWidth(line, size) * 1.05) / usable)), 0);
}

/** Split a paragraph whose height would pass Excel's row limit, at sentence ends where possible. */
export function splitLong(text: string, size: number, width: number, lineHeight: number): string[] {
  const maxLines = Math.floor((MAX_ROW_HEIGHT - 8) / lineHeight) - 1;
  if (linesOf(text, size, width) <= maxLines) return [text];
  // A piece fits when its wrapped width stays within maxLines lines (the same estimate as linesOf).
  const budget = (maxLines * Math.max(width - CELL_PADDING, size)) / 1.05;
  const chars = [...text];
  const out: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let used = 0;
    let end = start;
    let stop = -1;
    while (end < chars.length) {
      const w = textWidth(chars[end], size);
      if (used + w > budget && end > start) break;
      used += w;
      if ("。；！？;\n".includes(chars[end])) stop = end;
      end++;
    }
    // Cut after the last full stop in the second half of the piece, if there is one.
    if (end < chars.length && stop >= start + (end - start) / 2) end = stop + 1;
    out.push(chars.slice(start, end).join(""));
    start = end;
  }
  return out;
}

const INDENT = "\u3000\u3000";
const FULL_WIDTH = PRINT_COLUMNS * PRINT_COLUMN_WIDTH;
const LAST_COL = PRINT_COLUMNS - 1;

/** The sheet as it is laid down, row by row. */
class PrintSheet {
  readonly grid: (string | number)[][] = [];
  readonly merges: string[] = [];
  readonly formats: FormatAction[] = [];
  readonly heights: number[] = [];
  readonly tables: PrintPlan["tables"] = [];

  newRow(height: number): number {
    this.grid.push(Array<string | number>(PRINT_COLUMNS).fill(""));
    this.heights.push(Math.min(MAX_ROW_HEIGHT, Math.round(height * 4) / 4));
    return this.grid.length - 1;
  }

  /** A row whose text spans the whole width. */
  fullRow(text: string, height: number, format: FormatAction["format"]): number {
    const row = this.newRow(height);
    this.grid[row][0] = asText(text);
    const range = rectAddress({ top: row, left: 0, bottom: row, right: LAST_COL });
    this.merges.push(range);
    this.formats.push({ range, format });
    return row;
  }

  /** A body-size paragraph, split over rows when one row could not hold it. */
  textRows(text: string, name: string, align: "Left" | "Right" = "Left"): void {
    for (const piece of splitLong(text, PRINT_SIZES.body, FULL_WIDTH, LINE.body)) {
      const lines = linesOf(piece, PRINT_SIZES.body, FULL_WIDTH);
      this.fullRow(piece, lines * LINE.body + 4, bodyFormat(name, align));
    }
  }
}

function bodyFormat(name: string, align: "Left" | "Center" | "Right"): FormatAction["format"] {
  return {
    font: { name, size: PRINT_SIZES.body, bold: false },
    horizontalAlignment: align,
    verticalAlignment: "Top" as const,
    wrapText: true,
  };
}

export function printPlan(input: PrintInput): PrintPlan {
  const sheet = new PrintSheet();
  const { fonts } = input;
  // Title (二号, centred), then an empty line.
  const titleLines = linesOf(input.title, PRINT_SIZES.title, FULL_WIDTH);
  sheet.fullRow(input.title, titleLines * LINE.title + 8, {
    font: { name: fonts.title, size: PRINT_SIZES.title, bold: false },
    horizontalAlignment: "Center",
    verticalAlignment: "Center",
    wrapText: true,
  });
  sheet.newRow(LINE.body);
  for (const p of input.preface ?? []) sheet.textRows(INDENT + p, fonts.body);
  for (const s of input.sections) placeSection(sheet, s, fonts);
  if (input.signature.length) {
    sheet.newRow(LINE.body);
    for (const line of input.signature) sheet.textRows(line + INDENT, fonts.body, "Right");
  }
  return planOf(sheet);
}

function placeSection(sheet: PrintSheet, s: PrintInput["sections"][number], fonts: PrintFonts) {
  sheet.textRows(INDENT + s.heading, fonts.heading1);
  for (const b of s.blocks) {
    if (b.kind === "heading2") sheet.textRows(INDENT + b.text, fonts.heading2);
    // A run-in heading (（一）主动公开。) cannot take its own font inside one cell: it stays in the body face.
    else sheet.textRows(INDENT + (b.lead ?? "") + b.text, fonts.body);
  }
  if (s.table) placeTable(sheet, s.table, fonts.table);
}

/** A row span's text height still to be found across the rows it covers. */
type TallCell = { first: number; last: number; need: number };

function placeTable(sheet: PrintSheet, t: PrintTable, font: string): void {
  const spans = snapWidths(t.widths);
  const starts = spans.map((_, i) => spans.slice(0, i).reduce((s, c) => s + c, 0));
  const gridRows = t.rows.reduce((n, r) => Math.max(n, ...r.map((c) => c.row + c.rowSpan)), 0);
  sheet.newRow(6);
  const top = sheet.grid.length;
  const rowHeights = Array.from({ length: gridRows }, () => 18);
  const tall: TallCell[] = [];
  for (let r = 0; r < gridRows; r++) sheet.newRow(0);
  const tableRange = rectAddress({ top, left: 0, bottom: top + gridRows - 1, right: LAST_COL });
  sheet.formats.push({
    range: tableRange,
    format: {
      font: { name: font, size: PRINT_SIZES.table, bold: false },
      horizontalAlignment: "Center",
      verticalAlignment: "Center",
      wrapText: true,
      borders: "thinAll",
    },
  });
  for (const cells of t.rows) {
    for (const c of cells) {
      const left = starts[c.col];
      const right = starts[c.col + c.colSpan - 1] + spans[c.col + c.colSpan - 1] - 1;
      placeCell(sheet, c, { top: top + c.row, left, bottom: top + c.row + c.rowSpan - 1, right });
      const need =
        linesOf(c.text, PRINT_SIZES.table, (right - left + 1) * PRINT_COLUMN_WIDTH) * LINE.table +
        5;
      if (c.rowSpan === 1) rowHeights[c.row] = Math.max(rowHeights[c.row], need);
      else tall.push({ first: c.row, last: c.row + c.rowSpan - 1, need });
    }
  }
  fitTallCells(rowHeights, tall);
  rowHeights.forEach((h, i) => (sheet.heights[top + i] = Math.min(MAX_ROW_HEIGHT, Math.ceil(h))));
  sheet.tables.push({ no: t.no, range: tableRange });
  sheet.newRow(6);
}

function placeCell(sheet: PrintSheet, c: PrintCell, rect: Rect): void {
  const value =
    c.role === "value" && typeof c.raw === "number" && Number.isFinite(c.raw)
      ? c.raw
      : asText(c.text);
  sheet.grid[rect.top][rect.left] = value;
  if (rect.bottom > rect.top || rect.right > rect.left) sheet.merges.push(rectAddress(rect));
  if (c.role === "rowLabel")
    sheet.formats.push({ range: rectAddress(rect), format: { horizontalAlignment: "Left" } });
  else if (c.role === "header")
    sheet.formats.push({ range: rectAddress(rect), format: { font: { bold: true } } });
}

/** A merged-down label needs the rows it covers to add up to its text. */
function fitTallCells(rowHeights: number[], tall: TallCell[]): void {
  for (const m of tall) {
    const have = rowHeights.slice(m.first, m.last + 1).reduce((s, h) => s + h, 0);
    if (have < m.need) rowHeights[m.last] += m.need - have;
  }
}

/** Consecutive rows of one height go in one action. */
function heightRuns(heights: number[]): PrintPlan["rowHeights"] {
  const out: PrintPlan["rowHeights"] = [];
  const bottom = heights.length - 1;
  for (let r = 0; r <= bottom;) {
    let e = r;
    while (e + 1 <= bottom && heights[e + 1] === heights[r]) e++;
    out.push({ range: `${r + 1}:${e + 1}`, height: heights[r] });
    r = e + 1;
  }
  return out;
}

function planOf(sheet: PrintSheet): PrintPlan {
  const bottom = sheet.grid.length - 1;
  return {
    range: rectAddress({ top: 0, left: 0, bottom, right: LAST_COL }),
    values: sheet.grid,
    merges: sheet.merges,
    formats: sheet.formats,
    columnWidth: { range: `A:${colLetter(LAST_COL)}`, width: PRINT_COLUMN_WIDTH },
    rowHeights: heightRuns(sheet.heights),
    tables: sheet.tables,
    page: {
      orientation: "Portrait",
      paperSize: "A4",
      margins: {
        top: round(37 * MM),
        bottom: round(35 * MM),
        left: round(28 * MM),
        right: round(26 * MM),
        header: round(15 * MM),
        footer: round(20 * MM),
      },
      printArea: `${a1({ row: 0, col: 0 })}:${a1({ row: bottom, col: LAST_COL })}`,
    },
  };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
