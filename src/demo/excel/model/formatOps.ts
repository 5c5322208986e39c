/** Cell formats, column widths, row heights and merged areas of a sheet. */
import {
  MAX_COLS,
  MAX_ROWS,
  cellCount,
  contains,
  containsRect,
  formatRect,
  intersect,
  rect,
  rowCount,
  type Rect,
} from "./address";
import { ModelError } from "./errors";
import type { CellFormat } from "./format";
import { cellKey, keyCol, keyRow, type SheetModel } from "./sheet";
import type { WorkbookCore } from "./workbookCore";

/** Formatting is kept per cell, so very large formatted areas are refused loudly. */
export const FORMAT_CELL_LIMIT = 200_000;

export class FormatOps {
  constructor(private readonly wb: WorkbookCore) {}

  /** Sets per-cell format fields; `fn` returns the fields for one cell, or null to skip it. */
  patchEach(
    s: SheetModel,
    r: Rect,
    fn: (row: number, col: number) => Partial<CellFormat> | null
  ): void {
    if (r.r0 === 0 && r.c0 === 0 && r.r1 === MAX_ROWS - 1 && r.c1 === MAX_COLS - 1) {
      // The whole sheet: change its default look and every cell formatted so far.
      const p = fn(0, 0);
      if (p) {
        s.defaultFormat = { ...s.defaultFormat, ...p };
        for (const [k, f] of s.formats) s.formats.set(k, { ...f, ...p });
      }
    } else {
      if (cellCount(r) > FORMAT_CELL_LIMIT)
        throw new ModelError(
          "NotImplemented",
          `Demo host: formatting more than ${FORMAT_CELL_LIMIT} cells at once (${formatRect(r)}) is not implemented`
        );
      for (let row = r.r0; row <= r.r1; row++)
        for (let col = r.c0; col <= r.c1; col++) {
          const p = fn(row, col);
          if (p) s.formats.set(cellKey(row, col), { ...s.format(row, col), ...p });
        }
    }
    this.wb.notify("format", s);
  }

  patch(s: SheetModel, r: Rect, patch: Partial<CellFormat>): void {
    this.patchEach(s, r, () => patch);
  }

  /** The common value of `pick` over the range, or undefined when cells differ (Excel then reports null). */
  uniform<T>(s: SheetModel, r: Rect, pick: (f: CellFormat) => T): T | undefined {
    let first = true;
    let out: T | undefined;
    let key = "";
    const same = (v: T): boolean => {
      const k = JSON.stringify(v) ?? "undefined";
      if (first) {
        first = false;
        out = v;
        key = k;
        return true;
      }
      return k === key;
    };
    if (cellCount(r) <= 100_000) {
      for (let row = r.r0; row <= r.r1; row++)
        for (let col = r.c0; col <= r.c1; col++)
          if (!same(pick(s.format(row, col)))) return undefined;
      return out;
    }
    let stored = 0;
    for (const [k, f] of s.formats) {
      if (!contains(r, keyRow(k), keyCol(k))) continue;
      stored++;
      if (!same(pick(f))) return undefined;
    }
    if (stored < cellCount(r) && !same(pick(s.defaultFormat))) return undefined;
    return out;
  }

  setColumnWidth(s: SheetModel, r: Rect, points: number): void {
    for (let c = r.c0; c <= r.c1; c++) s.colWidths.set(c, points);
    this.wb.notify("structure", s);
  }

  columnWidth(s: SheetModel, r: Rect): number | null {
    const w = s.columnWidth(r.c0);
    for (let c = r.c0; c <= r.c1; c++) if (s.columnWidth(c) !== w) return null;
    return w;
  }

  setRowHeight(s: SheetModel, r: Rect, points: number): void {
    if (rowCount(r) > FORMAT_CELL_LIMIT)
      throw new ModelError(
        "NotImplemented",
        `Demo host: setting the height of more than ${FORMAT_CELL_LIMIT} rows is not implemented`
      );
    for (let row = r.r0; row <= r.r1; row++) s.rowHeights.set(row, points);
    this.wb.notify("structure", s);
  }

  rowHeight(s: SheetModel, r: Rect): number | null {
    const h = s.rowHeight(r.r0);
    for (let row = r.r0; row <= Math.min(r.r1, r.r0 + 100_000); row++)
      if (s.rowHeight(row) !== h) return null;
    return h;
  }

  /** Range.merge(across): keeps each area's top-left content and clears the rest. */
  merge(s: SheetModel, r: Rect, across = false): void {
    const areas = across
      ? Array.from({ length: rowCount(r) }, (_, i) => rect(r.r0 + i, r.c0, r.r0 + i, r.c1))
      : [r];
    for (const a of areas) {
      if (cellCount(a) < 2) continue;
      for (const m of s.merges)
        if (intersect(m, a) && !containsRect(a, m))
          throw new ModelError(
            "InvalidOperation",
            "Cannot merge a range that partially overlaps a merged area"
          );
      s.merges = s.merges.filter((m) => !containsRect(a, m));
      this.wb.engine.batch(() => {
        for (let row = a.r0; row <= a.r1; row++)
          for (let col = a.c0; col <= a.c1; col++)
            if (row !== a.r0 || col !== a.c0) this.wb.engine.setContent(s.engineId, row, col, null);
      });
      s.merges.push(a);
    }
    this.wb.notify("structure", s);
  }

  unmerge(s: SheetModel, r: Rect): void {
    s.merges = s.merges.filter((m) => !intersect(m, r));
    this.wb.notify("structure", s);
  }
}
