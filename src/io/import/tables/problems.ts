/**
 * What reading a table can find wrong, as typed facts, and the one place each kind is worded
 * (zh-CN and en-US) and placed. The readers detect; this table words.
 */
import { EDITIONS, TABLE_NAMES } from "../../../report/editions";
import type { EditionId, Message, TableNo } from "../../../report/types";
import { T3_GROUP_LABELS } from "../../../report/editions/table3";
import { at } from "../problems";
import type { ImportProblem } from "../types";

export type TableIssue =
  /** A 表二 block heading the edition has no block for. */
  | { kind: "blockNotInEdition"; line?: number; heading: string; edition: EditionId }
  /** Label text that names no row (a wrapped piece left over, or a stray line). */
  | { kind: "notARowLabel"; table: TableNo; line?: number; text: string }
  | { kind: "unlabelledValues"; table: TableNo; line?: number }
  /** 表三 prints （六）其他处理 both as one row (2019) and with sub-rows (2021). */
  | { kind: "bothLayouts" }
  | { kind: "pdfHeaderNotFound"; table: TableNo };

type Kind = TableIssue["kind"];
type Of<K extends Kind> = Extract<TableIssue, { kind: K }>;

const OTHER_ZH = T3_GROUP_LABELS.other;

const WHERE: { [K in Kind]: (p: Of<K>) => ImportProblem["where"] } = {
  blockNotInEdition: (p) => at(p.line, 2, p.line === undefined ? p.heading : undefined),
  notARowLabel: (p) => at(p.line, p.table, p.line === undefined ? p.text : undefined),
  unlabelledValues: (p) => at(p.line, p.table),
  bothLayouts: () => at(undefined, 3, OTHER_ZH),
  pdfHeaderNotFound: (p) => ({ table: p.table }),
};

const WORDING: { [K in Kind]: (p: Of<K>) => Message } = {
  blockNotInEdition: ({ heading, edition }) => ({
    zh: `表二“${heading}”不属于${EDITIONS[edition].name.zh}，该栏目未导入。`,
    en: `Table 2 block “${heading}” is not part of the ${EDITIONS[edition].name.en}; its rows were not imported.`,
  }),
  notARowLabel: ({ table, text }) => ({
    zh: `${TABLE_NAMES[table].zh}中的“${text}”不是表格的行标签，已跳过。`,
    en: `“${text}” in table ${table} is not a row label of the table; skipped.`,
  }),
  unlabelledValues: ({ table }) => ({
    zh: `${TABLE_NAMES[table].zh}中有一行数值没有行标签，未导入。`,
    en: `A row of values in table ${table} has no row label; it was not imported.`,
  }),
  bothLayouts: () => ({
    zh: `表三“${OTHER_ZH}”既印成一行又印有分项，只按多数的版式读入。`,
    en: `Table 3 prints ${OTHER_ZH} both as one row and with sub-rows; only the majority layout was read.`,
  }),
  pdfHeaderNotFound: ({ table }) => ({
    zh: `PDF 中${TABLE_NAMES[table].zh}的表头未能识别，无法确定各列的位置。`,
    en: `The header of table ${table} in the PDF was not recognised; its columns could not be placed.`,
  }),
};

/** The issue as an import problem: where it is and what it says. */
export function tableProblem(p: TableIssue): ImportProblem {
  const where = (WHERE[p.kind] as (p: TableIssue) => ImportProblem["where"])(p);
  return { where, message: (WORDING[p.kind] as (p: TableIssue) => Message)(p) };
}
