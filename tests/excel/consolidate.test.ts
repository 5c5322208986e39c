/** Consolidation of several units' report sheets onto a summary sheet, against the demo host. */
import {
  consolidateSheets,
  hyperlinkFormula,
  majorityFirst,
} from "../../src/excel/consolidateSheets";
import { importToWorkbook } from "../../src/excel/importSheet";
import { CURRENT_KEY, listReportSheets, readReportSheets } from "../../src/excel/reportSheets";
import { reportToJson } from "../../src/io/json";
import { cellsOf, readNumbers, type Report } from "../../src/report";
import { CF_COLORS, REGISTRY_NAMESPACE, layoutOf, parseRange } from "../../src/sheet";
import { harness, type Harness } from "./harness";
import { randomBalancedReport } from "../support/randomReport";

let h: Harness & { uninstall: () => void };
beforeEach(() => {
  h = harness();
});
afterEach(() => h.uninstall());

function unit(seed: number, agency: string, year = 2024): Report {
  const r = randomBalancedReport(seed, "2021", year);
  r.agency = agency;
  return r;
}

async function put(r: Report): Promise<{ key: string; sheetName: string }> {
  const res = await importToWorkbook(reportToJson(r), `${r.agency}.json`);
  if (res.status !== "imported") throw new Error("import failed");
  return { key: res.key, sheetName: res.sheetName };
}

function sums(units: Report[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of cellsOf(units[0])) out[c.key] = 0;
  for (const u of units) {
    const n = readNumbers(u, null);
    for (const k of Object.keys(out)) out[k] += n.get(k) ?? 0;
  }
  for (const k of Object.keys(out)) out[k] = Math.round(out[k] * 1e6) / 1e6;
  return out;
}

/** The cells of an A1 rectangle of a sheet, as values. */
function grid(address: string, sheet: string): unknown[][] {
  const r = parseRange(address)!;
  const out: unknown[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: unknown[] = [];
    for (let col = r.left; col <= r.right; col++)
      line.push(h.value(String.fromCharCode(65 + col) + (row + 1), sheet));
    out.push(line);
  }
  return out;
}

test("five units: one read sync and one write sync; the summary holds the sums and reads back", async () => {
  const units = [1, 2, 3, 4, 5].map((s) => unit(s, `第${s}单位`));
  const placed = [];
  for (const u of units) placed.push(await put(u));
  expect(placed[0].key).toBe(CURRENT_KEY); // the first import became the workbook's report
  h.syncs();
  const r = await consolidateSheets(
    placed.map((p) => p.key),
    { agency: "示例市" }
  );
  expect(h.syncs()).toBe(2);
  if (r.status !== "written") throw new Error(JSON.stringify(r));
  expect(r.sheetName).toBe("汇总");
  expect(r.refused).toEqual([]);
  expect(r.summary.agency).toBe("示例市");
  expect(r.summary.values).toEqual(sums(units));
  // Balanced units sum to a balanced summary.
  expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(r.units.map((u) => [u.sheetName, u.agency, u.errors])).toEqual(
    placed.map((p, i) => [p.sheetName, units[i].agency, 0])
  );

  const [back] = await readReportSheets([r.key]);
  expect(back.problem).toBeNull();
  expect(back.read!.report.values).toEqual(sums(units));
  expect(back.read!.report).toMatchObject({ year: 2024, agency: "示例市", edition: "2021" });
  expect(h.sheet("汇总").cfRules.length).toBeGreaterThan(0);
  expect((await listReportSheets()).find((s) => s.key === r.key)).toMatchObject({
    kind: "summary",
    sheetName: "汇总",
  });
  expect(h.host.workbook.activeSheet.name).toBe("汇总");
});

test("ten units: still two syncs", async () => {
  const placed = [];
  for (let s = 1; s <= 10; s++) placed.push(await put(unit(s, `单位${s}`)));
  h.syncs();
  const r = await consolidateSheets(placed.map((p) => p.key));
  expect(h.syncs()).toBe(2);
  expect(r.status).toBe("written");
  if (r.status === "written") expect(r.summary.agency).toBe("汇总（10个单位）");
});

