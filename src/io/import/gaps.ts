/**
 * What an import did not read (rules IMP-01..03), as typed facts, and the one place each is worded
 * (zh-CN and en-US). completeness.ts detects; this table words. The rules' titles and explanations
 * are in the catalogue (report/rules/imports.ts).
 */
import { TABLE_NAMES, TABLE_SUBJECTS } from "../../report/editions/names";
import type { Finding, Message, TableNo } from "../../report/types";
import type { ShortRow } from "./tables/read";

export type ImportGap =
  /** Not found, or found without any value read. */
  | { rule: "IMP-01"; table: TableNo; found: boolean }
  /** Printed again from `line` on. */
  | { rule: "IMP-03"; table: TableNo; line?: number }
  /** Rows missing (their printed names, in order) and rows printed short. */
  | { rule: "IMP-02"; table: TableNo; rows: number; missing: string[]; short: ShortRow[] };

type Of<R extends ImportGap["rule"]> = Extract<ImportGap, { rule: R }>;

const lineZh = (line: number | undefined) => (line !== undefined ? `第${line}行` : "");
const lineEn = (line: number | undefined) => (line !== undefined ? ` at line ${line}` : "");

function missingWords(rows: number, missing: string[]): Message {
  const first = missing[0];
  const last = missing[missing.length - 1];
  const range =
    missing.length === 1
      ? { zh: `“${first}”`, en: `“${first}”` }
      : {
          zh: `“${first}”…“${last}”共 ${missing.length} 行`,
          en: `${missing.length} rows, “${first}” … “${last}”`,
        };
  return {
    zh: `只读到 ${rows - missing.length} 行（应有 ${rows} 行），缺${range.zh}`,
    en: `only ${rows - missing.length} of ${rows} rows were read; missing: ${range.en}`,
  };
}

function shortWords(s: ShortRow): Message {
  const name = s.label ? `“${s.label}”行` : "";
  return {
    zh: `${lineZh(s.line)}${name}只读到 ${s.read} 个数（应有 ${s.expected} 个）`,
    en: `${s.label ? `row “${s.label}”` : "the row"}${lineEn(s.line)} has ${s.read} of ${s.expected} values`,
  };
}

const WORDING: { [R in ImportGap["rule"]]: (g: Of<R>) => Message } = {
  "IMP-01": ({ table, found }) => ({
    zh: `${TABLE_NAMES[table].zh}（${TABLE_SUBJECTS[table].zh}）未读到：${found ? "表格中没有读出任何数值" : "文中没有找到这张表"}；该表未核对。`,
    en: `Table ${table} (${TABLE_SUBJECTS[table].en}) was not read: ${found ? "no value could be read from it" : "it was not found"}; it was not checked.`,
  }),
  "IMP-03": ({ table, line }) => ({
    zh: `${TABLE_NAMES[table].zh}印了两次（${lineZh(line) || "后面"}又出现一份），只读入第一份；请核对两份是否一致。`,
    en: `Table ${table} is printed twice (again${lineEn(line)}); only the first copy was read. Check that the two agree.`,
  }),
  "IMP-02": ({ table, rows, missing, short }) => {
    const parts = [
      ...(missing.length ? [missingWords(rows, missing)] : []),
      ...short.map(shortWords),
    ];
    return {
      zh: `${TABLE_NAMES[table].zh}不完整：${parts.map((p) => p.zh).join("；")}。没读到的格子未核对。`,
      en: `Table ${table} is incomplete: ${parts.map((p) => p.en).join("; ")}. The cells not read were not checked.`,
    };
  },
};

/** The gap as an error finding on no particular cell. */
export function gapFinding(g: ImportGap): Finding {
  const message = (WORDING[g.rule] as (g: ImportGap) => Message)(g);
  return { rule: g.rule, severity: "error", cells: [], message };
}
