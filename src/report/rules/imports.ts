/** What an import could not read, or read only with a remark: never passed as clean (issue 10). */
import type { RuleInfo } from "./types";

export const IMPORT_RULES = {
  "IMP-01": {
    severities: ["error"],
    title: { zh: "统计表未读到", en: "A statistics table was not read" },
    explanation: {
      zh: "文件中没有找到这张表，或表中读不出任何数值；该表没有核对，请检查文件是否完整。",
      en: "The table was not found in the file, or no value could be read from it; it was not checked. Check that the file is complete.",
    },
    spec: "format.md §3",
    source: "import",
  },
  "IMP-02": {
    severities: ["error"],
    title: { zh: "统计表不完整", en: "A statistics table is incomplete" },
    explanation: {
      zh: "表格缺行（如页面被截断），或某行的数比列少；没读到的格子不核对，也不按空白或 0 计算。",
      en: "Rows are missing (a page cut off, say) or a row has fewer values than columns; the cells not read are not checked, nor taken as blank or 0.",
    },
    spec: "format.md §3",
    source: "import",
  },
  "IMP-03": {
    severities: ["error"],
    title: { zh: "统计表重复出现", en: "A statistics table is printed twice" },
    explanation: {
      zh: "同一张表在文件中出现了两次，只读入第一份；请核对两份是否一致、文件是否拼接有误。",
      en: "The same table appears twice; only the first copy was read. Check that the two agree and the file was not pasted together wrongly.",
    },
    spec: "format.md §3",
    source: "import",
  },
  "IMP-04": {
    severities: ["warning"],
    title: { zh: "数字后带了括号说明", en: "A number carries a remark in brackets" },
    explanation: {
      zh: "如“22（其中修订16件）”：按括号前的数字读取；格子里只填数字，说明写在正文里。",
      en: "Such as “22（其中修订16件）”: read as the number before the bracket; cells take the number only, remarks go in the text.",
    },
    spec: "format.md §5.1",
    source: "checker",
  },
} as const satisfies Record<string, RuleInfo>;
