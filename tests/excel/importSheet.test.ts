/** Import of published reports onto new sheets, through the pane's path, against the demo host. */
import * as fs from "fs";
import * as path from "path";
import { checkWorkbook, insertReport, readReport } from "../../src/excel";
import { importToWorkbook, writeImported } from "../../src/excel/importSheet";
import { CURRENT_KEY, listReportSheets, readReportSheets } from "../../src/excel/reportSheets";
import { importReport } from "../../src/io/import";
import type { RawValue, Report } from "../../src/report";
import {
  HIGHLIGHT_COLORS,
  METADATA_NAMESPACE,
  REGISTRY_NAMESPACE,
  layoutOf,
  sheetValue,
} from "../../src/sheet";
import { harness, type Harness } from "./harness";
import { SAMPLES_DIR as SAMPLES } from "../support/samples";

const FILES = fs.readdirSync(SAMPLES).filter((f) => /\.(txt|html?|json)$/.test(f));
const read = (f: string) => fs.readFileSync(path.join(SAMPLES, f), "utf8");

let h: Harness & { uninstall: () => void };
beforeEach(() => {
  h = harness();
});
afterEach(() => h.uninstall());

/** What a raw value is once it has been through a cell: numbers and numeric text as numbers, other text as typed. */
function stored(v: RawValue | undefined): RawValue {
  const s = sheetValue(v ?? null);
  if (s === "") return null;
  return typeof s === "string" ? s.slice(1) : s;
}

function expectSameValues(back: Report, imported: Report) {
  const keys = Object.keys(layoutOf(imported).byKey);
  const want = Object.fromEntries(keys.map((k) => [k, stored(imported.values[k])]));
  const got = Object.fromEntries(keys.map((k) => [k, back.values[k] ?? null]));
  expect(got).toEqual(want);
}

test("the samples folder is where the tests look", () => {
  expect(FILES.length).toBeGreaterThanOrEqual(6);
});

