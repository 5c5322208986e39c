/** Similarity of two normalised labels: the common-subsequence ratio 2·LCS / (|a| + |b|), in 0..1. */

function lcs(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev = new Uint16Array(y.length + 1);
  let cur = new Uint16Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length];
}

export function ratio(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  if (a.length === 0 || b.length === 0) return 0;
  return (2 * lcs(a, b)) / (a.length + b.length);
}

/** An upper bound of ratio(a, b) from the characters the two share, to skip hopeless pairs cheaply. */
export function sharedBound(a: string, b: string): number {
  let inB = 0;
  for (const ch of a) if (b.includes(ch)) inB++;
  let inA = 0;
  for (const ch of b) if (a.includes(ch)) inA++;
  return (2 * Math.min(inA, inB)) / (a.length + b.length);
}
