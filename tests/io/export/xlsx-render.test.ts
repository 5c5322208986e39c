/**
 * The standalone workbook in LibreOffice Calc, without the add-in: the conditional formats the file
 * carries paint exactly the cells the checker flags red, and nothing red or amber when the report is
 * balanced and complete; the same after a LibreOffice round trip (xlsx → xlsx), which is also still
 * read back with the same findings.
 *
 * How: every value cell holds a distinct number, so the number's box in the PDF (pdftotext -bbox) is
 * where its cell is; the page is rasterised (pdftoppm, PPM) and the fill is sampled just left of the
 * number, inside the cell. Own LibreOffice profile dir, timeouts, skipped (with a note) without soffice.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildXlsx } from "../../../src/io/export/xlsx";
import { importWorkbook } from "../../../src/io/import/xlsx";
import { withTotals } from "../../../src/report/build";
import { cellsOf } from "../../../src/report/cells";
import { checkReport } from "../../../src/report/check";
import { relationsOf } from "../../../src/report/relations";
import type { EditionId, Report } from "../../../src/report/types";
import { CF_COLORS, highlightKeysOf } from "../../../src/sheet";
import { sofficeConvert } from "../../support/soffice";
import { hasPoppler, hasSoffice, pdfWords, type Word } from "./render";

if (!hasSoffice || !hasPoppler)
  console.warn(
    "SKIPPED xlsx-render: LibreOffice (soffice) or poppler-utils is not installed, so the workbook was not rendered."
  );

/** Balanced, complete, every value distinct: parts 10000 + 37 i, totals their sums, 一 set so that 一+二 = 七+四. */
function balanced(edition: EditionId): Report {
  const r: Report = {
    edition,
    year: edition === "2021" ? 2025 : 2020,
    agency: "某某局",
    values: {},
  };
  cellsOf(r).forEach((c, i) => {
    if (!c.isTotal) r.values[c.key] = 10000 + 37 * i;
  });
  let out = withTotals(r);
  const total = new Set(
    cellsOf(r)
      .filter((c) => c.isTotal)
      .map((c) => c.key)
  );
  for (const rel of relationsOf(r).filter((x) => x.rule === "T3-01")) {
    const [a, b] = rel.expected;
    if (total.has(a)) continue;
    const v = (k: string) => out.values[k] as number;
    out.values[a] = rel.actual.reduce((s, k) => s + v(k), 0) - v(b);
  }
  out = withTotals(out);
  return out;
}

/** Broken: a 表三 part off by one (T3-01 + T3-03), a negative count and a blank in 表二, a 表四 total off. */
function broken(edition: EditionId): Report {
  const r = balanced(edition);
  const values = { ...r.values };
  const cells = cellsOf(r);
  const t3 = cells.find((c) => c.table === 3 && !c.isTotal && c.key.includes(".natural"))!;
  values[t3.key] = (values[t3.key] as number) + 1;
  const t2 = cells.filter((c) => c.table === 2 && c.kind === "count");
  values[t2[0].key] = -5;
  values[t2[1].key] = null;
  const t4 = cells.filter((c) => c.table === 4 && c.isTotal);
  values[t4[0].key] = (values[t4[0].key] as number) + 2;
  return { ...r, values };
}

interface Image {
  width: number;
  height: number;
  data: Buffer;
}

/** A binary PPM (P6) as pdftoppm writes it. */
function readPpm(file: string): Image {
  const buf = fs.readFileSync(file);
  const header: string[] = [];
  let i = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[i]))) i++;
    let tok = "";
    while (!/\s/.test(String.fromCharCode(buf[i]))) tok += String.fromCharCode(buf[i++]);
    header.push(tok);
  }
  return { width: +header[1], height: +header[2], data: buf.subarray(i + 1) };
}

const DPI = 100;
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) <= 12);
const RED = rgb(CF_COLORS.error.fill);
const AMBER = rgb(CF_COLORS.blank.fill);

function pixel(img: Image, xPt: number, yPt: number): number[] {
  const x = Math.round((xPt * DPI) / 72);
  const y = Math.round((yPt * DPI) / 72);
  const o = (y * img.width + x) * 3;
  return [img.data[o], img.data[o + 1], img.data[o + 2]];
}

function count(img: Image, colour: number[]): number {
  let n = 0;
  for (let o = 0; o < img.data.length; o += 3)
    if (near([img.data[o], img.data[o + 1], img.data[o + 2]], colour)) n++;
  return n;
}

interface Rendered {
  words: Word[];
  pages: Image[];
}

