/**
 * The workbook's state and what every operation shares: the formula engine, the sheets and their
 * order, defined-name entries, custom XML, the host profile, the undo stack, and the change
 * notifications (the page's re-render and the add-in's onChanged events). The operations on cells,
 * formats, rules, names and rows take this core (cells.ts, formatOps.ts, rules.ts, names.ts,
 * structure.ts); workbook.ts puts them together.
 */
import { formatRect, parseAddress, type Rect } from "./address";
import { CfEvaluator, type CfWindow } from "./cfEvaluator";
import { ChangeDispatcher } from "./changes";
import { XmlPartStore } from "./customXml";
import { Engine } from "./engine";
import { ModelError } from "./errors";
import { dropSheetRefs, renameSheetRefs } from "./formulaRefs";
import { newGuid } from "./ids";
import { SheetModel } from "./sheet";
import { UndoStack } from "./undo";
import { rewriteValidation } from "./validation";
import { PLAIN_PROFILE, versionAtLeast, type AnyProfile } from "../profiles";

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

const BAD_SHEET_CHARS = /[:\\/?*[\]]/;

export class WorkbookCore {
  readonly engine = new Engine();
  readonly sheets: SheetModel[] = [];
  /** Defined names by upper-cased name; their formulas live in the engine. */
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
}
