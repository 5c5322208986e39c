/**
 * What an export starts from: the report read from the workbook's tables, with the text of the 正文 view
 * (saved first), and the check over exactly that report. The check only counts; the export gets the
 * report as read, never a corrected one.
 */
import { readReport } from "../../excel";
import type { ReportProblem } from "../../excel";
import { checkReport } from "../../report/check";
import type { Finding, Report } from "../../report/types";
import { currentNarrative } from "../narrative/current";
import { reportWithNarrative } from "../narrative/model";

export interface Prepared {
  report: Report;
  findings: Finding[];
  errors: number;
  warnings: number;
  /** The tables could not be read cleanly (a label overwritten, rows deleted). */
  problems: ReportProblem[];
}

/** Null when the workbook holds no report tables. */
export async function prepareExport(): Promise<Prepared | null> {
  const narrative = await currentNarrative();
  const read = await readReport();
  if (!read) return null;
  const report = reportWithNarrative(read.report, narrative);
  const findings = checkReport(report);
  return {
    report,
    findings,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    problems: read.problems.filter((p) => p.severity === "error"),
  };
}

/** Open items that make the pane ask before exporting. */
export function openCount(p: Prepared): number {
  return p.errors + p.warnings + p.problems.length;
}
