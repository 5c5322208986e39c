/**
 * 检查结果's work: the check (over the tables and the 正文 view's text), watching the tables, going to
 * a cell, and the writes its fixes make. The Excel layer is loaded on first use (see state/excelApi).
 */
import type { CellWrite, CheckResult, LocatedFinding, Unsubscribe } from "../../../excel";
import type { Report, TableNo } from "../../../report/types";
import { loadExcel } from "../../state/excelApi";

/**
 * The 正文 view's text added to the report checked, so that narrative findings show here as in the
 * export's pre-check. Loaded with the Excel layer, not in the first download.
 */
async function narrativeText(): Promise<(report: Report) => Report> {
  const [{ currentNarrative }, { reportWithNarrative }] = await Promise.all([
    import(/* webpackChunkName: "excel" */ "../narrative/current"),
    import(/* webpackChunkName: "excel" */ "../narrative/model"),
  ]);
  // Only looks: the 正文 view's unsaved edits are not saved by a check (that would change the workbook again).
  const narrative = await currentNarrative({ flush: false }).catch(() => null);
  return (report) => reportWithNarrative(report, narrative);
}

export async function checkNow(): Promise<CheckResult> {
  const [{ checkWorkbook }, withText] = await Promise.all([loadExcel(), narrativeText()]);
  return checkWorkbook({ withText });
}

/** Calls `changed` whenever the report tables change; rejects on hosts without events (ExcelApi < 1.7). */
export async function watchTables(changed: () => void): Promise<Unsubscribe> {
  const { onTablesChanged } = await loadExcel();
  return onTablesChanged(changed);
}

export async function goToCell(address: string): Promise<void> {
  const { selectCell } = await loadExcel();
  await selectCell(address);
}

export async function writeCells(writes: CellWrite[]): Promise<void> {
  const { writeValues } = await loadExcel();
  await writeValues(writes);
}

/**
 * The single cell and value a LOC-01 finding proposes, or null: a pair, a cell not on the sheet, or one
 * of several equally likely cells (offering a click there would present a guess as the answer).
 */
export function fixOf(f: LocatedFinding): { address: string; to: number; from: string } | null {
  if (f.rule !== "LOC-01" || f.cells.length !== 1 || typeof f.expected !== "number") return null;
  if ((f.alternatives ?? 1) > 1) return null;
  const loc = f.locations[0];
  return loc ? { address: loc.address, to: f.expected, from: String(f.actual ?? "") } : null;
}

/** Sheet addresses of the blank cells among the findings (each once). */
export function blankTargets(findings: LocatedFinding[]): string[] {
  const out = new Set<string>();
  for (const f of findings)
    if (f.rule === "ALL-02" && f.locations[0]) out.add(f.locations[0].address);
  return [...out];
}

/** The tables that have blank cells, in order. */
export function blankTables(findings: LocatedFinding[]): TableNo[] {
  const tables = new Set(findings.filter((f) => f.rule === "ALL-02").map((f) => f.cells[0]?.table));
  return [...tables].filter((n): n is TableNo => n === 2 || n === 3 || n === 4).sort();
}
