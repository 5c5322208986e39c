/**
 * This year's report and last year's, from the sheets as read: the pair to compare (or why there is
 * none), the registry link the comparison stores, and what 结转上年数据 writes.
 */
import type { Message, RawValue, Report } from "../report";
import { a1, rectAddress } from "./a1";
import { planCarryOver, type CarryCell, type CarryPlan } from "./carryOver";
import { cellNow, locationOf, rectNow } from "./located";
import type { Registry } from "./registry";
import type { ReadResult } from "./reportRead";
import { CURRENT_KEY, type SheetRead } from "./workbookReports";

/** Last year's report: a report sheet of this workbook, or one read from a file. */
export type LastYearSource = { key: string } | { report: Report; label: string };

export type Unavailable = { status: "unavailable"; reason: Message };

export interface YearPair {
  read: ReadResult;
  prev: Report;
  /** Last year's sheet name, or the file's label. */
  prevLabel: string;
}

const noReport: Message = {
  zh: "本工作簿还没有报告表格。请先插入表格或导入本年度报告。",
  en: "This workbook has no report tables yet. Insert the tables or import this year's report first.",
};

const sameSheet: Message = {
  zh: "上年报告和本年报告是同一张表。",
  en: "Last year's report and this year's are the same sheet.",
};

/** The keys to read for the pair: this year's sheet, and last year's when it is a sheet. */
export function pairKeys(thisKey: string, source: LastYearSource): string[] {
  return "key" in source ? [thisKey, source.key] : [thisKey];
}

/** The pair from the sheets read for pairKeys (in that order), or why it cannot be compared. */
export function yearPairOf(
  sheets: SheetRead[],
  thisKey: string,
  source: LastYearSource
): YearPair | Unavailable {
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
      return { status: "unavailable", reason: sameSheet };
    return { read: me.read, prev: prevSheet.read.report, prevLabel: prevSheet.read.sheetName };
  }
  const fromFile = source as { report: Report; label: string };
  return { read: me.read, prev: fromFile.report, prevLabel: fromFile.label };
}

/** The registry with the comparison's link stored (a file leaves it as it is). */
export function withLastYear(
  registry: Registry,
  thisKey: string,
  source: LastYearSource
): Registry {
  return "key" in source ? { ...registry, lastYear: { of: thisKey, prev: source.key } } : registry;
}

export interface CarryConflict extends CarryCell {
  /** What is typed in this year's 上年结转 now. */
  current: RawValue;
  /** Sheet-qualified address of the cell. */
  address: string;
}

export type CarryOverStep =
  /** Typed values would be overwritten: ask first. */
  | { action: "ask"; conflicts: CarryConflict[] }
  | {
      action: "write";
      plan: CarryPlan;
      /** Cells filled. */
      writes: CarryCell[];
      /** The same, as the A1 cell each value goes to now. */
      targets: { cell: string; value: number }[];
      /** This year's report after the writes. */
      after: Report;
      /** The 上年结转 row where it is now, to show the user; null when the layout has none. */
      select: string | null;
    };

/** 结转上年数据: what to write into this year's 上年结转, or the typed values to ask about first. */
export function carryOverStep(read: ReadResult, prev: Report, overwrite: boolean): CarryOverStep {
  const formulaAt = (key: string) => {
    const pos = cellNow(read, read.layout.byKey[key].pos);
    const f = read.block.formulas[pos.row - read.block.rect.top]?.[pos.col - read.block.rect.left];
    return typeof f === "string" && f.startsWith("=");
  };
  const plan = planCarryOver(read.report, prev, formulaAt);
  if (plan.conflicts.length && !overwrite)
    return {
      action: "ask",
      conflicts: plan.conflicts.map((c) => ({ ...c, address: locationOf(read, c.key)!.address })),
    };
  const cells: CarryCell[] = [
    ...plan.writes,
    ...plan.conflicts.map(({ key, column, incoming }) => ({ key, column, incoming })),
  ];
  const values = { ...read.report.values };
  for (const w of cells) values[w.key] = w.incoming;
  const row = read.layout.cells
    .filter((c) => c.table === 3 && c.rowId === "carried")
    .map((c) => rectNow(read, c.rect));
  return {
    action: "write",
    plan,
    writes: cells,
    targets: cells.map((w) => ({
      cell: a1(cellNow(read, read.layout.byKey[w.key].pos)),
      value: w.incoming,
    })),
    after: { ...read.report, values },
    select: row.length
      ? rectAddress({
          top: row[0].top,
          left: row[0].left,
          bottom: row[0].bottom,
          right: row[row.length - 1].right,
        })
      : null,
  };
}
