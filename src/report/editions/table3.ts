/** 表三: labels verbatim from spec/format.md §3.2, §4.2 and Appendix B. */
import type { EditionId, GridTableDef, HeaderNode, RowDef } from "../types";

import { TABLE_TITLES } from "./names";

export const T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
export const T3_SECTION = "三、本年度办理结果";

/** Applicant columns in printed order; the last is the row total. */
export const T3_COLUMNS = [
  { id: "natural", label: "自然人" },
  { id: "business", label: "商业企业" },
  { id: "research", label: "科研机构" },
  { id: "charity", label: "社会公益组织" },
  { id: "legal", label: "法律服务机构" },
  { id: "other", label: "其他" },
  { id: "total", label: "总计" },
] as const;

export const T3_PART_COLUMNS = T3_COLUMNS.slice(0, 6).map((c) => c.id);
export const T3_ORG_COLUMNS = T3_COLUMNS.slice(1, 6).map((c) => c.id);

const T3_HEADER: HeaderNode[] = [
  {
    label: "申请人情况",
    inPath: false,
    children: [
      { label: "自然人", id: "natural" },
      {
        label: "法人或其他组织",
        children: T3_COLUMNS.slice(1, 6).map((c) => ({ label: c.label, id: c.id })),
      },
      { label: "总计", id: "total" },
    ],
  },
];

/** 表三's groups of result rows, by the prefix of their row ids. */
export const T3_GROUP_LABELS = {
  withheld: "（三）不予公开",
  unavailable: "（四）无法提供",
  rejected: "（五）不予处理",
  other: "（六）其他处理",
} as const;
const G3 = T3_GROUP_LABELS.withheld;
const G4 = T3_GROUP_LABELS.unavailable;
const G5 = T3_GROUP_LABELS.rejected;
const G6 = T3_GROUP_LABELS.other;

function items(group: string, prefix: string, labels: string[]): RowDef[] {
  return labels.map((label, i) => ({
    id: `${prefix}${i + 1}`,
    label,
    group,
    section: T3_SECTION,
    role: "result",
  }));
}

function t3Rows(edition: EditionId): RowDef[] {
  const other: RowDef[] =
    edition === "2021"
      ? items(G6, "other", [
          "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
          "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
          "3.其他",
        ])
      : [{ id: "other", label: G6, section: T3_SECTION, role: "result" }];
  return [
    { id: "new", label: "一、本年新收政府信息公开申请数量", role: "new" },
    { id: "carried", label: "二、上年结转政府信息公开申请数量", role: "carried" },
    { id: "open", label: "（一）予以公开", section: T3_SECTION, role: "result" },
    {
      id: "partial",
      label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
      section: T3_SECTION,
      role: "result",
    },
    ...items(G3, "withheld", [
      "1.属于国家秘密",
      "2.其他法律行政法规禁止公开",
      "3.危及“三安全一稳定”",
      "4.保护第三方合法权益",
      "5.属于三类内部事务信息",
      "6.属于四类过程性信息",
      "7.属于行政执法案卷",
      "8.属于行政查询事项",
    ]),
    ...items(G4, "unavailable", [
      "1.本机关不掌握相关政府信息",
      "2.没有现成信息需要另行制作",
      "3.补正后申请内容仍不明确",
    ]),
    ...items(G5, "rejected", [
      "1.信访举报投诉类申请",
      "2.重复申请",
      "3.要求提供公开出版物",
      "4.无正当理由大量反复申请",
      "5.要求行政机关确认或重新出具已获取信息",
    ]),
    ...other,
    { id: "resultTotal", label: "（七）总计", section: T3_SECTION, role: "resultTotal" },
    { id: "carryForward", label: "四、结转下年度继续办理", role: "carryForward" },
  ];
}

export function table3(edition: EditionId): GridTableDef {
  return {
    no: 3,
    edition,
    title: TABLE_TITLES[3],
    note: T3_NOTE,
    labelColumns: 3,
    header: T3_HEADER,
    rows: t3Rows(edition),
    kind: "count",
  };
}
