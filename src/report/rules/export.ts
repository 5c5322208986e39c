/** What the export needs of the text (spec/export.md; XML 1.0 §2.2). */
import type { RuleInfo } from "./types";

export const EXPORT_RULES = {
  "EXP-01": {
    severities: ["warning"],
    title: {
      zh: "正文和表格中不应有无法写入 Word/网页的控制字符",
      en: "The text should hold no control characters that Word and web pages cannot take",
    },
    explanation: {
      zh: "U+0000–U+001F 中除制表、换行、回车以外的控制字符，以及 U+FFFE、U+FFFF 和不成对的代理项，会使 Word 文件损坏；多为从其他程序粘贴带入。导出时会删除它们，提示中写明所在位置，请核对该处文字。",
      en: "Control characters other than TAB, LF and CR, U+FFFE, U+FFFF and lone surrogates make a Word file unreadable; they usually come in with pasted text. Every export drops them; the finding names where they were, so the text there can be checked.",
    },
    spec: "export.md §4; XML 1.0 §2.2",
    source: "checker",
  },
} as const satisfies Record<string, RuleInfo>;
