/** Workbook-scoped defined names; their formulas live in the engine, which moves them with rows. */
import { formatRect, parseAddress, quoteSheetIfNeeded, type Rect } from "./address";
import { apiValue, isError } from "./engine";
import { ModelError } from "./errors";
import { listRefs } from "./formulaRefs";
import type { SheetModel } from "./sheet";
import type { NameEntry, WorkbookCore } from "./workbookCore";

const NAME_SHAPE = /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u;

export class NameOps {
  constructor(private readonly wb: WorkbookCore) {}

  get(name: string): NameEntry | undefined {
    return this.wb.names.get(name.toUpperCase());
  }

  add(name: string, formula: string, comment = ""): NameEntry {
    if (
      typeof name !== "string" ||
      !NAME_SHAPE.test(name) ||
      name.length > 255 ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[RrCc]\d*$|^[Rr]\d*[Cc]\d*$/.test(name)
    )
      throw new ModelError("InvalidArgument", `"${name}" is not a valid name`);
    if (this.get(name))
      throw new ModelError("ItemAlreadyExists", `The name "${name}" already exists`);
    const f = formula.startsWith("=") ? formula : "=" + formula;
    if (!this.wb.engine.canAddName(name, f))
      throw new ModelError(
        "InvalidArgument",
        `The formula ${formula} for name "${name}" is not valid`
      );
    this.wb.engine.addName(name, f);
    const entry = { name, comment, visible: true };
    this.wb.names.set(name.toUpperCase(), entry);
    this.wb.cf.invalidate(); // rules that used the name before it existed read it now
    this.wb.notify("cells", null);
    return entry;
  }

  delete(name: string): void {
    const e = this.get(name);
    if (!e) throw new ModelError("ItemNotFound", `The name "${name}" does not exist`);
    this.wb.engine.removeName(e.name);
    this.wb.names.delete(name.toUpperCase());
    e.deleted = true;
    this.wb.cf.invalidate();
    this.wb.notify("cells", null);
  }

  setFormula(name: string, formula: string): void {
    const f = formula.startsWith("=") ? formula : "=" + formula;
    if (!this.wb.engine.isValidFormula(f))
      throw new ModelError("InvalidArgument", `The formula ${formula} contains an error`);
    this.wb.engine.changeName(name, f);
    this.wb.cf.invalidate();
    this.wb.notify("cells", null);
  }

  formula(name: string): string {
    return this.wb.engine.nameFormula(name) ?? "";
  }

  /** The single area a name refers to, or null (a constant, a formula, or #REF!). */
  range(name: string): { sheet: SheetModel; rect: Rect } | null {
    const f = this.formula(name).replace(/^=/, "").trim();
    const refs = listRefs(f);
    if (refs.length !== 1 || refs[0].sheet === null) return null;
    const sheet = this.wb.getSheet(refs[0].sheet);
    const p = parseAddress(f);
    return sheet && p ? { sheet, rect: p.rect } : null;
  }

  /** Excel.NamedItemType of a name. */
  type(name: string): string {
    if (this.range(name)) return "Range";
    const v = this.wb.engine.nameValue(name);
    if (isError(v)) return "Error";
    return typeof v === "string"
      ? "String"
      : typeof v === "boolean"
        ? "Boolean"
        : Number.isInteger(v)
          ? "Integer"
          : "Double";
  }

  /** NamedItem.value: the address for a range ("Sheet1!$A$1:$B$2"), else the constant. */
  value(name: string): unknown {
    const range = this.range(name);
    if (range) return this.formula(name).replace(/^=/, "");
    return apiValue(this.wb.engine.nameValue(name));
  }
}

/** The formula a name gets for a range: absolute, sheet-qualified. */
export function rangeFormula(sheet: string, r: Rect): string {
  const a = formatRect(r).replace(
    /([A-Z]+)?(\d+)?/g,
    (m, col: string | undefined, row: string | undefined) =>
      m ? (col ? "$" + col : "") + (row ? "$" + row : "") : m
  );
  return `=${quoteSheetIfNeeded(sheet)}!${a}`;
}
