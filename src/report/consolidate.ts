/** Summing the reports of many units (汇总) into one report of the same year and edition. */
import { cellsOf } from "./cells";
import { checkReport } from "./check";
import { readNumbers } from "./check/values";
import type { Finding, Message, RawValue, Report } from "./types";

export interface UnitInput {
  /** A name for the unit in messages: its file or sheet name. */
  source: string;
  report: Report;
}

export interface UnitSummary {
  source: string;
  agency: string;
  errors: number;
  warnings: number;
  findings: Finding[];
}

export interface Refusal {
  source: string;
  reason: Message;
}

export interface Consolidation {
  summary: Report | null;
  units: UnitSummary[];
  refused: Refusal[];
}

function shapeOf(r: Report): string {
  return `${r.edition}|${r.tableEditions?.[2] ?? r.edition}|${r.tableEditions?.[3] ?? r.edition}`;
}

/**
 * The first unit sets the year and edition; units of another year or table structure are refused with
 * the reason. Cells that cannot be read as numbers count as 0 in the sum and show in that unit's findings.
 */
export function consolidate(inputs: UnitInput[], agency?: string): Consolidation {
  const refused: Refusal[] = [];
  const units: UnitSummary[] = [];
  const base = inputs[0]?.report;
  if (!base) return { summary: null, units, refused };
  const accepted: UnitInput[] = [];
  for (const u of inputs) {
    if (u.report.year !== base.year) {
      refused.push({
        source: u.source,
        reason: {
          zh: `${u.source} 是 ${u.report.year ?? "未知"} 年度的报告，与 ${base.year ?? "未知"} 年度不同，不能汇总。`,
          en: `${u.source} is a ${u.report.year ?? "unknown"} report, not ${base.year ?? "unknown"}; it cannot be summed.`,
        },
      });
    } else if (shapeOf(u.report) !== shapeOf(base)) {
      refused.push({
        source: u.source,
        reason: {
          zh: `${u.source} 的表格版式（${u.report.edition}）与第一个单位（${base.edition}）不同，不能汇总。`,
          en: `${u.source} uses another table edition (${u.report.edition}) than the first unit (${base.edition}); it cannot be summed.`,
        },
      });
    } else accepted.push(u);
  }
  const cells = cellsOf(base);
  const sums = new Float64Array(cells.length);
  for (const u of accepted) {
    const findings = checkReport(u.report);
    units.push({
      source: u.source,
      agency: u.report.agency,
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
      findings,
    });
    const nums = readNumbers(u.report, null);
    for (let i = 0; i < cells.length; i++) sums[i] += nums.get(cells[i].key) ?? 0;
  }
  const values: Record<string, RawValue> = {};
  // Amounts in 万元 carry decimals: round away float noise to 6 places.
  cells.forEach((c, i) => (values[c.key] = Math.round(sums[i] * 1e6) / 1e6));
  const summary: Report = {
    edition: base.edition,
    ...(base.tableEditions ? { tableEditions: { ...base.tableEditions } } : {}),
    year: base.year,
    agency: agency ?? `汇总（${accepted.length}个单位）`,
    values,
    narrative: {},
  };
  return { summary, units, refused };
}
