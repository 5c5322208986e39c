/** The strings of 导入与汇总 (import, last year, consolidation): zh-CN first, en-US with the same keys. */
import { REPEAT_LIMIT } from "../../../report/narrative/repetition";
import type { Dictionaries } from "../../i18n";

export interface CompareStrings {
  heading: string;
  edition: { "2019": string; "2021": string };
  kind: { report: string; import: string; summary: string };
  sheetLine: (sheet: string, agency: string, year: number | null, edition: string) => string;
  refresh: string;
  loading: string;
  noSheets: string;
  listFailed: (detail: string) => string;
  unexpected: (detail: string) => string;
  busy: string;
  counts: (errors: number, warnings: number) => string;
  imp: {
    heading: string;
    paste: string;
    pasteHint: string;
    file: string;
    fileHint: string;
    chosen: (name: string) => string;
    clearFile: string;
    submit: string;
    nothing: string;
    fileFailed: (name: string, detail: string) => string;
    done: (sheet: string) => string;
    doneCurrent: (sheet: string) => string;
    unreadableTitle: string;
    unreadableHint: string;
    notesTitle: (n: number) => string;
    findingsTitle: (n: number) => string;
    clean: string;
  };
  last: {
    heading: string;
    hint: string;
    prev: string;
    choose: string;
    fromFile: (name: string) => string;
    file: string;
    compare: string;
    carry: string;
    carryHint: string;
    needPrev: string;
    fileUnreadable: (name: string) => string;
    same: (prev: string) => string;
    crossYearTitle: (n: number, prev: string) => string;
    carried: (n: number, sheet: string) => string;
    carriedNothing: string;
    unchanged: (n: number) => string;
    skippedTitle: string;
    askTitle: string;
    askBody: (sheet: string) => string;
    askLine: (column: string, current: string, incoming: number) => string;
    overwrite: string;
    cancel: string;
  };
  sum: {
    heading: string;
    hint: string;
    pick: string;
    agency: string;
    agencyHint: string;
    submit: string;
    needTwo: string;
    done: (sheet: string, n: number) => string;
    summaryFindings: (errors: number, warnings: number) => string;
    unitsTitle: string;
    unitLine: (errors: number, warnings: number) => string;
    goTo: (sheet: string) => string;
    refusedTitle: string;
    nothing: string;
  };
  /** 正文重复率. */
  rep: {
    heading: string;
    file: string;
    hint: string;
    submit: string;
    busy: string;
    noFile: string;
    noText: string;
    unreadable: (name: string) => string;
    rate: (p: number) => string;
    over: string;
    under: string;
    thisYear: string;
    lastYear: string;
    legend: string;
  };
}

