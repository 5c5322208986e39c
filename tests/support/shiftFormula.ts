/** Formula shifting as Excel does it, for tests that evaluate CF formulas cell by cell. */
import { colIndex, colLetter } from "../../src/sheet/a1";

/**
 * Shift the relative parts of every A1 reference in a formula by (dRow, dCol), as Excel does when it
 * evaluates a conditional-format formula at a cell other than the range's top-left, or when a formula
 * is copied. String literals and function names are left alone. Sheet-qualified and R1C1 references
 * are not supported (our formulas use neither).
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)/.exec(formula.slice(i));
    const prev = i > 0 ? formula[i - 1] : "";
    if (m && !/[A-Za-z0-9_.]/.test(prev)) {
      const next = formula[i + m[0].length] ?? "";
      if (!/[A-Za-z0-9_(.]/.test(next)) {
        const col = m[1] ? colIndex(m[2]) : colIndex(m[2]) + dCol;
        const row = m[3] ? Number(m[4]) - 1 : Number(m[4]) - 1 + dRow;
        if (col < 0 || row < 0) throw new RangeError(`shiftFormula: ${m[0]} shifted off the sheet`);
        out += `${m[1]}${colLetter(col)}${m[3]}${row + 1}`;
        i += m[0].length;
        continue;
      }
    }
    // Copy a whole identifier so that the tail of a name (e.g. LOG10) is never read as a reference.
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(formula.slice(i));
    if (word) {
      out += word[0];
      i += word[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
