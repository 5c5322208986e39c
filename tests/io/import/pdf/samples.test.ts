/**
 * PDFs through pdf.js: the published PDF of a sample gives the same table findings as its text
 * (../shared/samples/*.pdf beside a .txt/.html of the same name), and PDFs printed from every sample
 * by LibreOffice (from the .docx export) and Chromium (from the HTML export), both editions, import
 * with every cell, the metadata and the checker's findings of the source report.
 */
import * as fs from "fs";
import * as path from "path";
import { run, type Io } from "../../../../src/cli/main";
import type { JsonResult } from "../../../../src/cli/format";
import { importPdfNode } from "../../../../src/io/import/pdf/node";
import { checkReport } from "../../../../src/report/check";
import { generatedPdfs, hasChromium, hasSoffice, SAMPLES, type Generated } from "./generate";

jest.setTimeout(180_000);

const io: Io = {
  out: () => undefined,
  err: () => undefined,
  readFile: (p) => fs.readFileSync(p, "utf8"),
  readBytes: (p) => fs.readFileSync(p),
  writeFile: () => {
    throw new Error("check writes nothing");
  },
};

async function checkJson(file: string): Promise<{ code: number; result: JsonResult }> {
  const out: string[] = [];
  const code = await run(["check", file, "--json"], { ...io, out: (s) => out.push(s) });
  return { code, result: (JSON.parse(out.join("\n")) as JsonResult[])[0] };
}

const PUBLISHED = fs
  .readdirSync(SAMPLES)
  .filter((f) => f.endsWith(".pdf"))
  .map((pdf) => ({
    pdf,
    source: [".txt", ".html", ".htm"]
      .map((e) => pdf.replace(/\.pdf$/, e))
      .find((f) => fs.existsSync(path.join(SAMPLES, f))),
  }))
  .filter((x): x is { pdf: string; source: string } => x.source !== undefined);

test("a published PDF is among the samples", () => {
  expect(PUBLISHED.length).toBeGreaterThan(0);
});

describe.each(PUBLISHED)("published $pdf", ({ pdf, source }) => {
  test(`the CLI finds in it what it finds in ${source}`, async () => {
    const a = await checkJson(path.join(SAMPLES, pdf));
    const b = await checkJson(path.join(SAMPLES, source));
    const table = (r: JsonResult) => r.findings.filter((f) => !f.rule.startsWith("L-"));
    expect(table(a.result)).toEqual(table(b.result));
    expect(a.code).toBe(b.code);
    expect([a.result.year, a.result.agency, a.result.edition]).toEqual([
      b.result.year,
      b.result.agency,
      b.result.edition,
    ]);
  });

  test("every cell and the label notes as in the text", async () => {
    const got = await importPdfNode(new Uint8Array(fs.readFileSync(path.join(SAMPLES, pdf))));
    const { importReport } = await import("../../../../src/io/import");
    const want = importReport(fs.readFileSync(path.join(SAMPLES, source), "utf8"), source);
    expect(got.format).toBe("pdf");
    expect(got.report!.values).toEqual(want.report!.values);
    expect(got.read).toEqual(want.read);
    expect(got.report!.tableEditions).toEqual(want.report!.tableEditions);
    expect(got.problems).toEqual([]);
    expect(got.findings.map((f) => [f.expected, f.actual])).toEqual(
      want.findings.map((f) => [f.expected, f.actual])
    );
  });
});

(hasSoffice || hasChromium ? describe : describe.skip)("PDFs printed from the samples", () => {
  let pdfs: Generated[] = [];
  beforeAll(async () => {
    pdfs = await generatedPdfs();
  });

  test("both producers and both editions are covered", () => {
    expect(new Set(pdfs.map((p) => p.report.edition))).toEqual(new Set(["2019", "2021"]));
    if (hasSoffice && hasChromium)
      expect(new Set(pdfs.map((p) => p.producer))).toEqual(
        new Set(["libreoffice", "libreoffice-html", "chromium"])
      );
  });

  test("each imports with every cell, the metadata and the findings of its source", async () => {
    const failures: string[] = [];
    for (const g of pdfs) {
      const got = await importPdfNode(new Uint8Array(fs.readFileSync(g.pdf)));
      const r = got.report;
      const name = `${g.sample} via ${g.producer}`;
      if (!r) {
        failures.push(`${name}: ${got.problems.map((p) => p.message.zh).join("；")}`);
        continue;
      }
      const keys = new Set([...Object.keys(r.values), ...Object.keys(g.report.values)]);
      for (const k of keys)
        if (r.values[k] !== g.report.values[k])
          failures.push(
            `${name}: ${k} = ${String(r.values[k])}, source ${String(g.report.values[k])}`
          );
      // LibreOffice's web layout drops the HTML page's title (a blank first page): no year, no
      // metadata to compare; the tables and labels still must read in full.
      if (g.producer === "libreoffice-html") {
        for (const f of got.findings) failures.push(`${name}: label note ${f.message.zh}`);
        continue;
      }
      for (const [what, a, b] of [
        ["year", r.year, g.report.year],
        ["agency", r.agency, g.report.agency],
        ["edition", r.edition, g.report.edition],
        ["tableEditions", JSON.stringify(r.tableEditions), JSON.stringify(g.report.tableEditions)],
      ] as const)
        if (a !== b) failures.push(`${name}: ${what} ${String(a)}, source ${String(b)}`);
      for (const p of got.problems) failures.push(`${name}: problem ${p.message.zh}`);
      for (const f of got.findings) failures.push(`${name}: label note ${f.message.zh}`);
      // The exports print canonical headings and labels, so L-* notes of the source are not in the PDF.
      const rules = (x: typeof r) =>
        checkReport(x)
          .filter((f) => !f.rule.startsWith("L-"))
          .map((f) => `${f.rule} ${JSON.stringify(f.expected)} ${JSON.stringify(f.actual)}`)
          .sort();
      const extra = rules(r).filter((x) => !rules(g.report).includes(x));
      const missing = rules(g.report).filter((x) => !rules(r).includes(x));
      if (extra.length || missing.length)
        failures.push(
          `${name}: findings differ, extra ${extra.join(", ")}; missing ${missing.join(", ")}`
        );
    }
    expect(failures).toEqual([]);
  });
});
