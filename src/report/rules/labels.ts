/** Structure and wording of the printed report (format.md §5.4). */
import type { RuleInfo } from "./types";

export const LABEL_RULES = {
  "L-01": {
    severities: ["info"],
    title: {
      zh: "表格行列标签应与标准格式一致",
      en: "Table labels should match the standard wording",
    },
    explanation: {
      zh: "表格的行列标签应逐字照抄标准格式（如“行政规范性文件”不能写成“规范性文件”）。",
      en: "Row and column labels are copied verbatim from the format (行政规范性文件, not 规范性文件).",
    },
    spec: "format.md §5.4",
    source: "import",
  },
  "L-02": {
    severities: ["info"],
    title: { zh: "表格版式应与报告年度一致", en: "The table edition must match the report year" },
    explanation: {
      zh: "2019、2020年度报告用2019年试行版，2021年度起用2021年版（表三（六）其他处理分三个子项）。",
      en: "Reports on 2019 and 2020 use the 2019 trial edition; from 2021 the 2021 edition (three sub-rows under （六）其他处理).",
    },
    spec: "format.md §5.4",
    source: "checker",
  },
  "L-03": {
    severities: ["warning", "info"],
    title: {
      zh: "正文六个部分的标题应齐全、顺序正确",
      en: "The six section headings should be complete and in order",
    },
    explanation: {
      zh: "报告应有一至六六个部分，标题与标准格式一致、顺序不乱。",
      en: "A report has the six sections 一 to 六, headed as in the format and in order.",
    },
    spec: "format.md §5.4",
    source: "checker",
  },
} as const satisfies Record<string, RuleInfo>;
