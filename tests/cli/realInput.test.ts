/**
 * Reports as they really arrive (issue 10): text copied out of a PDF or a page, other encodings,
 * tables missing, cut short or printed twice, annotated numbers, pages that are not reports. Each
 * case goes through the CLI as a user runs it, and is never a silent pass.
 */
import * as fs from "fs";
import * as path from "path";
import { run } from "../../src/cli/main";
import type { JsonResult } from "../../src/cli/format";
import { importToWorkbook } from "../../src/excel/importSheet";
import { importReport, whyUnreadable } from "../../src/io/import";
import { memoryIo, type MemoryIo as Fake } from "../support/cliIo";
import { SAMPLES_DIR as SAMPLES } from "../support/samples";

const CLEAN = fs.readFileSync(path.join(SAMPLES, "2022-synthetic-clean.txt"), "utf8");
const T4_ROW = "3\t1\t1\t1\t6\t2\t0\t1\t1\t4\t1\t1\t0\t0\t2";

function fake(files: Record<string, string | Uint8Array>): Fake {
  return memoryIo(files);
}

async function check(files: Record<string, string | Uint8Array>, name = Object.keys(files)[0]) {
  const f = fake(files);
  const code = await run(["check", name, "--json"], f.io);
  const [r] = JSON.parse(f.out.join("\n")) as JsonResult[];
  return { code, r, err: f.err, rules: r.findings.map((x) => x.rule) };
}

const withT4Errors = (text: string) => {
  expect(text).toContain(T4_ROW);
  // 行政复议 总计 6 → 7, 未经复议直接起诉 总计 4 → 5: two 表四 errors.
  return text.replace(T4_ROW, "3\t1\t1\t1\t7\t2\t0\t1\t1\t5\t1\t1\t0\t0\t2");
};
const spaces = (t: string) => t.replace(/\t/g, "   ");
const cellPerLine = (t: string) =>
  t
    .split("\n")
    .flatMap((l) => (l.includes("\t") ? l.split("\t").filter((c) => c.trim() !== "") : [l]))
    .join("\n");

describe("text copied out of a PDF", () => {
  test("TABs became runs of spaces: the two 表四 errors are found, exit 1", async () => {
    const { code, rules } = await check({ "r.txt": spaces(withT4Errors(CLEAN)) });
    expect(rules.filter((x) => x.startsWith("T4-"))).toEqual(["T4-01", "T4-02"]);
    expect(code).toBe(1);
  });

  test("one cell per line: the same errors, exit 1", async () => {
    const { code, rules } = await check({ "r.txt": cellPerLine(withT4Errors(CLEAN)) });
    expect(rules.filter((x) => x.startsWith("T4-"))).toEqual(["T4-01", "T4-02"]);
    expect(code).toBe(1);
  });

  test("a title wrapped over two lines: year and agency still read", async () => {
    const text = CLEAN.replace(
      "示例市示例局2022年政府信息公开工作年度报告",
      "示例市示例局2022年政府信息公开\n工作年度报告"
    );
    const { r } = await check({ "r.txt": text });
    expect([r.year, r.agency]).toEqual([2022, "示例市示例局"]);
    const imported = importReport(text, "r.txt").report!;
    expect(imported.title).toBe("示例市示例局2022年政府信息公开工作年度报告");
  });

  test("no title line: the year from the 统计期限 sentence, else from the file name", async () => {
    const untitled = CLEAN.replace("示例市示例局2022年政府信息公开工作年度报告\n", "");
    expect((await check({ "r.txt": untitled })).r.year).toBe(2022);
    const bare = untitled.replace(/统计期限自2022年1月1日至2022年12月31日/, "");
    const { r } = await check({ "示例局2022.txt": bare.replace(/2022年，/g, "") });
    expect(r.year).toBe(2022);
  });

  test("an annotated number, 22（其中修订16件）: read as 22 with an IMP-04 warning; a balanced report still exits 0", async () => {
    const text = CLEAN.replace(
      "行政规范性文件\t5\t2\t37",
      "行政规范性文件\t5（其中修订2件）\t2\t37"
    );
    expect(text).not.toBe(CLEAN);
    const { code, r } = await check({ "r.txt": text });
    const imp = r.findings.filter((x) => x.rule === "IMP-04");
    expect(imp).toHaveLength(1);
    expect(imp[0]).toMatchObject({ severity: "warning", expected: 5, actual: "5（其中修订2件）" });
    expect(code).toBe(0);
  });
});

