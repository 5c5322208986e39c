/** Import problems in plain words (zh-CN first, en-US alongside). */
import { TABLE_NAMES } from "../../report/editions/names";
import type { TableNo } from "../../report/types";
import type { ImportProblem } from "./types";

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
  return [w.table ? TABLE_NAMES[w.table].zh : "", w.row ? `“${w.row}”行` : ""]
    .filter(Boolean)
    .join("");
}

export function placeEn(w: ImportProblem["where"]): string {
  if (w.line !== undefined) return `line ${w.line}`;
  return [w.table ? `table ${w.table}` : "", w.row ? `row “${w.row}”` : ""]
    .filter(Boolean)
    .join(", ");
}
