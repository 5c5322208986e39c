/**
 * The .docx read back as XML: GB/T 9704 page and type, fonts by element, the 表三 merge chain, repeated
 * header rows, page-number footers, and every number of the report in its row and column.
 */
import type { Element as XmlElement } from "@xmldom/xmldom";
import JSZip from "jszip";
import { buildDocx, FONT_PRESETS } from "../../../src/io/export/docx";
import { SECTION_HEADINGS } from "../../../src/report/editions";
import type { EditionId, Report } from "../../../src/report/types";
import { sampleReport } from "./fixtures";
import {
  attr,
  bodyBlocks,
  child,
  children,
  docxCells,
  docxSpanRows,
  elements,
  misplacedValues,
  readDocx,
  runFonts,
  textOf,
  toMatrix,
  vMergeChains,
  type DocxParts,
} from "./helpers";

const built: Partial<Record<EditionId, { report: Report; bytes: Uint8Array; parts: DocxParts }>> =
  {};

beforeAll(async () => {
  for (const ed of ["2021", "2019"] as const) {
    const report = sampleReport(ed);
    const t0 = performance.now();
    const bytes = await buildDocx(report);
    const ms = performance.now() - t0;
    if (ed === "2019")
      console.log(`buildDocx (${ed}, warm): ${ms.toFixed(0)} ms, ${bytes.length} bytes`);
    built[ed] = { report, bytes, parts: await readDocx(bytes) };
  }
});

const get = (ed: EditionId) => built[ed]!;
const paragraphs = (ed: EditionId) =>
  bodyBlocks(get(ed).parts.document).filter((b) => b.nodeName === "w:p");
const tables = (ed: EditionId) =>
  bodyBlocks(get(ed).parts.document).filter((b) => b.nodeName === "w:tbl");
const paragraph = (ed: EditionId, text: string) => {
  const found = paragraphs(ed).filter((p) => textOf(p) === text);
  expect(found).toHaveLength(1);
  return found[0];
};
const pPr = (p: XmlElement, tag: string) => child(child(p, "w:pPr"), tag);
const runs = (p: XmlElement) => children(p, "w:r");

test("the file is a zip holding word/document.xml", () => {
  const b = get("2021").bytes;
  expect(b).toBeInstanceOf(Uint8Array);
  expect([b[0], b[1]]).toEqual([0x50, 0x4b]);
});

test("page: A4 11906×16838 with GB/T 9704 margins (top 37 mm, bottom 35, left 28, right 26)", () => {
  const doc = get("2021").parts.document;
  const sz = elements(doc, "w:pgSz")[0];
  expect([attr(sz, "w:w"), attr(sz, "w:h")]).toEqual(["11906", "16838"]);
  const mar = elements(doc, "w:pgMar")[0];
  expect(["w:top", "w:bottom", "w:left", "w:right"].map((a) => attr(mar, a))).toEqual([
    "2098",
    "1984",
    "1588",
    "1474",
  ]);
});

test("title: 二号 (44 half-points) 方正小标宋简体, centred, first in the body", () => {
  const title = paragraphs("2021")[0];
  expect(textOf(title)).toBe("某某市某某局2024年政府信息公开工作年度报告");
  expect(attr(pPr(title, "w:jc"), "w:val")).toBe("center");
  for (const r of runs(title))
    expect(runFonts(r)).toMatchObject({ eastAsia: "方正小标宋简体", size: "44", hint: "eastAsia" });
  // Too long for one line: broken after the agency name rather than leaving 报告 alone.
  expect(elements(title, "w:br")).toHaveLength(1);
});

test("level-1 headings: the six canonical headings in 黑体 三号, indented two characters", () => {
  for (const h of SECTION_HEADINGS) {
    const p = paragraph("2021", h);
    for (const r of runs(p))
      expect(runFonts(r)).toMatchObject({
        eastAsia: "黑体",
        ascii: "黑体",
        hAnsi: "黑体",
        size: "32",
      });
    expect(attr(pPr(p, "w:ind"), "w:firstLine")).toBe("640");
    expect(attr(pPr(p, "w:outlineLvl"), "w:val")).toBe("0");
  }
});

test("level-2 headings in 楷体_GB2312; a run-in heading is 楷体 up to 。 and 仿宋 after", () => {
  for (const text of ["（一）主动公开", "（三）政府信息管理"]) {
    const p = paragraph("2021", text);
    expect(runs(p).map((r) => runFonts(r).eastAsia)).toEqual(["楷体_GB2312"]);
    expect(runFonts(runs(p)[0]).size).toBe("32");
  }
  const runIn = paragraph(
    "2021",
    "（二）依申请公开。全年共收到政府信息公开申请，均在法定期限内答复。"
  );
  expect(runs(runIn).map((r) => [textOf(r), runFonts(r).eastAsia])).toEqual([
    ["（二）依申请公开。", "楷体_GB2312"],
    ["全年共收到政府信息公开申请，均在法定期限内答复。", "仿宋_GB2312"],
  ]);
});