const zh: CompareStrings = {
  heading: "导入、比对与汇总",
  edition: { "2019": "2019版", "2021": "2021版" },
  kind: { report: "本工作簿的报告", import: "导入", summary: "汇总表" },
  sheetLine: (sheet, agency, year, edition) =>
    `${sheet} · ${agency || "（未填单位）"} · ${year ?? "?"}年度 · ${edition}`,
  refresh: "刷新列表",
  loading: "正在读取报告工作表…",
  noSheets: "本工作簿还没有报告工作表。插入表格或导入报告后会列在这里。",
  listFailed: (d) => `无法读取工作簿中的报告工作表：${d}`,
  unexpected: (d) => `出错了：${d}`,
  busy: "处理中…",
  counts: (e, w) => `错误 ${e} 个，警告 ${w} 个`,
  imp: {
    heading: "导入已发布的报告",
    paste: "粘贴报告全文",
    pasteHint: "从政府网站复制年度报告全文（含三张统计表）粘贴到这里。",
    file: "或选择文件",
    fileHint:
      ".txt、.html、.json、.xlsx 工作簿或带文字的 .pdf（扫描件不能读）；GBK 编码的文件也能读。",
    chosen: (n) => `已选文件：${n}`,
    clearFile: "不用此文件",
    submit: "导入到新工作表",
    nothing: "请先粘贴报告全文或选择文件。",
    fileFailed: (n, d) => `无法读取文件“${n}”：${d}`,
    done: (s) => `已导入到新工作表“${s}”，数值按原文填入并已检查。`,
    doneCurrent: (s) =>
      `已导入到新工作表“${s}”，数值按原文填入并已检查；它现在是本工作簿的报告（“检查结果”页检查的就是它）。`,
    unreadableTitle: "无法导入，工作簿未作任何改动",
    unreadableHint: "请检查粘贴的内容是否完整（标题和三张统计表）。",
    notesTitle: (n) => `导入时发现 ${n} 处`,
    findingsTitle: (n) => `检查发现 ${n} 处`,
    clean: "检查未发现问题。",
  },
  last: {
    heading: "与上年报告比对",
    hint: "比对本工作簿的报告与上年报告：上年结转是否等于上年的结转下年度，现行有效件数是否接续。",
    prev: "上年报告",
    choose: "（请选择）",
    fromFile: (n) => `文件：${n}`,
    file: "或选择上年报告文件",
    compare: "比对",
    carry: "结转上年数据",
    carryHint:
      "把上年报告“四、结转下年度继续办理”各列填入本年“二、上年结转”。已填的不同数值会先询问。",
    needPrev: "请先选择上年报告。",
    fileUnreadable: (n) => `无法读取上年报告文件“${n}”`,
    same: (p) => `与上年报告“${p}”比对，未发现跨年度问题。`,
    crossYearTitle: (n, p) => `与上年报告“${p}”比对，发现 ${n} 处（已在表中标为橙色）`,
    carried: (n, s) => `已在工作表“${s}”的“二、上年结转”填入 ${n} 格。`,
    carriedNothing: "没有需要填入的数：上年结转已与上年报告一致。",
    unchanged: (n) => `${n} 格原本就一致。`,
    skippedTitle: "未填入",
    askTitle: "覆盖已填的数？",
    askBody: (s) => `工作表“${s}”的“二、上年结转”中，以下各列已填的数与上年报告不同：`,
    askLine: (c, cur, inc) => `${c}：现为 ${cur}，上年报告为 ${inc}`,
    overwrite: "覆盖",
    cancel: "取消",
  },
  sum: {
    heading: "汇总多个单位",
    hint: "勾选各单位的报告工作表（同一年度、同一版式），生成汇总表：每个数值格为各单位之和，并按报告规则检查。",
    pick: "参与汇总的工作表",
    agency: "汇总单位名称（可选）",
    agencyHint: "例如“某某市”；不填则为“汇总（n个单位）”。",
    submit: "生成汇总表",
    needTwo: "请至少勾选两个单位。",
    done: (s, n) => `已生成汇总表“${s}”（${n} 个单位）。`,
    summaryFindings: (e, w) => `汇总表：错误 ${e} 个，警告 ${w} 个`,
    unitsTitle: "各单位",
    unitLine: (e, w) => `错误 ${e}，警告 ${w}`,
    goTo: (s) => `转到“${s}”`,
    refusedTitle: "未汇总的单位",
    nothing: "没有可以汇总的单位，工作簿未作改动。",
  },
  rep: {
    heading: "正文重复率（与上年报告比对）",
    file: "上年度已发布的报告（文本、网页或 JSON 文件）",
    hint: "用本年度“正文”页的内容与上年报告的正文逐段比对。数字不计，连续 13 个字以上相同的部分算作重复。",
    submit: "比对正文",
    busy: "正在比对…",
    noFile: "请先选择上年度的报告文件。",
    noText: "上年报告里没有读到正文，或本年度“正文”页还没有写，无法计算重复率。",
    unreadable: (name) => `无法读取“${name}”。`,
    rate: (p) => `重复率 ${p}%`,
    over: `超过 ${REPEAT_LIMIT * 100}%，考核中会扣分（X-05）。请按本年度实际情况改写标出的段落。`,
    under: `未超过 ${REPEAT_LIMIT * 100}%。`,
    thisYear: "本年度",
    lastYear: "上年度",
    legend: "标出的是与另一年相同的文字。",
  },
};

