/**
 * Column bounds of a table from its printed header. Spanning headers (申请人情况, 行政复议 …) are
 * removed; the remaining words are stacked by horizontal overlap (社会/公益/组织 arrive as three
 * lines); stacks are matched in order to the official leaf labels, neighbouring stacks merged when
 * only their text together matches (总|计). A boundary lies in the middle of the gap between two
 * neighbouring header texts, not halfway between their centres: left-aligned cells sit at the very
 * left of a wide header.
 */
import { printed, similarity } from "../labels/match";
import { withoutSpaces } from "../labels/normalize";
import type { Word } from "./lines";

const LEAF_FLOOR = 0.6;
const MAX_MERGE = 3;

export interface Stack {
  x: number;
  right: number;
  text: string;
  words: Word[];
}

/** Words that are (part of) a spanning header and of no leaf label. */
function isSpanning(w: Word, spanning: string[], leaves: string[]): boolean {
  const t = withoutSpaces(w.text);
  if (!t) return true;
  if (leaves.some((l) => l.includes(t))) return false;
  return spanning.some((s) => s.includes(t) || similarity(printed(t), printed(s)) >= 0.8);
}

export function stacksOf(words: Word[]): Stack[] {
  const stacks: Stack[] = [];
  for (const w of [...words].sort((a, b) => a.x - b.x)) {
    const width = w.right - w.x;
    const s = stacks.find(
      (s) => Math.min(s.right, w.right) - Math.max(s.x, w.x) > 0.3 * Math.min(width, s.right - s.x)
    );
    if (s) {
      s.words.push(w);
      s.x = Math.min(s.x, w.x);
      s.right = Math.max(s.right, w.right);
    } else stacks.push({ x: w.x, right: w.right, text: "", words: [w] });
  }
  for (const s of stacks) {
    s.words.sort((a, b) => a.y - b.y || a.x - b.x);
    s.text = withoutSpaces(s.words.map((w) => w.text).join(""));
  }
  return stacks.sort((a, b) => a.x - b.x);
}

function merged(stacks: Stack[]): Stack {
  return {
    x: Math.min(...stacks.map((s) => s.x)),
    right: Math.max(...stacks.map((s) => s.right)),
    text: stacks.map((s) => s.text).join(""),
    words: stacks.flatMap((s) => s.words),
  };
}

/** The header stacks matched to the leaves in order, or null when some leaf is not found. */
export function matchLeaves(words: Word[], leaves: string[], spanning: string[]): Stack[] | null {
  const stacks = stacksOf(words.filter((w) => !isSpanning(w, spanning, leaves)));
  const out: Stack[] = [];
  let i = 0;
  for (const leaf of leaves) {
    let found: { s: Stack; used: number } | null = null;
    for (let start = i; start < stacks.length && !found; start++) {
      let best: { s: Stack; used: number; sim: number } | null = null;
      for (let n = 1; n <= MAX_MERGE && start + n <= stacks.length; n++) {
        const s = merged(stacks.slice(start, start + n));
        const sim = similarity(printed(s.text), printed(leaf));
        if (sim >= LEAF_FLOOR && (!best || sim > best.sim)) best = { s, used: start + n, sim };
      }
      if (best) found = best;
    }
    if (!found) return null;
    out.push(found.s);
    i = found.used;
  }
  return out;
}

/**
 * Boundaries b0 < b1 < … < bn of n columns: b0 the left edge of the first column (everything left
 * of it is the label area), bn the right edge of the last.
 */
export function boundsOf(stacks: Stack[]): number[] {
  const n = stacks.length;
  const mids: number[] = [];
  for (let k = 1; k < n; k++) {
    const a = stacks[k - 1];
    const b = stacks[k];
    mids.push(b.x >= a.right ? (a.right + b.x) / 2 : (a.x + a.right + b.x + b.right) / 4);
  }
  const firstGap = n > 1 ? Math.max(0, mids[0] - stacks[0].right) : 0;
  const lastGap = n > 1 ? Math.max(0, stacks[n - 1].x - mids[n - 2]) : 0;
  return [stacks[0].x - firstGap, ...mids, stacks[n - 1].right + Math.max(lastGap, 1e6)];
}

/** Index of the column holding x, or −1. */
export function columnAt(bounds: number[], x: number): number {
  if (x < bounds[0]) return -1;
  for (let k = 1; k < bounds.length; k++) if (x < bounds[k]) return k - 1;
  return -1;
}
