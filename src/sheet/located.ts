/**
 * Where a report cell is now. The layout says where each cell was put; the row alignment from the
 * read-back says where each of those rows is now (tables can slide down inside the block when a row
 * is inserted between them).
 */
import type { Finding } from "../report";
import { a1, type CellPos, type Rect } from "./a1";
import type { SheetLayout } from "./layout";
import { qualified } from "./address";
import type { ReadResult } from "./reportRead";

/** Where a report cell sits in the workbook. */
export interface CellLocation {
  key: string;
  sheet: string;
  /** A1 address within the sheet, e.g. D27. */
  cell: string;
  /** Sheet-qualified address for selectCell, e.g. '2024年报'!D27. */
  address: string;
}

/** A finding with the workbook location of each of its cells (parallel to `cells`; null when not on the sheet). */
export interface LocatedFinding extends Finding {
  locations: (CellLocation | null)[];
}

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

/** The findings with each cell's location where it is now. */
export function locatedNow(read: Placed, findings: Finding[]): LocatedFinding[] {
  return findings.map((f) => ({ ...f, locations: f.cells.map((c) => locationOf(read, c.key)) }));
}

/** The findings on a sheet just laid out by `layout` (no rows moved yet). */
export function locateIn(
  findings: Finding[],
  sheetName: string,
  layout: SheetLayout
): LocatedFinding[] {
  return locatedNow(
    { sheetName, layout, alignment: { rowOf: new Map(), pairs: [], unpaired: [] } },
    findings
  );
}
