/**
 * What a check shows where: which findings the sheet's own conditional formats already colour (the
 * rest get a fill), which fills must change, which problems are worth a word, and whether a linked
 * report is last year's.
 */
import type { Finding, Report } from "../report";
import { highlightPlan, type Highlight } from "./highlight";
import {
  fillChanges,
  normalizeFill,
  wantedFills,
  type FillChange,
  type FillState,
} from "./highlightDiff";
import type { SheetLayout } from "./layout";
import { rectNow } from "./located";
import type { ReadResult, ReportProblem } from "./reportRead";

const BALANCE = /^T[34]-/;
const CROSS_YEAR = /^X-/;

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

/** The fills to paint for `findings` on a sheet showing `report`: those its conditional formats do not show. */
export function sheetHighlights(
  findings: Finding[],
  layout: SheetLayout,
  report: Report
): Highlight[] {
  return highlightPlan(findings, layout, { skip: (f) => shownByConditionalFormats(f, report) });
}

export function isCrossYear(f: Finding): boolean {
  return CROSS_YEAR.test(f.rule);
}

/** Problems worth showing: a table that merely moved is read from its new place, nothing to say. */
export function shownProblems(problems: ReportProblem[]): ReportProblem[] {
  return problems.filter((p) => p.kind !== "tableMoved");
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

/** The fill each value cell has now, as read with the block; null when the host did not read fills. */
export function fillsRead(read: ReadResult): FillState | null {
  const grid = read.block.fills;
  if (!grid) return null;
  const have: FillState = new Map();
  const { top, left } = read.block.rect;
  for (const c of read.layout.cells) {
    const r = rectNow(read, c.rect);
    have.set(c.key, normalizeFill(grid[r.top - top]?.[r.left - left]));
  }
  return have;
}

/** The highlight fills that change from `have` (none when nothing does), and the state they lead to. */
export function highlightChanges(
  read: ReadResult,
  findings: Finding[],
  have: FillState | null
): { want: FillState; changes: FillChange[] } {
  const want = wantedFills(sheetHighlights(findings, read.layout, read.report), read.layout);
  return { want, changes: fillChanges(want, have) };
}
