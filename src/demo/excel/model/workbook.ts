/**
 * The in-memory workbook: sheets, contents (in the formula engine), formats, merges, names,
 * conditional formats, validation, custom XML parts and change events. Pure: no DOM, no Office.
 * The API proxies (../api), the on-page grid (../../ui) and tests all drive this one object; the
 * work itself is done in cells.ts, formatOps.ts, names.ts, rules.ts and structure.ts.
 */
import { formatRect, parseAddress, rect, type Rect } from "./address";
import { CfEvaluator, type CfWindow } from "./cfEvaluator";
import { ChangeDispatcher } from "./changes";
import type { CfRule, CfStyle } from "./conditionalFormat";
import { XmlPartStore } from "./customXml";
import { Engine, apiValue, type CellContent, type CellValue } from "./engine";
import { ModelError } from "./errors";
import { defaultFormat, type CellFormat } from "./format";
import { dropSheetRefs, renameSheetRefs } from "./formulaRefs";
import { SheetModel, keyCol, keyRow } from "./sheet";
import {
  columnWidth,
  merge,
  patchFormat,
  patchFormatEach,
  rowHeight,
  setColumnWidth,
  setRowHeight,
  uniform,
  unmerge,
} from "./formatOps";
import {
  addName,
  deleteName,
  getName,
  nameFormula,
  nameRange,
  nameType,
  nameValue,
  rangeFormula,
  setNameFormula,
} from "./names";
import {
  addCf,
  cfIntersecting,
  cfStyles,
  clearCf,
  clearValidation,
  deleteCf,
  isValid,
  markCfChanged,
  setCfFormula,
  updateValidation,
  validationsIn,
} from "./rules";
import {
  clear,
  content,
  enter,
  formulas,
  numberFormats,
  setNumberFormats,
  texts,
  value,
  valueTypes,
  values,
  writeCells,
} from "./cells";
import { deleteRows, insertRows } from "./structure";
import { rewriteValidation, type ErrorAlert, type Validation } from "./validation";
import { restorePoint, UndoStack } from "./undo";
import { PLAIN_PROFILE, versionAtLeast, type AnyProfile } from "../profiles";
import { newGuid } from "./ids";

export interface WorkbookOptions {
  /** Sheets to start with; default ["Sheet1"]. */
  sheetNames?: string[];
  /** Default font; Excel's zh-CN default is 等线. */
  fontName?: string;
  /** Conditional formats are evaluated only inside this window (default 1000 rows × 100 columns). */
  cfWindow?: CfWindow;
  /** The host whose behaviour to follow (../profiles.ts); default: the plain API reading. */
  profile?: AnyProfile;
}

export type ModelChangeKind = "cells" | "format" | "structure" | "sheets" | "selection";
export type ModelListener = (kind: ModelChangeKind, sheet: SheetModel | null) => void;

export interface NameEntry {
  name: string;
  comment: string;
  visible: boolean;
  deleted?: boolean;
}

export type EntryResult =
  | { ok: true }
  | { ok: false; reason: "validation"; alert: ErrorAlert }
  | { ok: false; reason: "protected" }
  | { ok: false; reason: "formula" };

const BAD_SHEET_CHARS = /[:\\/?*[\]]/;

export class Workbook {
  readonly engine = new Engine();
  readonly sheets: SheetModel[] = [];
  readonly names = new Map<string, NameEntry>();
  readonly xmlParts = new XmlPartStore();
  readonly changes = new ChangeDispatcher();
  readonly cf: CfEvaluator;
  readonly fontName: string;
  readonly profile: AnyProfile;
  /** The user's Ctrl+Z stack (see undo.ts). */
  readonly undo = new UndoStack();
  /** > 0 while an add-in's batch is being applied. */
  apiDepth = 0;
  activeSheet: SheetModel;
  private readonly listeners = new Set<ModelListener>();

  constructor(opts: WorkbookOptions = {}) {
    this.fontName = opts.fontName ?? "等线";
    this.profile = opts.profile ?? PLAIN_PROFILE;
    this.cf = new CfEvaluator(this.engine, () => this.sheets, opts.cfWindow);
    for (const n of opts.sheetNames ?? ["Sheet1"]) this.addSheet(n);
    this.activeSheet = this.sheets[0];
  }

  // ---- notification -------------------------------------------------------------------------

