/** Import problems in plain words (zh-CN first, en-US alongside). */
import type { TableNo } from "../../report/types";
import type { ImportProblem } from "./types";

export const TABLE_ZH: Record<TableNo, string> = { 2: "表二", 3: "表三", 4: "表四" };
export const TABLE_TITLE_ZH: Record<TableNo, string> = {
  2: "主动公开政府信息情况",
  3: "收到和处理政府信息公开申请情况",
  4: "政府信息公开行政复议、行政诉讼情况",
};

export function problem(where: ImportProblem["where"], zh: string, en: string): ImportProblem {
  return { where, message: { zh, en } };
}

export function at(
  line: number | undefined,
  table?: TableNo,
  row?: string
): ImportProblem["where"] {
  return {
    ...(line !== undefined ? { line } : {}),
    ...(table ? { table } : {}),
    ...(row ? { row } : {}),
  };
}

/** "第12行" / "line 12", or the table and row when there is no line. */
export function placeZh(w: ImportProblem["where"]): string {
  if (w.line !== undefined) return `第${w.line}行`;
  return [w.table ? TABLE_ZH[w.table] : "", w.row ? `“${w.row}”行` : ""].filter(Boolean).join("");
}

export function placeEn(w: ImportProblem["where"]): string {
  if (w.line !== undefined) return `line ${w.line}`;
  return [w.table ? `table ${w.table}` : "", w.row ? `row “${w.row}”` : ""]
    .filter(Boolean)
    .join(", ");
}
