/**
 * Resolving rowspan/colspan into a grid. Each source row keeps only the cells that start in it
 * (a rowspan cell is not repeated below, a colspan cell appears once), with its grid column, the way
 * a printed table reads; blank cells keep their place.
 */
import type { SourceCell, SourceRow } from "../types";

export interface HtmlCell {
  text: string;
  rowspan: number;
  colspan: number;
}

const MAX_ROWSPAN = 1000;
const MAX_COLSPAN = 100;

function span(n: number, max = MAX_ROWSPAN): number {
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), max) : 1;
}

/** Grid column of each cell, row by row, after the cells spanning down from rows above. */
export function placeCells(rows: HtmlCell[][]): { cell: HtmlCell; col: number }[][] {
  const taken: Set<number>[] = rows.map(() => new Set<number>());
  return rows.map((cells, r) => {
    let col = 0;
    return cells.map((cell) => {
      while (taken[r].has(col)) col++;
      const rs = Math.min(span(cell.rowspan), rows.length - r);
      const cs = span(cell.colspan, MAX_COLSPAN);
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) taken[r + dr].add(col + dc);
      const placed = { cell, col };
      col += cs;
      return placed;
    });
  });
}

/** The full grid: every position holds the text of the cell covering it ("" where none does). */
export function fullGrid(rows: HtmlCell[][]): string[][] {
  const placed = placeCells(rows);
  const grid: string[][] = rows.map(() => []);
  placed.forEach((cells, r) => {
    for (const { cell, col } of cells) {
      const rs = Math.min(span(cell.rowspan), rows.length - r);
      for (let dr = 0; dr < rs; dr++)
        for (let dc = 0; dc < span(cell.colspan, MAX_COLSPAN); dc++)
          grid[r + dr][col + dc] = cell.text;
    }
  });
  return grid.map((row) => Array.from(row, (t) => t ?? ""));
}

const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

export function sourceRows(rows: HtmlCell[][]): SourceRow[] {
  return placeCells(rows).map((cells) => ({
    exact: true,
    cells: cells.map(({ cell, col }): SourceCell => ({
      label: cell.text.replace(WHITESPACE, ""),
      value: cell.text.replace(WHITESPACE, " ").trim(),
      col,
      span: span(cell.colspan, MAX_COLSPAN),
    })),
  }));
}
