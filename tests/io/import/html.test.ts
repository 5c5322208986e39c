/** CMS HTML pages: spans resolved into a grid, text runs joined, layout and info tables left out. */
import { checkReport } from "../../../src/report/check";
import { importHtml, importReport } from "../../../src/io/import";
import { fullGrid, sourceRows } from "../../../src/io/import/html/grid";
import { htmlToSource } from "../../../src/io/import/html/parse";
import { sample } from "./samples";

const COUNTY = sample("2025-shuyang-county.html");
const county = importHtml(COUNTY);

describe("grid", () => {
  const rows = [
    [
      { text: "A", rowspan: 3, colspan: 3 },
      { text: "B", rowspan: 1, colspan: 2 },
    ],
    [
      { text: "C", rowspan: 2, colspan: 1 },
      { text: "D", rowspan: 1, colspan: 1 },
    ],
    [{ text: "E", rowspan: 1, colspan: 1 }],
    [
      { text: "F", rowspan: 1, colspan: 3 },
      { text: "", rowspan: 1, colspan: 1 },
      { text: "G", rowspan: 1, colspan: 1 },
    ],
  ];

  test("rowspan and colspan cover their grid positions", () => {
    expect(fullGrid(rows)).toEqual([
      ["A", "A", "A", "B", "B"],
      ["A", "A", "A", "C", "D"],
      ["A", "A", "A", "C", "E"],
      ["F", "F", "F", "", "G"],
    ]);
  });

  test("each row keeps the cells that start in it, at their grid column; blanks keep their place", () => {
    expect(sourceRows(rows).map((r) => r.cells.map((c) => `${c.label}@${c.col}`))).toEqual([
      ["A@0", "B@3"],
      ["C@3", "D@4"],
      ["E@4"],
      ["F@0", "@3", "G@4"],
    ]);
  });

  test("spans beyond the table and nonsense values are clamped", () => {
    const grid = fullGrid([
      [{ text: "x", rowspan: 99, colspan: NaN }],
      [{ text: "y", rowspan: -1, colspan: 1 }],
    ]);
    expect(grid).toEqual([["x"], ["x", "y"]]);
  });
});

describe("page structure", () => {
  test("text split across spans, paragraphs and <font> runs is joined", () => {
    const doc = htmlToSource(sample("2023-shuyang-fgj.html"));
    const table3 = doc.blocks.filter((b) => b.kind === "table")[2];
    expect(table3.kind === "table" && table3.rows[0].cells.map((c) => c.label)).toEqual([
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
      "申请人情况",
    ]);
    expect(table3.kind === "table" && table3.rows[2].cells.map((c) => c.label)).toEqual([
      "商业企业",
      "科研机构",
      "社会公益组织",
      "法律服务机构",
      "其他",
    ]);
  });

  test("the CMS page-information table is not read as statistics", () => {
    expect(Object.keys(county.report!.values).every((k) => /^t[234]\./.test(k))).toBe(true);
    expect(county.read).toEqual({ 2: 10, 3: 175, 4: 15 });
  });

  test("title from the page, headings from <p><strong>", () => {
    expect(county.report!.title).toBe("沭阳县人民政府2025年政府信息公开工作年度报告");
    expect(county.report!.headings![4]).toBe("四、政府信息公开行政复议、行政诉讼情况");
  });

  test("表三 split into two <table> elements at a page break still reads as one table", () => {
    const split = COUNTY.replace(
      /<tr><td[^>]*>2\.没有现成信息需要另行制作/,
      (m) => `</tbody></table><p>&nbsp;</p><table><tbody>${m}`
    );
    expect(split).not.toBe(COUNTY);
    const r = importHtml(split);
    expect(r.problems).toEqual([]);
    expect(r.report!.values).toEqual(county.report!.values);
  });

  test("a page laid out inside a table is read through", () => {
    const start = COUNTY.indexOf("<ucapcontent>");
    const end = COUNTY.indexOf("</ucapcontent>");
    const wrapped = `${COUNTY.slice(0, start)}<table width="100%"><tr><td>${COUNTY.slice(start, end)}</td></tr></table>${COUNTY.slice(end)}`;
    const r = importHtml(wrapped);
    expect(r.report!.values).toEqual(county.report!.values);
    expect(r.report!.headings).toEqual(county.report!.headings);
  });

  test("<th> header cells and upper-case tags", () => {
    const withTh = COUNTY.replace(
      /<td rowspan="2"([^>]*)>([^<]*)<\/td>/g,
      '<TH ROWSPAN="2"$1>$2</TH>'
    );
    expect(withTh.match(/<TH /g)).toHaveLength(7);
    const r = importHtml(withTh);
    expect(r.report!.values).toEqual(county.report!.values);
    expect(r.findings).toEqual([]);
  });

  test("表二 with each block heading in a column spanning the block's rows", () => {
    const block = (heading: string, header: string[], rows: [string, ...number[]][]) =>
      [
        `<tr><td rowspan="${rows.length + 1}">${heading}</td><td>信息内容</td>${header.map((h) => `<td colspan="${3 / header.length}">${h}</td>`).join("")}</tr>`,
        ...rows.map(
          ([label, ...v]) =>
            `<tr><td>${label}</td>${v.map((x) => `<td colspan="${3 / v.length}">${x}</td>`).join("")}</tr>`
        ),
      ].join("");
    const table = `<table>${[
      block(
        "第二十条第（一）项",
        ["本年制发件数", "本年废止件数", "现行有效件数"],
        [
          ["规章", 0, 0, 0],
          ["行政规范性文件", 6, 1, 32],
        ]
      ),
      block("第二十条第（五）项", ["本年处理决定数量"], [["行政许可", 517645]]),
      block(
        "第二十条第（六）项",
        ["本年处理决定数量"],
        [
          ["行政处罚", 693957],
          ["行政强制", 2154],
        ]
      ),
      block("第二十条第（八）项", ["本年收费金额（单位：万元）"], [["行政事业性收费", 4068.208]]),
    ].join("")}</table>`;
    const start = COUNTY.indexOf("<table style");
    const end = COUNTY.indexOf("</table>", start) + "</table>".length;
    const r = importHtml(COUNTY.slice(0, start) + table + COUNTY.slice(end));
    expect(r.report!.values).toEqual(county.report!.values);
    expect(r.findings).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  test("a page cut off in the middle of 表三 gives a partial report with problems", () => {
    const cut = COUNTY.slice(0, COUNTY.indexOf("5.要求行政机关确认或重新出具已获取信息"));
    const r = importHtml(cut);
    expect(r.report).not.toBeNull();
    expect(r.read![2]).toBe(10);
    expect(r.read![3]).toBeGreaterThan(100);
    const rules = r.findings.filter((f) => f.rule.startsWith("IMP-"));
    expect(rules.map((f) => f.rule)).toEqual(["IMP-02", "IMP-01"]);
    expect(rules[0].message.zh).toMatch(
      /表三不完整：只读到 19 行（应有 25 行），缺“（五）不予处理 5\..*”…“四、结转下年度继续办理”共 6 行/
    );
    expect(rules[1].message.zh).toContain("表四");
    // The rows cut off are not checked: no balancing error and no blank-cell warning computed from them.
    const checked = checkReport(r.report!);
    expect(checked.filter((f) => /^(T3|T4|ALL)-/.test(f.rule))).toEqual([]);
  });

  test("importReport sniffs HTML by extension and by content", () => {
    expect(importReport(COUNTY, "page.shtml").format).toBe("html");
    expect(importReport(COUNTY).format).toBe("html");
    expect(importReport(COUNTY).report!.values).toEqual(county.report!.values);
  });
});
