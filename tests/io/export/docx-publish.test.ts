/**
 * Publishable as is: every published sample (and reports with every figure × 50) exported to Word and
 * rendered by LibreOffice, read back from the PDF's word boxes. 表三 from 一 to 四 on one page, every
 * figure on one line, no label leaving a single character on its last line, the title in whole parts,
 * the preface and the signer printed. All documents go through one soffice call.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { narrativeBlocks, prefaceParagraphs } from "../../../src/io/export/common";
import { buildDocx } from "../../../src/io/export/docx";
import { SIZE, TEXT_WIDTH } from "../../../src/io/export/docx/gbt9704";
import { tableGrids } from "../../../src/io/export/layout";
import { titleLines } from "../../../src/io/export/titleLines";
import { reportTitle } from "../../../src/io/export/common";
import { importReport } from "../../../src/io/import";
import { SECTION_HEADINGS } from "../../../src/report/editions";
import { signerOf } from "../../../src/report/narrative/preface";
import type { Report } from "../../../src/report/types";
import { sample, SAMPLE_FILES } from "../import/samples";
import { sampleReport } from "./fixtures";
import {
  canRender,
  convertToPdf,
  findLabelLines,
  loneLastChar,
  pageLines,
  pdfWords,
  warnIfSkipped,
  wordHeight,
  type Word,
} from "./render";

const ARTIFACTS = path.join(__dirname, "artifacts");
warnIfSkipped("docx-publish");

function times50(r: Report): Report {
  const values = Object.fromEntries(
    Object.entries(r.values).map(([k, v]) => [k, typeof v === "number" ? v * 50 : v])
  );
  return { ...r, values };
}

const imported = SAMPLE_FILES.map((file) => {
  const report = importReport(sample(file), file).report;
  if (!report) throw new Error(`${file} did not import`);
  return { name: file.replace(/\.\w+$/, ""), report };
});
const CASES: { name: string; report: Report }[] = [
  ...imported,
  { name: "huaian-x50", report: times50(imported.find((c) => /huaian/.test(c.name))!.report) },
  { name: "fixture-2021-x50", report: times50(sampleReport("2021")) },
  { name: "fixture-2019-x50", report: times50(sampleReport("2019")) },
];

interface Rendered {
  report: Report;
  words: Word[];
  pages: number;
}

/** Table text is 五号 or 小五: word boxes under 15 pt high (body text 三号 boxes are about 21 pt). */
const isTableWord = (w: Word) => wordHeight(w) < 15;

