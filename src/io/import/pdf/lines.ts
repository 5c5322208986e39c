/**
 * Pieces → lines and words. A line is the pieces whose baselines lie within ~0.35 × font size; a
 * word is a run of neighbouring pieces on a line with gaps under ~0.25 × font size (justified text
 * and per-glyph output put small gaps inside words, table cells put larger ones between them).
 */
import { right, type Piece } from "./types";

const SAME_LINE = 0.35;
const SAME_WORD = 0.25;

export interface Line {
  pieces: Piece[];
  /** Baseline of the line's first piece. */
  y: number;
  size: number;
  x: number;
  right: number;
  page: number;
  text: string;
}

export interface Word {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  page: number;
  pieces: Piece[];
}

const ASCII_WORD = /[A-Za-z0-9]$/;
const ASCII_START = /^[A-Za-z0-9]/;

/** Pieces in reading order joined; a space only where two Latin/number runs stand apart. */
export function joinPieces(pieces: Piece[]): string {
  let out = "";
  let prev: Piece | null = null;
  for (const p of pieces) {
    if (
      prev &&
      p.x - right(prev) > SAME_WORD * Math.min(p.size, prev.size) &&
      ASCII_WORD.test(out) &&
      ASCII_START.test(p.text)
    )
      out += " ";
    out += p.text;
    prev = p;
  }
  return out;
}

function makeLine(pieces: Piece[]): Line {
  const sorted = [...pieces].sort((a, b) => a.x - b.x);
  return {
    pieces: sorted,
    y: pieces[0].y,
    size: Math.max(...pieces.map((p) => p.size)),
    x: sorted[0].x,
    right: Math.max(...sorted.map(right)),
    page: pieces[0].page,
    text: joinPieces(sorted),
  };
}

/** Lines top to bottom; pieces of a line left to right. */
export function groupLines(pieces: Piece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  let cur: Piece[] = [];
  let anchor: Piece | null = null;
  for (const p of sorted) {
    if (
      anchor &&
      p.page === anchor.page &&
      p.y - anchor.y <= SAME_LINE * Math.min(p.size, anchor.size)
    ) {
      cur.push(p);
      continue;
    }
    if (cur.length) lines.push(makeLine(cur));
    cur = [p];
    anchor = p;
  }
  if (cur.length) lines.push(makeLine(cur));
  return lines;
}

/**
 * Words of one line (pieces sorted by x). `breakBefore` may force a new word at a piece (a row
 * marker such as （一） or 1. starts a cell even when it follows closely).
 */
export function wordsOf(pieces: Piece[], breakBefore?: (p: Piece) => boolean): Word[] {
  const words: Word[] = [];
  let cur: Piece[] = [];
  const flush = () => {
    if (!cur.length) return;
    words.push({
      text: joinPieces(cur),
      x: cur[0].x,
      right: Math.max(...cur.map(right)),
      y: cur[0].y,
      size: Math.max(...cur.map((p) => p.size)),
      page: cur[0].page,
      pieces: cur,
    });
    cur = [];
  };
  for (const p of pieces) {
    const last = cur[cur.length - 1];
    if (last && (p.x - right(last) > SAME_WORD * Math.min(p.size, last.size) || breakBefore?.(p)))
      flush();
    cur.push(p);
  }
  flush();
  return words;
}

/** Words of a set of pieces, line by line. */
export function wordsIn(pieces: Piece[]): Word[] {
  return groupLines(pieces).flatMap((l) => wordsOf(l.pieces));
}
