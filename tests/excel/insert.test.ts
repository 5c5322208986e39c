import { insertReport, readMetadata } from "../../src/excel";
import { METADATA_NAMESPACE } from "../../src/sheet";
import { parseAddress } from "../../src/demo/excel";
import { addressIn, harness, type Harness } from "./harness";

let h: Harness & { uninstall: () => void };
beforeEach(() => {
  h = harness();
});
afterEach(() => h.uninstall());

const base = {
  year: 2024,
  edition: "2021" as const,
  agency: "某某市某某局",
  totalsAsFormulas: false,
};

test("insert into an empty workbook: a new sheet, two syncs, the whole block, names and metadata", async () => {
  const r = await insertReport(base);
  expect(h.syncs()).toBeLessThanOrEqual(2);
  expect(r).toEqual({
    status: "inserted",
    sheetName: "2024年报表格",
    address: expect.stringMatching(/^A1:O\d+$/),
    kept: 0,
  });
  // On a sheet of its own, shown; the empty Sheet1 stays as it was.
  expect(h.host.workbook.activeSheet.name).toBe("2024年报表格");
  expect(h.host.workbook.sheets.map((x) => x.name)).toEqual(["Sheet1", "2024年报表格"]);
  expect(h.value("A1", "Sheet1")).toBe("");
  expect(h.value("A1")).toBe("某某市某某局2024年政府信息公开工作年度报告");
  expect(h.value("A3")).toBe("二、主动公开政府信息情况");
  const t3 = h.host.workbook.definedNames.get("GK_T3");
  expect(t3).toBeDefined();
  expect(h.host.workbook.definedNames.get("GK_REPORT")).toBeDefined();
  expect(h.host.workbook.xmlParts.byNamespace(METADATA_NAMESPACE)).toHaveLength(1);
  // Value cells are open for typing and validated; labels are not value cells.
  const natural = addressIn("2021", "t3.new.natural");
  h.type(natural, "3");
  expect(h.value(natural)).toBe(3);
  expect(() => h.type(natural, "三件")).toThrow(/validation/);
  expect(h.sheet().cfRules.length).toBeGreaterThan(0);
  // 三、本年度办理结果 is typeset vertically down its merged column.
  const section = addressIn("2021", "t3.open.natural").replace(/^D/, "A");
  expect(h.value(section)).toBe("三、本年度办理结果");
  const at = parseAddress(section)!.rect;
  expect(h.sheet().format(at.r0, at.c0).textOrientation).toBe(180);
  expect(h.sheet().merges.length).toBeGreaterThan(0);
  const meta = await readMetadata();
  expect(meta).toMatchObject({
    edition: "2021",
    year: 2024,
    agency: "某某市某某局",
    sheet: { name: "2024年报表格" },
  });
});

test("totals as formulas: the total cells add up their parts", async () => {
  await insertReport({ ...base, totalsAsFormulas: true });
  const total = addressIn("2021", "t3.new.total");
  expect(String(h.formula(total))).toMatch(/^=SUM\(/);
  h.type(addressIn("2021", "t3.new.natural"), "2");
  h.type(addressIn("2021", "t3.new.business"), "5");
  expect(h.value(total)).toBe(7);
});

test("what the active sheet holds does not matter: a first insert leaves it alone, without asking", async () => {
  h.paste("C5", [["别人的数据"]]);
  const r = await insertReport(base);
  expect(r).toMatchObject({ status: "inserted", sheetName: "2024年报表格", kept: 0 });
  expect(h.syncs()).toBeLessThanOrEqual(2);
  expect(h.value("C5", "Sheet1")).toBe("别人的数据");
  expect(h.value("A1", "Sheet1")).toBe("");
  expect(h.value("A1", "2024年报表格")).toMatch(/年度报告$/);
  expect(h.host.workbook.activeSheet.name).toBe("2024年报表格");
});

test("the new sheet's name is unique: a sheet the user called 2024年报表格 makes it (n)", async () => {
  await h.host.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.add("2024年报表格");
    ctx.workbook.worksheets.add("2024年报表格(2)");
    await ctx.sync();
  });
  h.paste("B2", [["我的笔记"]], "2024年报表格");
  h.syncs();
  const r = await insertReport(base);
  expect(h.syncs()).toBeLessThanOrEqual(2);
  expect(r).toMatchObject({ status: "inserted", sheetName: "2024年报表格(3)" });
  expect(h.value("B2", "2024年报表格")).toBe("我的笔记");
  expect(h.host.workbook.activeSheet.name).toBe("2024年报表格(3)");
});