  /** Listens to every model change (the UI re-renders from this). Returns an unsubscribe. */
  subscribe(listener: ModelListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(kind: ModelChangeKind, sheet: SheetModel | null): void {
    for (const l of this.listeners) l(kind, sheet);
  }

  /**
   * Queues worksheet onChanged handlers for an edit of `where` (a rect or an address). `byAddin`: the
   * add-in's batch caused it (also when reported after the batch). ExcelApi 1.14 hosts say so in
   * triggerSource; on a host that ignores enableEvents (#1786) the add-in's own changes get through.
   */
  emitChange(
    sheet: SheetModel,
    where: Rect | string,
    changeType: string,
    byAddin = this.apiDepth > 0
  ): void {
    const api = versionAtLeast(this.profile.maxExcelApi, "1.14");
    this.changes.emit(
      sheet.changeHandlers,
      {
        address: typeof where === "string" ? where : formatRect(where),
        changeType,
        source: "Local",
        type: "WorksheetChanged",
        worksheetId: sheet.id,
        ...(api ? { triggerSource: byAddin ? "ThisLocalAddin" : "Unknown" } : {}),
      },
      byAddin && this.profile.eventsIgnoreEnableEvents
    );
  }

  // ---- the user's own actions (the grid, or tests acting as the user) --------------------------

  /** Runs a user's edit of `sheet` and puts it on the undo stack. */
  userEdit<T>(
    sheet: SheetModel,
    label: string,
    fn: () => T,
    keep: (r: T) => boolean = () => true
  ): T {
    const restore = restorePoint(this, [sheet]);
    const result = fn();
    if (keep(result)) this.undo.push({ source: "user", label, restore });
    return result;
  }

  /** Ctrl+V of values (no validation). */
  paste(s: SheetModel, r: Rect, input: unknown): void {
    this.userEdit(s, `paste ${formatRect(r)}`, () => this.writeCells(s, r, input));
  }

  /** Ctrl+Z: undoes the newest entry of the stack, and reports it like an edit. */
  undoLast(): boolean {
    const e = this.undo.undo();
    if (!e) return false;
    for (const s of this.sheets) {
      const used = this.usedRect(s);
      if (e.source === "user" || this.profile.formatChangeEvents)
        this.emitChange(s, used ?? rect(0, 0), "RangeEdited", false);
    }
    this.notify("cells", null);
    return true;
  }

  /**
   * The workbook closed and opened again: sheets get new ids, add-in event registrations and the
   * undo stack are gone. Everything saved in the file (cells, names, custom XML) stays.
   */
  reopen(): void {
    for (const s of this.sheets) {
      s.id = newGuid();
      s.changeHandlers.clear();
    }
    this.undo.clear();
    this.notify("sheets", null);
  }

  // ---- sheets --------------------------------------------------------------------------------

  getSheet(name: string): SheetModel | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }

  getSheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Sheet by name, or throws ItemNotFound. */
  sheet(name: string): SheetModel {
    const s = this.getSheet(name);
    if (!s) throw new ModelError("ItemNotFound", `The worksheet "${name}" does not exist`);
    return s;
  }

  private checkSheetName(name: string, except?: SheetModel): void {
    if (
      typeof name !== "string" ||
      name.length === 0 ||
      name.length > 31 ||
      BAD_SHEET_CHARS.test(name) ||
      /^'|'$/.test(name)
    )
      throw new ModelError("InvalidArgument", `"${name}" is not a valid worksheet name`);
    const other = this.getSheet(name);
    if (other && other !== except)
      throw new ModelError("ItemAlreadyExists", `A worksheet named "${name}" already exists`);
  }

