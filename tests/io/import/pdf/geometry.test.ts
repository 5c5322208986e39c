/**
 * The PDF geometry on item lists, without pdf.js: synthetic pages (./synthetic.ts) with one pitfall
 * at a time must import with every cell as printed, and the small modules behave as documented.
 */
import { importPdfPages, isPdf } from "../../../../src/io/import/pdf";
import { boundsOf, columnAt, matchLeaves } from "../../../../src/io/import/pdf/columns";
import { foldGlyphs } from "../../../../src/io/import/pdf/glyphs";
import { pieceOf, splitFigures } from "../../../../src/io/import/pdf/read";
import { wordsIn } from "../../../../src/io/import/pdf/lines";
import { pagesToSource } from "../../../../src/io/import/pdf/layout";
import { pageLines } from "../../../../src/io/import/pdf/pages";
import { toRaw } from "../../../../src/io/import/tables/values";
import { cellsOf } from "../../../../src/report/cells";
import { EDITIONS } from "../../../../src/report/editions";
import type { EditionId, RawValue } from "../../../../src/report/types";
import { renderReport, type RenderOptions } from "./synthetic";
import { zeroReport } from "../../../support/reports";

/** A different figure in every cell, so a shifted row or column shows. */
function figures(edition: EditionId, year: number, special: Record<string, string> = {}) {
  const keys = cellsOf(zeroReport(year, "示例市示例局", edition)).map((c) => c.key);
  const printed = new Map(keys.map((k, i) => [k, special[k] ?? String((i * 37) % 1009)]));
  return { keys, printed, value: (k: string) => printed.get(k) ?? "" };
}

function check(opts: Omit<RenderOptions, "value">, special: Record<string, string> = {}) {
  const year = opts.edition === "2019" ? 2020 : 2023;
  const f = figures(opts.edition, year, special);
  const pages = renderReport({ ...opts, value: f.value }, year);
  const result = importPdfPages(pages);
  expect(result.problems.map((p) => p.message.zh)).toEqual([]);
  const want: Record<string, RawValue> = {};
  for (const k of f.keys) want[k] = toRaw(f.printed.get(k)!);
  expect(result.report!.values).toEqual(want);
  expect(result.findings.filter((x) => x.rule === "L-01")).toEqual([]);
  expect(result.report!.year).toBe(year);
  expect(result.report!.edition).toBe(opts.edition);
  // 表三's rows as rebuilt: every group and row label whole, in the official order.
  const t3 = pagesToSource(pages).doc.blocks.filter((b) => b.kind === "table")[1];
  const official: string[] = [];
  let group: string | undefined;
  for (const r of EDITIONS[opts.edition].t3.rows) {
    if (r.group && r.group !== group) official.push(r.group);
    group = r.group;
    official.push(r.label);
  }
  expect(t3.kind === "table" && t3.rows.map((r) => r.cells[0].label)).toEqual(official);
  return result;
}

describe.each(["2021", "2019"] as EditionId[])("%s edition", (edition) => {
  test("a plain layout reads every cell", () => {
    check({ edition });
  });
  test("row labels wrapped over two and three lines, figures between the lines", () => {
    check({ edition, labelWrap: 8, valueAt: "middle" });
    check({ edition, labelWrap: 5, valueAt: "middle" });
  });
  test("figures printed on the line after a wrapped label", () => {
    check({ edition, labelWrap: 7, valueAt: "last" });
  });
  test("表三 split across pages with the header repeated, and without; page numbers removed", () => {
    check({ edition, rowsPerPage: 9, repeatHeader: true, pageNumbers: true });
    check({ edition, rowsPerPage: 11, repeatHeader: false, pageNumbers: true });
  });
  test("figures in pieces of two sizes (“70”+“5”)", () => {
    check({ edition, splitNumbers: true });
  });
  test("a stacked 三、本年度办理结果 and group labels centred on their items", () => {
    check({ edition, stackedSection: true, centredGroups: true, labelWrap: 9 });
  });
  test("group labels two characters wide, close beside their items, centred, over page breaks", () => {
    check({ edition, narrowGroups: true, centredGroups: true, labelWrap: 8 });
    check({ edition, narrowGroups: true, centredGroups: true, labelWrap: 8, rowsPerPage: 13 });
  });
  test("item numbers printed apart from their label text are labels, not figures", () => {
    check({ edition, spacedMarkers: true });
    check({ edition, spacedMarkers: true, labelWrap: 8 });
  });
  test("表二 in narrow columns: row labels and column headers over several lines", () => {
    check({ edition, t2Wrap: 4 });
  });
  test("一 written as the Kangxi radical ⼀ (Chromium)", () => {
    check({ edition, radicals: true });
  });
});