(hasSoffice && hasPoppler ? describe : describe.skip)("the workbook in LibreOffice Calc", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gk-xlsx-"));
  const rendered = new Map<string, Rendered>();
  const reports = new Map<string, Report>();
  const names = (["2021", "2019"] as EditionId[]).flatMap((e) => [`broken-${e}`, `balanced-${e}`]);

  beforeAll(async () => {
    for (const name of names) {
      const [kind, edition] = name.split("-") as ["broken" | "balanced", EditionId];
      const report = kind === "broken" ? broken(edition) : balanced(edition);
      reports.set(name, report);
      fs.writeFileSync(
        path.join(tmp, `${name}.xlsx`),
        await buildXlsx(report, { totals: "typed" })
      );
    }
    // LibreOffice's own save of the broken workbooks: still highlighted, still read.
    fs.mkdirSync(path.join(tmp, "rt"));
    const brokenFiles = names.filter((n) => n.startsWith("broken"));
    sofficeConvert(
      tmp,
      brokenFiles.map((n) => path.join(tmp, `${n}.xlsx`)),
      { to: "xlsx", outdir: path.join(tmp, "rt") }
    );
    for (const n of names.filter((n) => n.startsWith("broken"))) {
      fs.copyFileSync(path.join(tmp, "rt", `${n}.xlsx`), path.join(tmp, `rt-${n}.xlsx`));
      reports.set(`rt-${n}`, reports.get(n)!);
    }
    const all = [...reports.keys()];
    sofficeConvert(
      tmp,
      all.map((n) => path.join(tmp, `${n}.xlsx`)),
      { to: "pdf", outdir: tmp }
    );
    for (const n of all) {
      const pdf = path.join(tmp, `${n}.pdf`);
      execFileSync("pdftoppm", ["-r", String(DPI), pdf, path.join(tmp, n)]);
      const pages = fs
        .readdirSync(tmp)
        .filter((f) => f.startsWith(`${n}-`) && f.endsWith(".ppm"))
        .sort()
        .map((f) => readPpm(path.join(tmp, f)));
      rendered.set(n, { words: pdfWords(pdf), pages });
    }
  }, 240_000);

  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  /** Fill behind each value cell whose number is printed once: key → red / amber / other. */
  function fills(name: string): Map<string, "red" | "amber" | "none"> {
    const r = rendered.get(name)!;
    const report = reports.get(name)!;
    const byText = new Map<string, Word[]>();
    for (const w of r.words) byText.set(w.text, [...(byText.get(w.text) ?? []), w]);
    const out = new Map<string, "red" | "amber" | "none">();
    for (const c of cellsOf(report)) {
      const v = report.values[c.key];
      if (v === null || v === undefined) continue;
      const hits = byText.get(String(v));
      if (!hits || hits.length !== 1) continue;
      const w = hits[0];
      const px = pixel(r.pages[w.page - 1], w.x0 - 2, (w.y0 + w.y1) / 2);
      out.set(c.key, near(px, RED) ? "red" : near(px, AMBER) ? "amber" : "none");
    }
    return out;
  }

  describe.each(["2021", "2019"] as EditionId[])("%s edition", (edition) => {
    test("balanced and complete: no red, no amber anywhere", () => {
      const r = rendered.get(`balanced-${edition}`)!;
      expect(
        checkReport(reports.get(`balanced-${edition}`)!).filter((f) => f.severity !== "info")
      ).toEqual([]);
      expect(r.pages.map((p) => count(p, RED))).toEqual(r.pages.map(() => 0));
      expect(r.pages.map((p) => count(p, AMBER))).toEqual(r.pages.map(() => 0));
      // The sampling sees the cells at all: most values were located.
      expect(fills(`balanced-${edition}`).size).toBeGreaterThan(cellsOf({ edition }).length * 0.8);
    });

    test.each(["broken", "rt-broken"])(
      "%s: red exactly on the cells the checker flags, amber on the blank",
      (kind) => {
        const name = `${kind}-${edition}`;
        const report = reports.get(name)!;
        const errors = checkReport(report).filter(
          (f) => f.severity === "error" && /^(T3|T4|ALL-01)/.test(f.rule)
        );
        expect(new Set(errors.map((f) => f.rule.slice(0, 2)))).toEqual(new Set(["T3", "T4", "AL"]));
        const want = new Set(
          errors.flatMap((f) =>
            highlightKeysOf(f, {
              edition: report.edition,
              tableEditions: report.tableEditions ?? {},
            })
          )
        );
        const seen = fills(name);
        const red = [...seen]
          .filter(([, f]) => f === "red")
          .map(([k]) => k)
          .sort();
        const located = [...want].filter((k) => seen.has(k)).sort();
        expect(located.length).toBeGreaterThanOrEqual(want.size - 1);
        expect(red).toEqual(located);
        // Exactly one blank: some amber on the page, none behind a number.
        expect(rendered.get(name)!.pages.reduce((n, p) => n + count(p, AMBER), 0)).toBeGreaterThan(
          50
        );
        expect([...seen.values()].filter((f) => f === "amber")).toEqual([]);
      }
    );

    test("after LibreOffice's save the workbook is still read, with the same findings", async () => {
      const bytes = new Uint8Array(fs.readFileSync(path.join(tmp, `rt-broken-${edition}.xlsx`)));
      const read = await importWorkbook(bytes, "rt.xlsx");
      const sig = (r: Report) =>
        checkReport(r)
          .map((f) => `${f.rule}|${f.cells.map((c) => c.key).join(",")}`)
          .sort();
      expect(read.report).not.toBeNull();
      expect(sig(read.report!)).toEqual(sig(reports.get(`broken-${edition}`)!));
    });
  });
});
