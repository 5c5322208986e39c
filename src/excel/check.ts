/**
 * checkWorkbook: read the report (one read sync), check it with the core checker, and colour the cells
 * of findings that the sheet's own conditional formats cannot show (one write sync).
 *
 * When the report was compared with last year's sheet (compareWithLastYear), that sheet is read in the
 * same read sync and the cross-year findings (X-00..X-04) are kept: listed, and coloured orange.
 */
import { checkReport, type Finding, type Report } from "../report";
import {
  fillChanges,
  highlightPlan,
  normalizeFill,
  rectAddress,
  wantedFills,
  type FillChange,
  type FillState,
} from "../sheet";
import { queueSnapshot } from "./find";
import { eventsOff, eventsOn, runWrite } from "./host";
import { queueLastYearName, queueLinkedPrev } from "./prevLink";
import { locateReport, namesLostProblem, type ReadResult } from "./read";
import { locationOf, rectNow } from "./locate";
import { rememberedFills, rememberFills, rememberGrid } from "./sheetMemory";
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

/** The fill each value cell has now: read from the sheet where the host can, else as last written. */
function fillsNow(read: ReadResult): FillState | null {
  const grid = read.block.fills;
  if (!grid) return rememberedFills(read.sheetId);
  const have: FillState = new Map();
  const { top, left } = read.block.rect;
  for (const c of read.layout.cells) {
    const r = rectNow(read, c.rect);
    have.set(c.key, normalizeFill(grid[r.top - top]?.[r.left - left]));
  }
  return have;
}

/** The highlight fills that change (none when nothing does), and the state they lead to. */
function highlightChanges(
  read: ReadResult,
  findings: Finding[]
): { want: FillState; changes: FillChange[] } {
  const plan = highlightPlan(findings, read.layout, {
    skip: (f) => shownByConditionalFormats(f, read.report),
  });
  const want = wantedFills(plan, read.layout);
  return { want, changes: fillChanges(want, fillsNow(read)) };
}

function queueFills(context: Excel.RequestContext, read: ReadResult, changes: FillChange[]): void {
  const sheet = context.workbook.worksheets.getItem(read.sheetId);
  for (const ch of changes) {
    const cell = read.layout.byKey[ch.key];
    // eslint-disable-next-line office-addins/load-object-before-read -- navigation to write, nothing read
    const fill = sheet.getRange(rectAddress(rectNow(read, cell.rect))).format.fill;
    if (ch.color === null) fill.clear();
    else fill.color = ch.color;
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

export interface CheckOptions {
  /**
   * The report as checked, from the report as read: the pane adds the 正文 view's text here, so that
   * the findings list the narrative findings the export's pre-check lists.
   */
  withText?: (report: Report) => Report;
}

/**
 * Check the report on the workbook. One read sync; a write sync only when a highlight or the last-year
 * name must change, so that typing a figure that changes no finding leaves the user's undo alone.
 */
export async function checkWorkbook(options: CheckOptions = {}): Promise<CheckResult> {
  return runWrite(
    async (context) => {
      const snapshot = queueSnapshot(context, { probe: "", fills: true });
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
        return {
          kind: "damaged",
          sheetName: read.sheetName,
          problems: shownProblems(read.problems),
        };
      const last = linked();
      const prev = prevFor(read.report, last.prev);
      const report = options.withText ? options.withText(read.report) : read.report;
      const findings: LocatedFinding[] = checkReport(report, prev ? { prev } : {}).map((f) => ({
        ...f,
        locations: f.cells.map((c) => locationOf(read, c.key)),
      }));
      rememberGrid(read.sheetId, read.block.rect, read.block.formulas);
      // A protected sheet may refuse formatting; the findings are still listed in the pane.
      if (!read.block.protected) {
        // The cells are painted for what the tables say; the narrative's findings are listed only.
        const painted = options.withText
          ? checkReport(read.report, prev ? { prev } : {})
          : findings;
        const { want, changes } = highlightChanges(read, painted);
        if (changes.length > 0 || last.want !== last.have) {
          eventsOff(context);
          queueFills(context, read, changes);
          // A link stored before its fixed name existed (or gone stale): repaired for the next check.
          queueLastYearName(context, last.want, last.have);
          eventsOn(context);
          await context.sync();
        }
        rememberFills(read.sheetId, want);
      }
      return {
        kind: "checked",
        sheetName: read.sheetName,
        report: read.report,
        findings,
        problems: shownProblems(read.problems),
        ...(prev && last.prevSheetName ? { lastYear: { sheetName: last.prevSheetName } } : {}),
      };
    },
    { undoGroup: true }
  );
}