test("dash, blank, full-width digits, separators and units are kept as printed", () => {
  const special = {
    "t3.new.natural": "-",
    "t3.new.business": "",
    "t3.new.research": "—",
    "t3.carried.natural": "１２",
    "t3.open.natural": "517,645",
    "t2.fees.amount": "4068.208",
    "t2.rules.made": "",
    "t3.carryForward.other": "251000元",
  };
  const r = check({ edition: "2021", labelWrap: 8 }, special);
  expect(r.report!.values["t3.new.natural"]).toBe("-");
  expect(r.report!.values["t3.new.business"]).toBeNull();
  expect(r.report!.values["t3.carried.natural"]).toBe("１２");
  expect(r.report!.values["t3.open.natural"]).toBe("517,645");
  expect(r.report!.values["t2.fees.amount"]).toBe(4068.208);
});

describe("pieces", () => {
  const piece = (text: string, x: number, y: number, size = 10, page = 1) => ({
    text,
    x,
    y,
    w: text.length * size * (/^[\x20-\x7e]+$/.test(text) ? 0.5 : 1),
    size,
    page,
  });

  test("an item holding several figures apart is split into one piece per figure", () => {
    const parts = splitFigures(piece("0  12   3", 100, 50));
    expect(parts.map((p) => p.text)).toEqual(["0", "12", "3"]);
    expect(parts[0].x).toBe(100);
    expect(parts[1].x).toBeGreaterThan(parts[0].x + parts[0].w);
    expect(parts[2].x + parts[2].w).toBeCloseTo(100 + piece("0  12   3", 0, 0).w);
    expect(splitFigures(piece("2024 年", 0, 0))).toHaveLength(1);
  });

  test("pdf.js items: vertical and rotated text dropped, positions through the viewport", () => {
    const vp = [1, 0, 0, -1, 0, 842];
    expect(
      pieceOf({ str: "三、本", transform: [10, 0, 0, 10, 90, 200], width: 10, dir: "ttb" }, vp, 1)
    ).toBeNull();
    expect(pieceOf({ str: "x", transform: [0, 10, -10, 0, 90, 200], width: 10 }, vp, 1)).toBeNull();
    expect(
      pieceOf({ str: "  ", transform: [10, 0, 0, 10, 90, 200], width: 900 }, vp, 1)
    ).toBeNull();
    expect(pieceOf({ str: "总计", transform: [10, 0, 0, 10, 90, 200], width: 20 }, vp, 1)).toEqual({
      text: "总计",
      x: 90,
      y: 642,
      w: 20,
      size: 10,
      page: 1,
    });
  });

  test("glyph folding: Kangxi and supplement radicals become the characters, full width stays", () => {
    expect(foldGlyphs("\u2f00、\u2ea0\u2eda\u2ed4 １２（一）")).toBe("一、民页门 １２（一）");
  });

  test("the %PDF- header, also after junk bytes", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(isPdf(enc("%PDF-1.7\n"))).toBe(true);
    expect(isPdf(enc("\n\n  %PDF-1.4"))).toBe(true);
    expect(isPdf(enc("<html>%PD"))).toBe(false);
  });

  test("page numbers “- 3 -” in three pieces go; a bare number near a table line stays", () => {
    const page = {
      width: 595,
      height: 842,
      pieces: [
        piece("正文", 70, 400, 16),
        piece("-", 290, 815, 13),
        piece("3", 297, 815, 13),
        piece("-", 306, 815, 13),
        piece("合计", 70, 790),
        piece("17", 400, 800),
      ],
    };
    const texts = pageLines([page])[0].map((l) => l.text);
    expect(texts).toEqual(["正文", "合计", "17"]);
  });

  test("a row of figures at the top of two pages is no running header", () => {
    const page = (n: number) => ({
      width: 595,
      height: 842,
      pieces: [
        piece("0", 320, 60, 9, n),
        piece("12", 360, 60, 9, n),
        piece(`正文${n}`, 70, 400, 16, n),
      ],
    });
    expect(pageLines([page(1), page(2)]).map((ls) => ls.map((l) => l.text))).toEqual([
      ["0 12", "正文1"],
      ["0 12", "正文2"],
    ]);
  });

  test("a running header repeated on every page goes", () => {
    const page = (n: number) => ({
      width: 595,
      height: 842,
      pieces: [piece("某某局年度报告", 250, 40, 9, n), piece(`正文${n}`, 70, 400, 16, n)],
    });
    expect(pageLines([page(1), page(2)]).map((ls) => ls.map((l) => l.text))).toEqual([
      ["正文1"],
      ["正文2"],
    ]);
  });

  test("header stacks: 总|计 merged, spanning headers dropped, bounds in the gaps", () => {
    const words = wordsIn([
      piece("行政复议", 100, 100),
      piece("结果", 60, 130),
      piece("维持", 60, 143),
      piece("总", 100, 136),
      piece("计", 115, 136),
    ]);
    const stacks = matchLeaves(words, ["结果维持", "总计"], ["行政复议"])!;
    expect(stacks.map((s) => s.text)).toEqual(["结果维持", "总计"]);
    const b = boundsOf(stacks);
    expect(b[1]).toBeCloseTo((80 + 100) / 2);
    expect(columnAt(b, 70)).toBe(0);
    expect(columnAt(b, 112)).toBe(1);
    expect(columnAt(b, 40)).toBe(-1);
  });
});
