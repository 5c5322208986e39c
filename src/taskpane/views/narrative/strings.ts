/** The 正文 view's words, zh-CN first; en-US has the same keys (the type makes sure). */
import type { Dictionaries } from "../../i18n";
import type { SectionId } from "../../../report/types";

export interface NarrativeStrings {
  heading: string;
  intro: string;
  agency: string;
  agencyHint: string;
  date: string;
  datePlaceholder: string;
  dateHint: string;
  datePrintsAs: (formatted: string) => string;
  signer: string;
  signerHint: string;
  preface: string;
  prefaceHint: string;
  sectionHints: Record<SectionId, string>;
  sixHint2019: string;
  placeholders: Partial<Record<SectionId, string>>;
  tableFollows: (table: string) => string;
  /** Joins section headings in a sentence. */
  list: (items: string[]) => string;
  fees: {
    legend: string;
    notices: string;
    billed: string;
    collected: string;
    invalidCount: string;
    invalidAmount: string;
  };
  draft: {
    button: string;
    hint: string;
    busy: string;
    noReport: string;
    filled: (sections: string) => string;
    nothingEmpty: string;
    conflictsTitle: string;
    conflictsBody: string;
    replaceSelected: string;
    keep: string;
    replaced: (sections: string) => string;
    failed: (detail: string) => string;
    /** The per-section button: visible text, and its accessible name with the section. */
    redraft: string;
    redraftSection: (heading: string) => string;
    /** The section's draft is what it already says. */
    unchanged: (heading: string) => string;
  };
  status: {
    loading: string;
    saved: (time: string) => string;
    savedNever: string;
    saving: string;
    pending: string;
    failed: (detail: string) => string;
    retry: string;
    unavailable: string;
    readFailed: (detail: string) => string;
    reread: string;
    problem: (detail: string) => string;
  };
  restore: {
    sameWorkbook: (time: string) => string;
    otherWorkbook: (time: string) => string;
    restore: string;
    dismiss: string;
  };
}

const zh: NarrativeStrings = {
  heading: "报告正文",
  intro: "每段写一行；以“（一）”开头的短行按二级标题排版。内容自动保存到工作簿，并在本机留有备份。",
  agency: "机关名称",
  agencyHint: "用于标题和落款。",
  date: "成文日期",
  datePlaceholder: "例如 2025年1月20日",
  dateHint: "印在落款处。",
  datePrintsAs: (f) => `将印为：${f}`,
  signer: "署名",
  signerHint: "落款处的署名，与机关名称不同时填写（如“某某市人民政府办公室”）；留空则用机关名称。",
  preface: "开头段落",
  prefaceHint: "印在标题之后、“一、总体情况”之前；留空则按机关名称和年度生成（见灰色示例）。",
  sectionHints: {
    1: "综述贯彻落实《政府信息公开条例》情况，一般分（一）主动公开、（二）依申请公开、（三）政府信息管理、（四）政府信息公开平台建设、（五）监督保障五个方面；各级人民政府还应写明工作考核、社会评议和责任追究结果情况。",
    2: "可写一两句说明。",
    3: "可写一两句说明。",
    4: "可写一两句说明。",
    5: "分“（一）存在的主要问题”“（二）改进情况”写明，包括上年度问题的整改情况。",
    6: "报告收取信息处理费情况（发出收费通知件数、收费通知总金额、实际收取总金额，填在下方三项），以及落实上级年度政务公开工作要点、人大代表建议和政协提案办理结果公开、政务公开工作创新等情况。",
  },
  sixHint2019: "没有需要报告的事项时，可写“本年度无其他需要报告的事项。”",
  placeholders: {
    1: "（一）主动公开。……\n（二）依申请公开。……",
    5: "（一）存在的主要问题\n一是……\n（二）改进情况\n一是……",
    6: "（一）收取信息处理费情况。……",
  },
  tableFollows: (t) => `${t}紧随本部分印出。`,
  list: (items) => items.join("、"),
  fees: {
    legend: "信息处理费",
    notices: "发出收费通知件数",
    billed: "收费通知总金额（元）",
    collected: "实际收取总金额（元）",
    invalidCount: "请填 0 或正整数。",
    invalidAmount: "请填 0 或正数（单位：元），不要带“元”字。",
  },
  draft: {
    button: "根据表格生成草稿",
    hint: "按表格中的数字写出标准语句，只填入空白的部分；已有文字的部分会先询问。",
    busy: "正在读取表格…",
    noReport: "没有找到报告表格，请先在“插入表格”中插入表格并填写数字。",
    filled: (s) => `已填入：${s}。`,
    nothingEmpty: "各部分都已有文字，没有空白部分可填。",
    conflictsTitle: "替换已有的文字？",
    conflictsBody: "以下部分已有文字，不会自动覆盖。勾选要换成草稿的部分：",
    replaceSelected: "替换所选部分",
    keep: "保留原文",
    replaced: (s) => `已用草稿替换：${s}。`,
    failed: (d) => `生成草稿时出错：${d}`,
    redraft: "按表格重新起草",
    redraftSection: (h) => `按表格重新起草“${h}”`,
    unchanged: (h) => `“${h}”已与表格生成的草稿一致，没有改动。`,
  },
  status: {
    loading: "正在读取工作簿中的正文…",
    saved: (t) => `已保存到工作簿（${t}）`,
    savedNever: "尚未输入内容",
    saving: "正在保存…",
    pending: "有改动，稍后自动保存",
    failed: (d) => `未能写入工作簿（${d}），内容已在本机备份，稍后自动重试。`,
    retry: "立即重试",
    unavailable: "此版本的 Excel 不能在工作簿中保存正文，内容只保存在本机。",
    readFailed: (d) => `读取工作簿失败（${d}）。如果正在编辑单元格，请先按 Enter 或 Esc 结束编辑。`,
    reread: "重新读取",
    problem: (d) => `工作簿中的正文数据有问题（${d}），已尽量读取。`,
  },
  restore: {
    sameWorkbook: (t) => `已恢复 ${t} 输入但未写入工作簿的内容，正在保存。`,
    otherWorkbook: (t) => `本机有一份 ${t} 输入但未写入工作簿的正文，可能属于另一个工作簿。`,
    restore: "恢复这份内容",
    dismiss: "不用了",
  },
};

