/** exportReport: one entry for the four formats, docx loaded lazily, with MIME type and a file name. */
import { exportReport, EXPORT_MIME } from "../../../src/io/export";
import { reportFromJson } from "../../../src/io/json";
import { sampleReport } from "./fixtures";

const report = sampleReport("2021");

test.each([
  ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  ["html", "text/html;charset=utf-8"],
  ["json", "application/json;charset=utf-8"],
  ["csv", "text/csv;charset=utf-8"],
] as const)("%s", async (format, mime) => {
  const file = await exportReport(report, format);
  expect(file.mime).toBe(mime);
  expect(EXPORT_MIME[format]).toBe(mime);
  expect(file.extension).toBe(format);
  expect(file.fileName).toBe(`某某市某某局2024年政府信息公开工作年度报告.${format}`);
  if (format === "docx") {
    expect(file.data).toBeInstanceOf(Uint8Array);
    expect((file.data as Uint8Array).length).toBeGreaterThan(5000);
  } else expect(typeof file.data).toBe("string");
  if (format === "json") expect(reportFromJson(file.data as string).report).toStrictEqual(report);
  if (format === "csv") expect((file.data as string).charCodeAt(0)).toBe(0xfeff);
  if (format === "html") expect(file.data).toMatch(/^<!DOCTYPE html>/);
});

test("html fragment on request; docx font options pass through", async () => {
  const frag = await exportReport(report, "html", { htmlFragment: true });
  expect(frag.data).toMatch(/^<div /);
  const docx = await exportReport(report, "docx", { fontPreset: "windows" });
  expect(docx.data).toBeInstanceOf(Uint8Array);
});

test("an unknown format is refused", async () => {
  await expect(exportReport(report, "pdf" as never)).rejects.toThrow(/unknown export format/);
});

test("the docx module is not pulled in statically by the export index", () => {
  const fs = jest.requireActual<typeof import("fs")>("fs");
  const src = fs.readFileSync(require.resolve("../../../src/io/export/index.ts"), "utf8");
  const staticImports = src.match(/^import\s+(?!type\b)[^;]*from\s+"([^"]+)"/gm) ?? [];
  expect(staticImports.filter((l) => /\.\/docx|"docx"/.test(l))).toEqual([]);
  expect(src).toContain('await import("./docx")');
});
