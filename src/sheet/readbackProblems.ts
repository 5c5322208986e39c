/**
 * What reading a report block back can find wrong with its structure or values, as typed facts, and
 * the one place each kind is worded (zh-CN and en-US) and given its severity.
 */
import { TABLE_NAMES } from "../report/editions/names";
import type { Message, Severity, TableNo } from "../report/types";

export type ProblemKind =
  | "empty"
  | "tableDamaged"
  | "rowDeleted"
  | "rowInserted"
  | "label"
  | "tableMoved"
  | "mergeMissing"
  | "mergeUnexpected"
  | "textNumber"
  | "totalNotFormula";

export interface SheetProblem {
  kind: ProblemKind;
  severity: Severity;
  table: TableNo | null;
  /** Where to look, in sheet A1 terms (where the cell is now, when rows moved). */
  address?: string;
  expected?: string;
  actual?: string;
  message: Message;
}

/** A table row as a message names it: the caption row, or its 1-based row with the labels on it. */
export type RowName = { caption: string } | { row: number; labels: string[] };

/** A problem as detected: its kind and the facts the message is made from. */
export type SheetFact =
  | { kind: "empty" }
  | { kind: "rowDeleted"; table: TableNo; address: string; expected: string; name: RowName }
  | { kind: "rowInserted"; table: TableNo; address: string; after: number; sheetRow: number }
  | { kind: "label"; table: TableNo; address: string; expected: string; actual: string }
  /** Label problems past the number listed one by one. */
  | { kind: "moreLabels"; table: TableNo; count: number }
  | { kind: "tableMoved"; table: TableNo; address: string; shift: number; sheetRow: number }
  | { kind: "mergeMissing"; table: TableNo; address: string; label: string | null }
  | { kind: "mergeUnexpected"; table: TableNo; address: string }
  | {
      kind: "tableDamaged";
      table: TableNo;
      address: string;
      title: string;
      /** Counts of what was found, by kind; 0 (or false) for a kind not among the errors. */
      deleted: number;
      inserted: number;
      labels: number;
      mergesSplit: boolean;
    }
  | { kind: "textNumber"; table: TableNo; address: string; actual: string }
  | { kind: "totalNotFormula"; table: TableNo; address: string };

type FactKind = SheetFact["kind"];
type Of<K extends FactKind> = Extract<SheetFact, { kind: K }>;

const tz = (t: TableNo) => TABLE_NAMES[t].zh;
const quote = (s: string) => (s === "" ? "（空白）" : `“${s}”`);

function rowNameWords(n: RowName): Message {
  if ("caption" in n)
    return { zh: `标题行（“${n.caption}”）`, en: `the caption row (“${n.caption}”)` };
  const what = n.labels.length ? `“${n.labels.join("”“")}”` : "数据行";
  return {
    zh: `第${n.row}行（${what}）`,
    en: `row ${n.row} (${n.labels.length ? n.labels.join(" / ") : "the data row"})`,
  };
}

function damageWords(f: Of<"tableDamaged">): Message {
  const zh = [
    f.deleted ? `删除了 ${f.deleted} 行` : "",
    f.inserted ? `插入了 ${f.inserted} 行` : "",
    f.labels ? `${f.labels} 处标签被改动` : "",
    f.mergesSplit ? "合并单元格被拆开" : "",
  ].filter(Boolean);
  const en = [
    f.deleted ? `${f.deleted} row(s) deleted` : "",
    f.inserted ? `${f.inserted} row(s) inserted` : "",
    f.labels ? `${f.labels} label(s) changed` : "",
    f.mergesSplit ? "merged cells split" : "",
  ].filter(Boolean);
  return {
    zh: `${tz(f.table)}（${f.title}）的格式被改动：${zh.join("，")}。请撤销修改或重新插入表格，否则数据可能读错位置。`,
    en: `Table ${f.table} (${f.title}) has been altered: ${en.join(", ")}. Undo the change or insert the table again, or values may be read from the wrong cells.`,
  };
}

