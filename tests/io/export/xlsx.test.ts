/**
 * The standalone workbook's XML, read back with JSZip: every conditional-format formula is the add-in's
 * (src/sheet/cf.ts) as a plain expression rule with its dxf, priorities unique and 1-based, validation
 * per value kind, merges, the GK_ names and the metadata part the add-in finds its tables by, the A4
 * print setup with an absolute print area, unlocked value cells, and nothing WPS would not read.
 */
import JSZip from "jszip";
import { buildXlsx, xlsxPlan } from "../../../src/io/export/xlsx";
import { pointsToChars } from "../../../src/io/export/xlsx/workbook";
import { exportReport } from "../../../src/io/export";
import { cellsOf } from "../../../src/report/cells";
import type { EditionId, Report } from "../../../src/report/types";
import {
  METADATA_NAMESPACE,
  a1,
  insertPlan,
  layoutOf,
  parseMetadataXml,
  parseRange,
  rectCells,
} from "../../../src/sheet";
import { pageSetupOf } from "../../../src/sheet/page";
import { sampleReport } from "./fixtures";

interface Opened {
  files: Record<string, string>;
  sheet: string;
  workbook: string;
  styles: string;
}

async function open(bytes: Uint8Array): Promise<Opened> {
  const zip = await JSZip.loadAsync(bytes);
  const files: Record<string, string> = {};
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir) files[name] = await zip.file(name)!.async("string");
  return {
    files,
    sheet: files["xl/worksheets/sheet1.xml"],
    workbook: files["xl/workbook.xml"],
    styles: files["xl/styles.xml"],
  };
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

function cfRules(sheet: string) {
  return [
    ...sheet.matchAll(
      /<conditionalFormatting sqref="([^"]+)">(<cfRule [^>]*>)<formula>([^<]*)<\/formula><\/cfRule><\/conditionalFormatting>/g
    ),
  ].map((m) => ({
    sqref: m[1],
    type: /type="([^"]+)"/.exec(m[2])![1],
    dxfId: Number(/dxfId="(\d+)"/.exec(m[2])![1]),
    priority: Number(/priority="(\d+)"/.exec(m[2])![1]),
    formula: decode(m[3]),
  }));
}

function dxfs(styles: string): string[] {
  const block = /<dxfs[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles)?.[1] ?? "";
  return [...block.matchAll(/<dxf>([\s\S]*?)<\/dxf>/g)].map((m) => m[1]);
}

/** The style index of a cell and whether that style unlocks it. */
function unlockedStyles(styles: string): Set<number> {
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1];
  const out = new Set<number>();
  [...xfs.matchAll(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].forEach((m, i) => {
    if (/<protection locked="0"\/>/.test(m[0])) out.add(i);
  });
  return out;
}

function styleOf(sheet: string, address: string): number {
  const m = new RegExp(`<c r="${address}" s="(\\d+)"`).exec(sheet);
  return m ? Number(m[1]) : 0;
}

