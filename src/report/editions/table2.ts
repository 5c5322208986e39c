/** 表二 of each edition: labels verbatim from spec/format.md §3.1 and §4.1. */
import type { BlockDef, EditionId, Table2Def } from "../types";
import { TABLE_TITLES, zhNumeral } from "./names";

type Column = BlockDef["columns"][number];

/** A 第二十条 block: item n's heading as printed, its columns and rows under 信息内容. */
function block(n: number, columns: Column[], rows: BlockDef["rows"]): BlockDef {
  return {
    id: `item${n}`,
    heading: `第二十条第（${zhNumeral(n)}）项`,
    rowHeader: "信息内容",
    columns,
    rows,
  };
}

const count = (id: string, label: string): Column => ({ id, label, kind: "count" });
const amount = (id: string, label: string): Column => ({ id, label, kind: "amount" });

/** 第二十条第（一）项: counts of 规章 and of normative documents, which each edition names its own way. */
function item1(columns: Column[], normative: string): BlockDef {
  return block(1, columns, [
    { id: "rules", label: "规章" },
    { id: "normative", label: normative },
  ]);
}

function table2(edition: EditionId, blocks: BlockDef[]): Table2Def {
  return { no: 2, edition, title: TABLE_TITLES[2], blocks };
}

export const table2of2021 = table2("2021", [
  item1(
    [
      count("issued", "本年制发件数"),
      count("repealed", "本年废止件数"),
      count("inForce", "现行有效件数"),
    ],
    "行政规范性文件"
  ),
  block(5, [count("decisions", "本年处理决定数量")], [{ id: "licensing", label: "行政许可" }]),
  block(
    6,
    [count("decisions", "本年处理决定数量")],
    [
      { id: "penalty", label: "行政处罚" },
      { id: "enforcement", label: "行政强制" },
    ]
  ),
  block(
    8,
    [amount("amount", "本年收费金额（单位：万元）")],
    [{ id: "fees", label: "行政事业性收费" }]
  ),
]);

const ITEM_COLUMNS_2019: Column[] = [
  count("prevItems", "上一年项目数量"),
  { id: "change", label: "本年增/减", kind: "signedCount" },
  count("decisions", "处理决定数量"),
];

export const table2of2019 = table2("2019", [
  item1(
    [
      count("made", "本年新制作数量"),
      count("published", "本年新公开数量"),
      count("total", "对外公开总数量"),
    ],
    "规范性文件"
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
      count("count", "采购项目数量"),
      // format.md §4.1: printed without a unit in the only verbatim copy; （万元） is unconfirmed.
      amount("amount", "采购总金额"),
    ],
    [{ id: "procurement", label: "政府集中采购" }]
  ),
]);
