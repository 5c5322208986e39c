/** Table widths from content, label breaks without a lone character, and titles broken between parts. */
import {
  fitColumns,
  fitPrinted,
  labelBreaks,
  leavesLoneChar,
  safeBreaks,
  textEm,
  wrapText,
} from "../../../src/io/export/fit";
import { tableGrids } from "../../../src/io/export/layout";
import { titleLines } from "../../../src/io/export/titleLines";
import { cellsOf } from "../../../src/report/cells";
import type { Report } from "../../../src/report/types";
import { sampleReport } from "./fixtures";

describe("measuring and wrapping", () => {
  test("CJK 1 em, digits 0.56, brackets never start or end a line, figures never split", () => {
    expect(textEm("自然人")).toBe(3);
    expect(textEm("155950")).toBeCloseTo(3.36, 5);
    expect(wrapText("（三）不予公开", 3.5)).toEqual(["（三）", "不予公", "开"]);
    expect(wrapText("合计155950件", 4)).toEqual(["合计", "155950", "件"]);
    // 、 stays with the character before it rather than starting a line.
    expect(wrapText("不补正、行政机关", 3)).toEqual(["不补", "正、行", "政机关"]);
  });

  test("a lone last character is one under a longer line; stacks and punctuation do not count", () => {
    expect(leavesLoneChar(["（三）不予公", "开"])).toBe(true);
    expect(leavesLoneChar(["三、", "本", "年"])).toBe(false);
    expect(leavesLoneChar(["不予公开"])).toBe(false);
    expect(leavesLoneChar(["（三）不予", "公开"])).toBe(false);
  });

  test("labelBreaks evens the lines out; safeBreaks never leaves a character alone", () => {
    expect(labelBreaks("（三）不予公开", 6.2)).toEqual(["（三）不", "予公开"]);
    expect(labelBreaks("社会公益组织", 2.5)).toEqual(["社会", "公益", "组织"]);
    expect(safeBreaks("自然人", 2.5)).toEqual(["自", "然", "人"]);
    for (let cap = 3; cap < 16; cap += 0.5)
      expect([cap, leavesLoneChar(safeBreaks("2.其他法律行政法规禁止公开", cap))]).toEqual([
        cap,
        false,
      ]);
  });
});

const times = (r: Report, k: number): Report => ({
  ...r,
  values: Object.fromEntries(
    Object.entries(r.values).map(([key, v]) => [key, typeof v === "number" ? v * k : v])
  ),
});

describe("fitColumns", () => {
  test("widths sum to the 版心; every figure fits its column at the chosen size", () => {
    for (const r of [sampleReport("2021"), sampleReport("2019"), times(sampleReport("2021"), 50)])
      for (const g of tableGrids(r)) {
        const fit = fitPrinted(g);
        expect(fit.widths.reduce((s, w) => s + w, 0)).toBeCloseTo(8844, 6);
        expect([g.no, fit.overflow, fit.lone]).toEqual([g.no, false, 0]);
        const em = 210 * (fit.shrunk ? 18 / 21 : 1);
        const pad = fit.tight ? 30 : 114;
        for (const c of g.rows.flat().filter((c) => c.role === "value"))
          expect(textEm(c.text) * em + pad).toBeLessThanOrEqual(
            fit.widths.slice(c.col, c.col + c.colSpan).reduce((s, w) => s + w, 0)
          );
      }
  });

  test("value cells shrink to 小五 only when the figures need it", () => {
    const small = { ...sampleReport("2021"), values: {} };
    expect(tableGrids(small).map((g) => fitPrinted(g).shrunk)).toEqual([false, false, false]);
    const big = times(sampleReport("2021"), 50);
    expect(tableGrids(big).map((g) => fitPrinted(g).shrunk)).toEqual([false, true, true]);
  });

  test("a figure wider than the table can ever give is reported as overflow, not hidden", () => {
    const g = tableGrids(sampleReport("2021"))[2];
    const t4 = cellsOf({ edition: "2021" }).filter((c) => c.table === 4);
    const values = Object.fromEntries(t4.map((c) => [c.key, 12345678901234]));
    const huge = tableGrids({ ...sampleReport("2021"), values })[2];
    expect(fitColumns(g, { total: 8844, em: 210, padding: 114 }).overflow).toBe(true);
    expect(fitPrinted(huge).overflow).toBe(true);
  });

  test("表三's label columns: the section stacks, groups and items read whole, no lone characters", () => {
    const g = tableGrids(sampleReport("2021"))[1];
    const fit = fitPrinted(g);
    const cap = (col: number, span = 1) =>
      (fit.widths.slice(col, col + span).reduce((s, w) => s + w, 0) - 114) / 210;
    expect(cap(0)).toBeLessThan(1.5);
    expect(cap(1)).toBeGreaterThanOrEqual(3);
    for (const c of g.rows.flat().filter((c) => c.role === "rowLabel"))
      expect([c.text, leavesLoneChar(safeBreaks(c.text, cap(c.col, c.colSpan)))]).toEqual([
        c.text,
        false,
      ]);
  });
});

describe("titleLines", () => {
  const cap = 8844 / 440;
  test("one line when it fits; else after the agency / before the year, never inside a word", () => {
    expect(titleLines("某局2024年政府信息公开工作年度报告", "某局", cap)).toEqual([
      "某局2024年政府信息公开工作年度报告",
    ]);
    expect(
      titleLines("淮安市人民政府2024年政府信息公开工作年度报告", "淮安市人民政府", cap)
    ).toEqual(["淮安市人民政府", "2024年政府信息公开工作年度报告"]);
    // An imported title whose agency reads differently: still before the year.
    expect(titleLines("海珠区投资促进局2020年度政府信息公开工作年度报告", "", cap)).toEqual([
      "海珠区投资促进局",
      "2020年度政府信息公开工作年度报告",
    ]);
  });

  test("a long agency breaks after an administrative unit, the rest before the year", () => {
    const t = "广东省广州市海珠区人民政府投资促进和招商引资服务中心2020年政府信息公开工作年度报告";
    const lines = titleLines(t, "", cap);
    expect(lines.join("")).toBe(t);
    expect(lines.length).toBe(3);
    expect(lines.every((l) => textEm(l) <= cap)).toBe(true);
    expect(lines[lines.length - 1]).toBe("2020年政府信息公开工作年度报告");
  });
});
