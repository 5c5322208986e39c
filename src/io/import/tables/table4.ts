/** 表四: the header rows (复议 / 诉讼 groups) and the one unlabelled row of 15 values. */
import { cellKey, leafColumns } from "../../../report/cells";
import { EDITIONS } from "../../../report/editions";
import { T4_HEADER } from "../labels/vocabulary";
import { at, problem } from "../problems";
import type { SourceRow } from "../types";
import { HeaderReader } from "./header";
import { cellsAfter, emptyRead, splitRow, type TableRead } from "./read";
import { extractValues, toRaw } from "./values";

const COLUMNS = leafColumns(EDITIONS["2021"].t4.header).map((c) => c.id);
const ROW = EDITIONS["2021"].t4.rows[0].id;

export function readTable4(rows: SourceRow[]): TableRead {
  const out = emptyRead(4);
  out.found = rows.length > 0;
  const header = new HeaderReader(4, T4_HEADER);
  let done = false;
  for (const row of rows) {
    const { labels, values } = splitRow(row);
    if (values === 0 && labels.length > 0) {
      header.feed(row);
      continue;
    }
    if (values === 0 && row.cells.length < COLUMNS.length) continue;
    if (done) {
      out.problems.push(
        problem(
          at(row.line, 4),
          "表四有多于一行的数值，只读入第一行。",
          "Table 4 has more than one row of values; only the first was read."
        )
      );
      continue;
    }
    // A leading label (some pages print one, e.g. 件数) is not part of the values; text cells
    // among the 15 values are.
    const filled = row.cells.filter((c) => c.value !== "").length;
    const lead =
      labels.length && row.cells[0] === labels[0] && filled > COLUMNS.length ? labels[0] : null;
    const after = cellsAfter(row, lead);
    const ex = extractValues(after, COLUMNS.length, header.leafCols(COLUMNS), row.exact);
    if (!ex.values || ex.short) {
      out.problems.push(
        problem(
          at(row.line, 4),
          `表四只有 ${ex.partial.length} 个数，应有 ${COLUMNS.length} 个；已按从左到右读入，缺的格子记为空白，请核对。`,
          `Table 4 has ${ex.partial.length} values where ${COLUMNS.length} are expected; read left to right, the missing cells are blank. Please check.`
        )
      );
    }
    const vals =
      ex.values ??
      [...ex.partial, ...Array<string>(COLUMNS.length).fill("")].slice(0, COLUMNS.length);
    COLUMNS.forEach((col, k) => (out.values[cellKey(4, ROW, col)] = toRaw(vals[k])));
    done = true;
  }
  out.deviations.push(...header.deviations);
  return out;
}
