/**
 * 表四 out of a PDF: columns from the header (the five results under 行政复议, 未经复议直接起诉 and
 * 复议后起诉), then the one row of values under it. The header may end one page and the values
 * start the next; a figure wrapped onto a second line is joined.
 */
import { EDITIONS } from "../../../report/editions";
import { tableProblem } from "../tables/problems";
import type { SourceRow } from "../types";
import { columnAt } from "./columns";
import { columnsFromValues, findHeader, headerLabels, inZone } from "./header";
import type { PdfTable } from "./table3";
import { centerX, centerY, type Piece } from "./types";
import { cellText, fragments, valueWordPieces } from "./values";

const DEF = EDITIONS["2021"].t4;
/** How far below the first figure the row's figures may lie (a wrapped figure), in font sizes. */
const ROW_DEPTH = 2.5;

export function readTable4Pdf(pieces: Piece[]): PdfTable {
  const n = headerLabels(DEF).leaves.length;
  const header = findHeader(pieces, DEF);
  const zones = header?.zones ?? [];
  const start = zones.length ? zones[0].top : -Infinity;
  const values = valueWordPieces(pieces).filter(
    (p) => centerY(p) >= start && !inZone(zones, centerY(p))
  );
  const bounds = header?.bounds ?? columnsFromValues(values, n);
  if (!bounds) {
    return {
      rows: [],
      problems: [tableProblem({ kind: "pdfHeaderNotFound", table: 4 })],
    };
  }
  const frs = fragments(values, (p) => columnAt(bounds, centerX(p)));
  if (!frs.length) return { rows: [], problems: [] };
  const size = Math.max(...frs[0].pieces.map((p) => p.size));
  const mine = frs.filter((f) => f.cy <= frs[0].cy + ROW_DEPTH * size);
  const row: SourceRow = {
    exact: true,
    cells: Array.from({ length: n }, (_, k) => {
      const v = cellText(mine.filter((f) => f.col === k));
      return { label: v, value: v, col: k, span: 1 };
    }),
  };
  return { rows: [row], problems: [] };
}
