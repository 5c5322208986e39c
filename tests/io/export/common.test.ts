/** What every export prints alike: title, file name, date, values, narrative paragraphs. */
import {
  displayValue,
  formatReportDate,
  narrativeBlocks,
  reportTitle,
  sectionsOf,
  suggestedFileName,
} from "../../../src/io/export/common";
import { tableGrid } from "../../../src/io/export/layout";
import { sampleReport } from "./fixtures";

test("title: agency + year + 年政府信息公开工作年度报告, unless the report has its own", () => {
  expect(reportTitle({ agency: "某某局", year: 2024 })).toBe(
    "某某局2024年政府信息公开工作年度报告"
  );
  expect(reportTitle({ agency: " 某某局 ", year: null })).toBe("某某局政府信息公开工作年度报告");
  expect(reportTitle({ agency: "某某局", year: 2024, title: "自定标题" })).toBe("自定标题");
  expect(reportTitle({ agency: "某某局", year: 2024, title: "  " })).toBe(
    "某某局2024年政府信息公开工作年度报告"
  );
});

test("file names: the title, without characters file systems refuse", () => {
  expect(suggestedFileName({ agency: "某某局", year: 2024 }, "docx")).toBe(
    "某某局2024年政府信息公开工作年度报告.docx"
  );
  expect(suggestedFileName({ agency: 'a/b\\c:d*e?f"g<h>i|j', year: 2024 }, "csv")).toBe(
    "a_b_c_d_e_f_g_h_i_j2024年政府信息公开工作年度报告.csv"
  );
  expect(suggestedFileName({ agency: "", year: null, title: "..." }, "html")).toBe(
    "政府信息公开工作年度报告.html"
  );
});

test.each([
  ["2025-01-20", "2025年1月20日"],
  ["2025/1/5", "2025年1月5日"],
  ["2025.01.05", "2025年1月5日"],
  ["2025年01月05日", "2025年1月5日"],
  ["２０２５年１月２０日", "2025年1月20日"],
  ["二〇二五年一月二十日", "2025年1月20日"],
  ["二〇二四年十二月三十一日", "2024年12月31日"],
  ["二〇二五年三月九日", "2025年3月9日"],
  ["2025年1月", "2025年1月"],
  ["", ""],
])("date %s → %s (GB/T 9704 7.3.5: Arabic numerals, no zero padding)", (input, out) => {
  expect(formatReportDate(input)).toBe(out);
});

test("values as typed: numbers plain, text unchanged, blank empty", () => {
  expect(
    [12, 0, 3.5, -8, null, undefined, "１２", "-", "251000元"].map((v) => displayValue(v as never))
  ).toEqual(["12", "0", "3.5", "-8", "", "", "１２", "-", "251000元"]);
});

test("narrative: one paragraph per line, typed indentation dropped, （一） headings alone or run in", () => {
  expect(
    narrativeBlocks(
      "　　第一段。\r\n\r\n  第二段。\n（一）主动公开\n（二）依申请公开。正文。\n(三)半角括号标题\n（四）" +
        "很".repeat(40)
    )
  ).toEqual([
    { kind: "paragraph", text: "第一段。" },
    { kind: "paragraph", text: "第二段。" },
    { kind: "heading2", text: "（一）主动公开" },
    { kind: "paragraph", lead: "（二）依申请公开。", text: "正文。" },
    { kind: "heading2", text: "(三)半角括号标题" },
    { kind: "paragraph", text: "（四）" + "很".repeat(40) },
  ]);
  expect(narrativeBlocks(undefined)).toEqual([]);
});

test("sections: the six canonical headings; 二 三 四 carry their table", () => {
  const s = sectionsOf(sampleReport("2021"));
  expect(s.map((x) => x.table)).toEqual([undefined, 2, 3, 4, undefined, undefined]);
  expect(s[0].blocks.length).toBeGreaterThan(3);
});

test("layout: 表三's grid is covered exactly once per position; row merges derived from sections and groups", () => {
  for (const ed of ["2019", "2021"] as const) {
    const g = tableGrid(sampleReport(ed), 3);
    const seen = new Map<string, number>();
    for (const row of g.rows)
      for (const c of row)
        for (let r = c.row; r < c.row + c.rowSpan; r++)
          for (let k = c.col; k < c.col + c.colSpan; k++)
            seen.set(`${r},${k}`, (seen.get(`${r},${k}`) ?? 0) + 1);
    expect(seen.size).toBe(g.rows.length * 10);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    expect(g.widths.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 10);
    // The whole table stays on one page: every row but the last keeps with the next.
    expect(g.keepWithNext).toEqual(g.rows.map((_, i) => i < g.rows.length - 1));
  }
});
