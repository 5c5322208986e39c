/** 表四: labels verbatim from spec/format.md §3.3, §4.3 and Appendix B. */
import type { EditionId, GridTableDef, HeaderNode } from "../types";
import { TABLE_TITLES } from "./names";
import { T4_GROUPS, T4_RESULTS } from "./table4Labels";

function group({ id, label }: (typeof T4_GROUPS)[number]): HeaderNode {
  return { label, children: T4_RESULTS.map((r) => ({ label: r.label, id: `${id}.${r.id}` })) };
}

export function table4(edition: EditionId): GridTableDef {
  return {
    no: 4,
    edition,
    title: TABLE_TITLES[4],
    labelColumns: 0,
    header: [
      group(T4_GROUPS[0]),
      { label: "行政诉讼", children: [group(T4_GROUPS[1]), group(T4_GROUPS[2])] },
    ],
    rows: [{ id: "cases", label: "" }],
    kind: "count",
  };
}
