/**
 * PDFs that hold no readable report get a clear message, never a throw: an image scan (no OCR), a
 * page without text, an encrypted file, a damaged one, and bytes that are no PDF at all; in the CLI
 * these are “cannot be read” with exit code 2. A PDF is recognised by its %PDF- header whatever its
 * name, and the CLI commands take PDFs wherever they take reports.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { nodeIo, run } from "../../../../src/cli/main";
import type { JsonResult } from "../../../../src/cli/format";
import { exportReport } from "../../../../src/io/export";
import { importPdfNode } from "../../../../src/io/import/pdf/node";
import { reportFromJson } from "../../../../src/io/json";
import { GENERATED, generatedPdfs, hasSoffice, SAMPLES, sampleReports } from "./generate";
import { memoryIo, type MemoryIo } from "../../../support/cliIo";
import { sofficeConvert } from "../../../support/soffice";

jest.setTimeout(120_000);

/** A one-page PDF written by hand: `content` drawn with the given resources and extra objects. */
function handmadePdf(content: string, resources: string, objects: string[] = []): Uint8Array {
  const objs = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents 4 0 R >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ...objects,
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

const IMAGE =
  "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0000\u00ff\u00ff\u0000\nendstream";
const scan = () =>
  handmadePdf("q 400 0 0 600 100 100 cm /Im1 Do Q", "<< /XObject << /Im1 5 0 R >> >>", [IMAGE]);
const blank = () => handmadePdf("", "<< >>");

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gk-pdf-problems-"));
const hongze = path.join(SAMPLES, "2024-hongze-district.pdf");

function capture(): MemoryIo {
  return memoryIo({}, nodeIo);
}

describe("PDFs without a readable report", () => {
  test("an image-only PDF (a scan): the scan message, no OCR", async () => {
    const r = await importPdfNode(scan());
    expect(r.report).toBeNull();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].message.zh).toMatch(/扫描图像.*OCR/);
    expect(r.problems[0].message.en).toMatch(/image scan.*OCR is not supported/);
  });

  test("a page without text or images", async () => {
    const r = await importPdfNode(blank());
    expect(r.report).toBeNull();
    expect(r.problems[0].message.zh).toBe("PDF 中没有可读取的文字。");
  });

  test("bytes that are no PDF", async () => {
    const r = await importPdfNode(Uint8Array.from([0, 1, 2, 0x50, 0x4b, 3, 4]));
    expect(r.problems.map((p) => p.message.zh)).toEqual(["文件不是 PDF（缺少 %PDF- 文件头）。"]);
  });

  test("a damaged PDF (cut off after its header)", async () => {
    const bytes = new Uint8Array(fs.readFileSync(hongze)).slice(0, 600);
    const r = await importPdfNode(bytes);
    expect(r.report).toBeNull();
    expect(r.problems[0].message.zh).toMatch(/PDF/);
  });

  (hasSoffice ? test : test.skip)("an encrypted PDF (needs a password)", async () => {
    fs.mkdirSync(GENERATED, { recursive: true });
    const pdf = path.join(GENERATED, "encrypted.pdf");
    if (!fs.existsSync(pdf)) {
      const doc = path.join(tmp, "encrypted.docx");
      fs.writeFileSync(doc, (await exportReport(sampleReports()[0].report, "docx")).data);
      const filter =
        'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}';
      sofficeConvert(tmp, [doc], { to: filter, outdir: tmp, timeout: 90_000 });
      fs.copyFileSync(path.join(tmp, "encrypted.pdf"), pdf);
    }
    const r = await importPdfNode(new Uint8Array(fs.readFileSync(pdf)));
    expect(r.report).toBeNull();
    expect(r.problems.map((p) => p.message.zh)).toEqual([
      "PDF 已加密（需要密码才能打开），无法读取。请提供未加密的文件。",
    ]);
  });
});

describe("the CLI", () => {
  test("garbage named .pdf and a scan: “cannot be read”, exit 2, the reason named", async () => {
    const junk = path.join(tmp, "报告.pdf");
    fs.writeFileSync(junk, "这不是PDF\u0000\u0001");
    const scanned = path.join(tmp, "scan.pdf");
    fs.writeFileSync(scanned, scan());
    const c = capture();
    const code = await run(["check", junk, scanned], c.io);
    expect(code).toBe(2);
    // “无法读取” lines go to stderr (issue 10: the results alone on stdout).
    const text = c.err.join("\n");
    expect(text).toContain(`${junk}: 无法读取 — 文件不是 PDF（缺少 %PDF- 文件头）。`);
    expect(text).toMatch(/scan\.pdf: 无法读取 — 这个 PDF 是扫描图像/);
  });

  test("a PDF named .txt is read as a PDF (by its %PDF- header)", async () => {
    const disguised = path.join(tmp, "hongze.txt");
    fs.copyFileSync(hongze, disguised);
    const c = capture();
    const code = await run(["check", disguised, "--json"], c.io);
    const [r] = JSON.parse(c.out.join("\n")) as JsonResult[];
    expect(r.year).toBe(2024);
    expect(r.findings.some((f) => f.rule === "S-03")).toBe(true);
    expect(code).toBe(0);
  });

  test("export from a PDF", async () => {
    const c = capture();
    const out = path.join(tmp, "hongze.json");
    expect(await run(["export", hongze, "--to", "json", "--out", out], c.io)).toBe(0);
    const report = reportFromJson(String(c.written.get(out))).report!;
    expect(report.year).toBe(2024);
    expect(report.values["t3.new.total"]).toBe(95);
  });

  test("--prev takes last year's report as a PDF", async () => {
    const c = capture();
    const code = await run(
      ["check", path.join(SAMPLES, "2025-shuyang-county.html"), "--prev", hongze, "--json"],
      c.io
    );
    expect(c.err).toEqual([]);
    const [r] = JSON.parse(c.out.join("\n")) as JsonResult[];
    expect(r.findings.some((f) => f.rule.startsWith("X-"))).toBe(true);
    expect([0, 1]).toContain(code);
  });

  test("consolidate takes PDFs", async () => {
    const pdf = (await generatedPdfs()).find((g) => g.sample === "2024-huaian-city.txt");
    if (!pdf) return; // no PDF producer installed
    const other = path.join(tmp, "other-unit.txt");
    fs.writeFileSync(
      other,
      fs
        .readFileSync(path.join(SAMPLES, "2024-huaian-city.txt"), "utf8")
        .replace(/淮安市人民政府/g, "淮安市某某局")
    );
    const c = capture();
    const out = path.join(tmp, "summary.json");
    const code = await run(["consolidate", pdf.pdf, other, "--out", out], c.io);
    expect(c.err).toEqual([]);
    expect([0, 1]).toContain(code);
    const summary = reportFromJson(String(c.written.get(out))).report!;
    expect(summary.values["t3.new.total"]).toBe(2 * (pdf.report.values["t3.new.total"] as number));
  });
});
