/** 表四: labels verbatim from spec/format.md §3.3, §4.3 and Appendix B. */
import type { EditionId, GridTableDef, HeaderNode } from "../types";
import { TABLE_TITLES } from "./names";

/** Result columns of each group; `en` names the result in English messages. */
export const T4_RESULTS = [
  { id: "upheld", label: "结果维持", en: "upheld" },
  { id: "corrected", label: "结果纠正", en: "corrected" },
  { id: "otherResult", label: "其他结果", en: "other result" },
  { id: "pending", label: "尚未审结", en: "pending" },
  { id: "total", label: "总计", en: "total" },
] as const;

/** The results a group's 总计 adds up (T4-01..03). */
export const T4_PARTS = T4_RESULTS.filter((r) => r.id !== "total");

/** 表四 column groups: id prefix, the rule on their sum, and their header label. */
export const T4_GROUPS = [
  { id: "review", rule: "T4-01", label: "行政复议" },
  { id: "direct", rule: "T4-02", label: "未经复议直接起诉" },
  { id: "afterReview", rule: "T4-03", label: "复议后起诉" },
] as const;

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