describe.each(FILES)("%s", (file) => {
  test("imports onto a new sheet in two syncs; read back, the values are the import's", async () => {
    const content = read(file);
    const direct = importReport(content, file);
    h.syncs();
    const r = await importToWorkbook(content, file);
    expect(h.syncs()).toBe(2);
    if (r.status !== "imported") throw new Error(`not imported: ${JSON.stringify(r.problems)}`);
    expect(r.report.values).toEqual(direct.report!.values);
    expect(r.current).toBe(true); // an empty workbook: it becomes the workbook's report
    expect(r.sheetName).toBe(`${direct.report!.agency}${direct.report!.year}`.slice(0, 31));
    expect(h.host.workbook.activeSheet.name).toBe(r.sheetName);

    const back = await readReport();
    expect(back).not.toBeNull();
    expect(back!.sheetName).toBe(r.sheetName);
    expect(back!.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(back!.report.year).toBe(direct.report!.year);
    expect(back!.report.agency).toBe(direct.report!.agency);
    expect(back!.report.edition).toBe(direct.report!.edition);
    expectSameValues(back!.report, direct.report!);
    // The 检查结果 view checks it as it would a report typed in: the same findings on the tables (the
    // printed section headings, which L-03 looks at, are not kept in the workbook).
    const checked = await checkWorkbook();
    if (checked.kind !== "checked") throw new Error(checked.kind);
    const key = (f: { rule: string; cells: { key: string }[] }) =>
      `${f.rule} ${f.cells.map((c) => c.key).join(",")}`;
    const onTables = (fs: { rule: string; cells: { key: string }[] }[]) =>
      fs
        .filter((f) => f.cells.length)
        .map(key)
        .sort();
    expect(onTables(checked.findings)).toEqual(onTables(r.findings));
    // Findings are placed on the new sheet.
    for (const f of r.findings)
      for (const loc of f.locations)
        if (loc) expect(loc.address.startsWith(`'${r.sheetName}'!`)).toBe(true);
  });
});

test("with a report of its own, an import goes to a registered sheet and leaves the report alone", async () => {
  await insertReport({ year: 2024, edition: "2021", agency: "本机关", totalsAsFormulas: false });
  const ownNames = [...h.host.workbook.names.keys()].sort();
  h.syncs();
  const r = await importToWorkbook(read("2024-huaian-city.txt"), "2024-huaian-city.txt");
  expect(h.syncs()).toBe(2);
  if (r.status !== "imported") throw new Error("not imported");
  expect(r.current).toBe(false);
  expect(r.key).toMatch(/^GKX_1_REPORT$/);
  // The workbook's own report is untouched: same names, same metadata part.
  expect(h.host.workbook.xmlParts.byNamespace(METADATA_NAMESPACE)).toHaveLength(1);
  expect((await readReport())!.report.agency).toBe("本机关");
  expect([...h.host.workbook.names.keys()].filter((n) => n.startsWith("GK_")).sort()).toEqual(
    ownNames
  );
  expect(h.host.workbook.xmlParts.byNamespace(REGISTRY_NAMESPACE)).toHaveLength(1);

  const sheets = await listReportSheets();
  expect(sheets.map((s) => [s.key, s.sheetName, s.current, s.kind])).toEqual([
    [CURRENT_KEY, "2024年报表格", true, "report"],
    ["GKX_1_REPORT", "淮安市人民政府2024", false, "import"],
  ]);
  expect(sheets[1]).toMatchObject({
    year: 2024,
    agency: "淮安市人民政府",
    edition: "2021",
    source: "2024-huaian-city.txt",
  });

  const [back] = await readReportSheets(["GKX_1_REPORT"]);
  expect(back.problem).toBeNull();
  expectSameValues(back.read!.report, r.report);

  // A second import of the same report: a unique sheet name and the next prefix.
  const again = await importToWorkbook(read("2024-huaian-city.txt"), "again.txt");
  expect(again).toMatchObject({
    status: "imported",
    sheetName: "淮安市人民政府2024(2)",
    key: "GKX_2_REPORT",
  });
  expect((await listReportSheets()).map((s) => s.key)).toEqual([
    CURRENT_KEY,
    "GKX_1_REPORT",
    "GKX_2_REPORT",
  ]);
});

test("values as printed stay as printed, and the checker's highlights are on the sheet", async () => {
  const direct = importReport(read("2022-synthetic-clean.txt"), "x.txt");
  const report = direct.report!;
  const n = report.values["t3.new.natural"] as number;
  report.values["t3.new.natural"] = `${n}件`; // the same number, with a unit: S-05 only
  report.values["t3.carried.business"] = "-";
  const r = await writeImported(direct, "x.txt");
  if (r.status !== "imported") throw new Error("not imported");
  const layout = layoutOf(report);
  const cell = layout.byKey["t3.new.natural"].address;
  expect(h.value(cell, r.sheetName)).toBe(`${n}件`);
  expect(h.value(layout.byKey["t3.carried.business"].address, r.sheetName)).toBe("-");
  // S-05 (a unit typed into the cell) is not a conditional format: the pane colours it.
  expect(r.findings.some((f) => f.rule === "S-05" && f.cells[0].key === "t3.new.natural")).toBe(
    true
  );
  expect(h.fill(cell, r.sheetName)).toBe(HIGHLIGHT_COLORS.warning);
  // The sheet's own conditional formats flag the balance that the text breaks.
  expect(h.sheet(r.sheetName).cfRules.length).toBeGreaterThan(0);
  const back = await readReport();
  expect(back!.report.values["t3.new.natural"]).toBe(`${n}件`);
});

test.each([
  ["empty", ""],
  ["prose", "今天天气很好。没有任何表格。"],
  [
    "a title and no tables",
    "某某局2024年政府信息公开工作年度报告\n一、总体情况\n本年度我局认真贯彻。",
  ],
  ["broken JSON", '{"edition": '],
])("%s: unreadable, problems say what and where, no Excel call at all", async (_what, content) => {
  const run = jest.spyOn(h.host.Excel, "run");
  const before = JSON.stringify([
    ...h.host.workbook.sheets.map((s) => s.name),
    h.host.workbook.names.size,
  ]);
  h.syncs();
  const r = await importToWorkbook(content, _what === "broken JSON" ? "r.json" : "r.txt");
  expect(r.status).toBe("unreadable");
  if (r.status !== "unreadable") return;
  expect(r.problems.length).toBeGreaterThan(0);
  for (const p of r.problems) expect(p.message.zh && p.message.en).toBeTruthy();
  expect(run).not.toHaveBeenCalled();
  expect(h.syncs()).toBe(0);
  expect(
    JSON.stringify([...h.host.workbook.sheets.map((s) => s.name), h.host.workbook.names.size])
  ).toBe(before);
});

test("a missing table is an IMP-01 error among the import findings, and the import still goes ahead", async () => {
  const text = read("2024-huaian-city.txt");
  const cut = text.indexOf("四、政府信息公开行政复议");
  const r = await importToWorkbook(text.slice(0, cut > 0 ? cut : text.length), "partial.txt");
  expect(r.status).toBe("imported");
  if (r.status !== "imported") return;
  const imp = r.importFindings.filter((f) => f.rule === "IMP-01");
  expect(imp.map((f) => [f.severity, f.message.zh])).toEqual([
    ["error", expect.stringContaining("表四（政府信息公开行政复议、行政诉讼情况）未读到")],
  ]);
});
