/**
 * 表四's column labels (spec/format.md §3.3, §4.3), apart from table4.ts because the rule catalogue
 * words T4-01..03 from them while the editions name the catalogue's rule ids: data with no imports
 * keeps that round trip out of the import graph.
 */
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