const en: CompareStrings = {
  heading: "Import, compare and consolidate",
  edition: { "2019": "2019 edition", "2021": "2021 edition" },
  kind: { report: "this workbook's report", import: "imported", summary: "summary" },
  sheetLine: (sheet, agency, year, edition) =>
    `${sheet} · ${agency || "(no agency)"} · ${year ?? "?"} · ${edition}`,
  refresh: "Refresh list",
  loading: "Reading the report sheets…",
  noSheets:
    "This workbook has no report sheets yet. Insert the tables or import a report and it is listed here.",
  listFailed: (d) => `The report sheets could not be read: ${d}`,
  unexpected: (d) => `Something went wrong: ${d}`,
  busy: "Working…",
  counts: (e, w) => `${e} errors, ${w} warnings`,
  imp: {
    heading: "Import a published report",
    paste: "Paste the report's full text",
    pasteHint:
      "Copy the whole annual report (with its three tables) from the government website and paste it here.",
    file: "Or choose a file",
    fileHint:
      ".txt, .html, .json, an .xlsx workbook or a .pdf with text (not a scan); GBK-encoded files are read too.",
    chosen: (n) => `File chosen: ${n}`,
    clearFile: "Don't use this file",
    submit: "Import to a new sheet",
    nothing: "Paste the report's text or choose a file first.",
    fileFailed: (n, d) => `The file “${n}” could not be read: ${d}`,
    done: (s) => `Imported to the new sheet “${s}”, values as printed, and checked.`,
    doneCurrent: (s) =>
      `Imported to the new sheet “${s}”, values as printed, and checked. It is now this workbook's report (the one Check results checks).`,
    unreadableTitle: "Cannot import; the workbook was not changed",
    unreadableHint: "Check that the pasted text is complete (the title and the three tables).",
    notesTitle: (n) => `${n} notes from the import`,
    findingsTitle: (n) => `${n} findings`,
    clean: "No problems found.",
  },
  last: {
    heading: "Compare with last year's report",
    hint: "Compare this workbook's report with last year's: 上年结转 against last year's 结转下年度, and the documents in force.",
    prev: "Last year's report",
    choose: "(choose)",
    fromFile: (n) => `File: ${n}`,
    file: "Or choose last year's file",
    compare: "Compare",
    carry: "Carry over last year's figures",
    carryHint:
      "Fill this year's 二、上年结转 from last year's 四、结转下年度继续办理, column by column. You are asked before different typed values are replaced.",
    needPrev: "Choose last year's report first.",
    fileUnreadable: (n) => `Last year's file “${n}” cannot be read`,
    same: (p) => `Compared with “${p}”: no cross-year problems.`,
    crossYearTitle: (n, p) => `Compared with “${p}”: ${n} findings (coloured orange in the tables)`,
    carried: (n, s) => `Filled ${n} cells of 二、上年结转 on sheet “${s}”.`,
    carriedNothing: "Nothing to fill: 上年结转 already matches last year's report.",
    unchanged: (n) => `${n} cells already matched.`,
    skippedTitle: "Not filled",
    askTitle: "Replace typed values?",
    askBody: (s) =>
      `On sheet “${s}”, these columns of 二、上年结转 hold values that differ from last year's report:`,
    askLine: (c, cur, inc) => `${c}: now ${cur}, last year's report ${inc}`,
    overwrite: "Replace",
    cancel: "Cancel",
  },
  sum: {
    heading: "Consolidate several units",
    hint: "Tick the units' report sheets (same year and edition) to make a summary sheet: every value cell is the units' sum, checked like any report.",
    pick: "Sheets to consolidate",
    agency: "Name on the summary (optional)",
    agencyHint: "e.g. the city; by default “汇总（n个单位）”.",
    submit: "Make the summary sheet",
    needTwo: "Tick at least two units.",
    done: (s, n) => `Summary sheet “${s}” made (${n} units).`,
    summaryFindings: (e, w) => `Summary: ${e} errors, ${w} warnings`,
    unitsTitle: "Units",
    unitLine: (e, w) => `${e} errors, ${w} warnings`,
    goTo: (s) => `Go to “${s}”`,
    refusedTitle: "Units not included",
    nothing: "No unit could be consolidated; the workbook was not changed.",
  },
  rep: {
    heading: "Repeated text (against last year's report)",
    file: "Last year's published report (text, web page or JSON file)",
    hint: "Compares the text of this year's 正文 view with last year's, section by section. Figures are ignored; runs of 13 or more identical characters count as repeated.",
    submit: "Compare the text",
    busy: "Comparing…",
    noFile: "Choose last year's report file first.",
    noText:
      "No text was found in last year's report, or this year's text is not written yet; there is nothing to measure.",
    unreadable: (name) => `“${name}” cannot be read.`,
    rate: (p) => `${p}% repeated`,
    over: `Above ${REPEAT_LIMIT * 100}%: assessments deduct points (X-05). Rewrite the marked passages for this year.`,
    under: `Not above ${REPEAT_LIMIT * 100}%.`,
    thisYear: "This year",
    lastYear: "Last year",
    legend: "Marked: text that is the same in the other year.",
  },
};

export const COMPARE_STRINGS: Dictionaries<CompareStrings> = { zh, en };
