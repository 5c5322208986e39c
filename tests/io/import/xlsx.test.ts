/**
 * Reading workbooks back: every sample exported to .xlsx is checked with the same findings as its
 * source (both editions; the label and heading notes L-01/L-03 are about the source's printing, which
 * the workbook replaces with the official labels); a workbook made by hand (labels elsewhere on the
 * sheet, tables on other sheets, other sheet names) is read by its labels; .xls and other binaries get
 * a message saying to save as .xlsx; the CLI's template, export --to xlsx and check.
 */
import * as fs from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { run } from "../../../src/cli/main";
import type { JsonResult } from "../../../src/cli/format";
import { buildXlsx, xlsxPlan } from "../../../src/io/export/xlsx";
import { tableGrids } from "../../../src/io/export/layout";
import { importReport } from "../../../src/io/import";
import { importWorkbook } from "../../../src/io/import/xlsx";
import { checkReport } from "../../../src/report/check";
import { cellsOf } from "../../../src/report/cells";
import type { Finding, Report } from "../../../src/report/types";
import { yearPair } from "../../excel/lastYearPairs";
import { SAMPLES_DIR, SAMPLE_FILES, sample } from "./samples";
import { memoryIo, type MemoryIo } from "../../support/cliIo";

const SOURCE_ONLY = new Set(["L-01", "L-03"]);

const summary = (fs: Finding[]) =>
  fs
    .filter((f) => !SOURCE_ONLY.has(f.rule))
    .map(
      (f) =>
        `${f.rule}|${f.severity}|${f.cells.map((c) => c.key).join(",")}|${f.expected}|${f.actual}`
    )
    .sort();

/** Every report beside the project the text importer reads (not only the ones named in ./samples). */
const REPORTS = fs.readdirSync(SAMPLES_DIR).filter((f) => /\.(txt|html?|json)$/.test(f));

test("the samples are there", () => {
  expect(REPORTS.length).toBeGreaterThanOrEqual(SAMPLE_FILES.length);
});

describe.each(REPORTS)("%s exported to .xlsx and read back", (file) => {
  const source = importReport(sample(file), file).report!;

  test("the same report and the same findings", async () => {
    const read = await importWorkbook(await buildXlsx(source, { totals: "typed" }), "x.xlsx");
    expect(read.problems.map((p) => p.message.zh)).toEqual([]);
    const back = read.report!;
    expect([back.edition, back.year, back.agency]).toEqual([
      source.edition,
      source.year,
      source.agency,
    ]);
    expect(back.tableEditions ?? {}).toEqual(source.tableEditions ?? {});
    for (const c of cellsOf(source)) {
      const v = source.values[c.key];
      const want = v === undefined || v === "" ? null : v;
      expect([c.key, back.values[c.key]]).toEqual([c.key, want]);
    }
    expect(summary(checkReport(back))).toEqual(summary(checkReport(source)));
  });
});

/** An io over real files, writing into memory. */
/** Files written in the test first, then the disk. */
function io(): MemoryIo {
  return memoryIo({}, { readFile: (p) => fs.readFileSync(p) });
}

