/** Table readers: a source row → the typed problem it raises; each kind worded once. */
import { tableProblem, type TableIssue } from "../../../src/io/import/tables/problems";
import { readTable2 } from "../../../src/io/import/tables/table2";
import { readTable3 } from "../../../src/io/import/tables/table3";
import type { SourceRow } from "../../../src/io/import/types";

/** A text-input row: one cell per TAB-separated piece. */
const row = (line: number, ...texts: string[]): SourceRow => ({
  line,
  exact: false,
  cells: texts.map((t, col) => ({ label: t, value: t, col, span: 1 })),
});

describe("readTable3 detects", () => {
  it.each<[string, SourceRow[], TableIssue[]]>([
    [
      "values with no row label",
      [row(4, "3", "0", "0", "0", "0", "0", "3")],
      [{ kind: "unlabelledValues", table: 3, line: 4 }],
    ],
    [
      "label text left over at the end",
      [row(9, "本单位另有说明如下")],
      [{ kind: "notARowLabel", table: 3, line: 9, text: "本单位另有说明如下" }],
    ],
    [
      "（六）其他处理 printed both as one row and with sub-rows",
      [
        row(1, "（六）其他处理", "1", "0", "0", "0", "0", "0", "1"),
        row(
          2,
          "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
          ...["1", "0", "0", "0", "0", "0", "1"]
        ),
        row(
          3,
          "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
          ...["1", "0", "0", "0", "0", "0", "1"]
        ),
      ],
      [{ kind: "bothLayouts" }],
    ],
  ])("%s", (_, rows, issues) => {
    expect(readTable3(rows).problems).toEqual(issues.map(tableProblem));
  });

  it("nothing for a plain row", () => {
    const read = readTable3([
      row(1, "一、本年新收政府信息公开申请数量", "1", "2", "3", "4", "5", "6", "21"),
    ]);
    expect(read.problems).toEqual([]);
  });
});

describe("readTable2 detects", () => {
  it.each<[string, SourceRow[], TableIssue[]]>([
    [
      "a block heading the edition lacks",
      [row(2, "第二十条第（十）项")],
      // The heading reads most like a 2019 one, so the 2019 edition is the one that lacks it.
      [{ kind: "blockNotInEdition", line: 2, heading: "第二十条第（十）项", edition: "2019" }],
    ],
    [
      "a label line naming no row",
      [row(3, "本表由办公室填报")],
      [{ kind: "notARowLabel", table: 2, line: 3, text: "本表由办公室填报" }],
    ],
  ])("%s", (_, rows, issues) => {
    expect(readTable2(rows, "2021").problems).toEqual(issues.map(tableProblem));
  });
});

describe("tableProblem words and places each kind", () => {
  it.each<[TableIssue, object, string, string]>([
    [
      { kind: "blockNotInEdition", heading: "第二十条第（十）项", edition: "2021" },
      { table: 2, row: "第二十条第（十）项" },
      "表二“第二十条第（十）项”不属于2021年版（国办公开办函〔2021〕30号），该栏目未导入。",
      "Table 2 block “第二十条第（十）项” is not part of the 2021 edition (Guobangongkaibanhan [2021] No. 30); its rows were not imported.",
    ],
    [
      { kind: "notARowLabel", table: 3, line: 7, text: "说明" },
      { line: 7, table: 3 },
      "表三中的“说明”不是表格的行标签，已跳过。",
      "“说明” in table 3 is not a row label of the table; skipped.",
    ],
    [
      { kind: "unlabelledValues", table: 3 },
      { table: 3 },
      "表三中有一行数值没有行标签，未导入。",
      "A row of values in table 3 has no row label; it was not imported.",
    ],
    [
      { kind: "bothLayouts" },
      { table: 3, row: "（六）其他处理" },
      "表三“（六）其他处理”既印成一行又印有分项，只按多数的版式读入。",
      "Table 3 prints （六）其他处理 both as one row and with sub-rows; only the majority layout was read.",
    ],
    [
      { kind: "pdfHeaderNotFound", table: 4 },
      { table: 4 },
      "PDF 中表四的表头未能识别，无法确定各列的位置。",
      "The header of table 4 in the PDF was not recognised; its columns could not be placed.",
    ],
  ])("%j", (issue, where, zh, en) => {
    expect(tableProblem(issue)).toEqual({ where, message: { zh, en } });
  });
});
