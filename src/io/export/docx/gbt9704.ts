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

/** Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21 } as const;

/** Body line pitch: exactly 28 pt. The title uses 35 pt. */
export const LINE = { body: 560, title: 700 } as const;

/** One character of 三号 text, in twips (the 两字 first-line indent is two of them). */
export const CHAR = 320;

/** One character of 四号 text: the page number sits this far in from the outside edge. */
export const PAGE_NUMBER_INSET = 280;
