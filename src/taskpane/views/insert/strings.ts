/** The 插入表格 view's words: zh-CN first, en-US with the same keys. */
import type { Dictionaries } from "../../i18n";

export interface InsertStrings {
  heading: string;
  year: string;
  yearHint: string;
  yearEmpty: string;
  yearNotNumber: string;
  yearOutOfRange: (min: number, max: number) => string;
  edition: string;
  editionAuto: (name: string) => string;
  edition2019: string;
  edition2021: string;
  editionMismatch: (year: number, wanted: string) => string;
  agency: string;
  agencyHint: string;
  totalsAsFormulas: string;
  totalsAsFormulasHint: string;
  submit: string;
  done: (sheet: string, address: string) => string;
  doneKept: (sheet: string, address: string, kept: number) => string;
  occupiedTitle: string;
  occupiedBody: (sheet: string, address: string) => string;
  wouldDropTitle: string;
  wouldDropBody: (sheet: string, lost: number) => string;
  overwrite: string;
  newSheet: string;
}

const zh: InsertStrings = {
  heading: "插入统计表格",
  year: "报告年度",
  yearHint: "填写报告所统计的年度，例如 2024（即 2024 年 1 月 1 日至 12 月 31 日）。",
  yearEmpty: "请填写报告年度，例如 2024。",
  yearNotNumber: "报告年度只能填四位数字，例如 2024。",
  yearOutOfRange: (min, max) => `报告年度应在 ${min} 年到 ${max} 年之间。`,
  edition: "表格版式",
  editionAuto: (name) => `按年度自动选择（${name}）`,
  edition2019: "2019试行版",
  edition2021: "2021版",
  editionMismatch: (year, wanted) =>
    `${year} 年度的报告按规定应使用${wanted}，请确认是否确需改用其他版式。`,
  agency: "机关名称",
  agencyHint: "例如：某某市某某局。会写在表格上方的标题里。",
  totalsAsFormulas: "总计由公式自动计算",
  totalsAsFormulasHint: "不勾选时，总计由您自己填写，检查功能会核对是否算对。",
  submit: "插入表格",
  done: (sheet, address) => `表格已插入到工作表“${sheet}”的 ${address}。`,
  doneKept: (sheet, address, kept) =>
    `表格已更新（工作表“${sheet}”，${address}），原来填写的 ${kept} 个数字都保留了。`,
  occupiedTitle: "这里已经有内容",
  occupiedBody: (sheet, address) =>
    `工作表“${sheet}”的 ${address} 已经有内容，插入表格会覆盖它们。建议插入到新工作表。`,
  wouldDropTitle: "换版式会丢失部分数字",
  wouldDropBody: (sheet, lost) =>
    `工作表“${sheet}”上的表格已填了数字，改用所选版式后有 ${lost} 个数字没有对应的格子，将会丢失。建议插入到新工作表。`,
  overwrite: "仍然覆盖",
  newSheet: "插入到新工作表",
};

const en: InsertStrings = {
  heading: "Insert the statistical tables",
  year: "Report year",
  yearHint: "The year the report covers, e.g. 2024 (1 January to 31 December 2024).",
  yearEmpty: "Enter the report year, e.g. 2024.",
  yearNotNumber: "The report year must be four digits, e.g. 2024.",
  yearOutOfRange: (min, max) => `The report year must be between ${min} and ${max}.`,
  edition: "Table edition",
  editionAuto: (name) => `Follow the year (${name})`,
  edition2019: "2019 trial edition",
  edition2021: "2021 edition",
  editionMismatch: (year, wanted) =>
    `A ${year} report must use the ${wanted}; make sure you really need another edition.`,
  agency: "Agency name",
  agencyHint: "E.g. the city's bureau of …; used in the title above the tables.",
  totalsAsFormulas: "Compute totals with formulas",
  totalsAsFormulasHint:
    "When unticked you type the totals yourself and the check tells you if they add up.",
  submit: "Insert tables",
  done: (sheet, address) => `Tables inserted on sheet “${sheet}” at ${address}.`,
  doneKept: (sheet, address, kept) =>
    `Tables updated (sheet “${sheet}”, ${address}); all ${kept} numbers you had typed were kept.`,
  occupiedTitle: "This place is not empty",
  occupiedBody: (sheet, address) =>
    `Sheet “${sheet}” already has content in ${address}; inserting the tables would overwrite it. Inserting on a new sheet is safer.`,
  wouldDropTitle: "Switching edition would lose numbers",
  wouldDropBody: (sheet, lost) =>
    `The tables on sheet “${sheet}” hold numbers; ${lost} of them have no cell in the chosen edition and would be lost. Inserting on a new sheet is safer.`,
  overwrite: "Overwrite anyway",
  newSheet: "Insert on a new sheet",
};

export const INSERT_STRINGS: Dictionaries<InsertStrings> = { zh, en };
