/** The 检查结果 view's words: zh-CN first, en-US with the same keys. */
import type { Dictionaries } from "../../i18n";

export interface FindingsStrings {
  heading: string;
  recheck: string;
  errors: (n: number) => string;
  warnings: (n: number) => string;
  infos: (n: number) => string;
  checking: string;
  notChecked: string;
  noReport: string;
  allGood: string;
  damagedTitle: string;
  problemsTitle: string;
  checkedAt: (sheet: string, time: string) => string;
  /** After checkedAt, when last year's report (linked in 导入与汇总) was checked against too. */
  withLastYear: (sheet: string) => string;
  groups: { suspect: string; t2: string; t3: string; t4: string; other: string };
  groupCount: (n: number) => string;
  /** LOC-01's one-click fix: the button and the question before writing. */
  fixTo: (value: string) => string;
  fixTitle: string;
  fixBody: (place: string, from: string, to: string) => string;
  /** Between table names in a list (表二、表三). */
  tableJoin: string;
  /** One action for the blank cells of a table: fill them with 0 (asked first). */
  fillZeros: string;
  fillZerosTitle: string;
  fillZerosBody: (table: string, n: number) => string;
  fillZerosConfirm: (n: number) => string;
}

const zh: FindingsStrings = {
  heading: "检查结果",
  recheck: "重新检查",
  errors: (n) => `错误 ${n}`,
  warnings: (n) => `提醒 ${n}`,
  infos: (n) => `提示 ${n}`,
  checking: "正在检查…",
  notChecked: "还没有检查。点击“重新检查”。",
  noReport: "本工作簿里还没有年度报告表格。请先在“插入表格”中插入。",
  allGood: "没有发现问题，各项勾稽关系都成立。",
  damagedTitle: "表格结构被改动，暂时无法检查",
  problemsTitle: "表格结构需要注意",
  checkedAt: (sheet, time) => `已检查工作表“${sheet}”（${time}）`,
  withLastYear: (sheet) => `，并与上年报告（工作表“${sheet}”）核对`,
  groups: {
    suspect: "最可能填错的格子",
    t2: "表二 主动公开",
    t3: "表三 收到和处理申请",
    t4: "表四 行政复议、行政诉讼",
    other: "其他",
  },
  groupCount: (n) => `${n} 项`,
  fixTo: (value) => `改为 ${value}`,
  fixTitle: "改正这个格子？",
  fixBody: (place, from, to) =>
    `将把 ${place} 从 ${from} 改为 ${to}。改后各项勾稽关系都会成立；如原始记录不是 ${to}，请取消并核对其他格子。`,
  tableJoin: "、",
  fillZeros: "把空白格填为 0",
  fillZerosTitle: "把空白格填为 0？",
  fillZerosBody: (tables, n) =>
    `${tables}有 ${n} 个格子空着或填了横线，将全部填为 0。只有确实没有发生的事项才应填 0。`,
  fillZerosConfirm: (n) => `填入 ${n} 个 0`,
};

const en: FindingsStrings = {
  heading: "Check results",
  recheck: "Check again",
  errors: (n) => `${n} error${n === 1 ? "" : "s"}`,
  warnings: (n) => `${n} warning${n === 1 ? "" : "s"}`,
  infos: (n) => `${n} note${n === 1 ? "" : "s"}`,
  checking: "Checking…",
  notChecked: "Not checked yet. Click “Check again”.",
  noReport:
    "This workbook has no annual-report tables yet. Insert them under “Insert tables” first.",
  allGood: "No problems found; every balancing rule holds.",
  damagedTitle: "The table structure was changed, so it cannot be checked",
  problemsTitle: "The table structure needs attention",
  checkedAt: (sheet, time) => `Checked sheet “${sheet}” (${time})`,
  withLastYear: (sheet) => `, against last year's report (sheet “${sheet}”)`,
  groups: {
    suspect: "Most likely mistyped",
    t2: "Table 2 · proactive disclosure",
    t3: "Table 3 · requests",
    t4: "Table 4 · review and litigation",
    other: "Other",
  },
  groupCount: (n) => `${n} item${n === 1 ? "" : "s"}`,
  fixTo: (value) => `Change to ${value}`,
  fixTitle: "Correct this cell?",
  fixBody: (place, from, to) =>
    `${place} will change from ${from} to ${to}. Every balancing rule then holds; if your records do not say ${to}, cancel and check the other cells.`,
  tableJoin: ", ",
  fillZeros: "Fill blank cells with 0",
  fillZerosTitle: "Fill the blank cells with 0?",
  fillZerosBody: (tables, n) =>
    `${n} cell${n === 1 ? "" : "s"} of ${tables} ${n === 1 ? "is" : "are"} blank or hold a dash; all will be set to 0. Write 0 only where nothing happened.`,
  fillZerosConfirm: (n) => `Write ${n} zero${n === 1 ? "" : "s"}`,
};

export const FINDINGS_STRINGS: Dictionaries<FindingsStrings> = { zh, en };
