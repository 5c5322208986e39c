/** Reading and writing cell contents: values, formulas, text, typed entries, clearing. */
import {
  cellAddress,
  cellCount,
  colCount,
  contains,
  intersect,
  rowCount,
  type Rect,
} from "./address";
import { InputError, parseInput } from "./cellInput";
import { apiValue, isError, isFormula, type CellContent, type CellValue } from "./engine";
import { ModelError } from "./errors";
import { formatValue } from "./numberFormat";
import { keyCol, keyRow, cellKey, type SheetModel } from "./sheet";
import { passes } from "./validation";
import { shiftRelative } from "./formulaRefs";
import type { EntryResult, Workbook } from "./workbook";

/** Excel's own cap on cells in one read or write. */
const CELL_LIMIT = 5_000_000;

export function content(wb: Workbook, s: SheetModel, r: number, c: number): CellContent {
  return wb.engine.content(s.engineId, r, c);
}

export function value(wb: Workbook, s: SheetModel, r: number, c: number): CellValue {
  return wb.engine.value(s.engineId, r, c);
}

function checkSize(r: Rect): void {
  if (cellCount(r) > CELL_LIMIT)
    throw new ModelError("InvalidArgument", "The range is too large (over 5,000,000 cells)");
}

/** What Range.values reports: "" for empty cells, "#REF!"-style strings for errors. */
export function values(wb: Workbook, s: SheetModel, r: Rect): (string | number | boolean)[][] {
  checkSize(r);
  return wb.engine.rangeValues(s.engineId, r).map((line) => line.map(apiValue));
}

/** What Range.formulas reports: the formula, else the value. */
export function formulas(wb: Workbook, s: SheetModel, r: Rect): (string | number | boolean)[][] {
  checkSize(r);
  const f = wb.engine.rangeFormulas(s.engineId, r);
  return values(wb, s, r).map((line, i) => line.map((v, j) => f[i][j] ?? v));
}

export function texts(wb: Workbook, s: SheetModel, r: Rect): string[][] {
  checkSize(r);
  return wb.engine
    .rangeValues(s.engineId, r)
    .map((line, i) =>
      line.map((v, j) => formatValue(v, s.format(r.r0 + i, r.c0 + j).numberFormat))
    );
}

export function valueTypes(wb: Workbook, s: SheetModel, r: Rect): string[][] {
  checkSize(r);
  return wb.engine
    .rangeValues(s.engineId, r)
    .map((line) =>
      line.map((v) =>
        v === null || v === ""
          ? "Empty"
          : isError(v)
            ? "Error"
            : typeof v === "number"
              ? "Double"
              : typeof v === "boolean"
                ? "Boolean"
                : "String"
      )
    );
}

export function numberFormats(wb: Workbook, s: SheetModel, r: Rect): string[][] {
  checkSize(r);
  return grid(r, (row, col) => s.format(row, col).numberFormat);
}

function assertEditable(wb: Workbook, s: SheetModel, r: Rect): void {
  if (!s.protected) return;
  for (let row = r.r0; row <= r.r1; row++)
    for (let col = r.c0; col <= r.c1; col++)
      if (s.format(row, col).locked)
        throw new ModelError(
          "AccessDenied",
          "The cell or chart you're trying to change is on a protected sheet"
        );
}

/**
 * Range.values / Range.formulas setter: a 2-D array matching the range, or one value for all
 * cells. Nulls leave cells unchanged; cells hidden by a merge keep nothing (Excel keeps only the
 * merged area's top-left value).
 */
