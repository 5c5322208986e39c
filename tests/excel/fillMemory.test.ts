/**
 * Hosts that cannot read fills back (below ExcelApi 1.9, the stand-in's office2019 profile): the check
 * writes from the fills remembered this session, so every other writer of those fills must keep that
 * memory true (a comparison with last year records what it painted; an insert forgets what it cleared).
 */
import { checkWorkbook, insertReport } from "../../src/excel";
import { importToWorkbook } from "../../src/excel/importSheet";
import { carryOverFromLastYear, compareWithLastYear } from "../../src/excel/lastYear";
import { parseAddress } from "../../src/demo/excel";
import { reportToJson } from "../../src/io/json";
import { cellKey, cellsOf } from "../../src/report";
import { HIGHLIGHT_COLORS, layoutOf } from "../../src/sheet";
import { addressIn, harness, type Harness } from "./harness";
import { yearPair } from "./lastYearPairs";

const SHEET = "2024年报表格";
const base = { year: 2024, edition: "2021" as const, agency: "示例局", totalsAsFormulas: false };

let h: Harness & { uninstall: () => void };
beforeEach(() => {
  h = harness({ profile: "office2019" });
});
afterEach(() => h.uninstall());

async function checked() {
  const r = await checkWorkbook();
  if (r.kind !== "checked") throw new Error(`not checked: ${JSON.stringify(r).slice(0, 300)}`);
  return r;
}

/** Addresses of the value cells that carry a fill of their own. */
function painted(sheet = SHEET): string[] {
  return layoutOf({ edition: "2021" })
    .cells.map((c) => c.address)
    .filter((a) => h.fill(a, sheet) !== null);
}

test("after a comparison with a file painted X- cells, the next check clears them", async () => {
  const { prev, mismatching } = yearPair(3);
  await importToWorkbook(reportToJson(mismatching), "this.json");
  await checked();
  const r = await compareWithLastYear({ report: prev, label: "2023.json" });
  if (r.status !== "checked") throw new Error(JSON.stringify(r));
  const x = r.findings.map((f) => f.locations[0]!.cell);
  expect(x.length).toBeGreaterThan(0);
  for (const cell of x) expect(h.fill(cell, r.sheetName)).toBe(HIGHLIGHT_COLORS.crossYear);
  // No link is stored for a file: the check has no last year, so nothing is orange any more.
  const c = await checked();
  expect(c.findings.filter((f) => f.rule.startsWith("X-"))).toEqual([]);
  expect(painted(r.sheetName)).toEqual([]);
});

test("after 结转上年数据 from a file painted X- cells, the next check clears them", async () => {
  const { prev } = yearPair(11);
  await insertReport(base);
  const wb = h.host.workbook;
  for (const c of cellsOf({ edition: "2021" }))
    wb.cells.write(wb.sheet(SHEET), parseAddress(addressIn("2021", c.key))!.rect, [[0]]);
  await checked();
  expect(painted()).toEqual([]);
  const done = await carryOverFromLastYear({ report: prev, label: "2023.json" });
  if (done.status !== "done") throw new Error(JSON.stringify(done));
  // 结转 fixes X-01; what last year's figures still contradict (X-02 on 表二) is orange.
  expect(done.findings.length).toBeGreaterThan(0);
  const orange = painted().filter((a) => h.fill(a, SHEET) === HIGHLIGHT_COLORS.crossYear);
  expect(orange.length).toBeGreaterThan(0);
  await checked();
  expect(painted()).toEqual([]);
});

test("after a re-insert cleared the block, the next check paints the highlight again", async () => {
  await insertReport(base);
  const wb = h.host.workbook;
  for (const c of cellsOf({ edition: "2021" }))
    wb.cells.write(wb.sheet(SHEET), parseAddress(addressIn("2021", c.key))!.rect, [[0]]);
  const natural = addressIn("2021", cellKey(3, "new", "natural"));
  h.paste(natural, [["12件"]], SHEET);
  await checked();
  const before = painted();
  expect(before).toContain(natural);
  const again = await insertReport(base);
  expect(again.status).toBe("inserted");
  expect(h.value(natural, SHEET)).toBe("12件");
  await checked();
  expect(painted()).toEqual(before);
});
