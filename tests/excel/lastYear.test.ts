/** Last year's report: cross-year findings on this year's cells, and 结转上年数据, against the demo host. */
import { insertReport, readReport } from "../../src/excel";
import { importToWorkbook } from "../../src/excel/importSheet";
import {
  carryOverFromLastYear,
  compareWithLastYear,
  readLastYearLink,
} from "../../src/excel/lastYear";
import { CURRENT_KEY } from "../../src/excel/reportSheets";
import { reportToJson } from "../../src/io/json";
import { cellKey, type Report } from "../../src/report";
import { T3_COLUMNS } from "../../src/report/editions/table3";
import { HIGHLIGHT_COLORS, layoutOf } from "../../src/sheet";
import { harness, type Harness } from "./harness";
import { yearPair } from "./lastYearPairs";
import { emptyReport } from "../support/reports";

let h: Harness & { uninstall: () => void };
beforeEach(() => {
  h = harness();
});
afterEach(() => h.uninstall());

/** This year's report as the workbook's own (imported into the empty workbook), last year's on a registered sheet. */
async function setUp(
  thisYear: Report,
  prev: Report
): Promise<{ thisSheet: string; prevKey: string; prevSheet: string }> {
  const a = await importToWorkbook(reportToJson(thisYear), "this.json");
  const b = await importToWorkbook(reportToJson(prev), "prev.json");
  if (a.status !== "imported" || b.status !== "imported") throw new Error("setup failed");
  expect(a.current).toBe(true);
  expect(b.current).toBe(false);
  h.syncs();
  return { thisSheet: a.sheetName, prevKey: b.key, prevSheet: b.sheetName };
}

const addressOf = (key: string) => layoutOf({ edition: "2021" }).byKey[key].address;

test("a mismatching pair: X-01 on this year's 上年结转, listed and coloured orange, in two syncs", async () => {
  const { prev, mismatching } = yearPair(3);
  const { thisSheet, prevKey, prevSheet } = await setUp(mismatching, prev);
  const r = await compareWithLastYear({ key: prevKey });
  expect(h.syncs()).toBe(2);
  if (r.status !== "checked") throw new Error(JSON.stringify(r));
  expect(r.sheetName).toBe(thisSheet);
  expect(r.prevLabel).toBe(prevSheet);
  const col = T3_COLUMNS[0].id;
  expect(r.findings.map((f) => [f.rule, f.cells[0].key])).toEqual([
    ["X-01", cellKey(3, "carried", col)],
    ["X-01", cellKey(3, "carried", "total")],
  ]);
  const loc = r.findings[0].locations[0]!;
  expect(loc.address).toBe(`'${thisSheet}'!${addressOf(cellKey(3, "carried", col))}`);
  expect(h.fill(loc.cell, thisSheet)).toBe(HIGHLIGHT_COLORS.crossYear);
  // A cell with nothing to say keeps no fill.
  expect(h.fill(addressOf(cellKey(3, "carried", "business")), thisSheet)).toBeNull();
  // The link is stored, so the pane can offer it again.
  expect(await readLastYearLink()).toEqual({ of: CURRENT_KEY, prev: prevKey });
});

test("a matching pair: no cross-year finding", async () => {
  const { prev, matching } = yearPair(5);
  const { prevKey } = await setUp(matching, prev);
  const r = await compareWithLastYear({ key: prevKey });
  expect(r).toMatchObject({ status: "checked", findings: [] });
});

test("last year's report from a file (no sheet): same findings, nothing stored", async () => {
  const { prev, mismatching } = yearPair(7);
  await importToWorkbook(reportToJson(mismatching), "this.json");
  h.syncs();
  const r = await compareWithLastYear({ report: prev, label: "2023.json" });
  expect(h.syncs()).toBe(2);
  expect(r).toMatchObject({ status: "checked", prevLabel: "2023.json" });
  if (r.status === "checked") expect(r.findings.map((f) => f.rule)).toEqual(["X-01", "X-01"]);
  expect(await readLastYearLink()).toBeNull();
});

