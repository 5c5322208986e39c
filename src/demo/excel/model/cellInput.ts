/** Turns what the user typed, or what the API wrote, into cell content the way Excel does. */
import type { CellContent } from "./engine";

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;

/** A number Excel would recognise in typed text (en-US separators), or undefined. */
export function parseTypedNumber(s: string): number | undefined {
  if (PLAIN_NUMBER.test(s)) return Number(s);
  if (GROUPED_NUMBER.test(s)) return Number(s.replace(/,/g, ""));
  const p = PERCENT.exec(s);
  if (p) return Number(p[1]) / 100;
  return undefined;
}

export class InputError extends Error {}

/**
 * Content for one cell, or undefined to leave the cell as it is (a null in a values array).
 * `isValidFormula` decides whether "+x"/"-x" is read as a formula, as Excel does.
 */
export function parseInput(
  input: unknown,
  numberFormat: string,
  isValidFormula: (f: string) => boolean
): CellContent | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new InputError(`Invalid number ${input}`);
    return input;
  }
  if (typeof input === "boolean") return input;
  if (typeof input !== "string")
    throw new InputError(`Unsupported cell value of type ${typeof input}`);
  if (input === "") return null;
  if (numberFormat === "@") return input; // a text-formatted cell keeps exactly what was typed
  if (input.startsWith("'")) return input.slice(1);
  if (input.startsWith("=") && input.length > 1) return { formula: input };
  const n = parseTypedNumber(input);
  if (n !== undefined) return n;
  if (/^(TRUE|FALSE)$/i.test(input)) return input.toUpperCase() === "TRUE";
  if (/^[+-]./.test(input) && isValidFormula("=" + input)) return { formula: "=" + input };
  return input;
}
