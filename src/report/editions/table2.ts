/** 表二 of each edition: labels verbatim from spec/format.md §3.1 and §4.1. */
import type { BlockDef, Table2Def } from "../types";
import { TABLE_TITLES } from "./names";

const ITEM_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** A 第二十条 block: item n's heading as printed, its columns and rows under 信息内容. */
function block(n: number, columns: BlockDef["columns"], rows: BlockDef["rows"]): BlockDef {
  return {
    id: `item${n}`,
    heading: `第二十条第（${ITEM_NUMERALS[n - 1]}）项`,
    rowHeader: "信息内容",
    columns,
    rows,
  };
}

export const table2of2021: Table2Def = {
  no: 2,
  edition: "2021",
  title: TABLE_TITLES[2],
  blocks: [
    block(
      1,
      [
        { id: "issued", label: "本年制发件数", kind: "count" },
        { id: "repealed", label: "本年废止件数", kind: "count" },
        { id: "inForce", label: "现行有效件数", kind: "count" },
      ],
      [
        { id: "rules", label: "规章" },
        { id: "normative", label: "行政规范性文件" },
      ]
    ),
    block(
      5,
      [{ id: "decisions", label: "本年处理决定数量", kind: "count" }],
      [{ id: "licensing", label: "行政许可" }]
    ),
    block(
      6,
      [{ id: "decisions", label: "本年处理决定数量", kind: "count" }],
      [
        { id: "penalty", label: "行政处罚" },
        { id: "enforcement", label: "行政强制" },
      ]
    ),
    block(
      8,
      [{ id: "amount", label: "本年收费金额（单位：万元）", kind: "amount" }],
      [{ id: "fees", label: "行政事业性收费" }]
    ),
  ],
};

const ITEM_COLUMNS_2019 = [
  { id: "prevItems", label: "上一年项目数量", kind: "count" as const },
  { id: "change", label: "本年增/减", kind: "signedCount" as const },
  { id: "decisions", label: "处理决定数量", kind: "count" as const },
];

export const table2of2019: Table2Def = {
  no: 2,
  edition: "2019",
  title: TABLE_TITLES[2],
  blocks: [
    block(
      1,
      [
        { id: "made", label: "本年新制作数量", kind: "count" },
        { id: "published", label: "本年新公开数量", kind: "count" },
        { id: "total", label: "对外公开总数量", kind: "count" },
      ],
      [
        { id: "rules", label: "规章" },
        { id: "normative", label: "规范性文件" },
      ]
    ),
    block(5, ITEM_COLUMNS_2019, [
      { id: "licensing", label: "行政许可" },
      { id: "otherServices", label: "其他对外管理服务事项" },
    ]),
    block(6, ITEM_COLUMNS_2019, [
      { id: "penalty", label: "行政处罚" },
      { id: "enforcement", label: "行政强制" },
    ]),
    block(8, ITEM_COLUMNS_2019.slice(0, 2), [{ id: "fees", label: "行政事业性收费" }]),
    block(
      9,
      [
        { id: "count", label: "采购项目数量", kind: "count" },
        // format.md §4.1: printed without a unit in the only verbatim copy; （万元） is unconfirmed.
        { id: "amount", label: "采购总金额", kind: "amount" },
      ],
      [{ id: "procurement", label: "政府集中采购" }]
    ),
  ],
};