const en: NarrativeStrings = {
  heading: "Report text",
  intro:
    "One paragraph per line; a short line starting with “（一）” is set as a level-2 heading. Saved to the workbook automatically, with a backup on this computer.",
  agency: "Agency name",
  agencyHint: "Used in the title and the signature.",
  date: "Report date",
  datePlaceholder: "e.g. 2025年1月20日",
  dateHint: "Printed in the signature.",
  datePrintsAs: (f) => `Prints as: ${f}`,
  signer: "Signed by",
  signerHint:
    "The name in the signature when it is not the agency (e.g. the government's general office); blank signs with the agency name.",
  preface: "Opening paragraph",
  prefaceHint:
    "Printed after the title, before 一、总体情况; blank prints one drafted from the agency and year (shown greyed).",
  sectionHints: {
    1: "Overview of how the Regulations were implemented, usually under five headings: proactive disclosure, disclosure on request, information management, disclosure platforms, oversight; governments also report assessment, public evaluation and accountability results.",
    2: "One or two sentences are enough.",
    3: "One or two sentences are enough.",
    4: "One or two sentences are enough.",
    5: "Two parts: the main problems, and the improvements made (including last year's problems).",
    6: "Report information-processing fees (fee notices sent, amount billed, amount collected: fill in the three fields below), plus the annual work priorities, results on deputies' suggestions and proposals, and innovations.",
  },
  sixHint2019: "When there is nothing to report, write “本年度无其他需要报告的事项。”",
  placeholders: {
    1: "（一）主动公开。……\n（二）依申请公开。……",
    5: "（一）存在的主要问题\n一是……\n（二）改进情况\n一是……",
    6: "（一）收取信息处理费情况。……",
  },
  tableFollows: (t) => `${t} is printed right after this section.`,
  list: (items) => items.join(", "),
  fees: {
    legend: "Information-processing fees",
    notices: "Fee notices sent",
    billed: "Amount billed (yuan)",
    collected: "Amount collected (yuan)",
    invalidCount: "Enter 0 or a positive whole number.",
    invalidAmount: "Enter 0 or a positive number in yuan, without “元”.",
  },
  draft: {
    button: "Draft from the tables",
    hint: "Writes the standard sentences from the numbers in the tables into empty sections only; sections with text are asked about first.",
    busy: "Reading the tables…",
    noReport: "No report tables found. Insert the tables and fill in the numbers first.",
    filled: (s) => `Filled in: ${s}.`,
    nothingEmpty: "Every section already has text; there was nothing empty to fill.",
    conflictsTitle: "Replace existing text?",
    conflictsBody:
      "These sections already have text and are not overwritten automatically. Tick the ones to replace with the draft:",
    replaceSelected: "Replace selected",
    keep: "Keep my text",
    replaced: (s) => `Replaced with the draft: ${s}.`,
    failed: (d) => `Drafting failed: ${d}`,
    redraft: "Redraft from the tables",
    redraftSection: (h) => `Redraft “${h}” from the tables`,
    unchanged: (h) => `“${h}” already matches the draft from the tables; nothing changed.`,
  },
  status: {
    loading: "Reading the text from the workbook…",
    saved: (t) => `Saved to the workbook (${t})`,
    savedNever: "Nothing typed yet",
    saving: "Saving…",
    pending: "Changed; saving shortly",
    failed: (d) =>
      `Could not write to the workbook (${d}). The text is backed up on this computer; retrying shortly.`,
    retry: "Retry now",
    unavailable:
      "This version of Excel cannot store the text in the workbook; it is kept on this computer only.",
    readFailed: (d) =>
      `Could not read the workbook (${d}). If a cell is being edited, press Enter or Esc first.`,
    reread: "Read again",
    problem: (d) => `The stored text has a problem (${d}); read as far as possible.`,
  },
  restore: {
    sameWorkbook: (t) =>
      `Restored text typed at ${t} that had not reached the workbook; saving it now.`,
    otherWorkbook: (t) =>
      `This computer holds text typed at ${t} that never reached a workbook; it may belong to another workbook.`,
    restore: "Restore it",
    dismiss: "Dismiss",
  },
};

export const NARRATIVE_STRINGS: Dictionaries<NarrativeStrings> = { zh, en };
