/** ALL-01, ALL-02 and S-05: one finding per irregular cell. Also builds the number table the other rules use. */
import { cellsOf, refOf } from "../cells";
import type { CellDef, Finding, Report, RuleId, Severity } from "../types";
import { parseValue, showRaw, type ValueIssue } from "../values";
import { valueMessage } from "./messages";

const RULE_OF: Record<ValueIssue, { rule: RuleId; severity: Severity }> = {
  blank: { rule: "ALL-02", severity: "warning" },
  dash: { rule: "ALL-02", severity: "warning" },
  text: { rule: "ALL-01", severity: "error" },
  negative: { rule: "ALL-01", severity: "error" },
  fraction: { rule: "ALL-01", severity: "error" },
  fullwidth: { rule: "ALL-01", severity: "warning" },
  thousands: { rule: "ALL-01", severity: "warning" },
  unit: { rule: "S-05", severity: "warning" },
};

/** The number the cell was read as, where the issue still lets it be read (ALL-02 reads as 0). */
function expectedOf(issue: ValueIssue, value: number | null): number | undefined {
  if (issue === "blank" || issue === "dash") return 0;
  if ((issue === "fullwidth" || issue === "thousands" || issue === "unit") && value !== null)
    return value;
  return undefined;
}

/** Numbers by cell key; a cell that cannot be read is absent (so rules over it are skipped). */
export interface Numbers {
  get(key: string): number | undefined;
}

/** Σ of the cells, or null when any of them cannot be read (a rule over it is then skipped). */
export function sumOf(keys: string[], nums: Numbers): number | null {
  let s = 0;
  for (const k of keys) {
    const v = nums.get(k);
    if (v === undefined) return null;
    s += v;
  }
  return s;
}

/** The numbers of one report in the cell order of its shape: a flat array, cheap to fill and to sum. */
export class CellNumbers implements Numbers {
  constructor(
    readonly positions: ReadonlyMap<string, number>,
    readonly values: Float64Array,
    readonly readable: Uint8Array
  ) {}

  get(key: string): number | undefined {
    const i = this.positions.get(key);
    return i !== undefined && this.readable[i] ? this.values[i] : undefined;
  }
}

const positionCache = new WeakMap<readonly CellDef[], Map<string, number>>();

function positionsOf(cells: readonly CellDef[]): Map<string, number> {
  let pos = positionCache.get(cells);
  if (!pos) {
    pos = new Map(cells.map((c, i) => [c.key, i]));
    positionCache.set(cells, pos);
  }
  return pos;
}

export function readNumbers(report: Report, findings: Finding[] | null): CellNumbers {
  const cells = cellsOf(report);
  const values = new Float64Array(cells.length);
  const readable = new Uint8Array(cells.length);
  const absent = report.absentTables?.length ? new Set(report.absentTables) : null;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (absent?.has(cell.table)) continue;
    const raw = report.values[cell.key] ?? null;
    // Fast path: an ordinary non-negative whole number, the usual case.
    if (typeof raw === "number" && raw >= 0 && Number.isInteger(raw)) {
      values[i] = raw;
      readable[i] = 1;
      continue;
    }
    const p = parseValue(raw, cell.kind);
    if (p.value !== null) {
      values[i] = p.value;
      readable[i] = 1;
    }
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
  return new CellNumbers(positionsOf(cells), values, readable);
}
