/**
 * A worksheet made by hand → the importer's source blocks, so the text importer's vocabulary and table
 * readers find the official labels wherever they sit on the sheet. Every row is an exact grid row (a
 * merged cell appears once, at its first column, with its width as span; blank cells keep their place).
 * A row holding a single text that names no table row (a title, a caption, a paragraph of the text) is a
 * paragraph; blank rows end a table, as they end a table in a page.
 */
import { tableOf } from "../tables/classify";
import { isValueLike } from "../tables/values";
import type { SourceBlock, SourceCell, SourceRow } from "../types";
import type { Rect } from "../../../sheet";
import type { SheetGrid } from "./types";

const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

function text(v: string | number | boolean): string {
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

/** Merges by their top-left cell, and every cell a merge covers besides it. */
function mergeIndex(sheet: SheetGrid): { at: Map<string, Rect>; covered: Set<string> } {
  const at = new Map<string, Rect>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    at.set(`${m.top},${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  return { at, covered };
}

/** The cells of one sheet row, merges resolved: covered cells dropped, a merge's width as its span. */
function rowCells(
  sheet: SheetGrid,
  merges: ReturnType<typeof mergeIndex>,
  r: number
): SourceCell[] {
  const row = sheet.values[r] ?? [];
  const cells: SourceCell[] = [];
  for (let c = 0; c < row.length; c++) {
    if (merges.covered.has(`${r},${c}`)) continue;
    const merge = merges.at.get(`${r},${c}`);
    const t = text(row[c]);
    cells.push({
      label: t.replace(WHITESPACE, ""),
      value: t.replace(WHITESPACE, " ").trim(),
      col: c,
      span: merge ? merge.right - merge.left + 1 : 1,
    });
  }
  return cells;
}

export function sheetToBlocks(sheet: SheetGrid): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let table: SourceRow[] = [];
  const endTable = () => {
    // A table is as wide as the rows that reach furthest, at least two of them: blank cells inside it
    // keep their place (a blank 总计 is a blank value); what lies right of it (a note beside one row,
    // the rest of the sheet) is not the table's.
    const edges = new Map<number, number>();
    for (const row of table) {
      const filled = row.cells.filter((c) => c.value !== "");
      const last = filled[filled.length - 1];
      if (last) edges.set(last.col + last.span - 1, (edges.get(last.col + last.span - 1) ?? 0) + 1);
    }
    const repeated = [...edges].filter(([, n]) => n >= 2).map(([edge]) => edge);
    const right = Math.max(...(repeated.length ? repeated : [...edges.keys()]), -1);
    const rows = table.map((row) => ({ ...row, cells: row.cells.filter((c) => c.col <= right) }));
    if (rows.length) blocks.push({ kind: "table", rows });
    table = [];
  };
  const merges = mergeIndex(sheet);
  for (let r = 0; r < sheet.values.length; r++) {
    const cells = rowCells(sheet, merges, r);
    const filled = cells.filter((c) => c.value !== "");
    if (!filled.length) {
      endTable();
      continue;
    }
    const row: SourceRow = { cells, exact: true, line: r + 1 };
    if (filled.length === 1 && !isValueLike(filled[0].value) && tableOf(row) === null) {
      endTable();
      // A cell may hold several paragraphs (Alt+Enter): each is one.
      const raw = text(sheet.values[r][filled[0].col]);
      for (const para of raw.split(/\n+/))
        if (para.trim()) blocks.push({ kind: "para", text: para.trim(), line: r + 1 });
      continue;
    }
    table.push(row);
  }
  endTable();
  return blocks;
}
