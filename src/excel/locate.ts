/**
 * Where a report cell is now. The layout says where each cell was put; the row alignment from the
 * read-back says where each of those rows is now (tables can slide down inside the block when a row
 * is inserted between them).
 */
import { a1, rectAddress, rectsOf, type CellPos, type Rect } from "../sheet";
import type { ReadResult } from "./read";
import { qualified } from "./read";
import type { CellLocation } from "./types";

type Placed = Pick<ReadResult, "layout" | "alignment" | "sheetName">;

function rowNow(read: Placed, row: number): number {
  return read.alignment.rowOf.get(row) ?? row;
}

export function cellNow(read: Placed, pos: CellPos): CellPos {
  return { row: rowNow(read, pos.row), col: pos.col };
}

/** A value cell's (possibly merged) area where it is now. */
export function rectNow(read: Placed, r: Rect): Rect {
  const shift = rowNow(read, r.top) - r.top;
  return { ...r, top: r.top + shift, bottom: r.bottom + shift };
}

export function locationOf(read: Placed, key: string): CellLocation | null {
  const c = read.layout.byKey[key];
  if (!c) return null;
  const cell = a1(cellNow(read, c.pos));
  return { key, sheet: read.sheetName, cell, address: qualified(read.sheetName, cell) };
}

/** Every value cell where it is now, in few rectangles (for clearing highlights). */
export function valueAreasNow(read: Placed): string[] {
  const cells: CellPos[] = [];
  for (const c of read.layout.cells) {
    const r = rectNow(read, c.rect);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) cells.push({ row, col });
  }
  return rectsOf(cells).map((r) => rectAddress(r));
}
