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

/** 表四 column groups: id prefix and header path. */
export const T4_GROUPS = [
  { id: "review", rule: "T4-01" },
  { id: "direct", rule: "T4-02" },
  { id: "afterReview", rule: "T4-03" },
] as const;

function results(prefix: string): HeaderNode[] {
  return T4_RESULTS.map((r) => ({ label: r.label, id: `${prefix}.${r.id}` }));
}

export function table4(edition: EditionId): GridTableDef {
  return {
    no: 4,
    edition,
    title: TABLE_TITLES[4],
    labelColumns: 0,
    header: [
      { label: "行政复议", children: results("review") },
      {
        label: "行政诉讼",
        children: [
          { label: "未经复议直接起诉", children: results("direct") },
          { label: "复议后起诉", children: results("afterReview") },
        ],
      },
    ],
    rows: [{ id: "cases", label: "" }],
    kind: "count",
  };
}