export function writeCells(wb: Workbook, s: SheetModel, r: Rect, input: unknown): void {
  checkSize(r);
  const at = cellsOf(input, r);
  assertEditable(wb, s, r);
  const updates: [number, number, CellContent][] = [];
  for (let row = r.r0; row <= r.r1; row++)
    for (let col = r.c0; col <= r.c1; col++) {
      const m = s.mergeAt(row, col);
      if (m && (m.r0 !== row || m.c0 !== col)) continue;
      let parsed: CellContent | undefined;
      try {
        parsed = parseInput(at(row - r.r0, col - r.c0), s.format(row, col).numberFormat, (f) =>
          wb.engine.isValidFormula(f)
        );
      } catch (e) {
        throw new ModelError("InvalidArgument", e instanceof InputError ? e.message : String(e));
      }
      if (parsed === undefined) continue;
      if (isFormula(parsed) && !wb.engine.isValidFormula(parsed.formula))
        throw new ModelError("InvalidArgument", `The formula ${parsed.formula} contains an error`);
      updates.push([row, col, parsed]);
    }
  wb.engine.batch(() => {
    for (const [row, col, content] of updates) wb.engine.setContent(s.engineId, row, col, content);
  });
  wb.emitChange(s, r, "RangeEdited");
  wb.notify("cells", s);
}

export function setNumberFormats(wb: Workbook, s: SheetModel, r: Rect, input: unknown): void {
  const at = cellsOf(input, r);
  wb.patchFormatEach(s, r, (row, col) => {
    const v = at(row - r.r0, col - r.c0);
    if (v === null || v === undefined) return null;
    if (typeof v !== "string")
      throw new ModelError("InvalidArgument", "A number format must be a string");
    return { numberFormat: v };
  });
}

/**
 * A value typed into a cell in the grid: parsed as Excel parses typing, checked against the
 * cell's data validation (with the new value in place, as Excel evaluates it) and refused with
 * the rule's error alert when it fails. `override` accepts a Warning/Information alert's value.
 */
export function enter(
  wb: Workbook,
  s: SheetModel,
  r: number,
  c: number,
  text: string,
  override = false
): EntryResult {
  if (s.protected && s.format(r, c).locked) return { ok: false, reason: "protected" };
  const entry =
    parseInput(text, s.format(r, c).numberFormat, (f) => wb.engine.isValidFormula(f)) ?? null;
  if (isFormula(entry) && !wb.engine.isValidFormula(entry.formula))
    return { ok: false, reason: "formula" };
  const before = content(wb, s, r, c);
  wb.engine.setContent(s.engineId, r, c, entry);
  const v = s.validations.get(cellKey(r, c));
  if (v && v.rule && v.errorAlert.showAlert && !(override && v.errorAlert.style !== "Stop")) {
    const dr = r - v.anchor.r;
    const dc = c - v.anchor.c;
    const ok = passes(v, value(wb, s, r, c), (f) =>
      wb.engine.evaluate(shiftRelative(f, dr, dc), s.engineId)
    );
    if (!ok) {
      wb.engine.setContent(s.engineId, r, c, before);
      return { ok: false, reason: "validation", alert: { ...v.errorAlert } };
    }
  }
  wb.emitChange(s, cellAddress(r, c), "RangeEdited");
  wb.notify("cells", s);
  return { ok: true };
}

/** Range.clear(applyTo): "All" | "Formats" | "Contents" | "ResetContents" | hyperlink kinds (no-ops). */
export function clear(wb: Workbook, s: SheetModel, r: Rect, applyTo = "All"): void {
  const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
  const formats = applyTo === "All" || applyTo === "Formats";
  if (contents) {
    const used = wb.engine.contentBounds(s.engineId);
    const target = used && intersect(used, r);
    if (target) {
      assertEditable(wb, s, target);
      wb.engine.batch(() => {
        for (let row = target.r0; row <= target.r1; row++)
          for (let col = target.c0; col <= target.c1; col++)
            wb.engine.setContent(s.engineId, row, col, null);
      });
    }
    wb.emitChange(s, r, "RangeEdited");
  }
  if (formats) {
    for (const key of [...s.formats.keys()])
      if (contains(r, keyRow(key), keyCol(key))) s.formats.delete(key);
    s.merges = s.merges.filter((m) => !intersect(m, r));
    wb.clearCf(s, r);
  }
  wb.notify(formats ? "structure" : "cells", s);
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
