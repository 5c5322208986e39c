/**
 * Value pieces and cell fragments. A value cell may arrive in pieces (“70”+“5” in two fonts,
 * “4068”+“.”+“208”), with separators (“517,645”), in full-width digits, as a dash, or with a unit
 * (“251000元”); the pieces of one cell on one line are joined as printed and the checker reads them.
 */
import { groupLines, wordsIn, type Word } from "./lines";
import { isBareItemMarker } from "./markers";
import { centerY, type Piece } from "./types";

const VALUE_PIECE = /^[\s\d０-９,，.．+\-−－—–―/／%％]+[元万件个次条项]*$/;
const VALUE_TEXT = /[\d０-９]|^[-−－—–―/／]+$/;

/** A piece that can be (part of) a value cell. */
export const isValuePiece = (p: Piece) => VALUE_PIECE.test(p.text);

export interface Fragment {
  text: string;
  /** Vertical centre. */
  cy: number;
  /** Column index. */
  col: number;
  pieces: Piece[];
}

/**
 * The value fragments of some pieces: pieces placed in columns by x-centre (`column` returns −1
 * outside every column), joined per column and line. A fragment without a digit or dash (a stray
 * “.”) is dropped.
 */
export function fragments(pieces: Piece[], column: (p: Piece) => number): Fragment[] {
  const byCol = new Map<number, Piece[]>();
  for (const p of pieces) {
    const c = column(p);
    if (c < 0) continue;
    (byCol.get(c) ?? byCol.set(c, []).get(c)!).push(p);
  }
  const out: Fragment[] = [];
  for (const [col, ps] of byCol) {
    for (const line of groupLines(ps)) {
      const text = line.pieces
        .map((p) => p.text)
        .join("")
        .trim();
      if (!VALUE_TEXT.test(text)) continue;
      const cy = line.pieces.reduce((s, p) => s + centerY(p), 0) / line.pieces.length;
      out.push({ text, cy, col, pieces: line.pieces });
    }
  }
  return out.sort((a, b) => a.cy - b.cy || a.col - b.col);
}

/** The text of one cell from its fragments (a number wrapped onto two lines is joined). */
export function cellText(frs: Fragment[]): string {
  return [...frs]
    .sort((a, b) => a.cy - b.cy)
    .map((f) => f.text)
    .join("");
}

/** A word that is a value: digits, separators, dashes (not a “1.” of a label). */
export function isValueWord(w: Word): boolean {
  const t = w.text.trim();
  return w.pieces.every(isValuePiece) && VALUE_TEXT.test(t) && !isBareItemMarker(t);
}

/** Pieces of the words that are values. */
export function valueWordPieces(pieces: Piece[]): Piece[] {
  return wordsIn(pieces)
    .filter(isValueWord)
    .flatMap((w) => w.pieces);
}
