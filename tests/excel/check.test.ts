import { checkWorkbook, insertReport, readReport, selectCell } from "../../src/excel";
import { CF_COLORS, HIGHLIGHT_COLORS, METADATA_NAMESPACE } from "../../src/sheet";
import { cellsOf } from "../../src/report";
import { addressIn, harness, type Harness } from "./harness";

let h: Harness & { uninstall: () => void };
beforeEach(() => {
  h = harness();
});
afterEach(() => h.uninstall());

const base = { year: 2024, edition: "2021" as const, agency: "某某局", totalsAsFormulas: false };

/** Fill every value cell with 0 by pasting, as an agency with nothing to report would. */
function zeros(edition: "2019" | "2021" = "2021", rowOffset = 0) {
  for (const c of cellsOf({ edition }))
    h.paste(addressIn(edition, c.key, { row: rowOffset, col: 0 }), [[0]]);
}

async function checked() {
  const r = await checkWorkbook();
  if (r.kind !== "checked")
    throw new Error(`expected a checked result, got ${JSON.stringify(r).slice(0, 400)}`);
  return r;
}

test("no report yet: one read sync, nothing written", async () => {
  expect(await checkWorkbook()).toEqual({ kind: "noReport" });
  expect(h.syncs()).toBe(1);
});

test("full check: at most one read and one write sync; findings carry row, column and address", async () => {
  await insertReport(base);
  zeros();
  h.paste(addressIn("2021", "t3.resultTotal.natural"), [[5]]);
  h.syncs();
  const r = await checked();
  expect(h.syncs()).toBeLessThanOrEqual(2);
  const t302 = r.findings.find((f) => f.rule === "T3-02")!;
  expect(t302).toMatchObject({ expected: 0, actual: 5 });
  expect(t302.cells[0]).toMatchObject({ row: "（七）总计", column: "自然人" });
  expect(t302.locations[0]).toEqual({
    key: "t3.resultTotal.natural",
    sheet: "2024年报表格",
    cell: addressIn("2021", "t3.resultTotal.natural"),
    address: `'2024年报表格'!${addressIn("2021", "t3.resultTotal.natural")}`,
  });
  expect(r.findings.map((f) => f.rule).sort()).toEqual(["LOC-01", "T3-01", "T3-02", "T3-03"]);
});

test("an empty table: every blank listed, none painted", async () => {
  await insertReport(base);
  const r = await checked();
  expect(r.findings.filter((f) => f.rule === "ALL-02")).toHaveLength(200);
  expect(h.fill(addressIn("2021", "t3.new.natural"))).toBeNull();
});

test("the pane paints what conditional formats cannot show, and clears it once fixed", async () => {
  await insertReport(base);
  zeros();
  // Text with a unit: the sheet's formulas cannot add it, the checker reads 12 and finds T3-03 broken.
  const natural = addressIn("2021", "t3.new.natural");
  const total = addressIn("2021", "t3.new.total");
  h.paste(natural, [["12件"]]);
  // A plain numeric error, which the conditional formats already show.
  const t4total = addressIn("2021", "t4.cases.review.total");
  h.paste(t4total, [[3]]);
  const r = await checked();
  expect(r.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["S-05", "T3-03", "T4-01"]));
  expect(h.fill(total)).toBe(HIGHLIGHT_COLORS.error);
  expect(h.cfFill(total)).toBeUndefined(); // the sheet's own rule is off: a cell of the row holds text
  // The T4-01 break is shown by the sheet itself; the pane paints only the LOC-01 suspects (every cell
  // of the group could be the typo, the total among them).
  expect(h.fill(t4total)).toBe(HIGHLIGHT_COLORS.suspect);
  expect(h.cfFill(t4total)).toBe(CF_COLORS.error.fill);
  expect(h.fill(natural)).toBe(HIGHLIGHT_COLORS.suspect);
  h.paste(natural, [[0]]);
  h.paste(t4total, [[0]]);
  const fixed = await checked();
  expect(fixed.findings).toEqual([]);
  expect(h.fill(total)).toBeNull();
  expect(h.fill(natural)).toBeNull();
});

test("sheet renamed: tables still found", async () => {
  await insertReport(base);
  zeros();
  h.host.workbook.renameSheet(h.sheet(), "上报用");
  const r = await checked();
  expect(r.sheetName).toBe("上报用");
  expect(r.findings).toEqual([]);
});

test("rows inserted above: tables still found, addresses follow", async () => {
  await insertReport(base);
  zeros();
  h.host.workbook.rows.insert(h.sheet(), 0, 3);
  const moved = addressIn("2021", "t3.resultTotal.natural", { row: 3, col: 0 });
  h.paste(moved, [[9]]);
  h.syncs();
  const r = await checked();
  expect(h.syncs()).toBeLessThanOrEqual(2);
  expect(r.problems).toEqual([]);
  const t302 = r.findings.find((f) => f.rule === "T3-02")!;
  expect(t302.locations[0]?.cell).toBe(moved);
});

test("a row inserted between two tables: both still read, addresses follow", async () => {
  await insertReport(base);
  zeros();
  const t3Caption = Number(addressIn("2021", "t3.new.natural").replace(/\D/g, "")) - 5; // a row above 表三's header
  h.host.workbook.rows.insert(h.sheet(), t3Caption - 1, 1);
  const moved = addressIn("2021", "t4.cases.review.total", { row: 1, col: 0 });
  h.paste(moved, [[2]]);
  const r = await checked();
  const t4 = r.findings.find((f) => f.rule === "T4-01")!;
  expect(t4.locations[0]?.cell).toBe(moved);
});

