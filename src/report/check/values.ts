/** ALL-01, ALL-02 and S-05: one finding per irregular cell. Also builds the number table the other rules use. */
import { cellsOf, refOf } from "../cells";
import type { Finding, Report, Severity } from "../types";
import { parseValue, showRaw, type ValueIssue } from "../values";
import { valueMessage } from "./messages";

const RULE_OF: Record<ValueIssue, { rule: string; severity: Severity }> = {
  blank: { rule: "ALL-02", severity: "warning" },
  dash: { rule: "ALL-02", severity: "warning" },
  text: { rule: "ALL-01", severity: "error" },
  negative: { rule: "ALL-01", severity: "error" },
  fraction: { rule: "ALL-01", severity: "error" },
  fullwidth: { rule: "ALL-01", severity: "warning" },
  thousands: { rule: "ALL-01", severity: "warning" },
  unit: { rule: "S-05", severity: "warning" },
};

/** Numbers by cell key; a cell that cannot be read is absent (so rules over it are skipped). */
export type Numbers = Map<string, number>;

/**
 * What the cell should hold: 0 for a blank or dash; the number read for full-width digits, thousands
 * separators or unit text (the value is fine, its writing is not); nothing to suggest otherwise.
 */
function expectedOf(issue: ValueIssue, value: number | null): number | undefined {
  if (issue === "blank" || issue === "dash") return 0;
  if ((issue === "fullwidth" || issue === "thousands" || issue === "unit") && value !== null)
    return value;
  return undefined;
}

export function readNumbers(report: Report, findings: Finding[] | null): Numbers {
  const nums: Numbers = new Map();
  const absent = report.absentTables?.length ? new Set(report.absentTables) : null;
  for (const cell of cellsOf(report)) {
    if (absent?.has(cell.table)) continue;
    const raw = report.values[cell.key] ?? null;
    // Fast path: an ordinary non-negative whole number, the usual case.
    if (typeof raw === "number" && raw >= 0 && Number.isInteger(raw)) {
      nums.set(cell.key, raw);
      continue;
    }
    const p = parseValue(raw, cell.kind);
    if (p.value !== null) nums.set(cell.key, p.value);
    if (!findings) continue;
    for (const issue of p.issues) {
      const { rule, severity } = RULE_OF[issue];
      const ref = refOf(cell);
      findings.push({
        rule,
        severity,
        cells: [ref],
        expected: expectedOf(issue, p.value),
        actual: showRaw(raw),
        message: valueMessage(issue, ref, showRaw(raw)),
      });
    }
  }
  return nums;
}
