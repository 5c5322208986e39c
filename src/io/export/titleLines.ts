/**
 * A title too long for one line, broken where a reader pauses: after the agency, before the year,
 * before 政府信息公开, or after an administrative unit inside a long agency name (省/市/县/区…), never
 * inside a word (no “…工作年 / 度报告”). Used for generated and imported titles alike.
 */
import { textEm } from "./fit";

const YEAR = /(?:19|20)\d{2}\s*年|[〇○零一二三四五六七八九]{4}年/;
const TOPIC = "政府信息公开";
/** Suffixes of administrative units: a long agency name may break after them. */
const UNIT_END = /[省市县区州盟旗镇乡]/g;

interface Break {
  at: number;
  /** 2 after the agency or before the year, 1 before 政府信息公开, 0 inside the agency name. */
  rank: number;
}

function breaksOf(title: string, agency: string): Break[] {
  const out = new Map<number, number>();
  const add = (at: number, rank: number) => {
    if (at > 0 && at < title.length) out.set(at, Math.max(out.get(at) ?? 0, rank));
  };
  if (agency && title.startsWith(agency)) add(agency.length, 2);
  const year = YEAR.exec(title);
  if (year) add(year.index, 2);
  const topic = title.indexOf(TOPIC);
  if (topic >= 0) add(topic, 1);
  const head = Math.min(
    ...[year?.index, topic].filter((x): x is number => x !== undefined && x >= 0)
  );
  for (const m of title.matchAll(UNIT_END)) if (m.index! + 1 < head) add(m.index! + 1, 0);
  return [...out].map(([at, rank]) => ({ at, rank })).sort((a, b) => a.at - b.at);
}

/** The title's lines for a line `capacity` em wide. */
export function titleLines(title: string, agency: string, capacity: number): string[] {
  const t = title.trim();
  if (textEm(t) <= capacity) return [t];
  const breaks = breaksOf(t, agency.trim());
  const split = (chosen: Break[]) => {
    const cuts = [0, ...chosen.map((b) => b.at), t.length];
    return cuts.slice(1).map((end, i) => t.slice(cuts[i], end));
  };
  let best: { lines: string[]; rank: number; widest: number } | null = null;
  const consider = (chosen: Break[]) => {
    const lines = split(chosen);
    const widths = lines.map(textEm);
    if (widths.some((w) => w > capacity)) return;
    const rank = chosen.reduce((s, b) => s + b.rank, 0);
    const widest = Math.max(...widths);
    if (
      !best ||
      lines.length < best.lines.length ||
      (lines.length === best.lines.length &&
        (rank > best.rank || (rank === best.rank && widest < best.widest)))
    )
      best = { lines, rank, widest };
  };
  for (const a of breaks) consider([a]);
  if (!best)
    for (let i = 0; i < breaks.length; i++)
      for (let j = i + 1; j < breaks.length; j++) consider([breaks[i], breaks[j]]);
  if (best) return (best as { lines: string[] }).lines;
  // Nothing fits: break at the strong points anyway, so the word processor only wraps inside a part.
  return split(breaks.filter((b) => b.rank > 0));
}
