/**
 * The .docx through LibreOffice: what a reader sees. Every table label and number appears, the page
 * count is sane, 表三's header repeats on each page it runs over, and the page numbers read “— n —”.
 * Pages 1–3 are rendered to PNG in tests/io/export/artifacts/ (git-ignored) for a look by eye.
 *
 * LibreOffice has no 仿宋_GB2312 and friends; a fontconfig file aliases them to Noto Serif/Sans CJK SC
 * so the PNGs look like the intended faces (spec/export.md §4.2). Font names are asserted in the XML
 * (docx.test.ts), not here.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildDocx } from "../../../src/io/export/docx";
import { displayValue } from "../../../src/io/export/common";
import { cellsOf, tablesOf } from "../../../src/report/cells";
import type { EditionId, HeaderNode, Report } from "../../../src/report/types";
import { sampleReport } from "./fixtures";
import {
  canRender,
  convertToPdf,
  findLabel,
  pageCount,
  pdfWords,
  warnIfSkipped,
  type Word,
} from "./render";

const ARTIFACTS = path.join(__dirname, "artifacts");
warnIfSkipped("docx-render");

/** Every printed label of the three tables, from the edition declarations. */
function tableLabels(report: Report): string[] {
  const t = tablesOf(report);
  const heads = (nodes: HeaderNode[]): string[] =>
    nodes.flatMap((n) => [n.label, ...(n.children ? heads(n.children) : [])]);
  const labels = [
    ...t.t2.blocks.flatMap((b) => [
      b.heading,
      b.rowHeader,
      ...b.columns.map((c) => c.label),
      ...b.rows.map((r) => r.label),
    ]),
    ...[t.t3, t.t4].flatMap((g) => [
      g.note ?? "",
      ...heads(g.header),
      ...g.rows.flatMap((r) => [r.section ?? "", r.group ?? "", r.label]),
    ]),
  ];
  return [...new Set(labels.filter(Boolean))];
}

(canRender ? describe : describe.skip)("docx rendered by LibreOffice", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gk-docx-"));
  const rendered: Partial<
    Record<
      EditionId,
      { report: Report; pdf: string; pages: number; words: Word[]; layout: string[] }
    >
  > = {};

  beforeAll(async () => {
    const files: string[] = [];
    for (const ed of ["2021", "2019"] as const) {
      const file = path.join(tmp, `report-${ed}.docx`);
      fs.writeFileSync(file, await buildDocx(sampleReport(ed)));
      files.push(file);
    }
    convertToPdf(tmp, files);
    for (const ed of ["2021", "2019"] as const) {
      const pdf = path.join(tmp, `report-${ed}.pdf`);
      const pages = pageCount(pdf);
      const layout = Array.from({ length: pages }, (_, i) =>
        execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], {
          encoding: "utf8",
        })
      );
      rendered[ed] = { report: sampleReport(ed), pdf, pages, words: pdfWords(pdf), layout };
    }
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    for (const ed of ["2021", "2019"] as const)
      execFileSync("pdftoppm", [
        "-r",
        "60",
        "-png",
        "-f",
        "1",
        "-l",
        "3",
        rendered[ed]!.pdf,
        path.join(ARTIFACTS, `report-${ed}-page`),
      ]);
  }, 120_000);

  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  describe.each(["2021", "2019"] as const)("%s edition", (ed) => {
    const r = () => rendered[ed]!;

    test("page count between 2 and 12", () => {
      expect(r().pages).toBeGreaterThanOrEqual(2);
      expect(r().pages).toBeLessThanOrEqual(12);
    });

    test("every number of the report appears (pdftotext -layout)", () => {
      const text = r().layout.join("\n");
      const missing = cellsOf(r().report)
        .map((c) => displayValue(r().report.values[c.key]))
        .filter(
          (v) => !new RegExp(`(^|[^\\d.])${v.replace(".", "\\.")}($|[^\\d.])`, "m").test(text)
        );
      expect(missing).toEqual([]);
      // And each as a word of its own, once (the values are distinct).
      const counts = new Map<string, number>();
      for (const w of r().words) counts.set(w.text, (counts.get(w.text) ?? 0) + 1);
      for (const c of cellsOf(r().report))
        expect([c.key, counts.get(displayValue(r().report.values[c.key]))]).toEqual([c.key, 1]);
    });

    test("every table label appears, wrapped lines read within their cell", () => {
      const labels = tableLabels(r().report);
      expect(labels.length).toBeGreaterThan(50);
      expect(labels.filter((l) => !findLabel(r().words, l))).toEqual([]);
      // The search is not vacuous: text that is not printed is not found.
      expect(findLabel(r().words, "2.其他法律行政法规禁止公开X")).toBe(false);
      expect(findLabel(r().words, "三、本年度办理结果果")).toBe(false);
      expect(findLabel(r().words, "申请人情况法人")).toBe(false);
      // Labels that fit on one line are also in the -layout text as they are.
      const flat = r()
        .layout.join("\n")
        .replace(/[ \t]+/g, " ");
      expect(flat).toContain("一、本年新收政府信息公开申请数量");
      expect(flat).toContain("第二十条第（一）项");
    });

    test("表三's header repeats on every page its rows run over", () => {
      const t3Values = new Set(
        cellsOf(r().report)
          .filter((c) => c.table === 3)
          .map((c) => displayValue(r().report.values[c.key]))
      );
      const pages = [
        ...new Set(
          r()
            .words.filter((w) => t3Values.has(w.text))
            .map((w) => w.page)
        ),
      ];
      expect(pages.length).toBeGreaterThanOrEqual(1);
      for (const p of pages)
        expect([p, r().words.some((w) => w.page === p && w.text === "申请人情况")]).toEqual([
          p,
          true,
        ]);
    });

    test("page numbers read “— n —” on every page", () => {
      r().layout.forEach((text, i) => expect(text).toMatch(new RegExp(`—\\s*${i + 1}\\s*—`)));
    });

    test("the signature date is printed without zero padding", () => {
      expect(r().layout[r().pages - 1].replace(/\s+/g, "")).toContain("2025年1月20日");
    });
  });

  test("PNGs of pages 1–3 are in tests/io/export/artifacts/", () => {
    const pngs = fs.readdirSync(ARTIFACTS).filter((f) => /^report-2021-page-\d+\.png$/.test(f));
    expect(pngs.length).toBeGreaterThanOrEqual(1);
    expect(fs.readFileSync(path.join(ARTIFACTS, pngs.sort()[0])).subarray(1, 4).toString()).toBe(
      "PNG"
    );
  });
});