test("body: 三号 仿宋_GB2312, exact 28 pt line (560, lineRule exact), first line indented two characters (640)", () => {
  const body = paragraphs("2021").filter((p) => textOf(p).startsWith("2024年，某某局"))[0];
  expect(body).toBeDefined();
  const spacing = pPr(body, "w:spacing");
  expect([attr(spacing, "w:line"), attr(spacing, "w:lineRule")]).toEqual(["560", "exact"]);
  expect(attr(pPr(body, "w:ind"), "w:firstLine")).toBe("640");
  expect(attr(pPr(body, "w:jc"), "w:val")).toBe("both");
  // The Chinese quotes “三公” take the East Asian font, full width, through the hint.
  expect(textOf(body)).toContain("“三公”");
  for (const r of runs(body))
    expect(runFonts(r)).toEqual({
      eastAsia: "仿宋_GB2312",
      ascii: "仿宋_GB2312",
      hAnsi: "仿宋_GB2312",
      hint: "eastAsia",
      size: "32",
    });
  // Typed indentation (full-width spaces) is dropped: the indent comes from w:ind.
  expect(paragraphs("2021").some((p) => textOf(p).startsWith("\u3000"))).toBe(false);
});

test("every body paragraph and heading has exact 560 spacing", () => {
  const texts = paragraphs("2021").slice(1);
  for (const p of texts) {
    const s = pPr(p, "w:spacing");
    expect([attr(s, "w:line"), attr(s, "w:lineRule")]).toEqual(["560", "exact"]);
  }
});

test("signature: agency and date right-aligned, date in Arabic numerals without zero padding", () => {
  const ps = paragraphs("2021");
  const [agency, date] = ps.slice(-2);
  expect(textOf(agency)).toBe("某某市某某局");
  expect(textOf(date)).toBe("2025年1月20日");
  expect(textOf(date)).toMatch(/^\d{4}年[1-9]\d?月[1-9]\d?日$/);
  for (const p of [agency, date]) expect(attr(pPr(p, "w:jc"), "w:val")).toBe("right");
  // The date starts two characters right of the agency's first character (GB/T 9704 7.3.5.2).
  const ri = (p: XmlElement) => Number(attr(pPr(p, "w:ind"), "w:right"));
  expect(ri(date)).toBe(640);
  expect(ri(agency)).toBeGreaterThan(ri(date));
  // An empty line separates the signature from the text.
  expect(textOf(ps[ps.length - 3])).toBe("");
});

test("footers: odd and even page numbers “— n —” in 四号 宋体 at the outside edge", () => {
  const { footers, settings } = get("2021").parts;
  expect(settings).toContain("<w:evenAndOddHeaders/>");
  expect(Object.keys(footers).sort()).toEqual(["default", "even"]);
  for (const [type, align] of [
    ["default", "right"],
    ["even", "left"],
  ] as const) {
    const p = elements(footers[type], "w:p")[0];
    expect(attr(pPr(p, "w:jc"), "w:val")).toBe(align);
    expect(attr(pPr(p, "w:ind"), align === "right" ? "w:right" : "w:left")).toBe("280");
    expect(elements(p, "w:instrText").map((i) => i.textContent?.trim())).toEqual(["PAGE"]);
    expect(elements(p, "w:fldChar").map((f) => attr(f, "w:fldCharType"))).toEqual([
      "begin",
      "separate",
      "end",
    ]);
    expect(textOf(p)).toBe("—  —");
    expect(textOf(p).startsWith("— ") && textOf(p).endsWith(" —")).toBe(true);
    for (const r of runs(p))
      expect(runFonts(r)).toMatchObject({ eastAsia: "宋体", ascii: "宋体", size: "28" });
  }
});