test("a sheet name asked for with newSheet is made legal and unique, within 31 characters", async () => {
  const long = `某某市某某区某某街道办事处/综合[行政]执法大队:2024年度政府信息公开`;
  const r = await insertReport({ ...base, sheetName: long, newSheet: true });
  if (r.status !== "inserted") throw new Error(JSON.stringify(r));
  expect([...r.sheetName].length).toBeLessThanOrEqual(31);
  expect(r.sheetName).not.toMatch(/[:\\/?*[\]]/);
  expect(h.host.workbook.activeSheet.name).toBe(r.sheetName);
  const again = await insertReport({ ...base, sheetName: long, newSheet: true });
  if (again.status !== "inserted") throw new Error(JSON.stringify(again));
  expect([...again.sheetName].length).toBeLessThanOrEqual(31);
  expect(again.sheetName).toMatch(/\(2\)$/);
});

test("a named sheet with content: asks (one read sync, nothing written), then overwrites when told", async () => {
  h.paste("C5", [["别人的数据"]]);
  h.syncs();
  const asked = await insertReport({ ...base, sheetName: "Sheet1" });
  expect(asked).toEqual({ status: "occupied", sheetName: "Sheet1", address: "C5" });
  expect(h.syncs()).toBe(1);
  expect(h.value("A1")).toBe("");
  expect(h.host.workbook.definedNames.get("GK_REPORT")).toBeUndefined();

  const over = await insertReport({ ...base, sheetName: "Sheet1", overwrite: true });
  expect(over).toMatchObject({ status: "inserted", sheetName: "Sheet1" });
  expect(h.value("C5", "Sheet1")).not.toBe("别人的数据");
  expect(h.value("A1", "Sheet1")).toMatch(/年度报告$/);
});

test("inserting again keeps what was typed (same year), two syncs", async () => {
  await insertReport(base);
  const a = addressIn("2021", "t3.new.natural");
  const b = addressIn("2021", "t4.cases.review.upheld");
  const c = addressIn("2021", "t2.fees.amount");
  h.type(a, "12");
  h.type(b, "1");
  h.paste(c, [["3.5"]]);
  h.syncs();
  const again = await insertReport({
    ...base,
    agency: "某某市某某局（新名）",
    totalsAsFormulas: true,
  });
  expect(h.syncs()).toBeLessThanOrEqual(2);
  expect(again).toEqual({
    status: "inserted",
    sheetName: "2024年报表格",
    address: expect.any(String),
    kept: 3,
  });
  // Updated in place: no second sheet.
  expect(h.host.workbook.sheets.map((x) => x.name)).toEqual(["Sheet1", "2024年报表格"]);
  expect(h.value(a)).toBe(12);
  expect(h.value(b)).toBe(1);
  expect(h.value(c)).toBe(3.5);
  expect(h.value("A1")).toBe("某某市某某局（新名）2024年政府信息公开工作年度报告");
  // Still one metadata part and one set of names.
  expect(h.host.workbook.xmlParts.byNamespace(METADATA_NAMESPACE)).toHaveLength(1);
});

