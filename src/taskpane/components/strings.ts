/** The words of the shared finding widgets (FindingItem, BlanksItem): zh-CN first, en-US with the same keys. */
import type { Dictionaries } from "../i18n";

export interface FindingWidgetStrings {
  severity: { error: string; warning: string; info: string };
  expected: string;
  actual: string;
  goTo: (where: string) => string;
  /** A table's blank cells told as one line: by the finding lists and by 导出's pre-flight. */
  blanks: (table: string, n: number) => string;
  blanksHint: string;
  showCells: string;
  hideCells: string;
}

const zh: FindingWidgetStrings = {
  severity: { error: "错误", warning: "提醒", info: "提示" },
  expected: "应为",
  actual: "实际",
  goTo: (where) => `定位到 ${where}`,
  blanks: (table, n) => `${table}有 ${n} 个空白格，请填 0`,
  blanksHint: "没有发生的事项请填 0，不要空着或填横线。",
  showCells: "展开查看",
  hideCells: "收起",
};

const en: FindingWidgetStrings = {
  severity: { error: "Error", warning: "Warning", info: "Note" },
  expected: "Expected",
  actual: "Actual",
  goTo: (where) => `Go to ${where}`,
  blanks: (table, n) => `${table} has ${n} blank cell${n === 1 ? "" : "s"}; enter 0`,
  blanksHint: "Write 0 where there is nothing to report; do not leave cells blank or type a dash.",
  showCells: "Show cells",
  hideCells: "Hide cells",
};

export const FINDING_WIDGET_STRINGS: Dictionaries<FindingWidgetStrings> = { zh, en };