(canRender ? describe : describe.skip)("published samples through LibreOffice", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gk-publish-"));
  const out: Record<string, Rendered> = {};

  beforeAll(async () => {
    const files: string[] = [];
    for (const c of CASES) {
      const file = path.join(tmp, `${c.name}.docx`);
      fs.writeFileSync(file, await buildDocx(c.report));
      files.push(file);
    }
    convertToPdf(tmp, files, 240_000);
    for (const c of CASES) {
      const pdf = path.join(tmp, `${c.name}.pdf`);
      const words = pdfWords(pdf);
      out[c.name] = { report: c.report, words, pages: Math.max(...words.map((w) => w.page)) };
    }
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    for (const f of fs.readdirSync(ARTIFACTS))
      if (f.startsWith("huaian-x50-page")) fs.rmSync(path.join(ARTIFACTS, f));
    execFileSync("pdftoppm", [
      "-r",
      "60",
      "-png",
      path.join(tmp, "huaian-x50.pdf"),
      path.join(ARTIFACTS, "huaian-x50-page"),
    ]);
  }, 300_000);

  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  describe.each(CASES.map((c) => c.name))("%s", (name) => {
    const r = () => out[name];
    const grids = () => tableGrids(r().report);

    /** Labels printed once in all three tables (总计, 信息内容 … recur), found among the table words. */
    const uniqueLabels = (no: number) => {
      const seen = new Map<string, number[]>();
      for (const g of grids())
        for (const c of g.rows.flat())
          if (c.role !== "value" && c.text) seen.set(c.text, [...(seen.get(c.text) ?? []), g.no]);
      return [...seen].filter(([, t]) => t.length === 1 && t[0] === no).map(([l]) => l);
    };
    const pageOf = (label: string) =>
      findLabelLines(r().words.filter(isTableWord), label)?.page ?? "missing";

    test("表三 from its header to 四、结转下年度继续办理 on one page", () => {
      const pages = uniqueLabels(3).map((l) => [l, pageOf(l)] as const);
      expect(pages.length).toBeGreaterThan(20);
      expect(pages.filter(([, p]) => p === "missing")).toEqual([]);
      expect(new Set(pages.map(([, p]) => p)).size).toBe(1);
      // …under the heading or the sentence that introduces it, kept with it.
      const above = pageLines(r().words, pages[0][1] as number, (w) => !isTableWord(w))
        .map((l) => l.text)
        .join("");
      const intro = narrativeBlocks(r().report.narrative?.[3]).at(-1)?.text ?? SECTION_HEADINGS[2];
      expect(above).toContain(intro.replace(/\s+/g, "").slice(-10));
    });

    test("表四 on one page; each block of 表二 on one page", () => {
      const t4 = uniqueLabels(4);
      expect(t4.length).toBeGreaterThanOrEqual(3);
      expect(new Set(t4.map(pageOf)).size).toBe(1);
      // 表二: a block runs from its heading row (第二十条…) to the next one.
      const only2 = new Set(uniqueLabels(2));
      const blocks: Set<number | string>[] = [];
      for (const row of grids()[0].rows)
        for (const c of row.filter((c) => c.role !== "value" && only2.has(c.text))) {
          if (c.text.startsWith("第二十条")) blocks.push(new Set());
          blocks[blocks.length - 1].add(pageOf(c.text));
        }
      expect(blocks.length).toBeGreaterThanOrEqual(4);
      for (const b of blocks) expect([...b]).toHaveLength(1);
      expect(blocks.flatMap((b) => [...b])).not.toContain("missing");
    });

    test("every figure of the tables on one line, as a word of its own", () => {
      const tableWords = r().words.filter(isTableWord);
      const count = new Map<string, number>();
      for (const w of tableWords) count.set(w.text, (count.get(w.text) ?? 0) + 1);
      const need = new Map<string, number>();
      for (const c of grids().flatMap((g) => g.rows.flat()))
        if (c.role === "value" && c.text) need.set(c.text, (need.get(c.text) ?? 0) + 1);
      const short = [...need].filter(([v, n]) => (count.get(v) ?? 0) < n);
      expect(short).toEqual([]);
    });

    test("no table label leaves a single character on its last line", () => {
      const labels = [
        ...new Set(
          grids()
            .flatMap((g) => g.rows.flat())
            .filter((c) => c.role !== "value" && c.text)
            .map((c) => c.text)
        ),
      ];
      const tableWords = r().words.filter(isTableWord);
      const lone = labels
        .map((l) => ({ l, lines: findLabelLines(tableWords, l)?.lines }))
        .filter((x) => x.lines === undefined || loneLastChar(x.lines));
      expect(lone).toEqual([]);
    });

    test("the title in whole parts: its printed lines are the planned ones", () => {
      const rep = r().report;
      const planned = titleLines(reportTitle(rep), rep.agency, TEXT_WIDTH / (SIZE.title * 10));
      // 二号 title words are about 29 pt high.
      const printed = pageLines(r().words, 1, (w) => wordHeight(w) > 25).map((l) => l.text);
      expect(printed).toEqual(planned.map((l) => l.replace(/\s+/g, "")));
    });

    test("the preface follows the title and the signer signs the last page", () => {
      const rep = r().report;
      const body = r()
        .words.filter((w) => !isTableWord(w))
        .map((w) => w.text)
        .join("");
      for (const p of prefaceParagraphs(rep)) expect(body).toContain(p.replace(/\s+/g, ""));
      const first = pageLines(r().words, 1).map((l) => l.text);
      expect(first.join("")).toContain(prefaceParagraphs(rep)[0].slice(0, 12));
      const last = pageLines(r().words, r().pages).map((l) => l.text);
      expect(last).toContain(signerOf(rep));
    });
  });

  test("the × 50 reports push five- and six-digit figures through 表三 (not a vacuous run)", () => {
    const widest = Math.max(
      ...Object.values(out["huaian-x50"].report.values).map((v) => String(v ?? "").length)
    );
    expect(widest).toBeGreaterThanOrEqual(6);
    expect(fs.readdirSync(ARTIFACTS).some((f) => f.startsWith("huaian-x50-page"))).toBe(true);
  });
});