test("inserting again after the sheet was renamed and rows inserted above: same place, values kept", async () => {
  await insertReport(base);
  const a = addressIn("2021", "t3.carried.other");
  h.type(a, "4");
  h.host.workbook.renameSheet(h.sheet(), "我的年报");
  h.host.workbook.rows.insert(h.sheet(), 0, 2);
  h.syncs();
  const r = await insertReport(base);
  expect(h.syncs()).toBeLessThanOrEqual(2);
  expect(r).toMatchObject({ status: "inserted", sheetName: "我的年报", kept: 1 });
  expect(r.status === "inserted" && r.address.startsWith("A3:")).toBe(true);
  expect(h.value(addressIn("2021", "t3.carried.other", { row: 2, col: 0 }))).toBe(4);
  expect(h.value("A1")).toBe("");
});

test("switching edition with typed values that do not fit asks first", async () => {
  await insertReport(base);
  h.type(addressIn("2021", "t3.other2.natural"), "2"); // （六）2. exists only in the 2021 edition
  h.type(addressIn("2021", "t3.new.natural"), "5");
  const asked = await insertReport({ ...base, edition: "2019" });
  expect(asked).toMatchObject({ status: "wouldDrop", sheetName: "2024年报表格", lost: 1 });
  const r = await insertReport({ ...base, edition: "2019", overwrite: true });
  expect(r).toMatchObject({ status: "inserted", kept: 1 });
  expect(h.value(addressIn("2019", "t3.new.natural"))).toBe(5);
  expect((await readMetadata())?.edition).toBe("2019");
});

test("a report for another year is not replaced silently: asked, then a new sheet or in place", async () => {
  await insertReport(base);
  h.type(addressIn("2021", "t3.new.natural"), "7");
  await h.host.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Sheet1").activate();
    await ctx.sync();
  });
  h.syncs();
  const r = await insertReport({ ...base, year: 2025 });
  expect(h.syncs()).toBe(1);
  expect(r).toMatchObject({ status: "occupied", sheetName: "2024年报表格" });
  const n = await insertReport({ ...base, year: 2025, newSheet: true });
  expect(n).toMatchObject({ status: "inserted", sheetName: "2025年报表格", kept: 0 });
  expect(h.value(addressIn("2021", "t3.new.natural"), "2024年报表格")).toBe(7);
  expect(h.host.workbook.activeSheet.name).toBe("2025年报表格");
  // Told to overwrite: the 2025 report's place is reused for 2026, nothing typed kept.
  h.type(addressIn("2021", "t3.new.natural"), "9");
  const o = await insertReport({ ...base, year: 2026, overwrite: true });
  expect(o).toMatchObject({ status: "inserted", sheetName: "2025年报表格", kept: 0 });
  expect(h.value("A1", "2025年报表格")).toBe("某某市某某局2026年政府信息公开工作年度报告");
  expect(h.value(addressIn("2021", "t3.new.natural"), "2025年报表格")).toBe("");
  expect((await readMetadata())?.year).toBe(2026);
});

test("insert into a named sheet creates it", async () => {
  const r = await insertReport({ ...base, sheetName: "年报表格" });
  expect(r).toMatchObject({ status: "inserted", sheetName: "年报表格" });
  expect(h.syncs()).toBeLessThanOrEqual(2);
  expect(h.value("A1", "年报表格")).toMatch(/年度报告$/);
});

test("inserting again does not pile up rules, and a protected sheet stays protected", async () => {
  await insertReport(base);
  const rules = h.sheet().cfRules.length;
  h.type(addressIn("2021", "t3.new.natural"), "6");
  await h.host.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getActiveWorksheet().protection.protect();
    await ctx.sync();
  });
  const r = await insertReport(base);
  expect(r).toMatchObject({ status: "inserted", kept: 1 });
  expect(h.sheet().cfRules.length).toBe(rules);
  expect(h.sheet().protected).toBe(true);
  // Value cells stay open for typing on the protected sheet.
  h.type(addressIn("2021", "t3.new.business"), "2");
  expect(h.value(addressIn("2021", "t3.new.business"))).toBe(2);
});
