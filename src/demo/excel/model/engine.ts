/**
 * The formula engine: HyperFormula holds every cell's content and computes it. This wrapper
 * translates between Excel's formula text and HyperFormula's (quoted sheet names, defined names
 * HyperFormula would reject) and maps its values to what Excel's API returns.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import type { CellValue as HfValue, RawCellContent } from "hyperformula";
import { MAX_COLS, MAX_ROWS, type Rect } from "./address";
import { mapFormula } from "./formulaRefs";

export interface ErrorValue {
  error: string;
}

/** A computed value: what `Range.values` reports, with errors kept distinct from text. */
export type CellValue = number | string | boolean | null | ErrorValue;

/** What a cell holds: nothing, a constant or a formula (Excel text, starting with "="). */
export type CellContent = null | number | string | boolean | { formula: string };

export function isError(v: unknown): v is ErrorValue {
  return typeof v === "object" && v !== null && typeof (v as ErrorValue).error === "string";
}

export function isFormula(c: CellContent | undefined): c is { formula: string } {
  return typeof c === "object" && c !== null;
}

const ENGINE_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const ENCODED_NAME = /^__x((?:[0-9A-F]{4})+)$/i;

/** HyperFormula accepts only ASCII names; other names (such as 表三合计) travel hex-encoded. */
function encodeName(name: string): string {
  if (ENGINE_NAME.test(name)) return name;
  let hex = "";
  for (const ch of name.toUpperCase())
    for (let i = 0; i < ch.length; i++) hex += ch.charCodeAt(i).toString(16).padStart(4, "0");
  return "__x" + hex.toUpperCase();
}

function decodeName(token: string): string | undefined {
  const m = ENCODED_NAME.exec(token);
  if (!m) return undefined;
  let s = "";
  for (let i = 0; i < m[1].length; i += 4)
    s += String.fromCharCode(parseInt(m[1].slice(i, i + 4), 16));
  return s;
}

export class Engine {
  readonly hf: HyperFormula;
  /** Spelling of each defined name as the user gave it, keyed by its engine form in upper case. */
  private readonly nameSpelling = new Map<string, string>();

