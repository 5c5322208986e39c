/**
 * The geometry the PDF importer works on, independent of pdf.js: text pieces with their position in
 * one top-down coordinate system for the whole document (pages stacked), in points.
 */

/** One run of text as the PDF draws it. */
export interface Piece {
  text: string;
  /** Left edge. */
  x: number;
  /** Baseline, measured downward from the top of the first page (pages stacked). */
  y: number;
  /** Advance width. */
  w: number;
  /** Font size (text height). */
  size: number;
  /** 1-based page number. */
  page: number;
}

/** One page as read from the PDF: its size and its pieces, y measured downward from the page top. */
export interface PdfPage {
  width: number;
  height: number;
  pieces: Piece[];
}

export const right = (p: Piece) => p.x + p.w;
export const centerX = (p: Piece) => p.x + p.w / 2;
/** Glyph box top and bottom, from the baseline (CJK faces sit ~0.85 em above it). */
export const top = (p: Piece) => p.y - 0.85 * p.size;
export const bottom = (p: Piece) => p.y + 0.15 * p.size;
export const centerY = (p: Piece) => p.y - 0.35 * p.size;
