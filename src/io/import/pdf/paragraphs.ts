/**
 * Body lines → paragraphs. A line continues the paragraph above when the line above ran to the right
 * margin and this one starts at the left margin (not indented, not a heading); a page break between
 * them does not matter. Titles (centred) and first lines (indented) start paragraphs.
 */
import type { Line } from "./lines";

export interface Para {
  text: string;
  lines: Line[];
}

function mode(xs: number[]): number {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(Math.round(x), (counts.get(Math.round(x)) ?? 0) + 1);
  let best = xs[0] ?? 0;
  let n = 0;
  for (const [x, c] of counts) if (c > n) [best, n] = [x, c];
  return best;
}

function percentile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

export function paragraphs(lines: Line[], isHeading: (l: Line) => boolean): Para[] {
  const left = mode(lines.map((l) => l.x));
  const rightMargin = percentile(
    lines.map((l) => l.right),
    0.9
  );
  const out: Para[] = [];
  let prev: Line | null = null;
  for (const l of lines) {
    const para = out[out.length - 1];
    const continues =
      prev !== null &&
      para !== undefined &&
      !isHeading(l) &&
      !isHeading(prev) &&
      prev.right >= rightMargin - 1.5 * prev.size &&
      l.x <= left + 0.5 * l.size &&
      (l.page !== prev.page || l.y - prev.y <= 2.5 * Math.max(l.size, prev.size));
    if (continues) {
      para.text += l.text;
      para.lines.push(l);
    } else out.push({ text: l.text, lines: [l] });
    prev = l;
  }
  return out;
}
