/** T3-01..03 and T4-01..03 over the relations derived from the edition. */
import { cellIndex, refOf } from "../cells";
import { relationsOf, type Relation } from "../relations";
import type { Finding, Report } from "../types";
import { relationMessage } from "./messages";
import { CellNumbers, sumOf, type Numbers } from "./values";

/** The same sum over positions in a CellNumbers array: the checker's hot loop. */
function sumAt(at: Int32Array, nums: CellNumbers): number | null {
  let s = 0;
  for (let i = 0; i < at.length; i++) {
    const p = at[i];
    if (p < 0 || !nums.readable[p]) return null;
    s += nums.values[p];
  }
  return s;
}

const compiled = new WeakMap<Relation[], { expected: Int32Array; actual: Int32Array }[]>();

function positionsFor(rels: Relation[], nums: CellNumbers) {
  let c = compiled.get(rels);
  if (!c) {
    const at = (keys: string[]) => Int32Array.from(keys, (k) => nums.positions.get(k) ?? -1);
    c = rels.map((r) => ({ expected: at(r.expected), actual: at(r.actual) }));
    compiled.set(rels, c);
  }
  return c;
}

export function checkBalance(report: Report, nums: Numbers, findings: Finding[]): void {
  let index: ReturnType<typeof cellIndex> | null = null;
  const rels = relationsOf(report);
  const at = nums instanceof CellNumbers ? positionsFor(rels, nums) : null;
  for (let i = 0; i < rels.length; i++) {
    const rel = rels[i];
    const expected = at ? sumAt(at[i].expected, nums as CellNumbers) : sumOf(rel.expected, nums);
    const actual = at ? sumAt(at[i].actual, nums as CellNumbers) : sumOf(rel.actual, nums);
    if (expected === null || actual === null || expected === actual) continue;
    index ??= cellIndex(report);
    // Name the printed total first: it is where the reader looks and where the pane jumps to.
    const keys = rel.rule === "T3-01" ? rel.highlight : [...rel.actual, ...rel.expected];
    const cells = keys.map((k) => refOf(index!.get(k)!));
    findings.push({
      rule: rel.rule,
      severity: "error",
      cells,
      expected,
      actual,
      message: relationMessage(rel.rule, cells, expected, actual),
    });
  }
}
