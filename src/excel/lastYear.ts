/**
 * This year's report against last year's: the cross-year findings (X-00..X-04) on this year's cells,
 * and 结转上年数据, which fills 二、上年结转 (t3.carried.*) from last year's 四、结转下年度继续办理
 * (t3.carryForward.*), asking before it overwrites anything typed.
 *
 * Last year's report is a report sheet of this workbook (by key, see reportSheets) or a Report the
 * pane read from a file. Each call is one Excel.run: one read sync, and one write sync when it writes.
 */
import { checkReport, type Finding, type Message, type RawValue, type Report } from "../report";
import {
  a1,
  highlightPlan,
  planCarryOver,
  rectAddress,
  type CarryCell,
  type CarryPlan,
  type Registry,
} from "../sheet";
import { shownByConditionalFormats } from "./check";
import { eventsOff, eventsOn, runWrite } from "./host";
import { cellNow, locationOf, rectNow, valueAreasNow } from "./locate";
import type { ReadResult } from "./read";
import {
  CURRENT_KEY,
  queueRegistry,
  queueReportSheets,
  queueWorkbookState,
  type SheetRead,
} from "./reportSheets";
import type { LocatedFinding } from "./types";

/** Last year's report: a report sheet of this workbook, or one read from a file. */
export type LastYearSource = { key: string } | { report: Report; label: string };

export interface LastYearOptions {
  /** This year's report sheet; default the workbook's own report. */
  thisKey?: string;
}

export type Unavailable = { status: "unavailable"; reason: Message };

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

const CROSS_YEAR = /^X-/;

export function isCrossYear(f: Finding): boolean {
  return CROSS_YEAR.test(f.rule);
}

function located(read: ReadResult, findings: Finding[]): LocatedFinding[] {
  return findings.map((f) => ({ ...f, locations: f.cells.map((c) => locationOf(read, c.key)) }));
}

/** Queue the fills for `findings` on this year's sheet, as checkWorkbook does, with the cross-year ones added. */
function queueHighlights(
  context: Excel.RequestContext,
  read: ReadResult,
  findings: Finding[]
): void {
  if (read.block.protected) return;
  const sheet = context.workbook.worksheets.getItem(read.sheetId);
  for (const area of valueAreasNow(read)) sheet.getRange(area).format.fill.clear();
  for (const h of highlightPlan(findings, read.layout, {
    skip: (f) => shownByConditionalFormats(f, read.report),
  })) {
    const cell = read.layout.byKey[h.key];
    sheet.getRange(rectAddress(rectNow(read, cell.rect))).format.fill.color = h.color;
  }
}

const noReport: Message = {
  zh: "本工作簿还没有报告表格。请先插入表格或导入本年度报告。",
  en: "This workbook has no report tables yet. Insert the tables or import this year's report first.",
};

interface Pair {
  read: ReadResult;
  prev: Report;
  prevLabel: string;
  state: ReturnType<ReturnType<typeof queueReportSheets>>["state"];
}

/** Queue the reads of this year's and last year's sheets; after the sync, the pair or why not. */
function queuePair(
  context: Excel.RequestContext,
  source: LastYearSource,
  opts: LastYearOptions
): () => Pair | Unavailable {
  const thisKey = opts.thisKey ?? CURRENT_KEY;
  const keys = "key" in source ? [thisKey, source.key] : [thisKey];
  const reads = queueReportSheets(context, keys);
  return () => {
    const { state, sheets } = reads();
    const [me, prevSheet] = sheets as [SheetRead, SheetRead | undefined];
    if (!me.read)
      return { status: "unavailable", reason: thisKey === CURRENT_KEY ? noReport : me.problem! };
    if (me.problem) return { status: "unavailable", reason: me.problem };
    if (prevSheet) {
      if (!prevSheet.read || prevSheet.problem)
        return { status: "unavailable", reason: prevSheet.problem! };
      if (
        prevSheet.read.sheetId === me.read.sheetId &&
        prevSheet.read.block.rect.top === me.read.block.rect.top
      )
        return {
          status: "unavailable",
          reason: {
            zh: "上年报告和本年报告是同一张表。",
            en: "Last year's report and this year's are the same sheet.",
          },
        };
      return {
        read: me.read,
        prev: prevSheet.read.report,
        prevLabel: prevSheet.read.sheetName,
        state,
      };
    }
    const fromFile = source as { report: Report; label: string };
    return { read: me.read, prev: fromFile.report, prevLabel: fromFile.label, state };
  };
}

function withLastYear(registry: Registry, thisKey: string, source: LastYearSource): Registry {
  return "key" in source ? { ...registry, lastYear: { of: thisKey, prev: source.key } } : registry;
}

/** One write run: read both reports in one sync, then `body` with the pair (or why there is none). */
function runWithPair<T>(
  source: LastYearSource,
  opts: LastYearOptions,
  body: (context: Excel.RequestContext, p: Pair) => Promise<T>
): Promise<T | Unavailable> {
  return runWrite(async (context) => {
    const pair = queuePair(context, source, opts);
    await context.sync();
    const p = pair();
    if ("status" in p) return p;
    return body(context, p);
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
    queueHighlights(context, p.read, all);
    context.workbook.worksheets.getItem(p.read.sheetId).activate();
    await finishWrite(context, p, source, opts);
    const placed = located(p.read, all);
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

export interface CarryConflict extends CarryCell {
  /** What is typed in this year's 上年结转 now. */
  current: RawValue;
  /** Sheet-qualified address of the cell. */
  address: string;
}

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
    const formulaAt = (key: string) => {
      const c = read.layout.byKey[key];
      const pos = cellNow(read, c.pos);
      const f =
        read.block.formulas[pos.row - read.block.rect.top]?.[pos.col - read.block.rect.left];
      return typeof f === "string" && f.startsWith("=");
    };
    const plan = planCarryOver(read.report, p.prev, formulaAt);
    if (plan.conflicts.length && !opts.overwrite)
      return {
        status: "ask",
        sheetName: read.sheetName,
        conflicts: plan.conflicts.map((c) => ({ ...c, address: locationOf(read, c.key)!.address })),
      };
    const writes: CarryCell[] = [
      ...plan.writes,
      ...plan.conflicts.map(({ key, column, incoming }) => ({ key, column, incoming })),
    ];
    const values = { ...read.report.values };
    for (const w of writes) values[w.key] = w.incoming;
    const after: Report = { ...read.report, values };
    const all = checkReport(after, { prev: p.prev });
    eventsOff(context);
    // Value cells stay unlocked on a protected sheet, so the write needs no unprotect.
    const sheet = context.workbook.worksheets.getItem(read.sheetId);
    for (const w of writes)
      sheet.getRange(a1(cellNow(read, read.layout.byKey[w.key].pos))).values = [[w.incoming]];
    queueHighlights(context, { ...read, report: after }, all);
    // Show what changed: this year's sheet, the 上年结转 row.
    const row = read.layout.cells
      .filter((c) => c.table === 3 && c.rowId === "carried")
      .map((c) => rectNow(read, c.rect));
    sheet.activate();
    if (row.length)
      sheet
        .getRange(
          rectAddress({
            top: row[0].top,
            left: row[0].left,
            bottom: row[0].bottom,
            right: row[row.length - 1].right,
          })
        )
        .select();
    await finishWrite(context, p, source, opts);
    return {
      status: "done",
      sheetName: read.sheetName,
      written: writes,
      unchanged: plan.unchanged,
      skipped: plan.skipped,
      findings: located({ ...read, report: after }, all).filter(isCrossYear),
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
