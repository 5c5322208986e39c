/** Data validation as Excel applies it to typed entries (API writes are never validated). */
import type { Anchor } from "./anchoredFormula";
import { isError, type CellValue } from "./engine";
import { parseTypedNumber } from "./cellInput";

export interface BasicRule {
  formula1: string | number;
  formula2?: string | number;
  operator: string;
}

export interface ValidationRule {
  wholeNumber?: BasicRule;
  decimal?: BasicRule;
  textLength?: BasicRule;
  list?: { source: string; inCellDropDown?: boolean };
  custom?: { formula: string };
}

export interface ErrorAlert {
  title: string;
  message: string;
  style: string; // Excel.DataValidationAlertStyle
  showAlert: boolean;
}

export interface Prompt {
  title: string;
  message: string;
  showPrompt: boolean;
}

/** One validation, shared by all cells of the range it was set on. */
export interface Validation {
  rule: ValidationRule | null;
  errorAlert: ErrorAlert;
  prompt: Prompt;
  ignoreBlanks: boolean;
  anchor: Anchor;
}

export const RULE_KINDS = ["wholeNumber", "decimal", "textLength", "list", "custom"] as const;
const KNOWN_BUT_MISSING = ["date", "time"];
export const TYPE_OF_KIND: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  list: "List",
  custom: "Custom",
};

export function newValidation(anchor: Anchor): Validation {
  return {
    rule: null,
    errorAlert: { title: "", message: "", style: "Stop", showAlert: true },
    prompt: { title: "", message: "", showPrompt: false },
    ignoreBlanks: true,
    anchor,
  };
}

/** Checks a rule object as the API receives it; throws with the reason Excel would give. */
export function checkRuleShape(rule: unknown): ValidationRule {
  if (typeof rule !== "object" || rule === null) throw new Error("Invalid data validation rule");
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1) throw new Error("A data validation rule must have exactly one kind");
  const kind = keys[0];
  if (KNOWN_BUT_MISSING.includes(kind))
    throw new Error(`Demo host: Excel.DataValidationRule.${kind} is not implemented`);
  if (!(RULE_KINDS as readonly string[]).includes(kind))
    throw new Error(`Invalid data validation rule kind ${kind}`);
  const body = (rule as Record<string, Record<string, unknown>>)[kind];
  if (kind === "wholeNumber" || kind === "decimal" || kind === "textLength") {
    if (body.formula1 === undefined || typeof body.operator !== "string")
      throw new Error("formula1 and operator are required");
    if (/Between/.test(body.operator) && body.formula2 === undefined)
      throw new Error("formula2 is required for Between");
  }
  return JSON.parse(JSON.stringify(rule)) as ValidationRule;
}

function compare(op: string, x: number, a: number, b: number): boolean {
  switch (op) {
    case "Between":
      return x >= Math.min(a, b) && x <= Math.max(a, b);
    case "NotBetween":
      return x < Math.min(a, b) || x > Math.max(a, b);
    case "EqualTo":
      return x === a;
    case "NotEqualTo":
      return x !== a;
    case "GreaterThan":
      return x > a;
    case "LessThan":
      return x < a;
    case "GreaterThanOrEqualTo":
      return x >= a;
    case "LessThanOrEqualTo":
      return x <= a;
    default:
      throw new Error(`Unknown data validation operator ${op}`);
  }
}

export type FormulaEvaluator = (formula: string) => CellValue;

function operand(f: string | number | undefined, evaluate: FormulaEvaluator): number {
  if (f === undefined) return NaN;
  if (typeof f === "number") return f;
  if (f.startsWith("=")) {
    const v = evaluate(f);
    return typeof v === "number" ? v : NaN;
  }
  return parseTypedNumber(f.trim()) ?? NaN;
}

function truthy(v: CellValue): boolean {
  return v === true || (typeof v === "number" && v !== 0);
}

/**
 * Whether `value` (the cell's new value) passes. `evaluate` computes a formula already shifted to
 * the cell being checked, with the new value in place.
 */
export function passes(v: Validation, value: CellValue, evaluate: FormulaEvaluator): boolean {
  const rule = v.rule;
  if (!rule) return true;
  const blank = value === null || value === "";
  if (blank) return v.ignoreBlanks;
  if (isError(value)) return false;
  const basic = rule.wholeNumber ?? rule.decimal ?? rule.textLength;
  if (basic) {
    let x: number;
    if (rule.textLength) x = String(value).length;
    else if (typeof value !== "number") return false;
    else x = value;
    if (rule.wholeNumber && !Number.isInteger(x)) return false;
    return compare(
      basic.operator,
      x,
      operand(basic.formula1, evaluate),
      operand(basic.formula2, evaluate)
    );
  }
  if (rule.list) {
    const src = rule.list.source;
    if (src.startsWith("="))
      return truthy(evaluate(`=COUNTIF(${src.slice(1)},${literal(value)})>0`));
    const items = src.split(",").map((s) => s.trim().toLowerCase());
    return items.includes(String(value).toLowerCase());
  }
  if (rule.custom) return truthy(evaluate(rule.custom.formula));
  return true;
}

function literal(v: CellValue): string {
  return typeof v === "string" ? `"${v.replace(/"/g, '""')}"` : String(v);
}

/** Applies `fn` to each formula ("=…") a validation holds. */
export function rewriteValidation(v: Validation, fn: (f: string) => string): void {
  const rule = v.rule;
  if (!rule) return;
  const f = (x: string | number | undefined) =>
    typeof x === "string" && x.startsWith("=") ? fn(x) : x;
  for (const basic of [rule.wholeNumber, rule.decimal, rule.textLength]) {
    if (!basic) continue;
    basic.formula1 = f(basic.formula1) as string | number;
    if (basic.formula2 !== undefined) basic.formula2 = f(basic.formula2) as string | number;
  }
  if (rule.list) rule.list.source = f(rule.list.source) as string;
  if (rule.custom) rule.custom.formula = fn(rule.custom.formula);
}
