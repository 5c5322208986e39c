/**
 * The labels an importer looks for, derived from the edition declarations (never from samples):
 * 表二 blocks, headers and rows of both editions; 表三 rows, groups and section of both editions
 * merged in printed order; the 表三 / 表四 column headers in reading order.
 */
import { EDITIONS } from "../../../report/editions";
import type { EditionId, GridTableDef, HeaderNode, RowDef } from "../../../report/types";
import { candidate, type Candidate } from "./match";

const EDITION_IDS: EditionId[] = ["2019", "2021"];

// ---- 表三 rows ---------------------------------------------------------------------------------

export interface T3Row {
  id: string;
  label: string;
  group?: string;
  editions: EditionId[];
  /** Position in the merged printed order. */
  order: number;
}

/** Rows of both editions in printed order; shared rows once, edition-only rows where they stand. */
function mergeRows(a: RowDef[], b: RowDef[]): { row: RowDef; editions: EditionId[] }[] {
  const inB = new Set(b.map((r) => r.id));
  const inA = new Set(a.map((r) => r.id));
  const out: { row: RowDef; editions: EditionId[] }[] = [];
  let j = 0;
  for (const r of a) {
    if (inB.has(r.id)) {
      while (j < b.length && b[j].id !== r.id) {
        if (!inA.has(b[j].id)) out.push({ row: b[j], editions: ["2021"] });
        j++;
      }
      out.push({ row: r, editions: ["2019", "2021"] });
      j++;
    } else out.push({ row: r, editions: ["2019"] });
  }
  for (; j < b.length; j++) if (!inA.has(b[j].id)) out.push({ row: b[j], editions: ["2021"] });
  return out;
}

export const T3_ROWS: Candidate<T3Row>[] = mergeRows(
  EDITIONS["2019"].t3.rows,
  EDITIONS["2021"].t3.rows
).map(({ row, editions }, order) =>
  candidate(row.label, { id: row.id, label: row.label, group: row.group, editions, order })
);

const uniq = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))];

export const T3_GROUPS: Candidate<string>[] = uniq(
  EDITION_IDS.flatMap((e) => EDITIONS[e].t3.rows.map((r) => r.group))
).map((g) => candidate(g, g));

export const T3_SECTIONS: Candidate<string>[] = uniq(
  EDITION_IDS.flatMap((e) => EDITIONS[e].t3.rows.map((r) => r.section))
).map((s) => candidate(s, s));

// ---- 表三 / 表四 headers -------------------------------------------------------------------------

export interface HeaderEntry {
  label: string;
  /** Leaf column ids under this header cell (empty for the note over the label columns). */
  colIds: string[];
  /** The column id when the entry is a leaf. */
  leaf?: string;
  isNote?: boolean;
}

function leafIds(n: HeaderNode): string[] {
  return n.children ? n.children.flatMap(leafIds) : n.id ? [n.id] : [];
}

/** Header cells in reading order: the note first, then row by row (depth), left to right. */
export function headerSequence(def: GridTableDef): HeaderEntry[] {
  const byDepth: HeaderEntry[][] = [];
  const walk = (nodes: HeaderNode[], depth: number) => {
    for (const n of nodes) {
      (byDepth[depth] ??= []).push({
        label: n.label,
        colIds: leafIds(n),
        ...(n.children ? {} : { leaf: n.id }),
      });
      if (n.children) walk(n.children, depth + 1);
    }
  };
  walk(def.header, 0);
  const note: HeaderEntry[] = def.note ? [{ label: def.note, colIds: [], isNote: true }] : [];
  return [...note, ...byDepth.flat()];
}

export const T3_HEADER: Candidate<HeaderEntry>[] = headerSequence(EDITIONS["2021"].t3).map((h) =>
  candidate(h.label, h)
);
export const T4_HEADER: Candidate<HeaderEntry>[] = headerSequence(EDITIONS["2021"].t4).map((h) =>
  candidate(h.label, h)
);

// ---- 表二 ---------------------------------------------------------------------------------------

export interface T2Label {
  edition: EditionId;
  kind: "heading" | "rowHeader" | "column" | "row";
  blockId: string;
  /** Row or column id. */
  id?: string;
}

export const T2_LABELS: Candidate<T2Label>[] = EDITION_IDS.flatMap((edition) =>
  EDITIONS[edition].t2.blocks.flatMap((b) => [
    candidate(b.heading, { edition, kind: "heading" as const, blockId: b.id }),
    candidate(b.rowHeader, { edition, kind: "rowHeader" as const, blockId: b.id }),
    ...b.columns.map((c) =>
      candidate(c.label, { edition, kind: "column" as const, blockId: b.id, id: c.id })
    ),
    ...b.rows.map((r) =>
      candidate(r.label, { edition, kind: "row" as const, blockId: b.id, id: r.id })
    ),
  ])
);

/** 表二's row-header labels (信息内容), once each: the cell over the row labels of every block. */
export const T2_ROW_HEADERS: Candidate<string>[] = uniq(
  T2_LABELS.filter((l) => l.data.kind === "rowHeader").map((l) => l.text)
).map((h) => candidate(h, h));

/** Every label that marks a row as belonging to a table, for classifying rows. */
export const TABLE_VOCABULARY: Record<2 | 3 | 4, Candidate<unknown>[]> = {
  2: T2_LABELS,
  3: [...T3_ROWS, ...T3_GROUPS, ...T3_SECTIONS, ...T3_HEADER],
  4: T4_HEADER,
};