test("three tables after the narrative of sections 二, 三, 四; 版心-wide, fixed, with explicit grids", () => {
  const blocks = bodyBlocks(get("2021").parts.document);
  const after = (heading: string) => {
    const i = blocks.findIndex((b) => b.nodeName === "w:p" && textOf(b) === heading);
    return blocks
      .slice(i + 1)
      .find((b) => b.nodeName === "w:tbl" || SECTION_HEADINGS.includes(textOf(b)));
  };
  expect(after(SECTION_HEADINGS[1])?.nodeName).toBe("w:tbl");
  expect(after(SECTION_HEADINGS[2])?.nodeName).toBe("w:tbl");
  expect(after(SECTION_HEADINGS[3])?.nodeName).toBe("w:tbl");
  expect(after(SECTION_HEADINGS[0])?.nodeName).toBe("w:p");
  const grids = tables("2021").map((t) =>
    elements(t, "w:gridCol").map((g) => Number(attr(g, "w:w")))
  );
  expect(grids.map((g) => g.length)).toEqual([4, 10, 15]);
  for (const g of grids) expect(g.reduce((s, w) => s + w, 0)).toBe(11906 - 1588 - 1474);
  for (const t of tables("2021")) {
    expect(attr(elements(t, "w:tblW")[0], "w:w")).toBe("8844");
    expect(attr(elements(t, "w:tblLayout")[0], "w:type")).toBe("fixed");
  }
  expect(tables("2019").map((t) => elements(t, "w:gridCol").length)).toEqual([7, 10, 15]);
});

describe.each([
  ["2021", 22, [8, 3, 5, 3]],
  ["2019", 20, [8, 3, 5]],
] as const)("表三 (%s edition)", (ed, sectionRows, groups) => {
  const t3 = () => tables(ed)[1];

  test("every row fills the 10 grid columns", () => {
    for (const line of docxCells(t3())) expect(line.reduce((s, c) => s + c.gridSpan, 0)).toBe(10);
  });

  test(`三、本年度办理结果 spans ${sectionRows} rows; the groups ${groups.join("/")}`, () => {
    const cells = docxCells(t3());
    const chains = vMergeChains(cells);
    const section = chains.filter((c) => c.text === "三、本年度办理结果");
    expect(section).toEqual([
      { row: 5, col: 0, rows: sectionRows, gridSpan: 1, text: "三、本年度办理结果" },
    ]);
    // The chain is a restart followed by continue cells, each in grid column 0.
    expect(cells.slice(5, 5 + sectionRows).map((l) => l[0].vMerge)).toEqual([
      "restart",
      ...Array(sectionRows - 1).fill("continue"),
    ]);
    expect(cells[5 + sectionRows][0].vMerge).toBeUndefined();
    const groupChains = chains.filter((c) => c.col === 1);
    expect(groupChains.map((c) => c.rows)).toEqual([...groups]);
    expect(groupChains.map((c) => c.text)).toEqual(
      ["（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"].slice(
        0,
        groups.length
      )
    );
    // Header: the note over the label columns (3 rows × 3 columns), 自然人 and 总计 (2 rows each).
    expect(chains.filter((c) => c.row < 3).map((c) => [c.row, c.col, c.rows, c.gridSpan])).toEqual([
      [0, 0, 3, 3],
      [1, 3, 2, 1],
      [1, 9, 2, 1],
    ]);
  });

  test("gridSpan: 申请人情况 7, 法人或其他组织 5, 一/二/四 rows 3, （一）（二）（七） 2", () => {
    const cells = docxCells(t3()).flat();
    const span = (text: string) => cells.filter((c) => c.text === text).map((c) => c.gridSpan);
    expect(span("申请人情况")).toEqual([7]);
    expect(span("法人或其他组织")).toEqual([5]);
    expect(span("一、本年新收政府信息公开申请数量")).toEqual([3]);
    expect(span("二、上年结转政府信息公开申请数量")).toEqual([3]);
    expect(span("四、结转下年度继续办理")).toEqual([3]);
    expect(span("（一）予以公开")).toEqual([2]);
    expect(span("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")).toEqual([2]);
    expect(span("（七）总计")).toEqual([2]);
    if (ed === "2019") expect(span("（六）其他处理")).toEqual([2]);
    // The continue cells under the note carry its gridSpan of 3.
    expect(docxCells(t3())[1][0]).toMatchObject({ gridSpan: 3, vMerge: "continue", text: "" });
  });

  test("header rows repeat (tblHeader on the 3 header rows); no row may split (cantSplit)", () => {
    const trs = children(t3(), "w:tr");
    expect(trs).toHaveLength(3 + sectionRows + 3);
    const flags = trs.map((tr) => [
      child(child(tr, "w:trPr"), "w:tblHeader") !== undefined,
      child(child(tr, "w:trPr"), "w:cantSplit") !== undefined,
    ]);
    expect(flags.slice(0, 3)).toEqual(Array(3).fill([true, true]));
    expect(flags.slice(3)).toEqual(Array(trs.length - 3).fill([false, true]));
  });

  test("every number in its row and column", () => {
    expect(misplacedValues(toMatrix(docxSpanRows(t3())), get(ed).report, 3, 3, 3)).toEqual([]);
  });
});

