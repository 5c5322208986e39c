/** Sheet-qualified addresses ('2024年报'!D27) and the formulas of defined names, taken apart and put together. */
import { parseRange, quoteSheet } from "./a1";

/** "'2024年报'!D27" → sheet and cell; a bare "D27" is on the active sheet. */
export function splitAddress(address: string): { sheet: string | null; cell: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, cell: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cell: address.slice(bang + 1) };
}

/** Sheet-qualified address of a cell, for selectCell. */
export function qualified(sheetName: string, cell: string): string {
  return `${quoteSheet(sheetName)}!${cell}`;
}

/** The sheet a defined name's formula ("=Sheet1!$A$1:$O$60") refers to; null when it refers to no range. */
export function sheetOfFormula(formula: unknown): string | null {
  if (typeof formula !== "string" || /#REF!/i.test(formula)) return null;
  const f = formula.replace(/^=/, "").trim();
  if (!f.includes("!")) return null;
  const { sheet, cell } = splitAddress(f);
  return sheet && parseRange(cell.replace(/\$/g, "")) ? sheet : null;
}