  constructor() {
    this.hf = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      maxRows: MAX_ROWS,
      maxColumns: MAX_COLS,
      evaluateNullToZero: true, // Excel reads an empty cell as 0 in arithmetic
      leapYear1900: true,
      nullDate: { year: 1899, month: 12, day: 30 },
      smartRounding: true,
    });
  }

  toEngine(formula: string): string {
    // HyperFormula knows TRUE and FALSE only as functions.
    return mapFormula(formula, {
      quoteAll: true,
      name: (n) => encodeName(n),
      bool: (b) => b.toUpperCase() + "()",
    });
  }

  fromEngine(formula: string): string {
    return mapFormula(formula, {
      bool: (b) => b.toUpperCase(),
      name: (n) => {
        const decoded = decodeName(n);
        return decoded === undefined
          ? undefined
          : (this.nameSpelling.get(n.toUpperCase()) ?? decoded);
      },
    });
  }

  addSheet(name: string): number {
    return this.hf.getSheetId(this.hf.addSheet(name)) as number;
  }

  removeSheet(id: number): void {
    this.hf.removeSheet(id);
  }

  renameSheet(id: number, name: string): void {
    this.hf.renameSheet(id, name);
  }

  isValidFormula(formula: string): boolean {
    return this.hf.validateFormula(this.toEngine(formula));
  }

  /** Runs many edits with one recomputation at the end. */
  batch(fn: () => void): void {
    this.hf.batch(fn);
  }

  setContent(sheet: number, row: number, col: number, content: CellContent): void {
    this.hf.setCellContents({ sheet, row, col }, [[this.toRaw(content)]]);
  }

  setContentBlock(sheet: number, row: number, col: number, block: CellContent[][]): void {
    this.hf.setCellContents(
      { sheet, row, col },
      block.map((line) => line.map((c) => this.toRaw(c)))
    );
  }

  private toRaw(c: CellContent): RawCellContent {
    if (isFormula(c)) return this.toEngine(c.formula);
    if (typeof c === "string") return c === "" ? null : "'" + c; // the apostrophe keeps text as text
    return c;
  }

  content(sheet: number, row: number, col: number): CellContent {
    const addr = { sheet, row, col };
    const f = this.hf.getCellFormula(addr);
    if (f !== undefined) return { formula: this.fromEngine(f) };
    return toPlain(this.hf.getCellValue(addr)) as CellContent;
  }

  value(sheet: number, row: number, col: number): CellValue {
    return toPlain(this.hf.getCellValue({ sheet, row, col }));
  }

  rangeValues(sheet: number, r: Rect): CellValue[][] {
    return this.hf.getRangeValues(span(sheet, r)).map((line) => line.map(toPlain));
  }

  rangeFormulas(sheet: number, r: Rect): (string | undefined)[][] {
    return this.hf
      .getRangeFormulas(span(sheet, r))
      .map((line) => line.map((f) => (f === undefined ? undefined : this.fromEngine(f))));
  }

  /** Bounding box of the cells holding content, or null for an empty sheet. */
  contentBounds(sheet: number): Rect | null {
    const { width, height } = this.hf.getSheetDimensions(sheet);
    if (width === 0 || height === 0) return null;
    const serial = this.hf.getSheetSerialized(sheet);
    let b: Rect | null = null;
    serial.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        b = b
          ? {
              r0: Math.min(b.r0, r),
              c0: Math.min(b.c0, c),
              r1: Math.max(b.r1, r),
              c1: Math.max(b.c1, c),
            }
          : { r0: r, c0: c, r1: r, c1: c };
      })
    );
    return b;
  }

  addRows(sheet: number, at: number, count: number): void {
    this.hf.addRows(sheet, [at, count]);
  }

  removeRows(sheet: number, at: number, count: number): void {
    this.hf.removeRows(sheet, [at, count]);
  }

  /** Evaluates a formula whose references are absolute positions, on behalf of `sheet`. */
  evaluate(formula: string, sheet: number): CellValue {
    const v = this.hf.calculateFormula(this.toEngine(formula), sheet);
    return Array.isArray(v) ? toPlain(v[0]?.[0] ?? null) : toPlain(v);
  }

  canAddName(name: string, formula: string): boolean {
    return this.hf.isItPossibleToAddNamedExpression(encodeName(name), this.toEngine(formula));
  }

  addName(name: string, formula: string): void {
    this.hf.addNamedExpression(encodeName(name), this.toEngine(formula));
    this.nameSpelling.set(encodeName(name).toUpperCase(), name);
  }

  changeName(name: string, formula: string): void {
    this.hf.changeNamedExpression(encodeName(name), this.toEngine(formula));
  }

  removeName(name: string): void {
    this.hf.removeNamedExpression(encodeName(name));
    this.nameSpelling.delete(encodeName(name).toUpperCase());
  }

  nameFormula(name: string): string | undefined {
    const f = this.hf.getNamedExpressionFormula(encodeName(name));
    return f === undefined ? undefined : this.fromEngine(f);
  }

  nameValue(name: string): CellValue {
    const v = this.hf.getNamedExpressionValue(encodeName(name));
    return v === undefined ? null : toPlain(v as HfValue);
  }
}

function span(sheet: number, r: Rect) {
  return { start: { sheet, row: r.r0, col: r.c0 }, end: { sheet, row: r.r1, col: r.c1 } };
}

/** A value as Range.values reports it: "" for empty, the error's text for an error. */
export function apiValue(v: CellValue): string | number | boolean {
  if (v === null) return "";
  if (isError(v)) return v.error;
  return v;
}

export function toPlain(v: HfValue | undefined): CellValue {
  if (v instanceof DetailedCellError) {
    // Excel shows a circular reference as 0 (with a warning), never as an error value.
    return v.value === "#CYCLE!" ? 0 : { error: v.value };
  }
  if (v === undefined) return null;
  return v;
}
