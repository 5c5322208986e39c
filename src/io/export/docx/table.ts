/**
 * A printed table grid as a Word table. Every grid position is written: a cell merged down several
 * rows is a vMerge "restart" followed by "continue" cells with the same gridSpan, which is what Word
 * needs (OOXML has no row-span count). Header rows repeat on each page; no row splits across pages.
 */
import {
  AlignmentType,
  LineRuleType,
  type Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from "docx";
import { fitPrinted, safeBreaks } from "../fit";
import type { GridCell, TableGrid } from "../layout";
import type { DocxFonts } from "./fonts";
import {
  SIZE,
  TABLE_CELL_MARGIN as CELL_MARGIN,
  TABLE_CELL_MARGIN_TIGHT as CELL_MARGIN_TIGHT,
  TABLE_LINE,
  TEXT_WIDTH,
} from "./gbt9704";
import { OffGridParagraph } from "./offGrid";
import { run } from "./text";

/** Column widths in twips, summing exactly to the 版心 width. */
export function columnTwips(widths: number[], total = TEXT_WIDTH): number[] {
  const sum = widths.reduce((s, w) => s + w, 0);
  const out = widths.map((w) => Math.round((w / sum) * total));
  out[out.length - 1] += total - out.reduce((s, w) => s + w, 0);
  return out;
}

/**
 * A cell's paragraph. Labels carry their line breaks (fit.ts's safeBreaks at the cell's width), so
 * Word and LibreOffice print the same lines and none leaves a single character alone.
 */
function cellParagraph(
  c: GridCell | null,
  fonts: DocxFonts,
  valueSize: number,
  textWidth: number
): Paragraph {
  const align = c && c.role === "rowLabel" ? AlignmentType.LEFT : AlignmentType.CENTER;
  const size = c?.role === "value" ? valueSize : SIZE.table;
  const lines = !c
    ? []
    : c.role === "value"
      ? [c.text]
      : safeBreaks(c.text, textWidth / (SIZE.table * 10));
  return new OffGridParagraph({
    alignment: align,
    spacing: { line: TABLE_LINE[size], lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: lines.map((l, i) => run(l, fonts.table, size, fonts.latin, i > 0)),
  });
}

export function docxTable(grid: TableGrid, fonts: DocxFonts, fit = fitPrinted(grid)): Table {
  const cols = columnTwips(fit.widths);
  const valueSize = fit.shrunk ? SIZE.tableSmall : SIZE.table;
  const margin = fit.tight ? CELL_MARGIN_TIGHT : CELL_MARGIN;
  const nRows = grid.rows.length;
  // Which origin cell covers each grid position.
  const cover: (GridCell | undefined)[][] = Array.from({ length: nRows }, () => Array(cols.length));
  for (const row of grid.rows)
    for (const c of row)
      for (let r = c.row; r < c.row + c.rowSpan; r++)
        for (let k = c.col; k < c.col + c.colSpan; k++) cover[r][k] = c;

  const rows = cover.map((line, r) => {
    const cells: TableCell[] = [];
    for (let k = 0; k < cols.length;) {
      const c = line[k];
      if (!c) throw new Error(`table ${grid.no}: grid position (${r}, ${k}) is not covered`);
      const origin = c.row === r;
      const width = cols.slice(c.col, c.col + c.colSpan).reduce((s, w) => s + w, 0);
      cells.push(
        new TableCell({
          width: { size: width, type: WidthType.DXA },
          ...(c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
          ...(c.rowSpan > 1
            ? { verticalMerge: origin ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }
            : {}),
          verticalAlign: VerticalAlignTable.CENTER,
          children: [cellParagraph(origin ? c : null, fonts, valueSize, width - 2 * margin)],
        })
      );
      k += c.colSpan;
    }
    return new TableRow({
      children: cells,
      cantSplit: true,
      ...(r < grid.headerRows ? { tableHeader: true } : {}),
      ...(grid.keepWithNext[r] ? { keepNext: true } : {}),
    });
  });

  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: {
      top: 0,
      bottom: 0,
      left: margin,
      right: margin,
      marginUnitType: WidthType.DXA,
    },
  });
}
