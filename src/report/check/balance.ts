/** T3-01..03 and T4-01..03 over the relations derived from the edition. */
import { cellIndex, refOf } from "../cells";
import { relationsOf } from "../relations";
import type { Finding, Report } from "../types";
import { relationMessage } from "./messages";
import type { Numbers } from "./values";

function sum(keys: string[], nums: Numbers): number | null {
  let s = 0;
  for (const k of keys) {
    const v = nums.get(k);
    if (v === undefined) return null;
    s += v;
  }
  return s;
}

export function checkBalance(report: Report, nums: Numbers, findings: Finding[]): void {
  let index: ReturnType<typeof cellIndex> | null = null;
  for (const rel of relationsOf(report)) {
    const expected = sum(rel.expected, nums);
    const actual = sum(rel.actual, nums);
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
