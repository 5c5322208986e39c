/**
 * checkWorkbook after 与上年比对: last year's sheet, linked in the registry, is read in the same read
 * sync, so the cross-year findings stay listed and orange through later edits and checks.
 */
import { checkWorkbook, insertReport } from "../../src/excel";
import { importToWorkbook } from "../../src/excel/importSheet";
import { compareWithLastYear, readLastYearLink } from "../../src/excel/lastYear";
import { LAST_YEAR_NAME } from "../../src/excel/prevLink";
import { CURRENT_KEY } from "../../src/excel/reportSheets";
import type { CheckResult } from "../../src/excel/types";
import { reportToJson } from "../../src/io/json";
import { cellKey, type Report } from "../../src/report";
import { T3_COLUMNS } from "../../src/report/editions/table3";
import { HIGHLIGHT_COLORS, layoutOf } from "../../src/sheet";
import { harness, type Harness } from "./harness";
import { yearPair } from "./lastYearPairs";

let h: Harness & { uninstall: () => void };
beforeEach(() => {
  h = harness();
});
afterEach(() => h.uninstall());

const addressOf = (key: string) => layoutOf({ edition: "2021" }).byKey[key].address;
const COL = T3_COLUMNS[0].id;
const CARRIED = cellKey(3, "carried", COL);

/** This year's report as the workbook's own, last year's on a registered sheet. */
async function setUp(thisYear: Report, prev: Report) {
  const a = await importToWorkbook(reportToJson(thisYear), "this.json");
  const b = await importToWorkbook(reportToJson(prev), "prev.json");
  if (a.status !== "imported" || b.status !== "imported") throw new Error("setup failed");
  expect(a.current).toBe(true);
  return { thisSheet: a.sheetName, prevKey: b.key, prevSheet: b.sheetName };
}

async function checked(): Promise<Extract<CheckResult, { kind: "checked" }>> {
  const r = await checkWorkbook();
  if (r.kind !== "checked") throw new Error(`expected a checked result, got ${r.kind}`);
  return r;
}

const crossYear = (r: { findings: { rule: string; cells: { key: string }[] }[] }) =>
  r.findings.filter((f) => f.rule.startsWith("X-")).map((f) => [f.rule, f.cells[0]?.key]);

/** Compared with last year's sheet (a mismatching pair: X-01 on 上年结转's first column and total). */
async function compared(seed = 3) {
  const { prev, mismatching } = yearPair(seed);
  const s = await setUp(mismatching, prev);
  const c = await compareWithLastYear({ key: s.prevKey });
  expect(c.status).toBe("checked");
  h.syncs();
  return { ...s, prev, report: mismatching };
}

test("compare, edit a cell, check: X-01 still listed and orange, in one read sync (nothing to repaint)", async () => {
  const { thisSheet, prevSheet } = await compared();
  // An unrelated edit on this year's sheet (表二 行政许可: in no sum nor X-02, so nothing to paint), then the
  // check the pane runs on it.
  h.type(addressOf(cellKey(2, "licensing", "decisions")), "1", thisSheet);
  h.syncs();
  const r = await checked();
  expect(h.syncs()).toBe(1);
  expect(crossYear(r)).toEqual([
    ["X-01", CARRIED],
    ["X-01", cellKey(3, "carried", "total")],
  ]);
  expect(r.lastYear).toEqual({ sheetName: prevSheet });
  const loc = r.findings.find((f) => f.rule === "X-01")!.locations[0]!;
  expect(loc.address).toBe(`'${thisSheet}'!${addressOf(CARRIED)}`);
  expect(h.fill(addressOf(CARRIED), thisSheet)).toBe(HIGHLIGHT_COLORS.crossYear);
  // And again: nothing cleared them.
  const again = await checked();
  expect(h.syncs()).toBe(1);
  expect(crossYear(again)).toHaveLength(2);
  expect(h.fill(addressOf(CARRIED), thisSheet)).toBe(HIGHLIGHT_COLORS.crossYear);
});

test("without a comparison there is nothing cross-year, and nothing to paint: one read sync", async () => {
  const { prev, mismatching } = yearPair(3);
  await setUp(mismatching, prev);
  h.syncs();
  const r = await checked();
  expect(h.syncs()).toBe(1);
  expect(crossYear(r)).toEqual([]);
  expect(r.lastYear).toBeUndefined();
  expect(h.host.workbook.definedNames.get(LAST_YEAR_NAME)).toBeUndefined();
});

