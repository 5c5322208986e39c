/** Plausibility and text checks (format.md §5.3). */
import type { RuleInfo } from "./types";

export const TEXT_RULES = {
  "S-01": {
    severities: ["warning", "info"],
    title: { zh: "表二数量前后应合理", en: "Table 2 quantities should be plausible" },
    explanation: {
      zh: "2019年版表二：本年新公开数量不应大于对外公开总数量（警告）；本年新制作数量通常不少于本年新公开数量（提示）。",
      en: "2019 edition table 2: 本年新公开数量 should not exceed 对外公开总数量 (warning); 本年新制作数量 is usually not below 本年新公开数量 (note).",
    },
    spec: "format.md §5.3",
    source: "checker",
  },
  "S-02": {
    severities: ["warning"],
    title: { zh: "收费情况应与正文第六部分一致", en: "Fees should agree with section 六" },
    explanation: {
      zh: "表三有因逾期未缴费不再处理的申请，说明发过收费通知，第六部分应写明收费情况。",
      en: "Applications dropped for unpaid fees imply fee notices; section 六 should state the fees.",
    },
    spec: "format.md §5.3",
    source: "checker",
  },
  "S-03": {
    severities: ["warning"],
    title: { zh: "正文中的数字应与表格一致", en: "Figures in the text must match the tables" },
    explanation: {
      zh: "正文写的申请件数、办结件数、结转件数、复议诉讼件数应与表格中相应格子一致。",
      en: "The application, answered, carried and review/litigation figures in the text must equal the table cells.",
    },
    spec: "format.md §5.3",
    source: "checker",
  },
  "S-04": {
    severities: ["info"],
    title: {
      zh: "复议后起诉的案件数通常不超过行政复议案件数",
      en: "Litigation after review is normally no more than the reviews",
    },
    explanation: {
      zh: "表四复议后起诉的总计一般不超过行政复议的总计，请核对。",
      en: "Table 4's litigation after review is normally no more than the administrative reviews; please check.",
    },
    spec: "format.md §5.3",
    source: "checker",
  },
  "S-05": {
    severities: ["warning"],
    title: { zh: "格子里只填数字，不写单位", en: "Numbers only, no unit text" },
    explanation: {
      zh: "金额和件数格子只填数字，单位见表头（如“251000元”应写为数字）。",
      en: "Amount and count cells take the number only; the unit is in the header (“251000元” should be a number).",
    },
    spec: "format.md §5.3",
    source: "checker",
  },
  "S-06": {
    severities: ["warning"],
    title: {
      zh: "正文中的百分比应与表格相符",
      en: "Percentages in the text should match the tables",
    },
    explanation: {
      zh: "正文中“占……%”之类的比例应能由表格数字算出。",
      en: "Percentages in the text (占…%) must recompute from the tables.",
    },
    spec: "format.md §5.3",
    source: "checker",
  },
  "S-07": {
    severities: ["warning"],
    title: {
      zh: "正文所列各项之和应等于所写合计",
      en: "The listed items in the text must add up to the stated total",
    },
    explanation: {
      zh: "正文先写合计再列分项时，分项相加应等于合计。",
      en: "Where the text states a total and then lists its parts, the parts must add up to it.",
    },
    spec: "format.md §5.3",
    source: "checker",
  },
  "S-08": {
    severities: ["warning"],
    title: {
      zh: "正文不能留有占位符或未写完的句子",
      en: "No placeholders or unfinished sentences in the text",
    },
    explanation: {
      zh: "正文中的“……”“XX”“×××”“某某”“〔〕”“【】”、模板说明文字，以及表格空白却写成 0 的句子，说明还没有写完。",
      en: "Ellipses, XX, ×××, 某某, empty 〔〕, 【】 markers, template instructions, and a 0 stated for blank table cells mean the text is not finished.",
    },
    spec: "issue 13",
    source: "checker",
  },
  "S-09": {
    severities: ["warning"],
    title: {
      zh: "问题与改进、其他事项应写出实际内容",
      en: "Sections 五 and 六 must have substance",
    },
    explanation: {
      zh: "“五、存在的主要问题及改进情况”不能只写“无”“暂无问题”或不足 20 字；2021年版的第六部分应写明收取信息处理费的情况。",
      en: "Section 五 must not just say “无”, “暂无问题” or fewer than 20 characters; in the 2021 edition section 六 must state the information-processing fees.",
    },
    spec: "issue 13",
    source: "checker",
  },
} as const satisfies Record<string, RuleInfo>;