test.each(["2021", "2019"] as const)(
  "表二 and 表四 (%s): every number in its row and column; 表四 header repeats",
  (ed) => {
    const [t2, , t4] = tables(ed);
    expect(misplacedValues(toMatrix(docxSpanRows(t2)), get(ed).report, 2, 0, 1)).toEqual([]);
    expect(misplacedValues(toMatrix(docxSpanRows(t4)), get(ed).report, 4, 3, 0)).toEqual([]);
    const header = children(t4, "w:tr").map(
      (tr) => child(child(tr, "w:trPr"), "w:tblHeader") !== undefined
    );
    expect(header).toEqual([true, true, true, false]);
    for (const tr of [...children(t2, "w:tr"), ...children(t4, "w:tr")])
      expect(child(child(tr, "w:trPr"), "w:cantSplit")).toBeDefined();
  }
);

test("the position check is not vacuous: two swapped values are caught", () => {
  const { report } = get("2021");
  const swapped = {
    ...report,
    values: {
      ...report.values,
      "t3.new.natural": report.values["t3.carried.total"],
      "t3.carried.total": report.values["t3.new.natural"],
    },
  };
  const errors = misplacedValues(toMatrix(docxSpanRows(tables("2021")[1])), swapped, 3, 3, 3);
  expect(errors.map((e) => e.split(":")[0]).sort()).toEqual(["t3.carried.total", "t3.new.natural"]);
});

test("表四 header: 行政复议 5, 行政诉讼 10, 未经复议直接起诉 and 复议后起诉 5 each, the review results 2 rows deep", () => {
  const t4 = tables("2021")[2];
  const cells = docxCells(t4);
  expect(cells[0].map((c) => [c.text, c.gridSpan])).toEqual([
    ["行政复议", 5],
    ["行政诉讼", 10],
  ]);
  expect(cells[1].filter((c) => c.gridSpan > 1).map((c) => [c.text, c.gridSpan])).toEqual([
    ["未经复议直接起诉", 5],
    ["复议后起诉", 5],
  ]);
  expect(vMergeChains(cells).map((c) => [c.text, c.rows])).toEqual(
    ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].map((t) => [t, 2])
  );
});

test("table text: 五号 (21 half-points) 仿宋_GB2312; numbers centred, row labels left", () => {
  const t3 = tables("2021")[1];
  for (const r of elements(t3, "w:r"))
    expect(runFonts(r)).toMatchObject({ eastAsia: "仿宋_GB2312", size: "21", hint: "eastAsia" });
  const tcs = elements(t3, "w:tc");
  const jc = (text: string) =>
    attr(
      elements(
        tcs.find((tc) => textOf(tc) === text)!,
        "w:jc"
      )[0],
      "w:val"
    );
  const n = String(get("2021").report.values["t3.new.natural"]);
  expect(jc(n)).toBe("center");
  expect(jc("1.属于国家秘密")).toBe("left");
  expect(jc("自然人")).toBe("center");
});

test("fonts are configurable: the Windows preset and per-element names reach the XML", async () => {
  const report = sampleReport("2021");
  const parts = await readDocx(
    await buildDocx(report, {
      fontPreset: "windows",
      fonts: { title: "华文中宋", latin: "Times New Roman" },
    })
  );
  const ps = bodyBlocks(parts.document).filter((b) => b.nodeName === "w:p");
  expect(runFonts(children(ps[0], "w:r")[0])).toMatchObject({
    eastAsia: "华文中宋",
    ascii: "Times New Roman",
  });
  const body = ps.find((p) => textOf(p).startsWith("2024年"))!;
  expect(runFonts(children(body, "w:r")[0])).toMatchObject({
    eastAsia: FONT_PRESETS.windows.body,
    hAnsi: "Times New Roman",
  });
  const h2 = ps.find((p) => textOf(p) === "（一）主动公开")!;
  expect(runFonts(children(h2, "w:r")[0]).eastAsia).toBe("楷体");
  expect(FONT_PRESETS.windows).toMatchObject({ body: "仿宋", heading2: "楷体", table: "仿宋" });
});