test("last year's sheet is read as it is now: fixing this year's 上年结转 clears X-01 and its colour", async () => {
  const { thisSheet, prev } = await compared(5);
  h.type(addressOf(CARRIED), String(prev.values[cellKey(3, "carryForward", COL)]), thisSheet);
  const r = await checked();
  expect(crossYear(r).filter(([, k]) => k === CARRIED)).toEqual([]);
  expect(h.fill(addressOf(CARRIED), thisSheet)).not.toBe(HIGHLIGHT_COLORS.crossYear);
});

test("the link survives inserting the tables again (the GK_ names are replaced)", async () => {
  const { prev } = yearPair(11);
  await insertReport({ year: 2024, edition: "2021", agency: "示例局", totalsAsFormulas: false });
  const b = await importToWorkbook(reportToJson(prev), "prev.json");
  if (b.status !== "imported") throw new Error("setup");
  h.type(addressOf(CARRIED), "999", "2024年报表格");
  expect((await compareWithLastYear({ key: b.key })).status).toBe("checked");
  await insertReport({ year: 2024, edition: "2021", agency: "示例局", totalsAsFormulas: false });
  h.syncs();
  const r = await checked();
  expect(h.syncs()).toBe(2);
  expect(crossYear(r)).toContainEqual(["X-01", CARRIED]);
});

test("last year's sheet deleted: checked without it, no error, the fixed name dropped", async () => {
  const { prevSheet } = await compared(7);
  h.host.workbook.deleteSheet(h.sheet(prevSheet));
  h.syncs();
  const r = await checked();
  expect(h.syncs()).toBe(2);
  expect(crossYear(r)).toEqual([]);
  expect(r.lastYear).toBeUndefined();
  expect(h.host.workbook.definedNames.get(LAST_YEAR_NAME)).toBeUndefined();
  // And it stays dropped.
  await checked();
  expect(h.host.workbook.definedNames.get(LAST_YEAR_NAME)).toBeUndefined();
});

test("last year's sheet renamed, rows inserted above its tables: still read", async () => {
  const { prevSheet } = await compared(19);
  const sheet = h.sheet(prevSheet);
  h.host.workbook.renameSheet(sheet, "上年");
  h.host.workbook.rows.insert(sheet, 0, 3);
  h.syncs();
  const r = await checked();
  expect(h.syncs()).toBe(1);
  expect(r.lastYear).toEqual({ sheetName: "上年" });
  expect(crossYear(r)).toHaveLength(2);
});

test("a link stored without the fixed name: the first check repairs it, the next one has last year", async () => {
  await compared(9);
  h.host.workbook.definedNames.delete(LAST_YEAR_NAME);
  expect(await readLastYearLink()).toMatchObject({ of: CURRENT_KEY });
  h.syncs();
  const first = await checked();
  expect(h.syncs()).toBe(2);
  expect(crossYear(first)).toEqual([]);
  expect(h.host.workbook.definedNames.get(LAST_YEAR_NAME)).toBeDefined();
  const next = await checked();
  expect(h.syncs()).toBe(2);
  expect(crossYear(next)).toHaveLength(2);
});

test("the workbook's report replaced by another year's: the old link is not applied", async () => {
  const { thisSheet } = await compared(13);
  await h.host.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(thisSheet).activate();
    await ctx.sync();
  });
  const r0 = await insertReport({
    year: 2026,
    edition: "2021",
    agency: "示例局",
    totalsAsFormulas: false,
    overwrite: true,
  });
  expect(r0.status).toBe("inserted");
  h.type(addressOf(CARRIED), "999", thisSheet);
  const r = await checked();
  expect(r.report.year).toBe(2026);
  expect(crossYear(r)).toEqual([]);
});

test("a protected sheet: the cross-year findings are listed, in one read sync", async () => {
  const { thisSheet } = await compared(15);
  await h.host.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(thisSheet).protection.protect();
    await ctx.sync();
  });
  h.syncs();
  const r = await checked();
  expect(h.syncs()).toBe(1);
  expect(crossYear(r)).toHaveLength(2);
});

test("compared with a file (nothing stored in the workbook): later checks have no last year", async () => {
  const { prev, mismatching } = yearPair(17);
  await importToWorkbook(reportToJson(mismatching), "this.json");
  const c = await compareWithLastYear({ report: prev, label: "2023.json" });
  expect(c.status).toBe("checked");
  const r = await checked();
  expect(crossYear(r)).toEqual([]);
});
