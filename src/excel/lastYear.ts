/**
 * This year's report against last year's: the cross-year findings (X-00..X-04) on this year's cells,
 * and 结转上年数据, which fills 二、上年结转 (t3.carried.*) from last year's 四、结转下年度继续办理
 * (t3.carryForward.*), asking before it overwrites anything typed (src/sheet/lastYearPair.ts decides).
 *
 * Last year's report is a report sheet of this workbook (by key, see reportSheets) or a Report the
 * pane read from a file. Each call is one Excel.run: one read sync, and one write sync when it writes.
 */
import { checkReport } from "../report";
import {
  CURRENT_KEY,
  carryOverStep,
  isCrossYear,
  locatedNow,
  pairKeys,
  withLastYear,
  yearPairOf,
  type CarryCell,
  type CarryConflict,
  type CarryPlan,
  type LastYearSource,
  type LocatedFinding,
  type Unavailable,
  type WorkbookState,
  type YearPair,
} from "../sheet";
import { queueHighlightFills } from "./highlightFills";
import { eventsOff, eventsOn, runWrite } from "./host";
import { queueRegistry, queueReportSheets, queueWorkbookState } from "./reportSheets";

export type { CarryConflict, LastYearSource } from "../sheet";

export interface LastYearOptions {
  /** This year's report sheet; default the workbook's own report. */
  thisKey?: string;
}

export type CrossYearResult =
  | Unavailable
  | {
      status: "checked";
      sheetName: string;
      /** Last year's sheet name, or the file's label. */
      prevLabel: string;
      /** The cross-year findings only (X-00..X-04), on this year's cells. */
      findings: LocatedFinding[];
      /** Every finding with last year's report given (what the highlights show). */
      all: LocatedFinding[];
    };

type Pair = YearPair & { state: WorkbookState };

/** One write run: read both reports in one sync, then `body` with the pair (or why there is none). */
function runWithPair<T>(
  source: LastYearSource,
  opts: LastYearOptions,
  body: (context: Excel.RequestContext, p: Pair) => Promise<T>
): Promise<T | Unavailable> {
  const thisKey = opts.thisKey ?? CURRENT_KEY;
  return runWrite(async (context) => {
    const reads = queueReportSheets(context, pairKeys(thisKey, source));
    await context.sync();
    const { state, sheets } = reads();
    const pair = yearPairOf(sheets, thisKey, source);
    if ("status" in pair) return pair;
    return body(context, { ...pair, state });
  });
}

/** Store the last-year link, switch events back on, and sync the queued writes. */
async function finishWrite(
  context: Excel.RequestContext,
  p: Pair,
  source: LastYearSource,
  opts: LastYearOptions
): Promise<void> {
  queueRegistry(
    context,
    p.state,
    withLastYear(p.state.registry, opts.thisKey ?? CURRENT_KEY, source)
  );
  eventsOn(context);
  await context.sync();
}

/**
 * Check this year's report against last year's: the cross-year findings, and every finding coloured on
 * this year's sheet (the cross-year ones orange). Two syncs: read both, write the fills.
 */
export async function compareWithLastYear(
  source: LastYearSource,
  opts: LastYearOptions = {}
): Promise<CrossYearResult> {
  return runWithPair(source, opts, async (context, p) => {
    const all = checkReport(p.read.report, { prev: p.prev });
    eventsOff(context);
    // Every value cell written (the state is not read here) and remembered for the next check.
    queueHighlightFills(context, p.read, all, null);
    context.workbook.worksheets.getItem(p.read.sheetId).activate();
    await finishWrite(context, p, source, opts);
    const placed = locatedNow(p.read, all);
    return {
      status: "checked",
      sheetName: p.read.sheetName,
      prevLabel: p.prevLabel,
      findings: placed.filter(isCrossYear),
      all: placed,
    };
  });
}

// ---- 结转上年数据 ----

export type CarryOverResult =
  | Unavailable
  /** Nothing written: these typed values would be overwritten. Ask, then call again with overwrite. */
  | { status: "ask"; sheetName: string; conflicts: CarryConflict[] }
  | {
      status: "done";
      sheetName: string;
      /** Cells filled. */
      written: CarryCell[];
      unchanged: CarryCell[];
      skipped: CarryPlan["skipped"];
      /** The cross-year findings after the carry-over. */
      findings: LocatedFinding[];
    };

export interface CarryOverOptions extends LastYearOptions {
  /** The user agreed to overwrite the conflicting values (asked in the pane first). */
  overwrite?: boolean;
}

/**
 * 结转上年数据. One read sync; when nothing typed would be overwritten (or `overwrite`), one write sync
 * that fills the cells and colours the findings as compareWithLastYear does.
 */
export async function carryOverFromLastYear(
  source: LastYearSource,
  opts: CarryOverOptions = {}
): Promise<CarryOverResult> {
  return runWithPair(source, opts, async (context, p) => {
    const { read } = p;
    const step = carryOverStep(read, p.prev, opts.overwrite ?? false);
    if (step.action === "ask")
      return { status: "ask", sheetName: read.sheetName, conflicts: step.conflicts };
    const all = checkReport(step.after, { prev: p.prev });
    eventsOff(context);
    // Value cells stay unlocked on a protected sheet, so the write needs no unprotect.
    const sheet = context.workbook.worksheets.getItem(read.sheetId);
    for (const t of step.targets) sheet.getRange(t.cell).values = [[t.value]];
    queueHighlightFills(context, { ...read, report: step.after }, all, null);
    // Show what changed: this year's sheet, the 上年结转 row.
    sheet.activate();
    if (step.select) sheet.getRange(step.select).select();
    await finishWrite(context, p, source, opts);
    return {
      status: "done",
      sheetName: read.sheetName,
      written: step.writes,
      unchanged: step.plan.unchanged,
      skipped: step.plan.skipped,
      findings: locatedNow(read, all).filter(isCrossYear),
    };
  });
}

/** The last-year link stored by the last comparison with a sheet (to preselect it in the pane). One sync. */
export async function readLastYearLink(): Promise<{ of: string; prev: string } | null> {
  return Excel.run(async (context) => {
    const state = queueWorkbookState(context);
    await context.sync();
    return state().registry.lastYear ?? null;
  });
}
