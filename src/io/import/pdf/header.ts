/**
 * Finding a grid table's printed header (表三, 表四) among the pieces of its region: the words right
 * of the first value column that are not values, grouped into occurrences (a header repeated after a
 * page break is a second occurrence), each matched against the official leaf labels. The first
 * match gives the column bounds; every match gives a horizontal zone whose text (the header and the
 * note beside it) is no table row.
 */
import type { GridTableDef, HeaderNode } from "../../../report/types";
import { boundsOf, matchLeaves } from "./columns";
import { wordsIn, type Word } from "./lines";
import { isValuePiece, isValueWord } from "./values";
import { centerX, type Piece } from "./types";

/** Leaf labels left to right, and the labels of the headers spanning them. */
export function headerLabels(def: GridTableDef): { leaves: string[]; spanning: string[] } {
  const leaves: string[] = [];
  const spanning: string[] = [];
  const walk = (nodes: HeaderNode[]) => {
    for (const n of nodes) {
      if (n.children) {
        spanning.push(n.label);
        walk(n.children);
      } else leaves.push(n.label);
    }
  };
  walk(def.header);
  // A caption repeating the title, or the note, may stand over the columns too.
  spanning.push(def.title, ...(def.note ? [def.note] : []));
  return { leaves, spanning };
}

export interface Zone {
  top: number;
  bottom: number;
}

export interface GridHeader {
  /** Column boundaries b0 … bn (see boundsOf). */
  bounds: number[];
  zones: Zone[];
}

const wordTop = (w: Word) => w.y - 0.85 * w.size;
const wordBottom = (w: Word) => w.y + 0.15 * w.size;
const OCCURRENCE_GAP = 2.5;

/** Words grouped by vertical gaps into separate header occurrences. */
function occurrences(words: Word[]): Word[][] {
  const sorted = [...words].sort((a, b) => wordTop(a) - wordTop(b));
  const out: Word[][] = [];
  let bottom = -Infinity;
  for (const w of sorted) {
    if (!out.length || wordTop(w) > bottom + OCCURRENCE_GAP * w.size) out.push([]);
    out[out.length - 1].push(w);
    bottom = Math.max(bottom, wordBottom(w));
  }
  return out;
}

/** The leftmost x of the value words (pieces that are all digits, dashes, separators). */
export function valueLeft(words: Word[]): number {
  let left = Infinity;
  for (const w of words) if (isValueWord(w) && /[\d０-９]/.test(w.text)) left = Math.min(left, w.x);
  return left;
}

export function findHeader(pieces: Piece[], def: GridTableDef): GridHeader | null {
  const { leaves, spanning } = headerLabels(def);
  const words = wordsIn(pieces);
  const left = valueLeft(words);
  const candidates = words.filter((w) => !isValueWord(w) && (left === Infinity || w.right > left));
  let bounds: number[] | null = null;
  const zones: Zone[] = [];
  for (const occ of occurrences(candidates)) {
    const stacks = matchLeaves(occ, leaves, spanning);
    if (!stacks) continue;
    bounds ??= boundsOf(stacks);
    zones.push({
      top: Math.min(...occ.map(wordTop)),
      bottom: Math.max(...occ.map(wordBottom)),
    });
  }
  return bounds ? { bounds, zones } : null;
}

/** Fallback columns when no header matched: the value pieces' x-centres in exactly n clusters. */
export function columnsFromValues(pieces: Piece[], n: number): number[] | null {
  const xs = pieces
    .filter(isValuePiece)
    .map(centerX)
    .sort((a, b) => a - b);
  if (!xs.length) return null;
  const size = Math.max(...pieces.map((p) => p.size));
  const clusters: number[][] = [[xs[0]]];
  for (let i = 1; i < xs.length; i++) {
    if (xs[i] - xs[i - 1] > size) clusters.push([]);
    clusters[clusters.length - 1].push(xs[i]);
  }
  if (clusters.length !== n) return null;
  const lo = clusters.map((c) => c[0]);
  const hi = clusters.map((c) => c[c.length - 1]);
  const mids = lo.slice(1).map((l, k) => (hi[k] + l) / 2);
  return [lo[0] - size, ...mids, Infinity];
}

export const inZone = (zones: Zone[], y: number) => zones.some((z) => y >= z.top && y <= z.bottom);