describe("CLI", () => {
  test("export --to xlsx, then check the workbook: same error findings and exit code as the source", async () => {
    for (const file of ["2024-huaian-city.txt", "2020-haizhu-investment.txt"]) {
      const f = io();
      const src = path.join(SAMPLES_DIR, file);
      expect(await run(["export", src, "--to", "xlsx", "--out", "/mem/out.xlsx"], f.io)).toBe(0);
      const codeX = await run(["check", "/mem/out.xlsx", "--json"], f.io);
      const codeS = await run(["check", src, "--json"], f.io);
      const [x, s] = f.out.slice(-2).map((o) => JSON.parse(o)[0] as JsonResult);
      expect(codeX).toBe(codeS);
      const rules = (r: JsonResult) =>
        r.findings
          .filter((x) => !SOURCE_ONLY.has(x.rule))
          .map((x) => `${x.rule}|${x.message}`)
          .sort();
      expect(rules(x)).toEqual(rules(s));
      expect([x.year, x.edition, x.agency]).toEqual([s.year, s.edition, s.agency]);
    }
  });

  test("template: the year's edition, agency in the title, every value blank (ALL-02 per cell), exit 0", async () => {
    const f = io();
    expect(
      await run(
        ["template", "--year", "2025", "--agency", "某某县人民政府", "--out", "/mem/t.xlsx"],
        f.io
      )
    ).toBe(0);
    expect(await run(["check", "/mem/t.xlsx", "--json"], f.io)).toBe(0);
    const r = JSON.parse(f.out[f.out.length - 1])[0] as JsonResult;
    expect([r.edition, r.year, r.agency]).toEqual(["2021", 2025, "某某县人民政府"]);
    // Totals are SUM formulas (0 when their parts are blank); every other cell is blank.
    const plan = xlsxPlan({ edition: "2021", year: 2025, agency: "", values: {} });
    const formulas = plan.formulas.reduce((n, f) => n + f.formulas.flat().length, 0);
    expect(formulas).toBeGreaterThan(0);
    const cells = cellsOf({ edition: "2021" }).length;
    expect(r.findings.filter((x) => x.rule === "ALL-02")).toHaveLength(cells - formulas);
    expect(r.findings.filter((x) => x.severity === "error")).toEqual([]);
  });

  test("template --edition 2019 --totals typed; bad arguments → usage, exit 2", async () => {
    const f = io();
    expect(
      await run(
        [
          "template",
          "--year",
          "2020",
          "--edition",
          "2019",
          "--totals",
          "typed",
          "--out",
          "/mem/a.xlsx",
        ],
        f.io
      )
    ).toBe(0);
    const read = await importWorkbook(f.written.get("/mem/a.xlsx") as Uint8Array);
    expect(read.report!.edition).toBe("2019");
    expect(await run(["template", "--out", "/mem/b.xlsx"], f.io)).toBe(2);
    expect(await run(["template", "--year", "2025", "--edition", "2020"], f.io)).toBe(2);
    expect(await run(["template", "--year", "2025", "--totals", "some"], f.io)).toBe(2);
  });

  test("check --prev and consolidate take workbooks too", async () => {
    const { prev, matching, mismatching } = yearPair(3);
    const f = io();
    f.written.set("/mem/prev.xlsx", await buildXlsx(prev, { totals: "typed" }));
    f.written.set("/mem/ok.xlsx", await buildXlsx(matching, { totals: "typed" }));
    f.written.set("/mem/bad.xlsx", await buildXlsx(mismatching, { totals: "typed" }));
    await run(["check", "/mem/ok.xlsx", "--prev", "/mem/prev.xlsx", "--json"], f.io);
    await run(["check", "/mem/bad.xlsx", "--prev", "/mem/prev.xlsx", "--json"], f.io);
    const [ok, bad] = f.out.slice(-2).map((o) => JSON.parse(o)[0] as JsonResult);
    const cross = (r: JsonResult) =>
      r.findings.filter((x) => x.rule.startsWith("X-")).map((x) => x.rule);
    const want = (r: Report) =>
      checkReport(r, { prev })
        .filter((x) => x.rule.startsWith("X-"))
        .map((x) => x.rule);
    expect(cross(ok)).toEqual(want(matching));
    expect(cross(bad)).toEqual(want(mismatching));
    expect(cross(bad).length).toBeGreaterThan(0);

    const c = io();
    c.written.set("/mem/a.xlsx", await buildXlsx(matching, { totals: "typed" }));
    c.written.set(
      "/mem/b.xlsx",
      await buildXlsx({ ...matching, agency: "乙局" }, { totals: "typed" })
    );
    await run(
      ["consolidate", "/mem/a.xlsx", "/mem/b.xlsx", "--out", "/mem/sum.xlsx", "--to", "xlsx"],
      c.io
    );
    const sum = await importWorkbook(c.written.get("/mem/sum.xlsx") as Uint8Array);
    const k = cellsOf(matching).find(
      (x) => typeof matching.values[x.key] === "number" && matching.values[x.key] !== 0
    )!.key;
    expect(sum.report!.values[k]).toBe(2 * (matching.values[k] as number));
  });

  test(".xls (OLE) → exit 2 with a message to save as .xlsx", async () => {
    const f = io();
    f.written.set(
      "/mem/old.xls",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])
    );
    expect(await run(["check", "/mem/old.xls"], f.io)).toBe(2);
    // “无法读取” lines go to stderr (issue 10), stdout keeps the results only.
    expect(f.err.join("\n")).toMatch(/另存为.*xlsx/);
  });
});

test("other binaries and broken zips get a clear message, never a throw", async () => {
  const ole = await importWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), "a.xls");
  expect(ole.report).toBeNull();
  expect(ole.problems[0].message.zh).toMatch(/\.xls.*另存为.*\.xlsx/);
  expect(ole.problems[0].message.en).toMatch(/Save As/);
  const pdf = await importWorkbook(new TextEncoder().encode("%PDF-1.7 …"), "a.xlsx");
  expect(pdf.problems[0].message.zh).toMatch(/不是 \.xlsx 工作簿/);
  const zip = await importWorkbook(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]), "b.xlsx");
  expect(zip.report).toBeNull();
  expect(zip.problems[0].message.zh).toMatch(/无法打开工作簿/);
});

/**
 * A workbook as an office makes it by hand: its own sheet names, a title in a merged cell, the tables
 * starting at column B below some notes, 表三 and 表四 on a second sheet, labels with the printed
 * variants offices use, numbers typed as text in places.
 */