test("no report of this year: unavailable, with the reason", async () => {
  const r = await compareWithLastYear({ report: emptyReport(2023), label: "x" });
  expect(r.status).toBe("unavailable");
  if (r.status === "unavailable") expect(r.reason.zh).toMatch(/还没有报告表格/);
});

test("结转上年数据 into blank cells: no question, 上年结转 = last year's 结转下年度, X-01 gone", async () => {
  const { prev } = yearPair(11);
  await insertReport({ year: 2024, edition: "2021", agency: "示例局", totalsAsFormulas: false });
  const b = await importToWorkbook(reportToJson(prev), "prev.json");
  if (b.status !== "imported") throw new Error("setup");
  h.syncs();
  const before = await compareWithLastYear({ key: b.key });
  if (before.status !== "checked") throw new Error("compare");
  h.syncs();
  const r = await carryOverFromLastYear({ key: b.key });
  expect(h.syncs()).toBe(2);
  if (r.status !== "done") throw new Error(JSON.stringify(r));
  expect(r.written.map((w) => w.key)).toEqual(T3_COLUMNS.map((c) => cellKey(3, "carried", c.id)));
  expect(r.findings.filter((f) => f.rule === "X-01")).toEqual([]);
  const back = (await readReport())!.report;
  for (const c of T3_COLUMNS)
    expect(back.values[cellKey(3, "carried", c.id)]).toBe(
      prev.values[cellKey(3, "carryForward", c.id)]
    );
  expect(h.host.workbook.activeSheet.name).toBe("2024年报表格");
});

test("结转上年数据 over typed values: asks (one sync, nothing written), then overwrites when told", async () => {
  const { prev } = yearPair(13);
  await insertReport({ year: 2024, edition: "2021", agency: "示例局", totalsAsFormulas: false });
  const b = await importToWorkbook(reportToJson(prev), "prev.json");
  if (b.status !== "imported") throw new Error("setup");
  const natural = addressOf(cellKey(3, "carried", "natural"));
  const business = addressOf(cellKey(3, "carried", "business"));
  const incoming = prev.values[cellKey(3, "carryForward", "natural")] as number;
  h.type(natural, String(incoming + 5), "2024年报表格");
  h.type(business, "0", "2024年报表格"); // zero: replaced without asking
  h.syncs();
  const asked = await carryOverFromLastYear({ key: b.key });
  expect(h.syncs()).toBe(1);
  expect(asked).toEqual({
    status: "ask",
    sheetName: "2024年报表格",
    conflicts: [
      {
        key: cellKey(3, "carried", "natural"),
        column: "自然人",
        incoming,
        current: incoming + 5,
        address: `'2024年报表格'!${natural}`,
      },
    ],
  });
  expect(h.value(natural, "2024年报表格")).toBe(incoming + 5);

  const done = await carryOverFromLastYear({ key: b.key }, { overwrite: true });
  expect(h.syncs()).toBe(2);
  expect(done.status).toBe("done");
  expect(h.value(natural, "2024年报表格")).toBe(incoming);
  expect(h.value(business, "2024年报表格")).toBe(
    prev.values[cellKey(3, "carryForward", "business")]
  );
});

test("结转上年数据 leaves a SUM formula alone", async () => {
  const { prev } = yearPair(17);
  await insertReport({ year: 2024, edition: "2021", agency: "示例局", totalsAsFormulas: true });
  const b = await importToWorkbook(reportToJson(prev), "prev.json");
  if (b.status !== "imported") throw new Error("setup");
  const total = addressOf(cellKey(3, "carried", "total"));
  const r = await carryOverFromLastYear({ key: b.key });
  if (r.status !== "done") throw new Error(JSON.stringify(r));
  expect(r.skipped.map((s) => s.key)).toEqual([cellKey(3, "carried", "total")]);
  expect(String(h.formula(total, "2024年报表格"))).toMatch(/^=SUM\(/);
  expect(h.value(total, "2024年报表格")).toBe(prev.values[cellKey(3, "carryForward", "total")]);
});
