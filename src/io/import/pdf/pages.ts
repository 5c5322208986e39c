/**
 * Pages → one top-down stream of pieces: each page's pieces shifted below the previous pages, so a
 * page break is only more vertical space, after removing page furniture: page numbers (“- 3 -”,
 * “— 3 —”, “第3页”, “3/5”) and lines repeated at the same place on several pages, both only in the
 * outer tenth of the page. A bare number near the page edge is kept when other text is close to it
 * (it may be a figure of a table row).
 */
import { foldGlyphs } from "./glyphs";
import { groupLines, type Line } from "./lines";
import type { PdfPage, Piece } from "./types";

const EDGE = 0.1;
const DASH = "-—–－‒―~～";
const PAGE_NUMBER = new RegExp(
  `^[${DASH}\\s]*(?:第\\s*\\d+\\s*页(?:\\s*[,，/／]?\\s*共\\s*\\d+\\s*页)?|\\d+\\s*[/／]\\s*\\d+|\\d+)[${DASH}\\s]*$`
);
const BARE_NUMBER = /^\s*\d+\s*$/;
const SAME_PLACE = 3;

function inMargin(l: Line, page: PdfPage): boolean {
  return l.y < page.height * EDGE + l.size || l.y > page.height * (1 - EDGE);
}

/** A running header or footer says something: figures alone may be a table row at a page top. */
const WORDY = /[^\d\s\p{P}\p{S}]/u;

/** The shape of a running header or footer, digits folded (“第 3 页” and “第 4 页” are one). */
const shape = (l: Line) => `${Math.round(l.y / SAME_PLACE)}|${l.text.replace(/\d+/g, "#")}`;

function isPageNumber(l: Line, lines: Line[]): boolean {
  if (!PAGE_NUMBER.test(l.text)) return false;
  if (!BARE_NUMBER.test(l.text)) return true;
  // A bare number: a page number only when nothing else is near.
  return !lines.some((o) => o !== l && Math.abs(o.y - l.y) < 2.5 * Math.max(o.size, l.size));
}

/** Lines of each page, with furniture removed. */
export function pageLines(pages: PdfPage[]): Line[][] {
  const perPage = pages.map((p) => groupLines(p.pieces));
  const seen = new Map<string, number>();
  perPage.forEach((lines, i) => {
    for (const l of new Set(lines.filter((l) => inMargin(l, pages[i])).map(shape)))
      seen.set(l, (seen.get(l) ?? 0) + 1);
  });
  return perPage.map((lines, i) =>
    lines.filter(
      (l) =>
        !inMargin(l, pages[i]) ||
        !(
          isPageNumber(l, lines) ||
          (pages.length > 1 && WORDY.test(l.text) && (seen.get(shape(l)) ?? 0) >= 2)
        )
    )
  );
}

/** All pieces in one coordinate system, pages stacked top to bottom, furniture removed, glyphs folded. */
export function stackPages(pages: PdfPage[]): Piece[] {
  const kept = pageLines(pages);
  const out: Piece[] = [];
  let offset = 0;
  pages.forEach((page, i) => {
    for (const line of kept[i])
      for (const p of line.pieces) out.push({ ...p, text: foldGlyphs(p.text), y: p.y + offset });
    offset += page.height;
  });
  return out;
}
