/** Finding messages in plain words for a clerk, zh-CN first, en-US alongside. */
import { describeCell } from "../cells";
import { TABLE_NAMES } from "../editions";
import { T4_PARTS } from "../editions/table4Labels";
import type { CellRef, Message, SumRuleId } from "../types";
import type { ValueIssue } from "../values";

const lastOf = (column: string) => column.split("/").pop() ?? column;
const rowOf = (c: CellRef) => [c.group, c.row].filter(Boolean).join(" ");
const groupOf = (c: CellRef) => c.column.split("/").slice(0, -1).join("·");

const T4_PART_LABELS = T4_PARTS.map((r) => r.label);

/** 表四's three groups share one wording: 总计 against its four results. */
function t4Message(cells: CellRef[], expected: number, actual: number): Message {
  const group = groupOf(cells[0]);
  return {
    zh: `${TABLE_NAMES[4].zh}“${group}”：总计填的是 ${actual}，但${T4_PART_LABELS.join("、")}相加是 ${expected}。`,
    en: `${TABLE_NAMES[4].en}, “${group}”: 总计 is ${actual}, but ${T4_PART_LABELS.join(" + ")} = ${expected}.`,
  };
}

type Wording = (cells: CellRef[], expected: number, actual: number) => Message;

/** The words of each sum rule; a rule the editions declare without wording here does not compile. */
const RELATION_WORDING: Record<SumRuleId, Wording> = {
  "T3-01": (cells, expected, actual) => ({
    zh: `${TABLE_NAMES[3].zh}“${lastOf(cells[0].column)}”列：第一项加第二项之和（${expected}）应等于（七）总计加第四项之和（${actual}），相差 ${fmt(actual - expected)}。`,
    en: `${TABLE_NAMES[3].en}, column “${lastOf(cells[0].column)}”: items 一 + 二 (${expected}) must equal （七）总计 + 四 (${actual}); off by ${fmt(actual - expected)}.`,
  }),
  "T3-02": (cells, expected, actual) => ({
    zh: `${TABLE_NAMES[3].zh}“${lastOf(cells[0].column)}”列：（七）总计填的是 ${actual}，但各项办理结果相加是 ${expected}。`,
    en: `${TABLE_NAMES[3].en}, column “${lastOf(cells[0].column)}”: （七）总计 is ${actual}, but the result rows add up to ${expected}.`,
  }),
  "T3-03": (cells, expected, actual) => ({
    zh: `${TABLE_NAMES[3].zh}“${rowOf(cells[0])}”行：总计填的是 ${actual}，但六类申请人相加是 ${expected}。`,
    en: `${TABLE_NAMES[3].en}, row “${rowOf(cells[0])}”: 总计 is ${actual}, but the six applicant columns add up to ${expected}.`,
  }),
  "T4-01": t4Message,
  "T4-02": t4Message,
  "T4-03": t4Message,
};

export function relationMessage(
  rule: SumRuleId,
  cells: CellRef[],
  expected: number,
  actual: number
): Message {
  return RELATION_WORDING[rule](cells, expected, actual);
}

function fmt(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

const ISSUE_TEXT: Record<ValueIssue, Message> = {
  blank: {
    zh: "空着没填，没有发生的请填 0",
    en: "is blank; write 0 where there is nothing to report",
  },
  dash: { zh: "填的是横线或斜线，请改填 0", en: "holds a dash or slash; write 0 instead" },
  text: {
    zh: "不是数字，无法参与计算，请填整数",
    en: "is not a number and cannot be added up; enter a whole number",
  },
  negative: { zh: "是负数，件数不能为负", en: "is negative; counts cannot be negative" },
  fraction: { zh: "有小数，件数应为整数", en: "has a fraction; counts are whole numbers" },
  fullwidth: {
    zh: "用了全角数字，请改为半角数字",
    en: "uses full-width digits; type ordinary (half-width) digits",
  },
  thousands: {
    zh: "带千分位逗号，请只填数字",
    en: "contains thousands separators; type the digits only",
  },
  unit: {
    zh: "带了单位文字，格子里只填数字（单位见表头）",
    en: "contains unit text; the cell takes the number only (the unit is in the header)",
  },
  annotated: {
    zh: "数字后带了括号说明，已按括号前的数字读取；说明请写在正文里",
    en: "has a remark in brackets after the number; read as the number before it (put remarks in the text)",
  },
};

export function valueMessage(issue: ValueIssue, cell: CellRef, raw: string): Message {
  const t = ISSUE_TEXT[issue];
  if (issue === "blank")
    return {
      zh: `${describeCell(cell, "zh")}：${t.zh}。`,
      en: `${describeCell(cell, "en")}: ${t.en}.`,
    };
  return {
    zh: `${describeCell(cell, "zh")}：“${raw}”${t.zh}。`,
    en: `${describeCell(cell, "en")}: “${raw}” ${t.en}.`,
  };
}
