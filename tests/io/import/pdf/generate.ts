/**
 * PDFs made from the published samples, as reviewers receive them: each sample exported to .docx by
 * the project's exporter and printed by LibreOffice, and exported to HTML and printed by Chromium
 * (margins, a running header and “n/m” page numbers), and the HTML export printed by LibreOffice's
 * web layout (narrow label columns, centred group labels broken over pages). Cached in .generated/ (git-ignored) under a
 * hash of the report and the producer, so a changed sample or exporter makes them again.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { exportReport } from "../../../../src/io/export";
import { importReport } from "../../../../src/io/import";
import { reportToJson } from "../../../../src/io/json";
import type { Report } from "../../../../src/report/types";
import { hasSoffice, sofficeConvert } from "../../../support/soffice";
import { SAMPLES_DIR as SAMPLES } from "../../../support/samples";

export { SAMPLES };

export { hasSoffice };

export const GENERATED = path.join(__dirname, ".generated");
const VERSION = "1";
const CHROMIUM = "/usr/bin/chromium";

export const hasChromium = fs.existsSync(CHROMIUM);

export interface Generated {
  sample: string;
  producer: "libreoffice" | "libreoffice-html" | "chromium";
  pdf: string;
  report: Report;
}

export function sampleReports(): { sample: string; report: Report }[] {
  return fs
    .readdirSync(SAMPLES)
    .filter((f) => /\.(txt|html?)$/.test(f))
    .sort()
    .map((f) => ({
      sample: f,
      report: importReport(fs.readFileSync(path.join(SAMPLES, f), "utf8"), f).report!,
    }));
}

const key = (report: Report, producer: string) =>
  createHash("sha1")
    .update(`${VERSION}|${producer}|${reportToJson(report)}`)
    .digest("hex")
    .slice(0, 10);

const target = (sample: string, producer: string, report: Report) =>
  path.join(GENERATED, `${sample.replace(/\.\w+$/, "")}.${producer}.${key(report, producer)}.pdf`);

async function viaLibreOffice(
  todo: { report: Report; pdf: string }[],
  format: "docx" | "html"
): Promise<void> {
  if (!todo.length) return;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gk-pdf-lo-"));
  const docs: string[] = [];
  for (const [i, t] of todo.entries()) {
    const doc = path.join(tmp, `r${i}.${format}`);
    fs.writeFileSync(doc, (await exportReport(t.report, format)).data);
    docs.push(doc);
  }
  const filter = format === "html" ? "pdf:writer_web_pdf_Export" : "pdf";
  sofficeConvert(tmp, docs, { to: filter, outdir: tmp });
  todo.forEach((t, i) => fs.copyFileSync(path.join(tmp, `r${i}.pdf`), t.pdf));
  fs.rmSync(tmp, { recursive: true, force: true });
}

async function viaChromium(todo: { report: Report; pdf: string }[]): Promise<void> {
  if (!todo.length) return;
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage();
    for (const t of todo) {
      await page.setContent(String((await exportReport(t.report, "html")).data));
      await page.pdf({
        path: t.pdf,
        format: "A4",
        margin: { top: "15mm", bottom: "15mm", left: "12mm", right: "12mm" },
        displayHeaderFooter: true,
        headerTemplate:
          '<div style="font-size:8px;width:100%;text-align:center"><span class="title"></span></div>',
        footerTemplate:
          '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span>/<span class="totalPages"></span></div>',
      });
    }
  } finally {
    await browser.close();
  }
}

/** Every sample printed by each producer installed, made when not cached. */
export async function generatedPdfs(): Promise<Generated[]> {
  fs.mkdirSync(GENERATED, { recursive: true });
  const out: Generated[] = [];
  const todo: Record<Generated["producer"], { report: Report; pdf: string }[]> = {
    libreoffice: [],
    "libreoffice-html": [],
    chromium: [],
  };
  for (const { sample, report } of sampleReports()) {
    for (const producer of ["libreoffice", "libreoffice-html", "chromium"] as const) {
      if (producer === "chromium" ? !hasChromium : !hasSoffice) continue;
      const pdf = target(sample, producer, report);
      if (!fs.existsSync(pdf)) todo[producer].push({ report, pdf });
      out.push({ sample, producer, pdf, report });
    }
  }
  await viaLibreOffice(todo.libreoffice, "docx");
  await viaLibreOffice(todo["libreoffice-html"], "html");
  await viaChromium(todo.chromium);
  return out;
}
