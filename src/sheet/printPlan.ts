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
import { a1, colLetter, rectAddress } from "./a1";
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
    margins: {
      top: number;
      bottom: number;
      left: number;
      right: number;
      header: number;
      footer: number;
    };
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

export function printPlan(input: PrintInput): PrintPlan {
  const N = PRINT_COLUMNS;
  const W = PRINT_COLUMN_WIDTH;
  const fullWidth = N * W;
  const lastCol = N - 1;
  const grid: (string | number)[][] = [];
  const merges: string[] = [];
  const formats: FormatAction[] = [];
  const heights: number[] = [];
  const tables: PrintPlan["tables"] = [];
  const { fonts } = input;

  const newRow = (height: number): number => {
    grid.push(Array<string | number>(N).fill(""));
    heights.push(Math.min(MAX_ROW_HEIGHT, Math.round(height * 4) / 4));
    return grid.length - 1;
  };
  const fullRow = (text: string, height: number, format: FormatAction["format"]) => {
    const row = newRow(height);
    grid[row][0] = asText(text);
    const range = rectAddress({ top: row, left: 0, bottom: row, right: lastCol });
    merges.push(range);
    formats.push({ range, format });
    return row;
  };
  const bodyFormat = (name: string, align: "Left" | "Center" | "Right") => ({
    font: { name, size: PRINT_SIZES.body, bold: false },
    horizontalAlignment: align,
    verticalAlignment: "Top" as const,
    wrapText: true,
  });
  const textRows = (text: string, name: string, align: "Left" | "Right" = "Left") => {
    for (const piece of splitLong(text, PRINT_SIZES.body, fullWidth, LINE.body)) {
      const lines = linesOf(piece, PRINT_SIZES.body, fullWidth);
      fullRow(piece, lines * LINE.body + 4, bodyFormat(name, align));
    }
  };

  // Title (二号, centred), then an empty line.
  const titleLines = linesOf(input.title, PRINT_SIZES.title, fullWidth);
  fullRow(input.title, titleLines * LINE.title + 8, {
    font: { name: fonts.title, size: PRINT_SIZES.title, bold: false },
    horizontalAlignment: "Center",
    verticalAlignment: "Center",
    wrapText: true,
  });
  newRow(LINE.body);

  for (const p of input.preface ?? []) textRows(INDENT + p, fonts.body);
  for (const s of input.sections) {
    textRows(INDENT + s.heading, fonts.heading1);
    for (const b of s.blocks) {
      if (b.kind === "heading2") textRows(INDENT + b.text, fonts.heading2);
      // A run-in heading (（一）主动公开。) cannot take its own font inside one cell: it stays in the body face.
      else textRows(INDENT + (b.lead ?? "") + b.text, fonts.body);
    }
    if (s.table) placeTable(s.table);
  }

  if (input.signature.length) {
    newRow(LINE.body);
    for (const line of input.signature) textRows(line + INDENT, fonts.body, "Right");
  }

  function placeTable(t: PrintTable) {
    const spans = snapWidths(t.widths);
    const starts = spans.map((_, i) => spans.slice(0, i).reduce((s, c) => s + c, 0));
    const gridRows = t.rows.reduce((n, r) => Math.max(n, ...r.map((c) => c.row + c.rowSpan)), 0);
    newRow(6);
    const top = grid.length;
    const rowHeights = Array.from({ length: gridRows }, () => 18);
    const tall: { first: number; last: number; need: number }[] = [];
    for (let r = 0; r < gridRows; r++) newRow(0);
    const tableRange = rectAddress({ top, left: 0, bottom: top + gridRows - 1, right: lastCol });
    formats.push({
      range: tableRange,
      format: {
        font: { name: fonts.table, size: PRINT_SIZES.table, bold: false },
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
        const row = top + c.row;
        const rect = { top: row, left, bottom: row + c.rowSpan - 1, right };
        const value =
          c.role === "value" && typeof c.raw === "number" && Number.isFinite(c.raw)
            ? c.raw
            : asText(c.text);
        grid[row][left] = value;
        if (rect.bottom > rect.top || rect.right > rect.left) merges.push(rectAddress(rect));
        if (c.role === "rowLabel")
          formats.push({ range: rectAddress(rect), format: { horizontalAlignment: "Left" } });
        else if (c.role === "header")
          formats.push({ range: rectAddress(rect), format: { font: { bold: true } } });
        const need = linesOf(c.text, PRINT_SIZES.table, (right - left + 1) * W) * LINE.table + 5;
        if (c.rowSpan === 1) rowHeights[c.row] = Math.max(rowHeights[c.row], need);
        else tall.push({ first: c.row, last: c.row + c.rowSpan - 1, need });
      }
    }
    // A merged-down label needs the rows it covers to add up to its text.
    for (const m of tall) {
      const have = rowHeights.slice(m.first, m.last + 1).reduce((s, h) => s + h, 0);
      if (have < m.need) rowHeights[m.last] += m.need - have;
    }
    rowHeights.forEach((h, i) => (heights[top + i] = Math.min(MAX_ROW_HEIGHT, Math.ceil(h))));
    tables.push({ no: t.no, range: tableRange });
    newRow(6);
  }

  const bottom = grid.length - 1;
  const range = rectAddress({ top: 0, left: 0, bottom, right: lastCol });
  const rowHeights: PrintPlan["rowHeights"] = [];
  // Consecutive rows of one height go in one action.
  for (let r = 0; r <= bottom;) {
    let e = r;
    while (e + 1 <= bottom && heights[e + 1] === heights[r]) e++;
    rowHeights.push({ range: `${r + 1}:${e + 1}`, height: heights[r] });
    r = e + 1;
  }
  return {
    range,
    values: grid,
    merges,
    formats,
    columnWidth: { range: `A:${colLetter(lastCol)}`, width: W },
    rowHeights,
    tables,
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
      printArea: `${a1({ row: 0, col: 0 })}:${a1({ row: bottom, col: lastCol })}`,
    },
  };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
