/** Hard rules on the tables themselves (format.md §5.1). */
import { T4_GROUPS, T4_PARTS } from "../editions/table4Labels";
import type { RuleInfo } from "./types";

const PARTS = T4_PARTS.map((r) => r.label);

/** T4-01..03 share one wording: a 表四 group's 总计 is the sum of its results, as table4.ts declares them. */
function groupTotalRule(rule: (typeof T4_GROUPS)[number]["rule"], en: string, enNoun: string) {
  const group = T4_GROUPS.find((g) => g.rule === rule)!.label;
  return {
    severities: ["error"],
    title: { zh: `${group}总计应等于各结果之和`, en: `${en} total must equal its results` },
    explanation: {
      zh: `${group}的总计应等于${PARTS.join("、")}之和。`,
      en: `The ${enNoun} total equals ${PARTS.join(" + ")}.`,
    },
    spec: "format.md §5.1",
    source: "checker",
  } as const satisfies RuleInfo;
}

export const TABLE_RULES = {
  "T3-01": {
    severities: ["error"],
    title: {
      zh: "第一项加第二项之和应等于第三项加第四项之和",
      en: "Items 一 + 二 must equal 三 + 四",
    },
    explanation: {
      zh: "表三注明“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”，即新收申请数加上年结转数，等于（七）总计加结转下年度继续办理数。",
      en: "Table 3 prints it: new applications plus those carried over equal （七）总计 plus those carried forward, in every column.",
    },
    spec: "format.md §5.1",
    source: "checker",
  },
  "T3-02": {
    severities: ["error"],
    title: {
      zh: "（七）总计应等于各项办理结果之和",
      en: "（七）总计 must equal the sum of the results",
    },
    explanation: {
      zh: "（七）总计是（一）至（六）各项办理结果的合计。",
      en: "（七）总计 is the total of the result rows （一） to （六）.",
    },
    spec: "format.md §5.1",
    source: "checker",
  },
  "T3-03": {
    severities: ["error"],
    title: {
      zh: "总计列应等于六类申请人之和",
      en: "The 总计 column must equal the six applicant columns",
    },
    explanation: {
      zh: "总计列是自然人、五类法人或其他组织之和。",
      en: "The 总计 column adds up 自然人 and the five kinds of 法人或其他组织.",
    },
    spec: "format.md §5.1",
    source: "checker",
  },
  "T4-01": groupTotalRule("T4-01", "Administrative review", "review"),
  "T4-02": groupTotalRule("T4-02", "Direct litigation", "direct-litigation"),
  "T4-03": groupTotalRule("T4-03", "Litigation after review", "litigation-after-review"),
  "ALL-01": {
    severities: ["error", "warning"],
    title: { zh: "格子里应填非负整数", en: "Cells take non-negative whole numbers" },
    explanation: {
      zh: "文字、负数、小数无法参与计算（错误）；全角数字、千分位逗号能读出但应改正（警告）。2019年版本年增/减可为负，金额可有小数。",
      en: "Text, negative or fractional counts cannot be added up (error); full-width digits and thousands separators are read but should be fixed (warning). 2019 本年增/减 may be negative and amounts may have decimals.",
    },
    spec: "format.md §5.1",
    source: "checker",
  },
  "ALL-02": {
    severities: ["warning"],
    title: { zh: "不能空着或填横线，没有的填 0", en: "No blanks or dashes; write 0" },
    explanation: {
      zh: "空白或“-”无法区分“没有发生”和“漏填”，标准格式要求填 0。",
      en: "A blank or a dash cannot tell “none” from “forgotten”; the format asks for 0.",
    },
    spec: "format.md §5.1",
    source: "checker",
  },
  "LOC-01": {
    severities: ["error"],
    title: { zh: "最可能填错的格子", en: "Most likely mistyped cell" },
    explanation: {
      zh: "勾稽关系不成立时，找出只改最少的格子（一个或两个）就能让全部勾稽关系同时成立的格子，给出应填的数字；有几种同样可能的改法时全部列出，不替用户猜。",
      en: "When balancing rules fail, the fewest cells (one or two) whose change makes every rule hold at once, with the value that balances; when several are equally likely, all are listed and none is presented as the answer.",
    },
    spec: "issue 13; Fellegi–Holt minimal change",
    source: "checker",
  },
} as const satisfies Record<string, RuleInfo>;
