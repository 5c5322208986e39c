/**
 * How the findings list is laid out: grouped by table, errors first, and the many "blank cell" findings
 * of a table folded into one entry so the list stays readable. Presentation only; the rules live in
 * src/report.
 */
import type { LocatedFinding } from "../../excel";
import type { Finding, Severity, TableNo } from "../../report";

/** "suspect": the cells LOC-01 names as the likely typos, listed before everything else. */
export type GroupId = "suspect" | "t2" | "t3" | "t4" | "other";

export type FindingEntry =
  | { kind: "finding"; id: string; finding: LocatedFinding }
  /** All blank / dash cells of one table (rule ALL-02), shown as one expandable entry. */
  | { kind: "blanks"; id: string; table: TableNo; findings: LocatedFinding[] };

export interface FindingGroup {
  id: GroupId;
  table: TableNo | null;
  entries: FindingEntry[];
  /** Number of findings in the group (a folded entry counts each of its cells). */
  size: number;
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

/** Fewer blanks than this in a table stay as separate entries. */
export const FOLD_BLANKS_FROM = 3;

const ORDER: GroupId[] = ["suspect", "t2", "t3", "t4", "other"];
/** Rules that name the likely culprit rather than the rule that broke. */
const SUSPECT_RULES = new Set(["LOC-01"]);
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function groupOf(f: LocatedFinding): GroupId {
  if (SUSPECT_RULES.has(f.rule)) return "suspect";
  const table = f.cells[0]?.table;
  return table === 2 || table === 3 || table === 4 ? (`t${table}` as GroupId) : "other";
}

export function countFindings(findings: readonly Pick<Finding, "severity">[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function groupFindings(findings: LocatedFinding[]): FindingGroup[] {
  const byGroup = new Map<GroupId, LocatedFinding[]>();
  for (const f of findings) {
    const g = groupOf(f);
    if (!byGroup.has(g)) byGroup.set(g, []);
    byGroup.get(g)!.push(f);
  }
  const out: FindingGroup[] = [];
  for (const id of ORDER) {
    const list = byGroup.get(id);
    if (!list) continue;
    const table = id === "other" || id === "suspect" ? null : (Number(id.slice(1)) as TableNo);
    const blanks = list.filter((f) => f.rule === "ALL-02");
    const fold = table !== null && blanks.length >= FOLD_BLANKS_FROM;
    const rest = (fold ? list.filter((f) => f.rule !== "ALL-02") : list)
      .map((f, i) => ({ f, i }))
      .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i);
    const entries: FindingEntry[] = rest.map(({ f }, i) => ({
      kind: "finding",
      id: `${id}-${i}-${f.rule}`,
      finding: f,
    }));
    if (fold) {
      // Errors stay on top; the folded blanks go where warnings begin.
      const at = entries.findIndex((e) => e.kind === "finding" && e.finding.severity !== "error");
      const entry: FindingEntry = {
        kind: "blanks",
        id: `${id}-blanks`,
        table: table!,
        findings: blanks,
      };
      entries.splice(at === -1 ? entries.length : at, 0, entry);
    }
    out.push({ id, table, entries, size: list.length });
  }
  return out;
}
