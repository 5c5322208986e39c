/**
 * checkWorkbook: read the report (one read sync), check it with the core checker, and colour the cells
 * of findings that the sheet's own conditional formats cannot show (one write sync).
 *
 * When the report was compared with last year's sheet (compareWithLastYear), that sheet is read in the
 * same read sync and the cross-year findings (X-00..X-04) are kept: listed, and coloured orange.
 */
import { checkReport, type Finding, type Report } from "../report";
import { highlightPlan, rectAddress } from "../sheet";
import { queueSnapshot } from "./find";
import { eventsOff, eventsOn, runWrite } from "./host";
import { queueLastYearName, queueLinkedPrev } from "./prevLink";
import { locateReport, namesLostProblem, type ReadResult } from "./read";
import { locationOf, rectNow, valueAreasNow } from "./locate";
import type { CheckResult, LocatedFinding, ReportProblem } from "./types";

const BALANCE = /^T[34]-/;

/**
 * True when the sheet's conditional formats already colour this finding: a balancing rule over cells
 * that all hold numbers or nothing (text switches the formula off), and values that break ALL-01.
 * Blank cells (ALL-02) are not coloured at all: a new table would be all amber; the pane lists them.
 */
export function shownByConditionalFormats(f: Finding, report: Report): boolean {
  if (f.rule === "ALL-02") return true;
  if (f.rule === "ALL-01") return true;
  if (BALANCE.test(f.rule))
    return f.cells.every((c) => {
      const v = report.values[c.key];
      return v === null || v === undefined || typeof v === "number";
    });
  return false;
}

/** Problems worth showing: a table that merely moved is read from its new place, nothing to say. */
function shownProblems(problems: ReportProblem[]): ReportProblem[] {
  return problems.filter((p) => p.kind !== "tableMoved");
}

export function isDamaged(read: ReadResult): boolean {
  return read.problems.some((p) => p.severity === "error");
}

/** Queue the highlight fills on the report's sheet: clear every value cell, colour the flagged ones. */
function queueHighlights(
  context: Excel.RequestContext,
  read: ReadResult,
  findings: Finding[]
): void {
  const sheet = context.workbook.worksheets.getItem(read.sheetId);
  for (const area of valueAreasNow(read)) sheet.getRange(area).format.fill.clear();
  for (const h of highlightPlan(findings, read.layout, {
    skip: (f) => shownByConditionalFormats(f, read.report),
  })) {
    const cell = read.layout.byKey[h.key];
    sheet.getRange(rectAddress(rectNow(read, cell.rect))).format.fill.color = h.color;
  }
}

/**
 * Last year's report, unless it is plainly not last year's: both years known and not a year apart (the
 * link outlived the report it was made for, e.g. the next year's tables were inserted since).
 */
export function prevFor(report: Report, prev: Report | null): Report | null {
  if (!prev) return null;
  if (report.year !== null && prev.year !== null && prev.year !== report.year - 1) return null;
  return prev;
}

/** Check the report on the workbook. At most one read sync and one write sync. */
export async function checkWorkbook(): Promise<CheckResult> {
  return runWrite(async (context) => {
    const snapshot = queueSnapshot(context, { probe: "" });
    const linked = queueLinkedPrev(context);
    await context.sync();
    const snap = snapshot();
    const read = locateReport(snap);
    if (!read) {
      if (snap.meta)
        return {
          kind: "damaged",
          sheetName: snap.meta.sheet.name,
          problems: [namesLostProblem(snap.meta)],
        };
      return { kind: "noReport" };
    }
    if (isDamaged(read))
      return { kind: "damaged", sheetName: read.sheetName, problems: shownProblems(read.problems) };
    const last = linked();
    const prev = prevFor(read.report, last.prev);
    const findings: LocatedFinding[] = checkReport(read.report, prev ? { prev } : {}).map((f) => ({
      ...f,
      locations: f.cells.map((c) => locationOf(read, c.key)),
    }));
    // A protected sheet may refuse formatting; the findings are still listed in the pane.
    if (!read.block.protected) {
      eventsOff(context);
      queueHighlights(context, read, findings);
      // A link stored before its fixed name existed (or gone stale): repaired for the next check.
      queueLastYearName(context, last.want, last.have);
      eventsOn(context);
      await context.sync();
    }
    return {
      kind: "checked",
      sheetName: read.sheetName,
      report: read.report,
      findings,
      problems: shownProblems(read.problems),
      ...(prev && last.prevSheetName ? { lastYear: { sheetName: last.prevSheetName } } : {}),
    };
  });
}
