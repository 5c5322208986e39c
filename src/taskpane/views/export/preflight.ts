/**
 * What the pre-flight dialog lists: errors first, then warnings, with the many blank cells of a table
 * (ALL-02) told as one line per table — the way the findings view folds them — so the real problems
 * are not pushed out of sight by "空着没填" lines.
 */
import type { Finding, TableNo } from "../../../report";

export interface PreflightLines {
  /** Findings to list one by one, errors first. */
  listed: Finding[];
  /** Blank-cell counts per table. */
  blanks: { table: TableNo; count: number }[];
  /** Errors and warnings neither listed nor counted in `blanks`. */
  unlisted: number;
}

export function preflightLines(findings: Finding[], max: number): PreflightLines {
  const notable = findings.filter((f) => f.severity !== "info");
  const blankCount = new Map<TableNo, number>();
  const others: Finding[] = [];
  for (const f of notable) {
    const table = f.cells[0]?.table;
    if (f.rule === "ALL-02" && table) blankCount.set(table, (blankCount.get(table) ?? 0) + 1);
    else others.push(f);
  }
  const rank = (f: Finding) => (f.severity === "error" ? 0 : 1);
  const sorted = others
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i);
  const listed = sorted.slice(0, max).map((x) => x.f);
  const blanks = [...blankCount]
    .sort((a, b) => a[0] - b[0])
    .map(([table, count]) => ({ table, count }));
  return { listed, blanks, unlisted: others.length - listed.length };
}
