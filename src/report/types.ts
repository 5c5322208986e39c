/** Core vocabulary of the report: editions, tables, cells, values, findings. Pure data types. */
import type { Message, Severity } from "./message";
import type { RuleId, SumRuleId } from "./rules";

export type { RuleId, SumRuleId } from "./rules";

export type EditionId = "2019" | "2021";
export type TableNo = 2 | 3 | 4;

/** What a value cell may hold. */
export type ValueKind =
  /** whole number >= 0 */
  | "count"
  /** whole number, may be negative (2019 表二 本年增/减) */
  | "signedCount"
  /** decimal >= 0, in 万元 or as printed */
  | "amount";

/** A node of a table's column header. Leaves are value columns. */
export interface HeaderNode {
  label: string;
  /** Column id, for leaves only. */
  id?: string;
  children?: HeaderNode[];
  /** false when the label is printed but not part of a column's path (表三's 申请人情况). */
  inPath?: boolean;
}

export interface RowDef {
  id: string;
  /** The label exactly as the official edition prints it. */
  label: string;
  /** Printed group label for item rows (e.g. （三）不予公开), shared by consecutive rows. */
  group?: string;
  /** Printed section label spanning rows (表三 三、本年度办理结果). */
  section?: string;
  /** Role in the balancing rules. */
  role?: "new" | "carried" | "result" | "resultTotal" | "carryForward";
}

/** 表二 is a stack of blocks, each with its own columns. */
export interface BlockDef {
  id: string;
  /** e.g. 第二十条第（一）项 */
  heading: string;
  /** Label of the first header cell, 信息内容. */
  rowHeader: string;
  columns: { id: string; label: string; kind: ValueKind }[];
  rows: RowDef[];
}

export interface Table2Def {
  no: 2;
  edition: EditionId;
  title: string;
  blocks: BlockDef[];
}

export interface GridTableDef {
  no: 3 | 4;
  edition: EditionId;
  title: string;
  /** Printed header note over the label columns (表三), if any. */
  note?: string;
  /** Number of label columns to the left of the values (表三: 3, 表四: 0). */
  labelColumns: number;
  header: HeaderNode[];
  rows: RowDef[];
  kind: ValueKind;
}

/** Σ addends = target, per the declaration of a table. */
export interface SumDecl {
  rule: SumRuleId;
  /** Sum along a column (target and addends are row ids) or along a row (column ids). */
  along: "column" | "row";
  target: string;
  addends: string[];
  /** Restrict to these rows / columns (default: all). */
  only?: string[];
}

/** lhs rows = rhs rows in every column (一+二 = 三(七)+四). */
export interface IdentityDecl {
  rule: SumRuleId;
  lhs: string[];
  rhs: string[];
}

/** Within a row: column `small` ≤ column `large` (S-01, S-04); the severity says how sure the rule is. */
export interface PlausibleDecl {
  rule: RuleId;
  table: TableNo;
  rows: string[];
  small: string;
  large: string;
  severity: Severity;
}

/** A 表二 column of this year's or last year's report. */
export interface YearTerm {
  year: "this" | "prev";
  col: string;
}

/**
 * Stock and flow of a 表二 row against last year's report:
 * this year's `stock` = Σ plus − Σ minus, per row.
 */
export interface StockFlowDecl {
  rule: RuleId;
  rows: string[];
  stock: string;
  plus: YearTerm[];
  minus: YearTerm[];
  /** What may explain a difference, told with the finding. */
  caveat?: Message;
}

export interface Edition {
  id: EditionId;
  name: { zh: string; en: string };
  /** Report years this edition is for. */
  years: { from: number; to?: number };
  sections: string[];
  t2: Table2Def;
  t3: GridTableDef;
  t4: GridTableDef;
  sums: { t3: SumDecl[]; t4: SumDecl[] };
  identities: IdentityDecl[];
  /** Plausibility within a row (S-01, S-04). */
  plausible: PlausibleDecl[];
  /** 表二 stock and flow against last year's report of the same edition. */
  stockFlow: StockFlowDecl[];
  /** What sets this edition's tables apart, for L-02's message. */
  structure: Partial<Record<TableNo, Message>>;
}

/** One value cell of an edition, with its stable key and its official labels. */
export interface CellDef {
  key: string;
  table: TableNo;
  rowId: string;
  colId: string;
  /** Official row label ("" for 表四's single row). */
  row: string;
  /** Group label of item rows, if any. */
  group?: string;
  /** Path of official header labels from the top, joined by "/". */
  column: string;
  kind: ValueKind;
  /** The cell is a total of other cells (filled as a formula on request). */
  isTotal: boolean;
}

/** What was typed into a value cell: a number, text as typed, or nothing. */
export type RawValue = number | string | null;

export type SectionId = 1 | 2 | 3 | 4 | 5 | 6;

export interface Report {
  /** Edition the report is held to (by year unless overridden). */
  edition: EditionId;
  year: number | null;
  agency: string;
  title?: string;
  /** Report date as printed, e.g. 2025年1月20日. */
  date?: string;
  /**
   * The paragraph(s) before 一、总体情况 as published (本报告根据…编制，统计期限…，联系方式…); exports
   * draft one from the agency and year when this is blank.
   */
  preface?: string;
  /** The 署名 as published (淮安市人民政府办公室), which may differ from the agency; blank signs with the agency. */
  signer?: string;
  /** Edition of a table whose printed structure differs from the report's edition (imports). */
  tableEditions?: Partial<Record<TableNo, EditionId>>;
  /**
   * Tables an import did not find at all (imports only): their cells are unknown rather than blank,
   * so the checker neither reports them as blank nor computes with them.
   */
  absentTables?: TableNo[];
  /**
   * Cells an import could not read (rows cut off, a row printed with fewer values than columns):
   * unknown like the cells of an absent table, never taken as blank or as 0 (imports only).
   */
  unreadCells?: string[];
  /** Cell key → what was typed. Missing keys read as blank. */
  values: Record<string, RawValue>;
  /** Section number → text. */
  narrative?: Partial<Record<SectionId, string>>;
  /** Heading text as printed per section, when imported. */
  headings?: Partial<Record<SectionId, string>>;
  /** Fee sub-form for section 六 (2021 edition). */
  fees?: { notices?: number; billed?: number; collected?: number };
}

export type { Message, Severity } from "./message";

export interface CellRef {
  key: string;
  table: TableNo;
  row: string;
  column: string;
  group?: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  cells: CellRef[];
  expected?: number | string;
  actual?: number | string;
  message: Message;
  /** LOC-01: this finding is one of so many equally small explanations (absent when it is the only one). */
  alternatives?: number;
}