describe.each(["2021", "2019"] as EditionId[])("%s edition", (edition) => {
  const report: Report = sampleReport(edition);
  let x: Opened;
  beforeAll(async () => {
    x = await open(await buildXlsx(report, { totals: "formulas" }));
  });
  const plan = () => xlsxPlan(report, { totals: "formulas" });

  test("every CF rule is the plan's formula without “=”, one rectangle, plain expression, unique 1-based priority", () => {
    const rules = cfRules(x.sheet);
    const expected = plan().conditionalFormats;
    expect(rules).toHaveLength(expected.length);
    expect(rules.map((r) => r.sqref)).toEqual(expected.map((r) => r.range));
    expect(rules.map((r) => r.formula)).toEqual(expected.map((r) => r.formula.slice(1)));
    expect(rules.every((r) => r.type === "expression")).toBe(true);
    expect(rules.every((r) => !r.formula.startsWith("=") && !/[;]/.test(r.sqref))).toBe(true);
    expect(rules.map((r) => r.priority)).toEqual(expected.map((_, i) => i + 1));
    // The add-in's own rules (src/excel/insert.ts calls insertPlan so), then blank cells amber.
    const addin = insertPlan(report, {
      sheetName: plan().sheetName,
      totalsAsFormulas: true,
      lang: "zh",
    }).conditionalFormats;
    expect(rules.slice(0, addin.length).map((r) => [r.sqref, r.formula])).toEqual(
      addin.map((r) => [r.range, r.formula.slice(1)])
    );
    const amber = expected.slice(addin.length);
    expect(amber.length).toBeGreaterThan(0);
    expect(amber.every((r) => r.rule === "ALL-02" && r.style === "blank")).toBe(true);
  });

  test("each rule's dxf fills with bgColor (what CF fills read) and colours the font", () => {
    const d = dxfs(x.styles);
    for (const [i, r] of cfRules(x.sheet).entries()) {
      const want = plan().conditionalFormats[i];
      const dxf = d[r.dxfId];
      expect(dxf).toContain(`<bgColor rgb="FF${want.fill.slice(1)}"/>`);
      expect(dxf).toContain(`<color rgb="FF${want.fontColor.slice(1)}"/>`);
    }
  });

  test("plain ECMA-376 only: no x14 extension lists, no _xlfn functions", () => {
    for (const [name, text] of Object.entries(x.files)) {
      expect([name, /<extLst|<x14:|x14ac:dyDescent|_xlfn\./.test(text)]).toEqual([name, false]);
    }
  });

  test("validation per value kind: whole ≥ 0, decimal ≥ 0 for amounts, signed whole where the edition has it", () => {
    const dvs = [...x.sheet.matchAll(/<dataValidation ([^>]*)>([\s\S]*?)<\/dataValidation>/g)].map(
      (m) => ({ attrs: m[1], body: m[2] })
    );
    const byRange = new Map(dvs.map((d) => [/sqref="([^"]+)"/.exec(d.attrs)![1], d]));
    for (const v of plan().validations) {
      const d = byRange.get(v.range)!;
      expect(d).toBeDefined();
      expect(d.attrs).toContain('errorStyle="stop"');
      expect(d.attrs).toContain('showErrorMessage="1"');
      expect(decode(/errorTitle="([^"]*)"/.exec(d.attrs)![1])).toBe(v.errorAlert.title);
      if (v.kind === "count") {
        expect(d.attrs).toMatch(/type="whole" operator="greaterThanOrEqual"/);
        expect(d.body).toBe("<formula1>0</formula1>");
      } else if (v.kind === "amount") {
        expect(d.attrs).toMatch(/type="decimal" operator="greaterThanOrEqual"/);
      } else {
        expect(d.attrs).toMatch(/type="whole"/);
        expect(d.body).toContain("<formula1>-1000000000</formula1>");
      }
    }
    // Every value cell is validated.
    const covered = new Set(
      plan().validations.flatMap((v) => rectCells(parseRange(v.range)!).map((p) => a1(p)))
    );
    // Every value cell is validated but the totals written as formulas (locked, computed).
    const formulas = new Set(
      plan().formulas.flatMap((f) => rectCells(parseRange(f.range)!).map((p) => a1(p)))
    );
    const layout = layoutOf(report);
    expect(
      layout.cells
        .filter((c) => !covered.has(c.address) && !formulas.has(c.address))
        .map((c) => c.key)
    ).toEqual([]);
    if (edition === "2019")
      expect(plan().validations.some((v) => v.kind === "signedCount")).toBe(true);
  });

  test("amounts print with two decimals (万元)", () => {
    const amount = layoutOf(report).cells.find((c) => c.kind === "amount")!;
    const count = layoutOf(report).cells.find((c) => c.kind === "count" && !c.isTotal)!;
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(x.styles)![1];
    const xf = [...xfs.matchAll(/<xf [^>]*>/g)];
    const fmtOf = (address: string) =>
      Number(/numFmtId="(\d+)"/.exec(xf[styleOf(x.sheet, address)][0])![1]);
    expect(fmtOf(amount.address)).toBe(2); // Excel's built-in "0.00"
    expect(fmtOf(count.address)).toBe(0); // General: a mistyped 2.5 stays visible
  });

  test("merges are the plan's, each once", () => {
    const merges = [...x.sheet.matchAll(/<mergeCell ref="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(merges.sort()).toEqual([...plan().merges].sort());
  });

  test("names GK_REPORT and GK_T2..4 point at the block, absolute; print area absolute", () => {
    const names = Object.fromEntries(
      [...x.workbook.matchAll(/<definedName name="([^"]+)"[^>]*>([^<]+)<\/definedName>/g)].map(
        (m) => [m[1], decode(m[2])]
      )
    );
    for (const n of plan().names) expect(names[n.name]).toBe(n.formula.slice(1));
    expect(names["_xlnm.Print_Area"]).toBe(pageSetupOf(plan(), layoutOf(report)).printArea);
    expect(names["_xlnm.Print_Area"]).toMatch(/!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
    expect(x.workbook).toContain('fullCalcOnLoad="1"');
  });

  test("A4, fit to one page wide, margins and centring", () => {
    expect(x.sheet).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(x.sheet).toMatch(/<pageSetup [^>]*fitToWidth="1" fitToHeight="0"/);
    expect(x.sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(x.sheet).toContain('<printOptions horizontalCentered="1"/>');
    // 表四 starts a page with its caption (a manual break after the row above the caption).
    const caption = layoutOf(report).tables[2].caption.pos.row;
    expect(x.sheet).toMatch(
      new RegExp(
        `<rowBreaks count="1" manualBreakCount="1"><brk id="${caption}" max="16383" man="1"/></rowBreaks>`
      )
    );
  });

  test("the metadata part is there, in the add-in's namespace, and reads back", () => {
    const item = x.files["customXml/item1.xml"];
    expect(item).toContain(`xmlns="${METADATA_NAMESPACE}"`);
    const meta = parseMetadataXml(item.replace(/^<\?xml[^>]*\?>\s*/, "")).meta!;
    expect(meta.edition).toBe(edition);
    expect(meta.year).toBe(report.year);
    expect(meta.agency).toBe(report.agency);
    expect(meta.names.map((n) => n.name)).toEqual(plan().names.map((n) => n.name));
    expect(x.files["xl/_rels/workbook.xml.rels"]).toContain('Target="../customXml/item1.xml"');
    expect(x.files["[Content_Types].xml"]).toContain('PartName="/customXml/itemProps1.xml"');
    expect(x.files["customXml/itemProps1.xml"]).toContain(`ds:uri="${METADATA_NAMESPACE}"`);
  });

  test("value cells unlocked (merged ones whole), labels locked", () => {
    const unlocked = unlockedStyles(x.styles);
    const layout = layoutOf(report);
    for (const c of layout.cells.filter((c) => !c.isTotal))
      for (const p of rectCells(c.rect))
        expect([a1(p), unlocked.has(styleOf(x.sheet, a1(p)))]).toEqual([a1(p), true]);
    for (const l of layout.labels.slice(0, 20))
      expect([l.address, unlocked.has(styleOf(x.sheet, l.address))]).toEqual([l.address, false]);
  });

  test("labels verbatim, values as numbers, totals as SUM formulas with their results cached", () => {
    const shared = [...x.files["xl/sharedStrings.xml"].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) =>
      decode(m[1])
    );
    for (const l of layoutOf(report).labels.filter((l) => l.role !== "title"))
      expect(shared).toContain(l.text);
    const first = cellsOf(report).find((c) => !c.isTotal)!;
    const at = layoutOf(report).byKey[first.key].address;
    expect(x.sheet).toMatch(new RegExp(`<c r="${at}" s="\\d+"><v>${report.values[first.key]}</v>`));
    for (const f of plan().formulas.slice(0, 3)) {
      const cell = a1({ row: parseRange(f.range)!.top, col: parseRange(f.range)!.left });
      expect(x.sheet).toMatch(
        new RegExp(
          `<c r="${cell}" s="\\d+"><f>${f.formulas[0][0].slice(1).replace(/[()$]/g, "\\$&")}</f><v>-?[\\d.]+</v>`
        )
      );
    }
  });

  test("column widths in characters, from the plan's points", () => {
    const cols = [...x.sheet.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)];
    expect(Number(cols[0][3])).toBeCloseTo(pointsToChars(plan().columnWidths[0].width), 2);
    // 100 pt is about 18 characters of the default font, not 100.
    expect(Number(cols[0][3])).toBeGreaterThan(15);
    expect(Number(cols[0][3])).toBeLessThan(22);
  });
});

test("the same report gives the same bytes (no clock, no random ids)", async () => {
  const r = sampleReport("2021");
  expect(Buffer.from(await buildXlsx(r)).equals(Buffer.from(await buildXlsx(r)))).toBe(true);
});

test("exportReport(…, 'xlsx') keeps typed totals by default: the report's figures as published", async () => {
  const r = sampleReport("2021");
  const file = await exportReport(r, "xlsx");
  expect(file.fileName).toMatch(/\.xlsx$/);
  expect(file.mime).toContain("spreadsheetml");
  const x = await open(file.data as Uint8Array);
  expect(x.sheet).not.toContain("<f>");
});
