/**
 * A PDF chosen in 导入与汇总 in the demo workbook: pdf.js and its worker load only then (their chunks
 * are not fetched before), the published 洪泽区 PDF becomes a sheet with its values, and a scan gets
 * the scan message with nothing written.
 */
import * as path from "path";
import type { Browser, FrameLocator, Page } from "playwright-core";
import { addressOf, layoutOf } from "../../src/sheet";
import { baseUrl, launch } from "./browser";
import { SAMPLES_DIR as SAMPLES } from "../support/samples";

/** A one-page PDF holding only an image: what a scanner makes. */
function scanPdf(): Buffer {
  const image =
    "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0000\u00ff\u00ff\u0000\nendstream";
  const content = "q 400 0 0 600 100 100 cm /Im1 Do Q";
  const objs = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    image,
  ];
  let out = "%PDF-1.4\n";
  const at: number[] = [];
  objs.forEach((o, i) => {
    at.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${at.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

let browser: Browser;
let page: Page;
let pane: FrameLocator;
const scripts: string[] = [];

beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1500, height: 900 } });
  page = await context.newPage();
  page.on("request", (r) => {
    if (r.url().endsWith(".js")) scripts.push(path.basename(new URL(r.url()).pathname));
  });
  await page.goto(`${baseUrl()}/demo.html`);
  pane = page.frameLocator("#pane");
  await pane.getByRole("button", { name: "插入表格" }).waitFor();
  await pane.getByRole("tab", { name: "导入与汇总" }).click();
  await pane.getByRole("button", { name: "导入到新工作表" }).waitFor();
});
afterAll(async () => {
  await browser?.close();
});

test("the published 洪泽区 PDF becomes a sheet; pdf.js loads only when a PDF is chosen", async () => {
  expect(scripts.filter((s) => s.startsWith("pdf."))).toEqual([]);
  await pane.getByLabel("或选择文件").setInputFiles(path.join(SAMPLES, "2024-hongze-district.pdf"));
  await pane.getByRole("button", { name: "导入到新工作表" }).click();
  const done = pane.getByRole("status").filter({ hasText: "已导入到新工作表" });
  await done.waitFor({ timeout: 30_000 });
  const sheet = /新工作表“([^”]+)”/.exec((await done.textContent())!)![1];
  const layout = layoutOf({ edition: "2021", tableEditions: { 3: "2019" } });
  const at = (key: string) =>
    page.locator(`[data-sheet="${sheet}"][data-address="${addressOf(layout, key)!}"]`);
  await expect(at("t3.new.total").textContent()).resolves.toBe("95");
  await expect(at("t4.cases.afterReview.total").textContent()).resolves.toBe("3");
  // 万元 shown with two decimals (the amount format of the add-in and the standalone workbook).
  await expect(at("t2.fees.amount").textContent()).resolves.toBe("7545.00");
  expect(scripts.some((s) => s.startsWith("pdf."))).toBe(true);
});

test("a scanned PDF: the scan message, no sheet", async () => {
  const tabs = await page.locator('[role="tab"]').count();
  await pane
    .getByLabel("或选择文件")
    .setInputFiles({ name: "扫描件.pdf", mimeType: "application/pdf", buffer: scanPdf() });
  await pane.getByRole("button", { name: "导入到新工作表" }).click();
  const alert = pane.getByRole("alert").filter({ hasText: "扫描图像" });
  await alert.waitFor({ timeout: 30_000 });
  await expect(alert.textContent()).resolves.toMatch(/OCR/);
  await expect(page.locator('[role="tab"]').count()).resolves.toBe(tabs);
});
