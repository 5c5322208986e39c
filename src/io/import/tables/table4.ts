/** 表四: the header rows (复议 / 诉讼 groups) and the one unlabelled row of 15 values. */
import { cellKey, leafColumns } from "../../../report/cells";
import { EDITIONS } from "../../../report/editions";
import { T4_HEADER } from "../labels/vocabulary";
import type { SourceRow } from "../types";
import { HeaderReader } from "./header";
import { cellsAfter, emptyRead, splitRow, storeRow, type TableRead } from "./read";
import { extractValues } from "./values";

const COLUMNS = leafColumns(EDITIONS["2021"].t4.header).map((c) => c.id);
const ROW = EDITIONS["2021"].t4.rows[0].id;

export function readTable4(rows: SourceRow[]): TableRead {
  const out = emptyRead(4);
  out.found = rows.length > 0;
  const header = new HeaderReader(4, T4_HEADER);
  const valueRows: SourceRow[] = [];
  for (const row of rows) {
    const { labels, values } = splitRow(row);
    if (values === 0 && labels.length > 0) header.feed(row);
    else if (values > 0 || row.cells.length >= COLUMNS.length) valueRows.push(row);
  }
  const rowsOfValues = joinWrapped(valueRows);
  rowsOfValues.forEach((row, i) => {
    if (i > 0) {
      // A second row of 15 values: 表四 printed twice.
      out.duplicate ??= { line: row.line };
      return;
    }
    // A leading label (some pages print one, e.g. 件数) is not part of the values; text cells
    // among the 15 values are.
    const { labels } = splitRow(row);
    const filled = row.cells.filter((c) => c.value !== "").length;
    const lead =
      labels.length && row.cells[0] === labels[0] && filled > COLUMNS.length ? labels[0] : null;
    const after = cellsAfter(row, lead);
    const ex = extractValues(after, COLUMNS.length, header.leafCols(COLUMNS), row.exact);
    storeRow(
      out,
      COLUMNS.map((col) => cellKey(4, ROW, col)),
      ex,
      "",
      row.line
    );
  });
  out.deviations.push(...header.deviations);
  return out;
}

/** The 15 values wrapped over several lines of a text copy read as one row. */
function joinWrapped(rows: SourceRow[]): SourceRow[] {
  const out: SourceRow[] = [];
  const filledOf = (r: SourceRow) => r.cells.filter((c) => c.value !== "").length;
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last && !row.exact && !last.exact && filledOf(last) + filledOf(row) <= COLUMNS.length) {
      const filled = row.cells.filter((c) => c.value !== "");
      const base = last.cells.length;
      out[out.length - 1] = {
        ...last,
        cells: [...last.cells, ...filled.map((c, k) => ({ ...c, col: base + k }))],
      };
    } else out.push(row);
  }
  return out;
}
