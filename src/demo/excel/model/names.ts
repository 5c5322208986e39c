/** Workbook-scoped defined names; their formulas live in the engine, which moves them with rows. */
import { formatRect, parseAddress, quoteSheetIfNeeded, type Rect } from "./address";
import { apiValue, isError } from "./engine";
import { ModelError } from "./errors";
import { listRefs } from "./formulaRefs";
import type { SheetModel } from "./sheet";
import type { NameEntry, Workbook } from "./workbook";

const NAME_SHAPE = /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u;

export function getName(wb: Workbook, name: string): NameEntry | undefined {
  return wb.names.get(name.toUpperCase());
}

export function addName(wb: Workbook, name: string, formula: string, comment = ""): NameEntry {
  if (
    typeof name !== "string" ||
    !NAME_SHAPE.test(name) ||
    name.length > 255 ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[RrCc]\d*$|^[Rr]\d*[Cc]\d*$/.test(name)
  )
    throw new ModelError("InvalidArgument", `"${name}" is not a valid name`);
  if (wb.getName(name))
    throw new ModelError("ItemAlreadyExists", `The name "${name}" already exists`);
  const f = formula.startsWith("=") ? formula : "=" + formula;
  if (!wb.engine.canAddName(name, f))
    throw new ModelError(
      "InvalidArgument",
      `The formula ${formula} for name "${name}" is not valid`
    );
  wb.engine.addName(name, f);
  const entry = { name, comment, visible: true };
  wb.names.set(name.toUpperCase(), entry);
  wb.cf.invalidate(); // rules that used the name before it existed read it now
  wb.notify("cells", null);
  return entry;
}

export function deleteName(wb: Workbook, name: string): void {
  const e = wb.getName(name);
  if (!e) throw new ModelError("ItemNotFound", `The name "${name}" does not exist`);
  wb.engine.removeName(e.name);
  wb.names.delete(name.toUpperCase());
  e.deleted = true;
  wb.cf.invalidate();
  wb.notify("cells", null);
}

export function setNameFormula(wb: Workbook, name: string, formula: string): void {
  const f = formula.startsWith("=") ? formula : "=" + formula;
  if (!wb.engine.isValidFormula(f))
    throw new ModelError("InvalidArgument", `The formula ${formula} contains an error`);
  wb.engine.changeName(name, f);
  wb.cf.invalidate();
  wb.notify("cells", null);
}

export function nameFormula(wb: Workbook, name: string): string {
  return wb.engine.nameFormula(name) ?? "";
}

/** The single area a name refers to, or null (a constant, a formula, or #REF!). */
export function nameRange(wb: Workbook, name: string): { sheet: SheetModel; rect: Rect } | null {
  const f = wb.nameFormula(name).replace(/^=/, "").trim();
  const refs = listRefs(f);
  if (refs.length !== 1 || refs[0].sheet === null) return null;
  const sheet = wb.getSheet(refs[0].sheet);
  const p = parseAddress(f);
  return sheet && p ? { sheet, rect: p.rect } : null;
}

/** Excel.NamedItemType of a name. */
export function nameType(wb: Workbook, name: string): string {
  if (wb.nameRange(name)) return "Range";
  const v = wb.engine.nameValue(name);
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
export function nameValue(wb: Workbook, name: string): unknown {
  const range = wb.nameRange(name);
  if (range) return wb.nameFormula(name).replace(/^=/, "");
  return apiValue(wb.engine.nameValue(name));
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
