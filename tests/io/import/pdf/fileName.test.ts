/**
 * A PDF without a title line takes its year and agency from the file name, as text does
 * (tests/cli/realInput.test.ts, “no title line”).
 */
import { importPdfPages } from "../../../../src/io/import/pdf";
import { renderReport } from "./synthetic";

const TITLE = /年政府信息公开工作年度报告$/;

test("no title line: the year and agency from the file name (洪泽区2023.pdf)", () => {
  const pages = renderReport({ edition: "2021" }, 2023).map((p) => ({
    ...p,
    pieces: p.pieces.filter((x) => !TITLE.test(x.text) && x.text !== "示例市示例局"),
  }));
  expect(importPdfPages(pages).report?.year ?? null).toBeNull();
  const r = importPdfPages(pages, 0, "洪泽区2023.pdf").report!;
  expect([r.year, r.agency]).toEqual([2023, "洪泽区"]);
  expect(r.edition).toBe("2021");
});
