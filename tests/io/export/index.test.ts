/** exportReport: one entry for the four formats, docx loaded lazily, with MIME type and a file name. */
import { exportReport, EXPORT_MIME } from "../../../src/io/export";
import { reportFromJson } from "../../../src/io/json";
import JSZip from "jszip";
import { countXmlForbidden } from "../../../src/report/xmlText";
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

test("characters XML 1.0 forbids are dropped from every format; the docx stays readable", async () => {
  const dirty = {
    ...report,
    agency: "某某市某某局\uFFFE",
    signer: "办公室\u0001",
    preface: "开头\uFFFF。",
    narrative: { ...report.narrative, 3: "收到申请\uFFFE61件\u000B。\uD800" },
    values: { ...report.values, "t3.new.natural": "1\u00022" },
  };
  for (const format of ["html", "json", "csv"] as const) {
    const text = (await exportReport(dirty, format)).data as string;
    expect([format, countXmlForbidden(text)]).toEqual([format, 0]);
    expect(text).toContain(format === "csv" ? "某某市某某局," : "办公室");
  }
  const zip = await JSZip.loadAsync((await exportReport(dirty, "docx")).data);
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".xml"))) {
    const xml = await zip.file(name)!.async("string");
    expect([name, countXmlForbidden(xml)]).toEqual([name, 0]);
  }
  const doc = await zip.file("word/document.xml")!.async("string");
  expect(doc).toContain("收到申请61件。");
  expect(doc).toContain("开头。");
});

test("docx says what the layout gave up: values at 小五 where figures are too wide, nothing otherwise", async () => {
  const small = {
    ...report,
    values: Object.fromEntries(Object.keys(report.values).map((k) => [k, 7])),
  };
  expect((await exportReport(small, "docx")).notes).toEqual([]);
  const wide = {
    ...report,
    values: Object.fromEntries(
      Object.entries(report.values).map(([k, v]) => [k, (v as number) * 50])
    ),
  };
  const notes = (await exportReport(wide, "docx")).notes;
  expect(notes.map((n) => n.zh)).toEqual([
    expect.stringMatching(/^表三的数字较宽，数值改用小五号字/),
    expect.stringMatching(/^表四的数字较宽，数值改用小五号字/),
  ]);
  expect(notes[0].en).toMatch(/^Table 3's figures are wide/);
  expect((await exportReport(wide, "html")).notes).toEqual([]);
});
