/** The HTML fragment for the CMS: escaping, table structure (th, rowspan, colspan), every value. */
import { DomUtils, parseDocument } from "htmlparser2";
import { buildHtml, escapeHtml } from "../../../src/io/export/html";
import { SECTION_HEADINGS } from "../../../src/report/editions";
import type { Report } from "../../../src/report/types";
import { sampleReport } from "./fixtures";
import { htmlTables, misplacedValues, toMatrix } from "./helpers";

const html2021 = buildHtml(sampleReport("2021"));
const html2019 = buildHtml(sampleReport("2019"));

/** Two ideographic spaces: the indent that survives a sanitiser stripping `style`. */
const IND = "\u3000\u3000";

test("a fragment: preface, the six headings, narrative paragraphs, signature; no <h1>, <style>, <script>, class or id", () => {
  const doc = parseDocument(html2021);
  const text = (tag: string) =>
    DomUtils.getElementsByTagName(tag, doc).map((e) => DomUtils.textContent(e));
  // The CMS prints the article title itself.
  expect(text("h1")).toEqual([]);
  expect(text("h2")).toEqual(SECTION_HEADINGS.map((h) => IND + h));
  expect(text("h3")).toEqual(["（一）主动公开", "（三）政府信息管理"].map((h) => IND + h));
  const ps = text("p");
  expect(ps[0]).toMatch(
    /^\u3000\u3000本报告根据《中华人民共和国政府信息公开条例》.*请与某某市某某局联系。$/
  );
  expect(ps).toContain(IND + "全年主动公开政府信息1234条，其中政策文件56件。");
  expect(ps).toContain(IND + "（二）依申请公开。全年共收到政府信息公开申请，均在法定期限内答复。");
  expect(ps.slice(-2)).toEqual(["某某市某某局", "2025年1月20日"]);
  expect(html2021).not.toMatch(/<style|<script|\sclass=|\sid=|<html|<body/i);
  // Styles are inline; numbers centred.
  const td = DomUtils.getElementsByTagName("td", doc)[0];
  expect(td.attribs.align).toBe("center");
  expect(td.attribs.style).toContain("text-align:center");
  for (const t of DomUtils.getElementsByTagName("table", doc)) expect(t.attribs.border).toBe("1");
});

test("{ omitTitle: false } puts the title back as <h1>", () => {
  const doc = parseDocument(buildHtml(sampleReport("2021"), { omitTitle: false }));
  expect(DomUtils.getElementsByTagName("h1", doc).map((e) => DomUtils.textContent(e))).toEqual([
    "某某市某某局2024年政府信息公开工作年度报告",
  ]);
});

test("with { document: true } a whole page that declares UTF-8", () => {
  const page = buildHtml(sampleReport("2021"), { document: true });
  expect(page).toMatch(/^<!DOCTYPE html>/);
  expect(page).toContain('<meta charset="utf-8">');
  // A page that opens by itself has its title (broken where Word breaks it) and the browser's own
  // table layout; the fragment for a CMS has neither.
  expect(page).toContain("<h1");
  expect(page).toContain("某某市某某局<br>2024年政府信息公开工作年度报告");
  expect(page).not.toContain("<colgroup>");
  expect(html2021).toContain("<colgroup>");
  for (const h of SECTION_HEADINGS) expect(page).toContain(h);
});

test("user text is escaped: script, quotes, ampersands, event handlers come out inert", () => {
  const evil =
    '<script>alert("x")</script> & "quoted" \'single\' <img src=x onerror=alert(1)> </p><p onclick="y">';
  const report: Report = {
    ...sampleReport("2021"),
    agency: '某局<b onmouseover="z">&</b>',
    title: "Title <script>t()</script>",
    date: "<svg onload=alert(2)>",
    narrative: { 1: evil, 5: `（一）问题<img src=x onerror=alert(3)>` },
    values: { ...sampleReport("2021").values, "t3.new.natural": '<script>v()</script>"&' },
  };
  const html = buildHtml(report, { omitTitle: false });
  const doc = parseDocument(html);
  for (const tag of ["script", "img", "svg", "b"])
    expect(DomUtils.getElementsByTagName(tag, doc)).toHaveLength(0);
  const all = DomUtils.getElementsByTagName(() => true, doc, true);
  for (const el of all)
    for (const name of Object.keys(el.attribs)) expect(name).not.toMatch(/^on/i);
  // The text reads back exactly as typed.
  const texts = DomUtils.getElementsByTagName("p", doc).map((p) => DomUtils.textContent(p));
  expect(texts).toContain(IND + evil.trim());
  expect(DomUtils.textContent(DomUtils.getElementsByTagName("h1", doc))).toBe(
    "Title <script>t()</script>"
  );
  expect(DomUtils.getElementsByTagName("td", doc).map((t) => DomUtils.textContent(t))).toContain(
    '<script>v()</script>"&'
  );
  expect(texts).toContain('某局<b onmouseover="z">&</b>');
  expect(texts).toContain("<svg onload=alert(2)>");
  expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
    "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;"
  );
});