test("report.title replaces the generated title; a blank agency or year leaves no stray 年", async () => {
  const custom = { ...sampleReport("2021"), title: "某某局关于2024年政府信息公开工作的年度报告" };
  const p1 = bodyBlocks((await readDocx(await buildDocx(custom))).document)[0];
  expect(textOf(p1)).toBe(custom.title);
  // Too long for one line: broken before the year, as generated titles are, never inside a word.
  expect(children(p1, "w:r").map(textOf)).toEqual([
    "某某局关于",
    "2024年政府信息公开工作的年度报告",
  ]);
  expect(elements(p1, "w:br")).toHaveLength(1);
  const bare: Report = { edition: "2021", year: null, agency: "", values: {} };
  const parts = await readDocx(await buildDocx(bare));
  expect(textOf(bodyBlocks(parts.document)[0])).toBe("政府信息公开工作年度报告");
  // Blank values make empty cells, not zeros.
  const t3 = bodyBlocks(parts.document).filter((b) => b.nodeName === "w:tbl")[1];
  expect(
    docxCells(t3)[3]
      .slice(1)
      .map((c) => c.text)
  ).toEqual(Array(7).fill(""));
});

test("document grid of 22 lines; 三号 runs condensed so 28 characters fill a 版心 line", () => {
  const doc = get("2021").parts.document;
  const grid = elements(doc, "w:docGrid")[0];
  expect([attr(grid, "w:type"), attr(grid, "w:linePitch")]).toEqual(["lines", "560"]);
  expect(Math.floor(12756 / Number(attr(grid, "w:linePitch")))).toBe(22);
  const body = paragraphs("2021").find((p) => textOf(p).startsWith("2024年，某某局"))!;
  const condense = Number(attr(child(child(runs(body)[0], "w:rPr"), "w:spacing"), "w:val"));
  expect(28 * (320 + condense)).toBeLessThanOrEqual(8844);
  expect(29 * (320 + condense)).toBeGreaterThan(8844);
});

test("Latin language en-US, East Asian zh-CN, in the document defaults", () => {
  const lang = get("2021").parts.styles.match(/<w:docDefaults>.*?<w:lang [^>]*>/s)?.[0] ?? "";
  expect(lang).toMatch(/w:val="en-US"/);
  expect(lang).toMatch(/w:eastAsia="zh-CN"/);
});

test("section headings have space before; table and title paragraphs are off the grid", () => {
  for (const h of SECTION_HEADINGS)
    expect(Number(attr(pPr(paragraph("2021", h), "w:spacing"), "w:before"))).toBeGreaterThan(0);
  const t3 = tables("2021")[1];
  for (const p of elements(t3, "w:p"))
    expect(attr(pPr(p, "w:snapToGrid"), "w:val")).toMatch(/^(false|0)$/);
  expect(attr(pPr(paragraphs("2021")[0], "w:snapToGrid"), "w:val")).toMatch(/^(false|0)$/);
});

test("fontTable: every face named, with fallbacks 仿宋_GB2312 → 仿宋 → 宋体 and 楷体_GB2312 → 楷体 → 宋体", async () => {
  const zip = await JSZip.loadAsync(get("2021").bytes);
  const xml = await zip.file("word/fontTable.xml")!.async("string");
  const fonts = new Map(
    [...xml.matchAll(/<w:font w:name="([^"]+)">(.*?)<\/w:font>/g)].map((m) => [m[1], m[2]])
  );
  const alt = (name: string) => /<w:altName w:val="([^"]+)"/.exec(fonts.get(name) ?? "")?.[1];
  expect([alt("仿宋_GB2312"), alt("仿宋"), alt("楷体_GB2312"), alt("楷体")]).toEqual([
    "仿宋",
    "宋体",
    "楷体",
    "宋体",
  ]);
  for (const name of ["方正小标宋简体", "黑体", "宋体"]) expect(fonts.has(name)).toBe(true);
  expect(fonts.get("黑体")).toContain('w:family w:val="swiss"');
  expect(fonts.get("仿宋_GB2312")).toContain('w:charset w:val="86"');
});

test("preface after the title and the published signer in the signature; drafted / agency when blank", async () => {
  const report = {
    ...sampleReport("2021"),
    agency: "淮安市人民政府",
    preface: "本报告由淮安市人民政府办公室编制。\n第二段。",
    signer: "淮安市人民政府办公室",
  };
  const ps = bodyBlocks((await readDocx(await buildDocx(report))).document).filter(
    (b) => b.nodeName === "w:p"
  );
  expect(ps.slice(1, 3).map(textOf)).toEqual(["本报告由淮安市人民政府办公室编制。", "第二段。"]);
  expect(textOf(ps[ps.length - 2])).toBe("淮安市人民政府办公室");
  // Blank: a drafted preface naming the agency, and the agency signs.
  const p2021 = paragraphs("2021");
  expect(textOf(p2021[1])).toMatch(
    /^本报告根据《中华人民共和国政府信息公开条例》.*请与某某市某某局联系。$/
  );
});
