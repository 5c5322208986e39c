/**
 * Static highlights the pane applies itself, for what conditional formats cannot express (text typed
 * as numbers, cross-year rules, soft checks).
 */
import { relationsOf, type Relation } from "../report/relations";
import type { Finding } from "../report/types";
import { rectAddress } from "./a1";
import type { SheetLayout } from "./layout";

/**
 * spec/format.md §5: hard rules red, cross-year orange, soft checks yellow; the cell the localisation
 * names as the likely typo (LOC-01) a colour of its own, so it stands out from the totals it broke.
 */
export const HIGHLIGHT_COLORS = {
  suspect: "#D9B3FF",
  error: "#FFC7CE",
  crossYear: "#F8CBAD",
  warning: "#FFEB9C",
  info: "#DDEBF7",
} as const;

export type HighlightTone = keyof typeof HIGHLIGHT_COLORS;

export interface Highlight {
  /** Top-left of the value cell. */
  address: string;
  /** The whole value cell ("B7:D7" when merged): fill this. */
  range: string;
  key: string;
  color: string;
  tone: HighlightTone;
  /** Rules behind it, strongest first. */
  rules: string[];
}

const RANK: Record<HighlightTone, number> = {
  suspect: 0,
  error: 1,
  crossYear: 2,
  warning: 3,
  info: 4,
};

/** Rules whose cells are suspects (the likely typo), not the place a rule broke. */
const SUSPECT_RULES = new Set(["LOC-01"]);

export function toneOf(f: Pick<Finding, "rule" | "severity">): HighlightTone {
  if (SUSPECT_RULES.has(f.rule)) return "suspect";
  // spec/format.md §5.2: cross-year findings are orange whatever their severity.
  if (f.rule.startsWith("X-")) return "crossYear";
  if (f.severity === "error") return "error";
  return f.severity === "warning" ? "warning" : "info";
}

const relIndex = new WeakMap<Relation[], Map<string, Relation>>();

/**
 * The cells to colour for a finding: for a balancing rule the relation's highlight cells (the printed
 * totals, as the conditional formats do), not every addend the finding names; otherwise its cells.
 */
export function highlightKeysOf(
  finding: Finding,
  layout: Pick<SheetLayout, "edition" | "tableEditions">
): string[] {
  const rels = relationsOf(layout);
  let index = relIndex.get(rels);
  if (!index) {
    index = new Map(
      rels.map((r) => [`${r.rule}|${r.rule === "T3-01" ? r.highlight[0] : r.actual[0]}`, r])
    );
    relIndex.set(rels, index);
  }
  const rel = finding.cells[0] && index.get(`${finding.rule}|${finding.cells[0].key}`);
  return rel ? rel.highlight : finding.cells.map((c) => c.key);
}

/** One highlight per value cell named by the findings (strongest tone wins). Cells not in the layout are skipped. */
export function highlightPlan(
  findings: Finding[],
  layout: SheetLayout,
  opts: { skip?: (f: Finding) => boolean } = {}
): Highlight[] {
  const byKey = new Map<string, Highlight>();
  for (const f of findings) {
    if (opts.skip?.(f)) continue;
    const tone = toneOf(f);
    for (const key of highlightKeysOf(f, layout)) {
      const cell = layout.byKey[key];
      if (!cell) continue;
      const h = byKey.get(key);
      if (!h) {
        byKey.set(key, {
          address: cell.address,
          range: rectAddress(cell.rect),
          key,
          color: HIGHLIGHT_COLORS[tone],
          tone,
          rules: [f.rule],
        });
        continue;
      }
      if (!h.rules.includes(f.rule)) h.rules.push(f.rule);
      if (RANK[tone] < RANK[h.tone]) {
        h.tone = tone;
        h.color = HIGHLIGHT_COLORS[tone];
        h.rules = [f.rule, ...h.rules.filter((r) => r !== f.rule)];
      }
    }
  }
  return layout.cells.filter((c) => byKey.has(c.key)).map((c) => byKey.get(c.key)!);
}
