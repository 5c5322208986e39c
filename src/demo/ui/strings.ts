/** The few words the demo workbook shows, in the host's display language. */
export interface DemoStrings {
  ok: string;
  cancel: string;
  defaultAlertTitle: string;
  defaultAlertMessage: string;
  protectedMessage: string;
  formulaMessage: string;
  sheetTabs: string;
  grid: (sheet: string) => string;
  nameBox: string;
  cellEditor: string;
}

const zh: DemoStrings = {
  ok: "确定",
  cancel: "取消",
  defaultAlertTitle: "Microsoft Excel",
  defaultAlertMessage: "此值与此单元格定义的数据验证限制不匹配。",
  protectedMessage: "您试图更改的单元格或图表位于受保护的工作表中。",
  formulaMessage: "此公式有问题。",
  sheetTabs: "工作表",
  grid: (s) => `工作表 ${s}`,
  nameBox: "名称框",
  cellEditor: "单元格编辑器",
};

const en: DemoStrings = {
  ok: "OK",
  cancel: "Cancel",
  defaultAlertTitle: "Microsoft Excel",
  defaultAlertMessage:
    "This value doesn't match the data validation restrictions defined for this cell.",
  protectedMessage: "The cell or chart you're trying to change is on a protected sheet.",
  formulaMessage: "There's a problem with this formula.",
  sheetTabs: "Sheets",
  grid: (s) => `Sheet ${s}`,
  nameBox: "Name Box",
  cellEditor: "Cell editor",
};

export function stringsFor(lang: string): DemoStrings {
  return lang.toLowerCase().startsWith("zh") ? zh : en;
}
