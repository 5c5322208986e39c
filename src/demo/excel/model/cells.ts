/** Reading and writing cell contents: values, formulas, text, number formats, clearing. */
import {
  boundingRect,
  cellCount,
  colCount,
  contains,
  intersect,
  rect,
  rowCount,
  type Rect,
} from "./address";
import { InputError, parseInput } from "./cellInput";
import { apiValue, isError, isFormula, type CellContent, type CellValue } from "./engine";
import { ModelError } from "./errors";
import type { FormatOps } from "./formatOps";
import { formatValue } from "./numberFormat";
import type { RuleOps } from "./rules";
import { keyCol, keyRow, type SheetModel } from "./sheet";
import type { WorkbookCore } from "./workbookCore";

/** Excel's own cap on cells in one read or write. */
const CELL_LIMIT = 5_000_000;

type ApiValue = string | number | boolean;

export class CellOps {
  constructor(
    private readonly wb: WorkbookCore,
    private readonly formats: FormatOps,
    private readonly rules: RuleOps
  ) {}

  content(s: SheetModel, r: number, c: number): CellContent {
    return this.wb.engine.content(s.engineId, r, c);
  }

  value(s: SheetModel, r: number, c: number): CellValue {
    return this.wb.engine.value(s.engineId, r, c);
  }

  /** What Range.values reports: "" for empty cells, "#REF!"-style strings for errors. */
  values(s: SheetModel, r: Rect): ApiValue[][] {
    checkSize(r);
    return this.wb.engine.rangeValues(s.engineId, r).map((line) => line.map(apiValue));
  }

  /** What Range.formulas reports: the formula, else the value. */
  formulas(s: SheetModel, r: Rect): ApiValue[][] {
    checkSize(r);
    const f = this.wb.engine.rangeFormulas(s.engineId, r);
    return this.values(s, r).map((line, i) => line.map((v, j) => f[i][j] ?? v));
  }

  texts(s: SheetModel, r: Rect): string[][] {
    checkSize(r);
    return this.wb.engine
      .rangeValues(s.engineId, r)
      .map((line, i) =>
        line.map((v, j) => formatValue(v, s.format(r.r0 + i, r.c0 + j).numberFormat))
      );
  }

  valueTypes(s: SheetModel, r: Rect): string[][] {
    checkSize(r);
    return this.wb.engine.rangeValues(s.engineId, r).map((line) => line.map(valueType));
  }

  numberFormats(s: SheetModel, r: Rect): string[][] {
    checkSize(r);
    return grid(r, (row, col) => s.format(row, col).numberFormat);
  }

  /**
   * Range.values / Range.formulas setter: a 2-D array matching the range, or one value for all
   * cells. Nulls leave cells unchanged; cells hidden by a merge keep nothing (Excel keeps only the
   * merged area's top-left value).
   */
  write(s: SheetModel, r: Rect, input: unknown): void {
    const { engine } = this.wb;
    checkSize(r);
    const at = cellsOf(input, r);
    assertEditable(s, r);
    const updates: [number, number, CellContent][] = [];
    for (let row = r.r0; row <= r.r1; row++)
      for (let col = r.c0; col <= r.c1; col++) {
        const m = s.mergeAt(row, col);
        if (m && (m.r0 !== row || m.c0 !== col)) continue;
        let parsed: CellContent | undefined;
        try {
          parsed = parseInput(at(row - r.r0, col - r.c0), s.format(row, col).numberFormat, (f) =>
            engine.isValidFormula(f)
          );
        } catch (e) {
          throw new ModelError("InvalidArgument", e instanceof InputError ? e.message : String(e));
        }
        if (parsed === undefined) continue;
        if (isFormula(parsed) && !engine.isValidFormula(parsed.formula))
          throw new ModelError(
            "InvalidArgument",
            `The formula ${parsed.formula} contains an error`
          );
        updates.push([row, col, parsed]);
      }
    engine.batch(() => {
      for (const [row, col, content] of updates) engine.setContent(s.engineId, row, col, content);
    });
    this.wb.emitChange(s, r, "RangeEdited");
    this.wb.notify("cells", s);
  }

  setNumberFormats(s: SheetModel, r: Rect, input: unknown): void {
    const at = cellsOf(input, r);
    this.formats.patchEach(s, r, (row, col) => {
      const v = at(row - r.r0, col - r.c0);
      if (v === null || v === undefined) return null;
      if (typeof v !== "string")
        throw new ModelError("InvalidArgument", "A number format must be a string");
      return { numberFormat: v };
    });
  }

  /** Range.clear(applyTo): "All" | "Formats" | "Contents" | "ResetContents" | hyperlink kinds (no-ops). */
  clear(s: SheetModel, r: Rect, applyTo = "All"): void {
    const { engine } = this.wb;
    const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
    const formats = applyTo === "All" || applyTo === "Formats";
    if (contents) {
      const used = engine.contentBounds(s.engineId);
      const target = used && intersect(used, r);
      if (target) {
        assertEditable(s, target);
        engine.batch(() => {
          for (let row = target.r0; row <= target.r1; row++)
            for (let col = target.c0; col <= target.c1; col++)
              engine.setContent(s.engineId, row, col, null);
        });
      }
      this.wb.emitChange(s, r, "RangeEdited");
    }
    if (formats) {
      for (const key of [...s.formats.keys()])
        if (contains(r, keyRow(key), keyCol(key))) s.formats.delete(key);
      s.merges = s.merges.filter((m) => !intersect(m, r));
      this.rules.clearCf(s, r);
    }
    this.wb.notify(formats ? "structure" : "cells", s);
  }

  /** Bounding box of the cells with content (and, unless valuesOnly, formats and merges). */
  usedRect(s: SheetModel, valuesOnly = false): Rect | null {
    let b = this.wb.engine.contentBounds(s.engineId);
    const add = (r: Rect) => (b = b ? boundingRect(b, r) : r);
    if (!valuesOnly) {
      for (const key of s.formats.keys()) add(rect(keyRow(key), keyCol(key)));
      for (const m of s.merges) add(m);
    }
    return b;
  }
}

function checkSize(r: Rect): void {
  if (cellCount(r) > CELL_LIMIT)
    throw new ModelError("InvalidArgument", "The range is too large (over 5,000,000 cells)");
}

function valueType(v: CellValue): string {
  if (v === null || v === "") return "Empty";
  if (isError(v)) return "Error";
  if (typeof v === "number") return "Double";
  return typeof v === "boolean" ? "Boolean" : "String";
}

function assertEditable(s: SheetModel, r: Rect): void {
  if (!s.protected) return;
  for (let row = r.r0; row <= r.r1; row++)
    for (let col = r.c0; col <= r.c1; col++)
      if (s.format(row, col).locked)
        throw new ModelError(
          "AccessDenied",
          "The cell or chart you're trying to change is on a protected sheet"
        );
}

function grid<T>(r: Rect, fn: (row: number, col: number) => T): T[][] {
  return Array.from({ length: rowCount(r) }, (_, i) =>
    Array.from({ length: colCount(r) }, (_, j) => fn(r.r0 + i, r.c0 + j))
  );
}

/** Reads a 2-D input matching the range, or one value for every cell. */
function cellsOf(input: unknown, r: Rect): (i: number, j: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  if (
    input.length !== rowCount(r) ||
    input.some((line) => !Array.isArray(line) || line.length !== colCount(r))
  )
    throw new ModelError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rowCount(r)}×${colCount(r)})`
    );
  return (i, j) => (input[i] as unknown[])[j];
}
