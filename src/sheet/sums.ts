/**
 * Evaluating the =SUM formulas the plan writes for totals (=SUM(D25:D45,D47)), over values held
 * elsewhere: the file writer caches their results, and the file reader recomputes a result a file did
 * not cache. A total may sum other totals (表三's （七）总计 column), so results resolve recursively.
 * Outside the barrel (import it from here): the add-in computes nothing itself, so the pane's first
 * bundle does not carry it.
 */
import { a1, parseRange, rectCells } from "./a1";

const SUM = /^=?SUM\(([A-Z$0-9:,]+)\)$/i;

/**
 * Address → result of every formula in `formulaAt` that is a SUM of references (text and blanks count
 * 0, as in a spreadsheet); null for any other formula, or one that reaches such a formula or a cycle.
 */
export function evaluateSums(
  formulaAt: Map<string, string>,
  valueAt: (address: string) => unknown
): Map<string, number | null> {
  const results = new Map<string, number | null>();
  const visiting = new Set<string>();
  const resultOf = (address: string): number | null => {
    if (results.has(address)) return results.get(address)!;
    if (visiting.has(address)) return null;
    visiting.add(address);
    const m = SUM.exec(formulaAt.get(address)!.trim());
    let sum: number | null = m ? 0 : null;
    for (const part of m ? m[1].split(",") : []) {
      const r = parseRange(part.replace(/\$/g, ""));
      if (!r || sum === null) {
        sum = null;
        break;
      }
      for (const p of rectCells(r)) {
        const at = a1(p);
        const v = formulaAt.has(at) ? resultOf(at) : valueAt(at);
        if (v === null) {
          sum = null;
          break;
        }
        if (typeof v === "number") sum += v;
      }
    }
    visiting.delete(address);
    // As a spreadsheet shows it: 0.1 + 0.2 is 0.3 there, not 0.30000000000000004.
    const result = sum === null ? null : Number(sum.toPrecision(15));
    results.set(address, result);
    return result;
  };
  for (const address of formulaAt.keys()) resultOf(address);
  return results;
}
