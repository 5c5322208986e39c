/** Finding messages in plain words for a clerk, zh-CN first, en-US alongside. */
import { describeCell } from "../cells";
import type { CellRef, Message } from "../types";
import type { ValueIssue } from "../values";

const T3_COL_ZH = (column: string) => column.split("/").pop() ?? column;

export function relationMessage(
  rule: string,
  cells: CellRef[],
  expected: number,
  actual: number
): Message {
  const first = cells[0];
  const col = T3_COL_ZH(first.column);
  switch (rule) {
    case "T3-01":
      return {
        zh: `表三“${col}”列：第一项加第二项之和（${expected}）应等于（七）总计加第四项之和（${actual}），相差 ${fmt(actual - expected)}。`,
        en: `Table 3, column “${col}”: items 一 + 二 (${expected}) must equal （七）总计 + 四 (${actual}); off by ${fmt(actual - expected)}.`,
      };
    case "T3-02":
      return {
        zh: `表三“${col}”列：（七）总计填的是 ${actual}，但各项办理结果相加是 ${expected}。`,
        en: `Table 3, column “${col}”: （七）总计 is ${actual}, but the result rows add up to ${expected}.`,
      };
    case "T3-03":
      return {
        zh: `表三“${[first.group, first.row].filter(Boolean).join(" ")}”行：总计填的是 ${actual}，但六类申请人相加是 ${expected}。`,
        en: `Table 3, row “${[first.group, first.row].filter(Boolean).join(" ")}”: 总计 is ${actual}, but the six applicant columns add up to ${expected}.`,
      };
    default: {
      const group = first.column.split("/").slice(0, -1).join("·");
      return {
        zh: `表四“${group}”：总计填的是 ${actual}，但结果维持、结果纠正、其他结果、尚未审结相加是 ${expected}。`,
        en: `Table 4, “${group}”: 总计 is ${actual}, but 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = ${expected}.`,
      };
    }
  }
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