  addSheet(name?: string): SheetModel {
    let n = name;
    if (n === undefined) {
      let i = this.sheets.length + 1;
      while (this.getSheet(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    this.checkSheetName(n);
    const s = new SheetModel(n, this.engine.addSheet(n), this.fontName);
    this.sheets.push(s);
    this.notify("sheets", s);
    return s;
  }

  deleteSheet(s: SheetModel): void {
    if (this.sheets.length === 1)
      throw new ModelError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet"
      );
    const i = this.sheets.indexOf(s);
    this.sheets.splice(i, 1);
    s.deleted = true;
    this.engine.removeSheet(s.engineId);
    this.rewriteAnchoredFormulas((f) => dropSheetRefs(f, s.name));
    if (this.activeSheet === s) this.activeSheet = this.sheets[Math.max(0, i - 1)];
    this.cf.invalidate();
    this.notify("sheets", null);
  }

  renameSheet(s: SheetModel, name: string): void {
    if (name === s.name) return;
    this.checkSheetName(name, s);
    const old = s.name;
    this.engine.renameSheet(s.engineId, name);
    s.name = name;
    this.rewriteAnchoredFormulas((f) => renameSheetRefs(f, old, name));
    this.cf.invalidate();
    this.notify("sheets", s);
  }

  moveSheet(s: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length)
      throw new ModelError("InvalidArgument", `Invalid worksheet position ${position}`);
    this.sheets.splice(this.sheets.indexOf(s), 1);
    this.sheets.splice(position, 0, s);
    this.notify("sheets", s);
  }

  activate(s: SheetModel): void {
    this.activeSheet = s;
    this.notify("selection", s);
  }

  select(s: SheetModel, r: Rect): void {
    s.selection = r;
    this.activeSheet = s;
    this.notify("selection", s);
  }

  /** Applies `fn` to every conditional-format and validation formula in the workbook. */
  private rewriteAnchoredFormulas(fn: (f: string) => string): void {
    for (const sh of this.sheets) {
      for (const rule of sh.cfRules) rule.formula = fn(rule.formula);
      for (const v of new Set(sh.validations.values())) rewriteValidation(v, fn);
    }
  }

  /** Resolves "Sheet!A1:B2", or a bare address on `defaultSheet`. */
  resolveAddress(
    address: string,
    defaultSheet?: SheetModel
  ): { sheet: SheetModel; rect: Rect } | null {
    const p = parseAddress(address);
    if (!p) return null;
    const sheet = p.sheet === null ? defaultSheet : this.getSheet(p.sheet);
    return sheet ? { sheet, rect: p.rect } : null;
  }

  // ---- contents (cells.ts) ------------------------------------------------------------

  content(s: SheetModel, r: number, c: number): CellContent {
    return content(this, s, r, c);
  }

  value(s: SheetModel, r: number, c: number): CellValue {
    return value(this, s, r, c);
  }

  /** What Range.values reports: "" for empty cells, "#REF!"-style strings for errors. */
  values(s: SheetModel, r: Rect): (string | number | boolean)[][] {
    return values(this, s, r);
  }

  /** What Range.formulas reports: the formula, else the value. */
  formulas(s: SheetModel, r: Rect): (string | number | boolean)[][] {
    return formulas(this, s, r);
  }

  texts(s: SheetModel, r: Rect): string[][] {
    return texts(this, s, r);
  }

  valueTypes(s: SheetModel, r: Rect): string[][] {
    return valueTypes(this, s, r);
  }

  numberFormats(s: SheetModel, r: Rect): string[][] {
    return numberFormats(this, s, r);
  }

  /**
   * Range.values / Range.formulas setter: a 2-D array matching the range, or one value for all
   * cells. Nulls leave cells unchanged; cells hidden by a merge keep nothing (Excel keeps only the
   * merged area's top-left value).
   */
  writeCells(s: SheetModel, r: Rect, input: unknown): void {
    writeCells(this, s, r, input);
  }

  setNumberFormats(s: SheetModel, r: Rect, input: unknown): void {
    setNumberFormats(this, s, r, input);
  }

  /**
   * A value typed into a cell in the grid: parsed as Excel parses typing, checked against the
   * cell's data validation (with the new value in place, as Excel evaluates it) and refused with
   * the rule's error alert when it fails. `override` accepts a Warning/Information alert's value.
   */
  enter(s: SheetModel, r: number, c: number, text: string, override = false): EntryResult {
    return this.userEdit(
      s,
      `type ${text}`,
      () => enter(this, s, r, c, text, override),
      (res) => res.ok
    );
  }

  /** Range.clear(applyTo): "All" | "Formats" | "Contents" | "ResetContents" | hyperlink kinds (no-ops). */
  clear(s: SheetModel, r: Rect, applyTo = "All"): void {
    clear(this, s, r, applyTo);
  }

  insertRows(s: SheetModel, at: number, count: number): void {
    insertRows(this, s, at, count);
    this.cf.invalidate();
    this.emitChange(s, `${at + 1}:${at + count}`, "RowInserted");
    this.notify("structure", s);
  }

  deleteRows(s: SheetModel, at: number, count: number): void {
    deleteRows(this, s, at, count);
    this.cf.invalidate();
    this.emitChange(s, `${at + 1}:${at + count}`, "RowDeleted");
    this.notify("structure", s);
  }

  /** Bounding box of the cells with content (and, unless valuesOnly, formats and merges). */
  usedRect(s: SheetModel, valuesOnly = false): Rect | null {
    let b = this.engine.contentBounds(s.engineId);
    const add = (r: Rect) =>
      (b = b
        ? {
            r0: Math.min(b.r0, r.r0),
            c0: Math.min(b.c0, r.c0),
            r1: Math.max(b.r1, r.r1),
            c1: Math.max(b.c1, r.c1),
          }
        : r);
    if (!valuesOnly) {
      for (const key of s.formats.keys()) add(rect(keyRow(key), keyCol(key)));
      for (const m of s.merges) add(m);
    }
    return b;
  }

  // ---- formats and merges (formatOps.ts) ---------------------------------------------------------

  /** Sets per-cell format fields; `fn` returns the fields for one cell, or null to skip it. */
  patchFormatEach(
    s: SheetModel,
    r: Rect,
    fn: (row: number, col: number) => Partial<CellFormat> | null
  ): void {
    patchFormatEach(this, s, r, fn);
  }

  patchFormat(s: SheetModel, r: Rect, patch: Partial<CellFormat>): void {
    patchFormat(this, s, r, patch);
  }

  /** The common value of `pick` over the range, or undefined when cells differ (Excel then reports null). */
  uniform<T>(s: SheetModel, r: Rect, pick: (f: CellFormat) => T): T | undefined {
    return uniform(this, s, r, pick);
  }

  setColumnWidth(s: SheetModel, r: Rect, points: number): void {
    setColumnWidth(this, s, r, points);
  }

  columnWidth(s: SheetModel, r: Rect): number | null {
    return columnWidth(this, s, r);
  }

  setRowHeight(s: SheetModel, r: Rect, points: number): void {
    setRowHeight(this, s, r, points);
  }

  rowHeight(s: SheetModel, r: Rect): number | null {
    return rowHeight(this, s, r);
  }

  /** Range.merge(across): keeps each area's top-left content and clears the rest. */
  merge(s: SheetModel, r: Rect, across = false): void {
    merge(this, s, r, across);
  }

  unmerge(s: SheetModel, r: Rect): void {
    unmerge(this, s, r);
  }

  // ---- defined names (names.ts) ------------------------------------------------------------------

  getName(name: string): NameEntry | undefined {
    return getName(this, name);
  }

  addName(name: string, formula: string, comment = ""): NameEntry {
    return addName(this, name, formula, comment);
  }

  deleteName(name: string): void {
    deleteName(this, name);
  }

  setNameFormula(name: string, formula: string): void {
    setNameFormula(this, name, formula);
  }

  nameFormula(name: string): string {
    return nameFormula(this, name);
  }

  /** The single area a name refers to, or null (a constant, a formula, or #REF!). */
  nameRange(name: string): { sheet: SheetModel; rect: Rect } | null {
    return nameRange(this, name);
  }

  /** Excel.NamedItemType of a name. */
  nameType(name: string): string {
    return nameType(this, name);
  }

  /** NamedItem.value: the address for a range ("Sheet1!$A$1:$B$2"), else the constant. */
  nameValue(name: string): unknown {
    return nameValue(this, name);
  }

  /** The formula a name gets for a range: absolute, sheet-qualified. */
  static rangeFormula(sheet: string, r: Rect): string {
    return rangeFormula(sheet, r);
  }

  // ---- conditional formats and validation (rules.ts) ---------------------------------------------

  /** New rules go to the top of the sheet's priority order, as in Excel. */
  addCf(s: SheetModel, r: Rect, type: string): CfRule {
    return addCf(this, s, r, type);
  }

  setCfFormula(s: SheetModel, rule: CfRule, formula: string): void {
    setCfFormula(this, s, rule, formula);
  }

  deleteCf(s: SheetModel, rule: CfRule): void {
    deleteCf(this, s, rule);
  }

  cfIntersecting(s: SheetModel, r: Rect): CfRule[] {
    return cfIntersecting(this, s, r);
  }

  /** Removes conditional formatting from the cells of `r`, splitting rules that extend beyond it. */
  clearCf(s: SheetModel, r: Rect): void {
    clearCf(this, s, r);
  }

  markCfChanged(s: SheetModel): void {
    markCfChanged(this, s);
  }

  cfStyles(s: SheetModel): Map<number, CfStyle> {
    return cfStyles(this, s);
  }

  validationsIn(s: SheetModel, r: Rect): (Validation | undefined)[] {
    return validationsIn(this, s, r);
  }

  /**
   * Changes validation on a range. The range shares one validation object anchored at its
   * top-left; a property set earlier on the same range (errorAlert before rule) is kept.
   */
  updateValidation(s: SheetModel, r: Rect, patch: (v: Validation) => void): void {
    updateValidation(this, s, r, patch);
  }

  clearValidation(s: SheetModel, r: Rect): void {
    clearValidation(this, s, r);
  }

  /** Range.dataValidation.valid: true if every value passes, false if none does, null if mixed. */
  isValid(s: SheetModel, r: Rect): boolean | null {
    return isValid(this, s, r);
  }

  /** A fresh default format for this workbook's font. */
  blankFormat(): CellFormat {
    return defaultFormat(this.fontName);
  }
}

/** Kept here too for callers that imported it from the workbook. */
export { apiValue };
