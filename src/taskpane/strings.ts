/** The shell's words (title, tabs, what every view may say): zh-CN first, en-US with the same keys. */
import type { Dictionaries } from "./i18n";

export type ViewId = "insert" | "findings" | "compare" | "narrative" | "export";

export interface ShellStrings {
  appTitle: string;
  tabsLabel: string;
  /** Tab labels live here, not in the views' strings, so a deferred view's words load with it. */
  tabs: Record<ViewId, string>;
  /** The help link at the foot of the pane. */
  help: string;
  cancel: string;
  busy: string;
  /** Shown while a view's code is fetched (its tab opened for the first time). */
  loadingView: string;
  /** A view's code could not be fetched (offline, or the add-in was updated meanwhile). */
  viewLoadFailed: string;
  unexpectedError: (detail: string) => string;
  /** A confirmed write to cells (AskedWrite) failed. */
  writeFailed: (detail: string) => string;
}

const zh: ShellStrings = {
  appTitle: "政府信息公开工作年度报告",
  tabsLabel: "功能",
  tabs: {
    insert: "插入表格",
    findings: "检查结果",
    compare: "导入与汇总",
    narrative: "正文",
    export: "导出",
  },
  help: "使用帮助",
  cancel: "取消",
  busy: "正在处理…",
  loadingView: "正在加载…",
  viewLoadFailed: "这一页没有加载出来，可能是网络中断了。请关闭任务窗格后重新打开。",
  unexpectedError: (detail) => `操作没有完成：${detail}。已填写的内容没有改动，可以再试一次。`,
  writeFailed: (detail) => `没有改成：${detail}。表格没有改动，可以再试一次。`,
};

const en: ShellStrings = {
  appTitle: "Government Information Disclosure Annual Report",
  tabsLabel: "Views",
  tabs: {
    insert: "Insert tables",
    findings: "Check results",
    compare: "Import & compare",
    narrative: "Text",
    export: "Export",
  },
  help: "Help",
  cancel: "Cancel",
  busy: "Working…",
  loadingView: "Loading…",
  viewLoadFailed:
    "This page did not load; the network may be down. Close the task pane and open it again.",
  unexpectedError: (detail) =>
    `The action did not finish: ${detail}. Nothing you typed was changed; you can try again.`,
  writeFailed: (detail) =>
    `The cell was not changed: ${detail}. The tables are as they were; you can try again.`,
};

export const SHELL_STRINGS: Dictionaries<ShellStrings> = { zh, en };