const WORDING: { [K in FactKind]: (f: Of<K>) => Message } = {
  empty: () => ({
    zh: "读取到的区域是空的，找不到报告表格。",
    en: "The area read is empty; the report tables are not there.",
  }),
  tableDamaged: damageWords,
  rowDeleted: (f) => {
    const name = rowNameWords(f.name);
    return {
      zh: `${tz(f.table)}${name.zh}被删除了。`,
      en: `Table ${f.table}: ${name.en} has been deleted.`,
    };
  },
  rowInserted: (f) => ({
    zh: `${tz(f.table)}第${f.after}行之后多出了一行（工作表第${f.sheetRow + 1}行）。`,
    en: `Table ${f.table}: an extra row after row ${f.after} (sheet row ${f.sheetRow + 1}).`,
  }),
  label: (f) => ({
    zh: `${f.address} 应为${quote(f.expected)}，现为${quote(f.actual)}。`,
    en: `${f.address} must read “${f.expected}” but reads ${f.actual === "" ? "(blank)" : `“${f.actual}”`}.`,
  }),
  moreLabels: (f) => ({
    zh: `${tz(f.table)}另有 ${f.count} 处标签不符（可能插入或删除了列）。`,
    en: `Table ${f.table}: ${f.count} more labels differ (a column may have been inserted or deleted).`,
  }),
  tableMoved: (f) => ({
    zh: `${tz(f.table)}整体${f.shift > 0 ? "下移" : "上移"}了 ${Math.abs(f.shift)} 行（现从第${f.sheetRow + 1}行开始），已按新位置读取。`,
    en: `Table ${f.table} has moved ${f.shift > 0 ? "down" : "up"} by ${Math.abs(f.shift)} row(s) (it now starts at row ${f.sheetRow + 1}); read from there.`,
  }),
  mergeMissing: (f) => ({
    zh: `${f.address} 应合并为一格${f.label !== null ? `（${quote(f.label)}）` : "（填数格）"}，现在没有合并。`,
    en: `${f.address} must be one merged cell${f.label !== null ? ` (“${f.label}”)` : " (an input cell)"} but is not merged.`,
  }),
  mergeUnexpected: (f) => ({
    zh: `${tz(f.table)}中 ${f.address} 多出了合并单元格。`,
    en: `Table ${f.table}: ${f.address} is merged but should not be.`,
  }),
  textNumber: (f) => ({
    zh: `${f.address} 中的“${f.actual}”是以文本形式存放的数字，表格里的公式不会把它算进去；请重新输入为数字。`,
    en: `${f.address} holds “${f.actual}” as text; the sheet's formulas do not count it. Re-enter it as a number.`,
  }),
  totalNotFormula: (f) => ({
    zh: `${f.address} 原为自动求和公式，现在是手填的数，不会随分项自动更新。`,
    en: `${f.address} was a SUM formula and now holds a typed number; it no longer follows its parts.`,
  }),
};

/** Structure damage is an error (values may be read from the wrong cells); the rest only warn or inform. */
const SEVERITY: Record<FactKind, Severity> = {
  empty: "error",
  tableDamaged: "error",
  rowDeleted: "error",
  rowInserted: "error",
  label: "error",
  moreLabels: "error",
  tableMoved: "info",
  mergeMissing: "warning",
  mergeUnexpected: "warning",
  textNumber: "info",
  totalNotFormula: "info",
};

export function severityOf(f: SheetFact): Severity {
  return SEVERITY[f.kind];
}

export function sheetMessage(f: SheetFact): Message {
  return (WORDING[f.kind] as (f: SheetFact) => Message)(f);
}

/** The fact as the problem callers see: kind, severity, where, and the message. */
export function sheetProblem(f: SheetFact): SheetProblem {
  return {
    kind: f.kind === "moreLabels" ? "label" : f.kind,
    severity: SEVERITY[f.kind],
    table: "table" in f ? f.table : null,
    ...("address" in f ? { address: f.address } : {}),
    ...("expected" in f ? { expected: f.expected } : {}),
    ...("actual" in f ? { actual: f.actual } : {}),
    message: sheetMessage(f),
  };
}
