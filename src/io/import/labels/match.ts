/**
 * Tolerant label matching: normalised equality first, then the unique best candidate by
 * common-subsequence ratio (also comparing the labels without a trailing remark in parentheses),
 * optionally nudged by the caller toward the expected position.
 */
import { normLabel, stripRemark } from "./normalize";
import { ratio, sharedBound } from "./similarity";

export interface Printed {
  text: string;
  norm: string;
  bare: string;
}

export interface Candidate<T> extends Printed {
  data: T;
  /**
   * Similarities already computed against printed labels, by their normal form; a negative entry −u
   * records only an upper bound u.
   */
  memo: Map<string, number>;
}

/** Minimum similarity for a printed label to be taken as an official one. */
export const MATCH_FLOOR = 0.6;
const MEMO_LIMIT = 4000;
const REMARK_WEIGHT = 0.92;

const printedCache = new Map<string, Printed>();

export function printed(text: string): Printed {
  const hit = printedCache.get(text);
  if (hit) return hit;
  const norm = normLabel(text);
  const p = { text, norm, bare: stripRemark(norm) };
  if (printedCache.size > MEMO_LIMIT) printedCache.clear();
  printedCache.set(text, p);
  return p;
}

export function candidate<T>(text: string, data: T): Candidate<T> {
  return { ...printed(text), data, memo: new Map() };
}

function exact(p: Printed, c: Printed): number {
  let s = ratio(p.norm, c.norm);
  if (p.bare !== p.norm || c.bare !== c.norm)
    s = Math.max(s, REMARK_WEIGHT * ratio(p.bare, c.bare));
  return s;
}

/** Similarity in 0..1; below `floor` it may return 0 without computing the exact value. */
export function similarity(p: Printed, c: Printed | Candidate<unknown>, floor = 0): number {
  if (p.norm === c.norm) return p.norm.length ? 1 : 0;
  const memo = "memo" in c ? c.memo : undefined;
  const hit = memo?.get(p.norm);
  if (hit !== undefined && hit >= 0) return hit;
  if (floor > 0) {
    const remark = p.bare !== p.norm || c.bare !== c.norm;
    let bound = hit !== undefined ? -hit : Infinity;
    if (!remark && bound === Infinity) {
      const a = p.norm.length;
      const b = c.norm.length;
      bound = (2 * Math.min(a, b)) / (a + b);
      if (bound >= floor) bound = Math.min(bound, sharedBound(p.norm, c.norm));
      remember(memo, p.norm, -bound);
    }
    if (bound < floor) return 0;
  }
  const s = exact(p, c);
  remember(memo, p.norm, s);
  return s;
}

function remember(memo: Map<string, number> | undefined, key: string, v: number) {
  if (!memo) return;
  if (memo.size > MEMO_LIMIT) memo.clear();
  memo.set(key, v);
}

export interface Match<T> {
  cand: Candidate<T>;
  sim: number;
}

/**
 * The candidate whose normal form equals the printed one (the bonus choosing among several), else
 * the best at or above `floor` by similarity plus `bonus` (position, group). A tie between two
 * different labels is ambiguous and yields null.
 */
export function bestMatch<T>(
  p: Printed,
  cands: readonly Candidate<T>[],
  floor = MATCH_FLOOR,
  bonus?: (c: Candidate<T>) => number
): Match<T> | null {
  let best: Match<T> | null = null;
  let bestScore = -Infinity;
  let tied = false;
  if (p.norm.length) {
    for (const c of cands) {
      if (c.norm !== p.norm) continue;
      const score = bonus ? bonus(c) : 0;
      if (score > bestScore) {
        best = { cand: c, sim: 1 };
        bestScore = score;
      }
    }
    if (best) return best;
  }
  for (const c of cands) {
    const sim = similarity(p, c, floor);
    if (sim < floor || sim === 0) continue;
    const score = sim + (bonus ? bonus(c) : 0);
    if (score > bestScore + 1e-9) {
      best = { cand: c, sim };
      bestScore = score;
      tied = false;
    } else if (Math.abs(score - bestScore) <= 1e-9 && best && c.norm !== best.cand.norm) {
      tied = true;
    }
  }
  return best && tied ? null : best;
}

const listMemo = new WeakMap<readonly Candidate<unknown>[], Map<string, Match<unknown> | null>>();

/** bestMatch without a bonus against a fixed list (a vocabulary), remembered per printed label. */
export function matchIn<T>(
  p: Printed,
  cands: readonly Candidate<T>[],
  floor = MATCH_FLOOR
): Match<T> | null {
  let memo = listMemo.get(cands);
  if (!memo) listMemo.set(cands, (memo = new Map()));
  const key = `${floor}\u0001${p.norm}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit as Match<T> | null;
  const m = bestMatch(p, cands, floor);
  if (memo.size > MEMO_LIMIT) memo.clear();
  memo.set(key, m);
  return m;
}