async function handMade(report: Report): Promise<Uint8Array> {
  const wb = new Workbook();
  const one = wb.addWorksheet("主动公开");
  const two = wb.addWorksheet("Sheet2");
  one.getCell("B2").value = `${report.agency}${report.year}年政府信息公开工作年度报告`;
  one.mergeCells("B2:H2");
  one.getCell("B3").value = "填报说明：本表由办公室填写。";
  // A note far to the right of a table row, as sheets have.
  two.getCell("Z10").value = "备注：含电话咨询";
  const grids = tableGrids(report);
  const place = (ws: typeof one, top: number, left: number, no: 2 | 3 | 4) => {
    const g = grids[no - 2];
    ws.getCell(top, left).value = g.title;
    let bottom = top;
    for (const row of g.rows)
      for (const c of row) {
        const r = top + 1 + c.row;
        const col = left + c.col;
        const cell = ws.getCell(r, col);
        cell.value =
          c.role === "value"
            ? typeof c.raw === "number"
              ? c.raw
              : c.raw === null || c.raw === undefined
                ? null
                : String(c.raw)
            : c.text.replace(/^(\d)\./, "$1、");
        if (c.rowSpan > 1 || c.colSpan > 1)
          ws.mergeCells(r, col, r + c.rowSpan - 1, col + c.colSpan - 1);
        bottom = Math.max(bottom, r + c.rowSpan - 1);
      }
    return bottom;
  };
  place(one, 5, 2, 2);
  const end3 = place(two, 3, 3, 3);
  place(two, end3 + 3, 3, 4);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test("a hand-made workbook is read by its labels on every sheet, with the same balance findings", async () => {
  const source = importReport(sample("2024-huaian-city.txt"), "x.txt").report!;
  const broken: Report = { ...source, values: { ...source.values } };
  const k = cellsOf(source).find((c) => c.table === 3 && !c.isTotal)!.key;
  broken.values[k] = Number(broken.values[k] ?? 0) + 3;
  // Blanks in the last column of a row and in a whole row's values stay blank cells, in place.
  const lastCol = cellsOf(source).filter((c) => c.table === 3 && c.key.endsWith(".total"))[4].key;
  broken.values[lastCol] = null;
  for (const c of cellsOf(source).filter((c) => c.table === 3 && c.key.startsWith("t3.partial.")))
    broken.values[c.key] = null;
  const read = await importWorkbook(await handMade(broken), "报表.xlsx");
  expect(read.report).not.toBeNull();
  const back = read.report!;
  expect([back.year, back.agency, back.edition]).toEqual([
    source.year,
    source.agency,
    source.edition,
  ]);
  expect(back.absentTables ?? []).toEqual([]);
  for (const c of cellsOf(source))
    expect([c.key, back.values[c.key] ?? null]).toEqual([c.key, broken.values[c.key] ?? null]);
  const errors = (r: Report) => summary(checkReport(r)).filter((s) => s.includes("|error|"));
  expect(errors(back).length).toBeGreaterThan(0);
  expect(errors(back)).toEqual(errors(broken));
  // The printed “1、” variants are noted as such (L-01), as for a published text.
  expect(read.findings.some((f) => f.rule === "L-01")).toBe(true);
});

test("a workbook with no report in it says so", async () => {
  const wb = new Workbook();
  wb.addWorksheet("Sheet1").getCell("A1").value = "采购清单";
  const read = await importWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), "list.xlsx");
  expect(read.report).toBeNull();
  expect(read.problems[0].message.zh).toMatch(/没有找到/);
});

test("a workbook whose metadata part was dropped: year and agency from the title, edition from the tables, no text", async () => {
  const source = importReport(sample("2020-haizhu-investment.txt"), "x.txt").report!;
  const k = cellsOf(source).find((c) => c.table === 3 && !c.isTotal)!.key;
  source.values[k] = Number(source.values[k] ?? 0) + 1;
  const zip = await JSZip.loadAsync(await buildXlsx(source, { totals: "typed" }));
  for (const name of Object.keys(zip.files)) if (name.startsWith("customXml/")) zip.remove(name);
  const read = await importWorkbook(await zip.generateAsync({ type: "uint8array" }), "x.xlsx");
  const back = read.report!;
  expect([back.edition, back.year, back.agency]).toEqual([
    source.edition,
    source.year,
    source.agency,
  ]);
  expect(read.problems.map((p) => p.message.zh)).toEqual([
    expect.stringMatching(/没有保存报告信息.*正文.*已按标题和表格结构识别/),
  ]);
  // The six sections travel in the metadata part only: the checks on the text are not run, not passed.
  expect(back.narrative).toBeUndefined();
  const tables = (fs: Finding[]) =>
    summary(fs).filter((s) => /^(T\d|ALL|S-01|S-05|X|L-02)/.test(s));
  expect(tables(checkReport(back))).toEqual(tables(checkReport(source)));
  expect(tables(checkReport(source)).length).toBeGreaterThan(0);
});
