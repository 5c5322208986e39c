/**
 * importToWorkbook: a published report (text, HTML or JSON) onto a new report sheet, its tables filled
 * with the values as printed and checked. A report that cannot be read never reaches Excel: the result
 * carries the importer's problems (line, table, row) and nothing is written.
 *
 * One Excel.run, two syncs: one read (sheet names, names, the registry), one write.
 */
import {
  importReport,
  isReadable,
  whyUnreadable,
  type ImportProblem,
  type ImportResult,
} from "../io/import";
import { checkReport, type Finding, type Report } from "../report";
import { locateIn, type Lang } from "../sheet";
import { eventsOff, runWrite } from "./host";
import { queueNewReportSheet, queueWorkbookState, showNewSheet } from "./reportSheets";
import type { LocatedFinding } from "./types";

export interface ImportSheetOptions {
  /** Language of the sheet's validation messages and name comments. */
  lang?: Lang;
  /** Make it the workbook's own report; default only when the workbook has none. */
  asCurrent?: boolean;
  /** Sheet name to start from; default `${agency}${year}`. */
  sheetName?: string;
}

export type ImportSheetResult =
  | {
      status: "unreadable";
      format: ImportResult["format"];
      /** What could not be read and where (line, table, row). */
      problems: ImportProblem[];
    }
  | {
      status: "imported";
      format: ImportResult["format"];
      /** The new sheet and the key to read it back (readReportSheets). */
      sheetName: string;
      key: string;
      /** It became the workbook's own report. */
      current: boolean;
      report: Report;
      /** Label deviations the importer found (L-01 …), placed on the new sheet. */
      importFindings: LocatedFinding[];
      /** The checker's findings on the values as printed. */
      findings: LocatedFinding[];
      /** What the importer could not read but did not stop the import (a missing row, a missing table). */
      problems: ImportProblem[];
    };

export { isReadable };

function unreadable(r: ImportResult): ImportSheetResult {
  return { status: "unreadable", format: r.format, problems: whyUnreadable(r) };
}

/** Write an import's report to a new sheet (the import already done). */
export async function writeImported(
  result: ImportResult,
  fileName: string | undefined,
  opts: ImportSheetOptions = {}
): Promise<ImportSheetResult> {
  if (!isReadable(result)) return unreadable(result);
  const report = result.report;
  const findings: Finding[] = checkReport(report);
  return runWrite(async (context) => {
    const state = queueWorkbookState(context);
    await context.sync();
    const st = state();
    eventsOff(context);
    const { queued, registry } = queueNewReportSheet(context, st, {
      report,
      kind: "import",
      ...(fileName ? { source: fileName } : {}),
      ...(opts.sheetName ? { baseName: opts.sheetName } : {}),
      findings,
      lang: opts.lang ?? "zh",
      ...(opts.asCurrent !== undefined ? { asCurrent: opts.asCurrent } : {}),
    });
    await showNewSheet(context, st, registry, queued.sheet);
    return {
      status: "imported",
      format: result.format,
      sheetName: queued.sheetName,
      key: queued.key,
      current: queued.current,
      report,
      importFindings: locateIn(result.findings, queued.sheetName, queued.layout),
      findings: locateIn(findings, queued.sheetName, queued.layout),
      problems: result.problems,
    };
  });
}

/** Import a published report's text onto a new sheet. No Excel call at all when it cannot be read. */
export async function importToWorkbook(
  content: string,
  fileName?: string,
  opts: ImportSheetOptions = {}
): Promise<ImportSheetResult> {
  return writeImported(importReport(content, fileName), fileName, opts);
}
