/** GB/T 9704-2012 page and type values in Word units (spec/export.md §1): twips, and half-points for sizes. */

/** A4 as Word writes it (convertMillimetersToTwip floors 210 mm to 11905, so use constants). */
export const PAGE = { width: 11906, height: 16838 } as const;

/** 天头 37 mm, 订口 28 mm; bottom 35 mm and right 26 mm follow from the 156 × 225 mm 版心. */
export const MARGIN = {
  top: 2098,
  bottom: 1984,
  left: 1588,
  right: 1474,
  header: 851,
  footer: 1134,
} as const;

/** Width of the 版心, the width every table takes. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Height of the 版心. */
export const TEXT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom;

/** Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt, 小五 9 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21, tableSmall: 18 } as const;

/** Body line pitch: exactly 28 pt. The title uses 35 pt. */
export const LINE = { body: 560, title: 700 } as const;

/** One character of 三号 text, in twips (the 两字 first-line indent is two of them). */
export const CHAR = 320;

/** One character of 四号 text: the page number sits this far in from the outside edge. */
export const PAGE_NUMBER_INSET = 280;

/** GB/T 9704 5.2.3: 28 characters a line and 22 lines a page in the 版心. */
export const GRID = { charsPerLine: 28, linesPerPage: 22 } as const;

/**
 * The document grid declares 22 lines (type "lines" at the body pitch). 28 characters a line come from
 * condensing 三号 text by this many twips per character (16 pt × 28 is 448 pt, the 版心 442 pt): a
 * "linesAndChars" grid with a negative charSpace does the same in Word, but LibreOffice 7.4 then puts
 * every 16 pt character into two 15.8 pt grid cells and prints the text double-spaced.
 */
export const DOC_GRID = { linePitch: LINE.body } as const;
export const BODY_CHAR_SPACING = Math.floor(TEXT_WIDTH / GRID.charsPerLine - CHAR);

/** Space before each 一、 heading: half a body line. */
export const HEADING_BEFORE = LINE.body / 2;

/** Left and right cell margins of the tables, 0.1 cm each (Word's default 0.19 cm leaves figures too little room). */
export const TABLE_CELL_MARGIN = 57;
/** The cell margins of a table whose figures do not fit at 小五 with the usual ones (0.026 cm). */
export const TABLE_CELL_MARGIN_TIGHT = 15;

/** Exact line pitch of table text by size: 15 pt at 五号, 13 pt at 小五. */
export const TABLE_LINE: Record<number, number> = { [SIZE.table]: 300, [SIZE.tableSmall]: 260 };