describe.each([
  ["2021", html2021, 22, [8, 3, 5, 3], 4],
  ["2019", html2019, 20, [8, 3, 5], 7],
] as const)("tables (%s edition)", (ed, html, sectionRows, groups, t2Width) => {
  const tables = htmlTables(html);
  const report = sampleReport(ed);

  test("three tables with captions (text stands between heading and table); 表三 and 表四 with a 3-row <thead>", () => {
    expect(tables.map((t) => t.caption)).toEqual(SECTION_HEADINGS.slice(1, 4));
    expect(tables.map((t) => t.headRows)).toEqual([0, 3, 3]);
  });

  test("no caption where the section heading stands right above the table", () => {
    const bare = { ...report, narrative: { ...report.narrative, 3: "" } };
    expect(htmlTables(buildHtml(bare)).map((t) => t.caption)).toEqual([
      SECTION_HEADINGS[1],
      "",
      SECTION_HEADINGS[3],
    ]);
  });

  test("column widths as <col width> in percent summing to 100", () => {
    const doc = parseDocument(html);
    for (const t of DomUtils.getElementsByTagName("table", doc)) {
      const cols = DomUtils.getElementsByTagName("col", t).map((c) => c.attribs.width);
      expect(cols.every((w) => /^\d+%$/.test(w))).toBe(true);
      expect(cols.reduce((s, w) => s + parseInt(w, 10), 0)).toBe(100);
    }
  });

  test("表三: th for labels, td for values; rowspan/colspan as format.md §3.2/§4.2", () => {
    const t3 = tables[1];
    const cells = t3.rows.flat();
    const find = (text: string) =>
      cells.filter((c) => c.text === text).map((c) => [c.tag, c.rowSpan, c.colSpan]);
    expect(find("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")).toEqual([
      ["th", 3, 3],
    ]);
    expect(find("申请人情况")).toEqual([["th", 1, 7]]);
    expect(find("自然人")).toEqual([["th", 2, 1]]);
    expect(find("法人或其他组织")).toEqual([["th", 1, 5]]);
    expect(find("总计")).toEqual([["th", 2, 1]]);
    expect(find("三、本年度办理结果")).toEqual([["th", sectionRows, 1]]);
    expect(find("一、本年新收政府信息公开申请数量")).toEqual([["th", 1, 3]]);
    expect(find("（七）总计")).toEqual([["th", 1, 2]]);
    const groupSpans = cells
      .filter((c) => /^（[三四五六]）/.test(c.text) && c.rowSpan > 1)
      .map((c) => c.rowSpan);
    expect(groupSpans).toEqual([...groups]);
    expect(t3.rows).toHaveLength(3 + sectionRows + 3);
    expect(cells.filter((c) => c.tag === "td")).toHaveLength((sectionRows + 3) * 7);
    const m = toMatrix(t3.rows);
    for (const row of m) expect(row).toHaveLength(10);
    expect(misplacedValues(m, report, 3, 3, 3)).toEqual([]);
  });

  test("表二 and 表四: merges and every value in its row and column", () => {
    const [t2, , t4] = tables;
    const m2 = toMatrix(t2.rows);
    for (const row of m2) expect(row).toHaveLength(t2Width);
    const headings = t2.rows.flat().filter((c) => c.text.startsWith("第二十条"));
    expect(headings.every((c) => c.colSpan === t2Width && c.tag === "th")).toBe(true);
    expect(misplacedValues(m2, report, 2, 0, 1)).toEqual([]);
    const m4 = toMatrix(t4.rows);
    for (const row of m4) expect(row).toHaveLength(15);
    expect(t4.rows[0].map((c) => [c.text, c.colSpan])).toEqual([
      ["行政复议", 5],
      ["行政诉讼", 10],
    ]);
    expect(misplacedValues(m4, report, 4, 3, 0)).toEqual([]);
  });
});
