/**
 * The executor of src/sheet's insert plan: queues every action on a worksheet, in the plan's order.
 * No sync here; the caller syncs once. Each action is a whole rectangle.
 */
import { parseRange, rectSize, type CellFormat, type CfRule, type SheetPlan } from "../sheet";
import { queueReplaceParts } from "./parts";

/** A 2-D array of one value in the shape of an A1 rectangle. */
function fill<T>(address: string, value: T): T[][] {
  const r = parseRange(address);
  if (!r) throw new Error(`not an A1 range: ${address}`);
  const { rows, cols } = rectSize(r);
  return Array.from({ length: rows }, () => Array<T>(cols).fill(value));
}

const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

/** Queue thin continuous borders on every edge and inside line of a range (`color` only when given). */
export function queueThinBorders(fmt: Excel.RangeFormat, color?: string): void {
  for (const edge of EDGES) {
    const b = fmt.borders.getItem(edge);
    b.style = "Continuous";
    b.weight = "Thin";
    if (color !== undefined) b.color = color;
  }
}

/** Queue a cell format: only what it sets is touched. */
export function queueFormat(range: Excel.Range, f: CellFormat): void {
  const fmt = range.format;
  if (f.fill !== undefined) fmt.fill.color = f.fill;
  if (f.font) {
    if (f.font.name !== undefined) fmt.font.name = f.font.name;
    if (f.font.size !== undefined) fmt.font.size = f.font.size;
    if (f.font.bold !== undefined) fmt.font.bold = f.font.bold;
    if (f.font.color !== undefined) fmt.font.color = f.font.color;
  }
  if (f.horizontalAlignment) fmt.horizontalAlignment = f.horizontalAlignment;
  if (f.verticalAlignment) fmt.verticalAlignment = f.verticalAlignment;
  if (f.wrapText !== undefined) fmt.wrapText = f.wrapText;
  if (f.textOrientation !== undefined) fmt.textOrientation = f.textOrientation;
  if (f.borders === "thinAll") queueThinBorders(fmt, "#000000");
}

/**
 * Everything set before `priority`: priority is an index within the range's own collection, and after
 * changing it the object must be fetched again before further changes (the typings' note on priority),
 * or they may land on another rule.
 */
export function queueConditionalFormat(sheet: Excel.Worksheet, rule: CfRule): void {
  const cf = sheet.getRange(rule.range).conditionalFormats.add("Custom");
  cf.custom.rule.formula = rule.formula;
  cf.custom.format.fill.color = rule.fill;
  cf.custom.format.font.color = rule.fontColor;
  cf.stopIfTrue = rule.stopIfTrue;
  cf.priority = rule.priority;
}

/** Remove conditional formats and validation from a range, so that the plan's are set over nothing. */
export function queueClearRules(sheet: Excel.Worksheet, address: string): void {
  const r = sheet.getRange(address);
  r.conditionalFormats.clearAll();
  r.dataValidation.clear();
}

/** Remove what an earlier insert left in a rectangle: merges, rules, validation, contents and formats. */
export function queueClearArea(sheet: Excel.Worksheet, address: string): void {
  queueClearRules(sheet, address);
  const r = sheet.getRange(address);
  r.unmerge();
  r.clear("All");
}

/**
 * Queue the whole plan (except names and metadata, which are workbook-level: see queueWorkbookParts).
 * Its rules are set over nothing: Excel on the web refuses a validation rule over a different one
 * (office-js #2594).
 */
export function queuePlan(sheet: Excel.Worksheet, plan: SheetPlan): void {
  queueClearRules(sheet, plan.range);
  sheet.getRange(plan.values.range).values = plan.values.values;
  for (const f of plan.formulas) sheet.getRange(f.range).formulas = f.formulas;
  for (const m of plan.merges) sheet.getRange(m).merge(false);
  for (const f of plan.formats) queueFormat(sheet.getRange(f.range), f.format);
  for (const n of plan.numberFormats)
    sheet.getRange(n.range).numberFormat = fill(n.range, n.format);
  for (const w of plan.columnWidths) sheet.getRange(w.range).format.columnWidth = w.width;
  for (const h of plan.rowHeights) sheet.getRange(h.range).format.rowHeight = h.height;
  for (const v of plan.validations) {
    const dv = sheet.getRange(v.range).dataValidation;
    dv.rule = v.rule as Excel.DataValidationRule;
    dv.errorAlert = v.errorAlert;
    dv.ignoreBlanks = v.ignoreBlanks;
  }
  for (const rule of plan.conditionalFormats) queueConditionalFormat(sheet, rule);
  for (const u of plan.protection.unlocked) sheet.getRange(u).format.protection.locked = false;
  if (plan.protection.protect) sheet.protection.protect(plan.protection.options);
}

/** Names and the metadata part: replace ours (ids and names read before) with the plan's. */
export function queueWorkbookParts(
  context: Excel.RequestContext,
  plan: SheetPlan,
  oldNames: string[],
  oldPartIds: string[]
): void {
  const wb = context.workbook;
  for (const n of oldNames) wb.names.getItem(n).delete();
  for (const n of plan.names) wb.names.add(n.name, n.formula, n.comment);
  queueReplaceParts(context, oldPartIds, plan.metadata.xml);
}