describe("never a silent pass", () => {
  test("表三 deleted: IMP-01 error, exit 1", async () => {
    const start = CLEAN.indexOf("三、收到和处理政府信息公开申请情况");
    const end = CLEAN.indexOf("四、政府信息公开行政复议、行政诉讼情况");
    const { code, r } = await check({ "r.txt": CLEAN.slice(0, start) + CLEAN.slice(end) });
    const imp = r.findings.filter((x) => x.rule === "IMP-01");
    expect(imp.map((x) => [x.severity, x.message])).toEqual([
      ["error", expect.stringContaining("表三（收到和处理政府信息公开申请情况）未读到")],
    ]);
    expect(r.findings.filter((x) => x.cells.some((c) => c.table === 3))).toEqual([]);
    expect(code).toBe(1);
  });

  test("no table yields a value: IMP-01 for each, exit 1", async () => {
    const text = CLEAN.split("\n")
      .map((l) => (l.includes("\t") ? l.replace(/(^|\t)[-\d.]+(?=\t|$)/g, "$1") : l))
      .join("\n");
    const { code, rules } = await check({ "r.txt": text });
    expect(rules.filter((x) => x === "IMP-01")).toHaveLength(3);
    expect(code).toBe(1);
  });

  test("a page cut off after 11 rows of 表三: one IMP-02 naming what is missing, nothing computed from the rows never read", async () => {
    const lines = CLEAN.split("\n");
    const first = lines.findIndex((l) => l.startsWith("一、本年新收政府信息公开申请数量"));
    const cut = lines.slice(0, first + 11).join("\n");
    const { code, r } = await check({ "r.txt": cut });
    const t3 = r.findings.filter((x) => x.rule === "IMP-02");
    expect(t3).toHaveLength(1);
    expect(t3[0].message).toMatch(
      /^表三不完整：只读到 11 行（应有 25 行），缺“（三）不予公开 8\.属于行政查询事项”…“四、结转下年度继续办理”共 14 行/
    );
    expect(r.findings.filter((x) => /^(T3|ALL)-/.test(x.rule))).toEqual([]);
    expect(r.findings.filter((x) => x.rule === "IMP-01").map((x) => x.message)).toEqual([
      expect.stringContaining("表四"),
    ]);
    expect(code).toBe(1);
  });

  test("表三 printed twice: IMP-03, only the first copy read", async () => {
    const start = CLEAN.indexOf("（本列数据的勾稽关系为");
    const end = CLEAN.indexOf("\n\n四、政府信息公开行政复议");
    const twice = CLEAN.slice(0, end) + "\n" + CLEAN.slice(start, end) + CLEAN.slice(end);
    const { code, r } = await check({ "r.txt": twice });
    expect(r.findings.filter((x) => x.rule === "IMP-03").map((x) => x.message)).toEqual([
      expect.stringMatching(/^表三印了两次（第\d+行又出现一份），只读入第一份/),
    ]);
    expect(r.findings.filter((x) => /^(T3|ALL)-/.test(x.rule))).toEqual([]);
    expect(code).toBe(1);
  });
});

describe("encodings and formats recognised by content", () => {
  const utf8 = Buffer.from(CLEAN, "utf8");

  const iconv = require("iconv-lite") as { encode: (s: string, e: string) => Buffer };

  test.each([
    ["GBK", iconv.encode(CLEAN, "gbk")],
    ["GB18030", iconv.encode(CLEAN, "gb18030")],
    [
      "UTF-16LE with BOM",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLEAN, "utf16le")]),
    ],
    ["UTF-16LE without BOM", Buffer.from(CLEAN, "utf16le")],
    ["UTF-16BE without BOM", Buffer.from(CLEAN, "utf16le").swap16()],
  ])("%s reads as UTF-8 does", async (_what, bytes) => {
    const a = await check({ "r.txt": new Uint8Array(utf8) });
    const b = await check({ "r.txt": new Uint8Array(bytes) });
    expect(b.r).toEqual(a.r);
    expect([b.r.agency, b.r.year]).toEqual(["示例市示例局", 2022]);
  });

  test("an HTML page and a JSON file saved as .txt are read as such", async () => {
    const page = fs.readFileSync(path.join(SAMPLES, "2025-shuyang-county.html"), "utf8");
    const asHtml = await check({ "p.html": page });
    const asTxt = await check({ "p.txt": page });
    expect({ ...asTxt.r, file: "" }).toEqual({ ...asHtml.r, file: "" });
    const f = fake({ "r.txt": CLEAN });
    const json = await import("../../src/io/json");
    const doc = json.reportToJson(importReport(CLEAN).report!);
    const fromJson = await check({ "r.txt": doc });
    expect(fromJson.code).toBe((await check({ "r.json": doc })).code);
    expect(fromJson.r.agency).toBe("示例市示例局");
    expect(f.err).toEqual([]);
  });

  test("wrong-shape JSON is refused the same way by the CLI and the pane", async () => {
    const doc = JSON.stringify({
      format: "gov-info-annual-report",
      edition: "2021",
      year: 2024,
      values: [],
    });
    const f = fake({ "w.json": doc });
    expect(await run(["check", "w.json"], f.io)).toBe(2);
    const pane = await importToWorkbook(doc, "w.json");
    expect(pane.status).toBe("unreadable");
    const why = whyUnreadable(importReport(doc, "w.json"))
      .map((p) => p.message.zh)
      .join("；");
    expect(f.err.join("\n")).toBe(`w.json: 无法读取 — ${why}`);
    if (pane.status === "unreadable")
      expect(pane.problems.map((p) => p.message.zh).join("；")).toBe(why);
  });
});

describe("no input hangs", () => {
  test("a page of 5 MB of nested unclosed tags is refused with a clear message, in the CLI and the pane", async () => {
    const page = "<html><body>" + "<div><span>".repeat(500_000);
    const f = fake({ "deep.html": page });
    expect(await run(["check", "deep.html"], f.io)).toBe(2);
    expect(f.err.join("\n")).toMatch(/deep\.html: 无法读取 — 网页的标签嵌套超过 400 层/);
    const pane = await importToWorkbook(page, "deep.html");
    expect(pane.status).toBe("unreadable");
  });
});
