/**
 * The .docx through LibreOffice: what a reader sees. Every table label and number appears, the page
 * count is sane, 表三's header repeats on each page it runs over, and the page numbers read “— n —”.
 * Pages 1–3 are rendered to PNG in tests/io/export/artifacts/ (git-ignored) for a look by eye.
 *
 * LibreOffice has no 仿宋_GB2312 and friends; a fontconfig file aliases them to Noto Serif/Sans CJK SC
 * so the PNGs look like the intended faces (spec/export.md §4.2). Font names are asserted in the XML
 * (docx.test.ts), not here.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildDocx } from "../../../src/io/export/docx";
import { displayValue } from "../../../src/io/export/common";
import { cellsOf, tablesOf } from "../../../src/report/cells";
import type { EditionId, HeaderNode, Report } from "../../../src/report/types";
import { sampleReport } from "./fixtures";

const ARTIFACTS = path.join(__dirname, "artifacts");
const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
const hasPoppler = ["pdftotext", "pdfinfo", "pdftoppm"].every(
  (t) => spawnSync("sh", ["-c", `command -v ${t}`]).status === 0
);

if (!hasSoffice || !hasPoppler) {
  console.warn(
    `SKIPPED docx-render: ${!hasSoffice ? "LibreOffice (soffice)" : "poppler-utils (pdftotext/pdfinfo/pdftoppm)"} is not installed, ` +
      "so the .docx was not rendered. Install it to run the visual checks."
  );
}

const FONT_ALIASES = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${[
  ["仿宋_GB2312", "Noto Serif CJK SC"],
  ["仿宋", "Noto Serif CJK SC"],
  ["宋体", "Noto Serif CJK SC"],
  ["方正小标宋简体", "Noto Serif CJK SC"],
  ["楷体_GB2312", "Noto Serif CJK SC"],
  ["楷体", "Noto Serif CJK SC"],
  ["黑体", "Noto Sans CJK SC"],
]
  .map(
    ([from, to]) =>
      `  <alias binding="same"><family>${from}</family><prefer><family>${to}</family></prefer></alias>`
  )
  .join("\n")}
</fontconfig>
`;

interface Word {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Words with their boxes, from pdftotext -bbox. */
function pdfWords(pdf: string): Word[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  const words: Word[] = [];
  html
    .split(/<page /)
    .slice(1)
    .forEach((pageHtml, i) => {
      for (const m of pageHtml.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
      ))
        words.push({ page: i + 1, x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: decode(m[5]) });
    });
  return words;
}

/**
 * A label as the eye reads it in a table cell: it starts a word, and where the cell wraps it goes on in
 * the nearest word below that overlaps horizontally (the next line of the same cell), or in the word
 * right after it on the same line. pdftotext -layout cannot show this: a wrapped label's lines are
 * interleaved with the numbers of its row.
 */
function findLabel(words: Word[], label: string): boolean {
  const want = label.replace(/\s+/g, "");
  const follow = (cur: Word, rest: string): boolean => {
    if (rest === "") return true;
    const same = words.find(
      (w) =>
        w.page === cur.page &&
        Math.abs(w.y0 - cur.y0) < 2 &&
        w.x0 >= cur.x1 - 0.5 &&
        w.x0 - cur.x1 < 4
    );
    if (same && rest.startsWith(same.text) && follow(same, rest.slice(same.text.length)))
      return true;
    const below = words
      .filter(
        (w) => w.page === cur.page && w.y0 > cur.y0 + 2 && w.x0 < cur.x1 + 1 && w.x1 > cur.x0 - 1
      )
      .sort((a, b) => a.y0 - b.y0)[0];
    return (
      below !== undefined &&
      rest.startsWith(below.text) &&
      follow(below, rest.slice(below.text.length))
    );
  };
  return words.some(
    (w) => w.text.length > 0 && want.startsWith(w.text) && follow(w, want.slice(w.text.length))
  );
}

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

(hasSoffice && hasPoppler ? describe : describe.skip)("docx rendered by LibreOffice", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gk-docx-"));
  const rendered: Partial<
    Record<
      EditionId,
      { report: Report; pdf: string; pages: number; words: Word[]; layout: string[] }
    >
  > = {};

  beforeAll(async () => {
    fs.writeFileSync(path.join(tmp, "fonts.conf"), FONT_ALIASES);
    const files: string[] = [];
    for (const ed of ["2021", "2019"] as const) {
      const file = path.join(tmp, `report-${ed}.docx`);
      fs.writeFileSync(file, await buildDocx(sampleReport(ed)));
      files.push(file);
    }
    const lo = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${tmp}/profile`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        tmp,
        ...files,
      ],
      {
        encoding: "utf8",
        timeout: 90_000,
        env: { ...process.env, FONTCONFIG_FILE: path.join(tmp, "fonts.conf") },
      }
    );
    if (lo.status !== 0)
      throw new Error(`soffice failed (${lo.status ?? lo.signal}): ${lo.stderr}`);
    for (const ed of ["2021", "2019"] as const) {
      const pdf = path.join(tmp, `report-${ed}.pdf`);
      const pages = Number(
        /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]
      );
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
