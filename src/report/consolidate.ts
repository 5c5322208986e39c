/** Summing the reports of many units (汇总) into one report of the same year and edition. */
import { cellKey, cellsOf, tablesOf } from "./cells";
import { checkReport } from "./check";
import { readNumbers, type Numbers } from "./check/values";
import { editionForYear } from "./editions";
import type { CellDef, EditionId, Finding, Message, RawValue, Report, TableNo } from "./types";

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
  /** How units of different table layouts were summed (the 2019 single （六） row …). */
  notes: Message[];
}

export interface ConsolidateOptions {
  /** The year to sum; default: the year most units have. */
  year?: number;
}

const yearText = (y: number | null, lang: "zh" | "en") =>
  y === null ? (lang === "zh" ? "未知" : "unknown") : String(y);

/** The value most items have (the first of them on a tie). */
function majority<T>(items: T[]): T | undefined {
  const count = new Map<T, number>();
  for (const x of items) count.set(x, (count.get(x) ?? 0) + 1);
  let best: T | undefined;
  for (const x of items) if (best === undefined || count.get(x)! > count.get(best)!) best = x;
  return best;
}

const t2Of = (r: Report) => r.tableEditions?.[2] ?? r.edition;
const t3Of = (r: Report) => r.tableEditions?.[3] ?? r.edition;

/**
 * Units of the year (given, or the majority's) and its edition are summed; another year, another
 * edition or 表二 layout, or the same agency and year a second time is refused with the reason. A
 * unit whose 表三 uses the other edition's （六） layout is summed at the group: when any unit prints
 * the single （六）其他处理 row, so does the summary, with a note. Cells that cannot be read as numbers
 * count as 0 in the sum and show in that unit's findings.
 */
export function consolidate(
  inputs: UnitInput[],
  agency?: string,
  options: ConsolidateOptions = {}
): Consolidation {
  const refused: Refusal[] = [];
  const units: UnitSummary[] = [];
  const notes: Message[] = [];
  if (!inputs.length) return { summary: null, units, refused, notes };
  const year =
    options.year ?? majority(inputs.map((u) => u.report.year).filter((y) => y !== null)) ?? null;
  const ofYear = inputs.filter((u) => u.report.year === year);
  const edition: EditionId =
    year !== null
      ? editionForYear(year)
      : (majority(ofYear.map((u) => u.report.edition)) ?? inputs[0].report.edition);
  const t2 = majority(
    ofYear.filter((u) => u.report.edition === edition).map((u) => t2Of(u.report))
  );
  const accepted: UnitInput[] = [];
  const seen = new Map<string, string>();
  const refuse = (source: string, zh: string, en: string) =>
    refused.push({ source, reason: { zh, en } });
  for (const u of inputs) {
    const r = u.report;
    const unitKey = r.agency.trim() ? `${r.agency.trim()}|${r.year}` : null;
    if (r.year !== year) {
      refuse(
        u.source,
        `${u.source} 是 ${yearText(r.year, "zh")} 年度的报告，与 ${yearText(year, "zh")} 年度不同，不能汇总。`,
        `${u.source} is a ${yearText(r.year, "en")} report, not ${yearText(year, "en")}; it cannot be summed.`
      );
    } else if (unitKey && seen.has(unitKey)) {
      const first = seen.get(unitKey)!;
      refuse(
        u.source,
        `${u.source} 与 ${first} 是同一单位（${r.agency}）同一年度的报告，不能重复汇总。`,
        `${u.source} and ${first} are both ${r.agency}'s report for ${yearText(r.year, "en")}; a unit cannot be summed twice.`
      );
    } else if (r.edition !== edition) {
      refuse(
        u.source,
        `${u.source} 按 ${r.edition} 版式填报，而 ${yearText(year, "zh")} 年度应使用 ${edition} 版式，不能汇总。`,
        `${u.source} follows the ${r.edition} edition, but ${yearText(year, "en")} reports use the ${edition} edition; it cannot be summed.`
      );
    } else if (t2Of(r) !== t2) {
      refuse(
        u.source,
        `${u.source} 的表二是 ${t2Of(r)} 版式，其他单位是 ${t2} 版式，栏目不同，不能汇总。`,
        `${u.source} prints table 2 in the ${t2Of(r)} layout, the other units in the ${t2} layout; it cannot be summed.`
      );
    } else {
      if (unitKey) seen.set(unitKey, u.source);
      accepted.push(u);
    }
  }
  if (!accepted.length) return { summary: null, units, refused, notes };
  // 表三: the 2019 single （六） row wins when any unit prints it (the sub-rows add up to it).
  const singleOther = accepted.filter((u) => t3Of(u.report) === "2019" && edition === "2021");
  const t3 = singleOther.length ? "2019" : edition;
  const tableEditions: Partial<Record<TableNo, EditionId>> = {
    ...(t2 !== edition ? { 2: t2 } : {}),
    ...(t3 !== edition ? { 3: t3 } : {}),
  };
  const shape = { edition, ...(Object.keys(tableEditions).length ? { tableEditions } : {}) };
  if (singleOther.length && singleOther.length < accepted.length) {
    const names = singleOther.map((u) => u.source).join("、");
    notes.push({
      zh: `${names} 的表三“（六）其他处理”只印一行（2019年版式），汇总表的（六）按一行合计，其他单位的三个分项相加计入。`,
      en: `${singleOther.map((u) => u.source).join(", ")} print（六）其他处理 of table 3 as one row (2019 layout); the summary sums （六） as one row, adding up the other units' three sub-rows.`,
    });
  }
  const cells = cellsOf(shape);
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
    const read = groupReader(u.report, readNumbers(u.report, null));
    for (let i = 0; i < cells.length; i++) sums[i] += read(cells[i]);
  }
  const values: Record<string, RawValue> = {};
  // Amounts in 万元 carry decimals: round away float noise to 6 places.
  cells.forEach((c, i) => (values[c.key] = Math.round(sums[i] * 1e6) / 1e6));
  const summary: Report = {
    ...shape,
    year,
    agency: agency ?? `汇总（${accepted.length}个单位）`,
    values,
    narrative: {},
  };
  return { summary, units, refused, notes };
}

/**
 * A summary cell's value in one unit: the unit's own cell, or, for a row the unit prints as a group
 * of sub-rows (（六）其他处理 1./2./3.), the sum of the group's cells in that column.
 */
function groupReader(report: Report, nums: Numbers): (cell: CellDef) => number {
  const own = new Set(cellsOf(report).map((c) => c.key));
  const rows = tablesOf(report).t3.rows;
  return (cell) => {
    if (own.has(cell.key) || cell.table !== 3) return nums.get(cell.key) ?? 0;
    let s = 0;
    for (const r of rows)
      if (r.group === cell.row) s += nums.get(cellKey(3, r.id, cell.colId)) ?? 0;
    return s;
  };
}
