/**
 * Reading value cells. A value is stored as printed: a plain number string becomes a number,
 * anything else (blank → null, dashes, text, full-width digits, units, separators) stays the string
 * it was, so the checker can name it. Which cells of a row are the values is decided here.
 */
import type { RawValue } from "../../../report/types";
import { parseValue } from "../../../report/values";
import type { SourceCell } from "../types";

const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

export function toRaw(printed: string): RawValue {
  const s = printed.trim();
  if (s === "") return null;
  return PLAIN_NUMBER.test(s) ? Number(s) : s;
}

/** A cell that reads as a value (number, dash, number with unit…) rather than as a label. */
export function isValueLike(text: string): boolean {
  const s = text.trim();
  if (s === "") return true;
  return !parseValue(s, "amount").issues.includes("text");
}

export interface Extracted {
  /** The n printed values (strings, "" for blank), or null when the row does not hold n values. */
  values: string[] | null;
  /** The non-blank cells of a row too short for n values (read left-aligned), or of a row that ends early. */
  partial: string[];
  /** The row ends before the last columns. */
  short?: boolean;
  /** Positions (0..n-1) whose cell was not printed at all: unknown, not blank. */
  unknown: number[];
}

/**
 * The n values of a row from the cells after its label:
 * 1. at least n non-blank cells → the last n of them (tolerates shifted columns and stray cells);
 * 2. the header's column positions, when known and every non-blank cell sits on one of them;
 * 3. exact positions (HTML grid) or the TAB positions after trailing empty cells are dropped.
 */
export function extractValues(
  after: SourceCell[],
  n: number,
  cols: number[] | null,
  exact: boolean
): Extracted {
  const filled = after.filter((c) => c.value !== "");
  if (filled.length >= n)
    return { values: filled.slice(-n).map((c) => c.value), partial: [], unknown: [] };
  if (cols && cols.length === n) {
    const covering = (col: number) => after.find((c) => c.col <= col && col < c.col + c.span);
    const onColumns = filled.every((c) => cols.some((col) => c.col <= col && col < c.col + c.span));
    const missing = cols.filter((col) => covering(col) === undefined).length;
    if (onColumns && (missing === 0 || !exact)) {
      const values = cols.map((col) => covering(col)?.value ?? "");
      const unknown = cols.flatMap((col, k) => (covering(col) === undefined ? [k] : []));
      return missing
        ? { values, partial: filled.map((c) => c.value), short: true, unknown }
        : { values, partial: [], unknown };
    }
  }
  let window = after;
  if (!exact)
    while (window.length > n && window[window.length - 1].value === "")
      window = window.slice(0, -1);
  if (window.length >= n)
    return { values: window.slice(-n).map((c) => c.value), partial: [], unknown: [] };
  const partial = filled.map((c) => c.value);
  return {
    values: null,
    partial,
    unknown: Array.from({ length: n - partial.length }, (_, k) => partial.length + k),
  };
}
