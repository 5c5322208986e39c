/** Rules that compare a report with last year's (format.md §5.2). */
import type { RuleInfo } from "./types";

export const CROSS_YEAR_RULES = {
  "X-00": {
    severities: ["info"],
    title: { zh: "上年报告的年度不对", en: "Last year's report is for the wrong year" },
    explanation: {
      zh: "作为“上年”比对的报告不是上一年度的，跨年核对结果仅供参考；是同一年度或更晚年度的报告时，跨年核对只作提示，不算错误。",
      en: "The report given as last year's is not for the previous year; cross-year results are indicative only, and only notes (never errors) when it is of the same or a later year.",
    },
    spec: "format.md §5.2",
    source: "checker",
  },
  "X-01": {
    // info when the report given as last year's is of the same or a later year.
    severities: ["error", "info"],
    title: {
      zh: "上年结转应等于上年报告的结转下年度",
      en: "Carried over must equal last year's carried forward",
    },
    explanation: {
      zh: "表三“二、上年结转政府信息公开申请数量”每列应等于上年报告“四、结转下年度继续办理”。",
      en: "Table 3 row 二 (carried over) must equal last year's row 四 (carried forward), column by column.",
    },
    spec: "format.md §5.2",
    source: "checker",
  },
  "X-02": {
    severities: ["warning", "info"],
    title: { zh: "现行有效件数应与上年衔接", en: "Documents in force should follow last year's" },
    explanation: {
      zh: "本年现行有效件数通常等于上年现行有效件数加本年制发件数减本年废止件数；文件自然失效时可以不等。",
      en: "In force this year is usually last year's in force + issued − repealed; documents that lapsed without repeal explain a difference.",
    },
    spec: "format.md §5.2",
    source: "checker",
  },
  "X-03": {
    severities: ["warning", "info"],
    title: {
      zh: "上一年项目数量应与上年衔接",
      en: "Last year's item count should follow last year's report",
    },
    explanation: {
      zh: "2019年版表二：本年的“上一年项目数量”通常等于上年报告的上一年项目数量加本年增/减。",
      en: "2019 edition table 2: this year's 上一年项目数量 is usually last year's plus its 本年增/减.",
    },
    spec: "format.md §5.2",
    source: "checker",
  },
  "X-04": {
    severities: ["error", "info"],
    title: {
      zh: "上年结转应等于上年报告的结转下年度（跨版式）",
      en: "Carried over must equal last year's carried forward (across editions)",
    },
    explanation: {
      zh: "2021年度报告的上年结转应等于2020年度报告（2019年试行版）的结转下年度；表三各列口径未变。",
      en: "A 2021 report's carried-over row must equal the 2020 report's carried-forward row; table 3's columns did not change between editions.",
    },
    spec: "format.md §5.2",
    source: "checker",
  },
  "X-06": {
    severities: ["warning"],
    title: { zh: "上年报告是另一个单位的", en: "Last year's report is another agency's" },
    explanation: {
      zh: "作为“上年”比对的报告与本报告不是同一单位的，跨年核对结果仅供参考。",
      en: "The report given as last year's is of another agency; cross-year results are indicative only.",
    },
    spec: "format.md §5.2",
    source: "checker",
  },
  "X-05": {
    severities: ["warning"],
    title: {
      zh: "正文不宜与上年报告大段重复",
      en: "The text should not repeat last year's report",
    },
    explanation: {
      zh: "正文与上年报告的重复率（数字不计、连续 13 个字以上相同的部分占本年正文的比例）超过 50% 时提醒；考核中重复率超过一半会扣分。",
      en: "Warns when more than 50 % of the text repeats last year's report (figures ignored; runs of 13 or more identical characters as a share of this year's text); assessments deduct points above one half.",
    },
    spec: "issue 13; 宿迁 SQ-DEP-A-005",
    source: "checker",
  },
} as const satisfies Record<string, RuleInfo>;
