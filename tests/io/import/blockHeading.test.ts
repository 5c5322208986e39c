/** 表二's block heading and row header: one test and one label list for the text, HTML and PDF readers. */
import { T2_ROW_HEADERS } from "../../../src/io/import/labels/vocabulary";
import { isBlockHeading } from "../../../src/io/import/tables/table2";
import { EDITIONS } from "../../../src/report/editions";

test.each([
  ["第二十条第（一）项", true],
  ["第二十条第(五)项", true],
  ["第 二 十 条 第（八）项", true],
  ["第⼆⼗条第（一）项", true], // Kangxi radicals, as some PDF producers write 二十
  ["第（一）项", true],
  ["第二项", true],
  ["第二条", false],
  ["信息内容", false],
  ["本年制发件数", false],
] as const)("isBlockHeading(%s) → %s", (text, want) => {
  expect(isBlockHeading(text)).toBe(want);
});

test("every edition's block headings are headings; the row headers are the declared ones, once each", () => {
  const blocks = Object.values(EDITIONS).flatMap((e) => e.t2.blocks);
  for (const b of blocks) expect([b.heading, isBlockHeading(b.heading)]).toEqual([b.heading, true]);
  expect(T2_ROW_HEADERS.map((c) => c.data)).toEqual([...new Set(blocks.map((b) => b.rowHeader))]);
});