test("a unit with errors is summed and counted; a unit of another year is refused with the reason; the table lists them", async () => {
  const good = unit(21, "甲局");
  const bad = unit(22, "乙局");
  bad.values["t3.resultTotal.natural"] =
    ((bad.values["t3.resultTotal.natural"] as number) ?? 0) + 4; // T3-01/T3-02 break
  const old = unit(23, "丙局", 2023);
  const a = await put(good);
  const b = await put(bad);
  const c = await put(old);
  const r = await consolidateSheets([a.key, b.key, c.key]);
  if (r.status !== "written") throw new Error(JSON.stringify(r));
  expect(r.summary.values).toEqual(sums([good, bad]));
  expect(r.units.map((u) => [u.agency, u.errors > 0])).toEqual([
    ["甲局", false],
    ["乙局", true],
  ]);
  expect(r.refused).toEqual([
    {
      key: c.key,
      sheetName: c.sheetName,
      reason: expect.objectContaining({ zh: expect.stringContaining("2023") }),
    },
  ]);
  // The summary carries the error too, and the sheet's conditional formats show it.
  const t302 = r.findings.find((f) => f.rule === "T3-02");
  expect(t302).toBeDefined();
  const layout = layoutOf(r.summary);
  expect(h.cfFill(layout.byKey["t3.resultTotal.natural"].address, "汇总")).toBe(
    CF_COLORS.error.fill
  );

  // The per-unit table beside the tables.
  const rows = grid(r.unitTable, "汇总");
  expect(parseRange(r.unitTable)!.left).toBeGreaterThan(layout.rect.right);
  expect(rows[0][0]).toBe("各单位情况");
  expect(rows[1]).toEqual(["单位", "工作表", "错误", "警告", "链接"]);
  expect(rows[2].slice(0, 4)).toEqual(["甲局", a.sheetName, 0, r.units[0].warnings]);
  expect(rows[3].slice(0, 3)).toEqual(["乙局", b.sheetName, r.units[1].errors]);
  expect(rows[2][4]).toBe("转到");
  const linkCell =
    String.fromCharCode(65 + parseRange(r.unitTable)!.left + 4) +
    (parseRange(r.unitTable)!.top + 3);
  expect(h.formula(linkCell, "汇总")).toBe(hyperlinkFormula(a.sheetName, "A1", "转到"));
  expect(rows.some((row) => row[0] === c.sheetName && String(row[2]).includes("2023"))).toBe(true);
});

test("a unit whose tables were damaged is refused with the reason; nothing usable → nothing written (one sync)", async () => {
  const a = await put(unit(31, "甲局"));
  const b = await put(unit(32, "乙局"));
  // Overwrite a row label of 表三 on 乙局's sheet.
  const layout = layoutOf({ edition: "2021" });
  const label = layout.labels.find((l) => l.table === 3 && l.role === "row")!;
  h.paste(label.address, [["随便写的"]], b.sheetName);
  const r = await consolidateSheets([a.key, b.key]);
  if (r.status !== "written") throw new Error("not written");
  expect(r.units.map((u) => u.key)).toEqual([a.key]);
  expect(r.refused).toEqual([
    {
      key: b.key,
      sheetName: b.sheetName,
      reason: expect.objectContaining({ zh: expect.stringContaining("被改动") }),
    },
  ]);

  const before = h.host.workbook.sheets.length;
  h.syncs();
  const none = await consolidateSheets([b.key, "GKX_99_REPORT"]);
  expect(h.syncs()).toBe(1);
  expect(none.status).toBe("nothing");
  expect(none.refused.map((x) => x.key)).toEqual([b.key, "GKX_99_REPORT"]);
  expect(h.host.workbook.sheets.length).toBe(before);
});

test("a deleted unit sheet drops out of the list and the registry tidies itself on the next write", async () => {
  const a = await put(unit(41, "甲局"));
  const b = await put(unit(42, "乙局"));
  const c = await put(unit(43, "丙局"));
  await h.host.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(b.sheetName).delete();
    await ctx.sync();
  });
  expect((await listReportSheets()).map((s) => s.key)).toEqual([a.key, c.key]);
  await consolidateSheets([a.key, c.key]);
  const part = h.host.workbook.xmlParts.byNamespace(REGISTRY_NAMESPACE);
  expect(part).toHaveLength(1);
  expect(part[0].xml).not.toContain(b.key);
  expect(
    [...h.host.workbook.names.keys()].some((n) => n.startsWith(b.key.replace("REPORT", "")))
  ).toBe(false);
});

test("majorityFirst: the year most units share sets the summary's year", () => {
  const inputs = [unit(1, "a", 2023), unit(2, "b"), unit(3, "c")].map((report, i) => ({
    source: String(i),
    report,
  }));
  expect(majorityFirst(inputs).map((u) => u.source)).toEqual(["1", "0", "2"]);
  expect(majorityFirst(inputs.slice(1)).map((u) => u.source)).toEqual(["1", "2"]);
});

test("hyperlinkFormula quotes the sheet name and doubles quotes", () => {
  expect(hyperlinkFormula('It\'s "A"', "A1", "转到")).toBe(
    `=HYPERLINK("#'It''s ""A""'!A1","转到")`
  );
});