test("a label overwritten: the problem is reported instead of findings", async () => {
  await insertReport(base);
  zeros();
  const label = addressIn("2021", "t3.resultTotal.natural").replace(/^D/, "B");
  h.type(label, "合计");
  const r = await checkWorkbook();
  expect(r.kind).toBe("damaged");
  if (r.kind !== "damaged") return;
  expect(r.problems.some((p) => p.address === label && /合计/.test(p.message.zh))).toBe(true);
  expect(r.problems.some((p) => p.kind === "tableDamaged" && p.message.zh.includes("表三"))).toBe(
    true
  );
});

test("the name deleted: read at the saved place (and told)", async () => {
  await insertReport(base);
  zeros();
  h.host.workbook.definedNames.delete("GK_REPORT");
  const r = await checked();
  expect(r.findings).toEqual([]);
  expect(r.problems.map((p) => p.kind)).toContain("names");
});

test("the metadata lost: the edition is recognised from the tables", async () => {
  await insertReport({ ...base, year: 2020, edition: "2019" });
  zeros("2019");
  for (const p of h.host.workbook.xmlParts.byNamespace(METADATA_NAMESPACE)) p.deleted = true;
  const r = await checked();
  expect(r.report.edition).toBe("2019");
  expect(r.problems.map((p) => p.kind)).toContain("metadata");
});

test("readReport: one sync, the values as typed", async () => {
  await insertReport(base);
  h.type(addressIn("2021", "t3.new.natural"), "7");
  h.paste(addressIn("2021", "t3.new.business"), [["3件"]]);
  h.syncs();
  const read = await readReport();
  expect(h.syncs()).toBe(1);
  expect(read?.sheetName).toBe("2024年报表格");
  expect(read?.report.values["t3.new.natural"]).toBe(7);
  expect(read?.report.values["t3.new.business"]).toBe("3件");
  expect(read?.report.year).toBe(2024);
  expect(read?.layout.edition).toBe("2021");
});

test("selectCell activates the sheet and selects the cell", async () => {
  await insertReport(base);
  h.host.workbook.addSheet("其他");
  h.host.workbook.activate(h.sheet("其他"));
  h.syncs();
  await selectCell("'2024年报表格'!D27");
  expect(h.syncs()).toBe(1);
  expect(h.host.workbook.activeSheet.name).toBe("2024年报表格");
  expect(h.sheet("2024年报表格").selection).toEqual({ r0: 26, c0: 3, r1: 26, c1: 3 });
});

test("a protected sheet is checked without painting (one read sync)", async () => {
  await insertReport(base);
  zeros();
  h.paste(addressIn("2021", "t3.new.natural"), [["12件"]]);
  await h.host.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getActiveWorksheet().protection.protect();
    await ctx.sync();
  });
  h.syncs();
  const r = await checked();
  expect(h.syncs()).toBe(1);
  expect(r.findings.map((f) => f.rule)).toContain("T3-03");
});

test("the block moved to another sheet and place (cut and paste): found through its name", async () => {
  await insertReport(base);
  zeros();
  const wb = h.host.workbook;
  const from = wb.sheet("2024年报表格");
  const block = wb.definedNames.range("GK_REPORT")!.rect;
  const content = wb.cells.formulas(from, block);
  const to = wb.addSheet("移动后");
  const rows = block.r1 - block.r0;
  const cols = block.c1 - block.c0;
  // Excel moves the cells and re-points the names; the demo host has no Range.moveTo, so do both by hand.
  wb.cells.write(to, { r0: 4, c0: 2, r1: 4 + rows, c1: 2 + cols }, content);
  wb.cells.clear(from, block, "All");
  wb.definedNames.setFormula(
    "GK_REPORT",
    `='移动后'!$C$5:$${String.fromCharCode(67 + cols)}$${5 + rows}`
  );
  const moved = addressIn("2021", "t3.resultTotal.natural", { row: 4, col: 2 });
  h.paste(moved, [[8]], "移动后");
  const r = await checked();
  expect(r.sheetName).toBe("移动后");
  expect(r.findings.find((f) => f.rule === "T3-02")?.locations[0]).toMatchObject({
    sheet: "移动后",
    cell: moved,
  });
});

test("a merged label split (ExcelApi 1.13 hosts): a warning, and the report is still checked", async () => {
  h.uninstall();
  h = harness({ maxExcelApi: "1.13" });
  await insertReport(base);
  zeros();
  const group = addressIn("2021", "t3.withheld1.natural").replace(/^D/, "B"); // （三）不予公开, merged down 8 rows
  await h.host.Excel.run(async (ctx) => {
    const row = Number(group.slice(1));
    ctx.workbook.worksheets
      .getActiveWorksheet()
      .getRange(`B${row}:B${row + 7}`)
      .unmerge();
    await ctx.sync();
  });
  const r = await checkWorkbook();
  expect(r.kind).toBe("checked");
  if (r.kind === "checked") expect(r.problems.map((p) => p.kind)).toContain("mergeMissing");
});
