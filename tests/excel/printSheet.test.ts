/** writePrintSheet against the demo Excel host: the report on a new sheet, tables merged as printed, ≤ 2 syncs. */
import {
  createExcelHost,
  parseAddress,
  type ExcelHost,
  type Rect as DemoRect,
} from "../../src/demo/excel";
import {
  freeSheetName,
  printInput,
  PRINT_SHEET_NAME,
  writePrintSheet,
} from "../../src/excel/printSheet";
import { reportTitle } from "../../src/io/export/common";
import { tableGrid } from "../../src/io/export/layout";
import type { Report } from "../../src/report";
import { printPlan } from "../../src/sheet/printPlan";
import { zeroReport } from "../support/reports";

let host: ExcelHost;
let uninstall: () => void;

function install(options: Parameters<typeof createExcelHost>[0] = {}) {
  uninstall?.();
  host = createExcelHost(options);
  uninstall = host.install();
}

beforeEach(() => install());
afterEach(() => uninstall());

function report(): Report {
  const r = zeroReport(2024, "某某市某某局");
  r.date = "2025-01-20";
  r.values["t3.new.natural"] = 12;
  r.values["t3.new.total"] = "12件";
  r.values["t2.rules.issued"] = 3;
  r.narrative = {
    1: "（一）主动公开。全年主动公开政府信息 1200 条。\n=1+1 不是公式 <script>alert(1)</script> & “引号”",
    2: "本机关主动公开政府信息情况如下表：",
    5: "（一）存在的主要问题\n一是……",
    6: "本年度无其他需要报告的事项。",
  };
  return r;
}

function rectOf(address: string): DemoRect {
  const p = parseAddress(address);
  if (!p) throw new Error(`bad address ${address}`);
  return p.rect;
}

const key = (r: DemoRect) => `${r.r0},${r.c0},${r.r1},${r.c1}`;

test("writes the whole report to a new, active sheet in two syncs", async () => {
  const r = report();
  host.resetSyncCount();
  const res = await writePrintSheet(r);
  expect(host.syncCount).toBeLessThanOrEqual(2);
  expect(res.sheetName).toBe(PRINT_SHEET_NAME);
  // The demo host has no pageLayout: the sheet is written all the same.
  expect(res.pageLayout).toBe(false);

  const wb = host.workbook;
  const sheet = wb.sheet(PRINT_SHEET_NAME);
  expect(wb.activeSheet).toBe(sheet);
  expect(sheet.showGridlines).toBe(false);
  const plan = printPlan(printInput(r));
  expect(res.address).toBe(plan.range);
  const values = wb.cells.values(sheet, rectOf(plan.range));
  const text = values.flat().filter((v) => v !== "");

  expect(values[0][0]).toBe(reportTitle(r));
  for (const heading of ["一、总体情况", "二、主动公开政府信息情况", "六、其他需要报告的事项"])
    expect(text).toContain(`\u3000\u3000${heading}`);
  // Narrative text is text, never a formula or markup.
  expect(text).toContain("\u3000\u3000=1+1 不是公式 <script>alert(1)</script> & “引号”");
  expect(
    wb.cells
      .formulas(sheet, rectOf(plan.range))
      .flat()
      .some((f) => typeof f === "string" && f.startsWith("=1+1"))
  ).toBe(false);
  // The signature, with the date printed per GB/T 9704.
  expect(text).toContain("某某市某某局\u3000\u3000");
  expect(text).toContain("2025年1月20日\u3000\u3000");
});

test("the three tables: every label and value at its place, merged as printed, with borders", async () => {
  const r = report();
  await writePrintSheet(r);
  const wb = host.workbook;
  const sheet = wb.sheet(PRINT_SHEET_NAME);
  const plan = printPlan(printInput(r));
  expect(plan.tables.map((t) => t.no)).toEqual([2, 3, 4]);

  const merges = new Set(sheet.merges.map(key));
  for (const m of plan.merges) expect(merges.has(key(rectOf(m)))).toBe(true);

  for (const t of plan.tables) {
    const area = rectOf(t.range);
    const grid = tableGrid(r, t.no as 2 | 3 | 4);
    const cells = wb.cells
      .values(sheet, area)
      .flat()
      .filter((v) => v !== "");
    // Each printed cell of the table shows up once, in reading order.
    const expected = grid.rows
      .flat()
      .map((c) => (c.role === "value" && typeof c.raw === "number" ? c.raw : c.text))
      .filter((v) => v !== "");
    expect(cells).toEqual(expected);
    // Thin lines round and inside the whole table, in the table font.
    const corner = sheet.format(area.r1, area.c1) as unknown as Record<
      string,
      { style?: string } | null | number
    >;
    expect(corner.fontSize).toBe(10);
    expect(corner.bottom).toMatchObject({ style: "Continuous" });
    expect(corner.right).toMatchObject({ style: "Continuous" });
    const first = sheet.format(area.r0, area.c0) as unknown as Record<
      string,
      { style?: string } | null
    >;
    expect(first.top).toMatchObject({ style: "Continuous" });
    expect(first.left).toMatchObject({ style: "Continuous" });
  }

  // Numbers stay numbers; a value typed as text stays text.
  const t3 = rectOf(plan.tables[1].range);
  const flat = wb.cells.values(sheet, t3).flat();
  expect(flat).toContain(12);
  expect(flat).toContain("12件");
});

test("a second print sheet gets a new name; nothing existing is overwritten", async () => {
  await writePrintSheet(report());
  const res = await writePrintSheet(report());
  expect(res.sheetName).toBe(`${PRINT_SHEET_NAME}(2)`);
  expect(host.workbook.sheets.map((s) => s.name)).toEqual([
    "Sheet1",
    PRINT_SHEET_NAME,
    `${PRINT_SHEET_NAME}(2)`,
  ]);
});

test("a host without ExcelApi 1.9 (no page layout) is not asked for it", async () => {
  install({ maxExcelApi: "1.8" });
  host.resetSyncCount();
  const res = await writePrintSheet(report(), { fontPreset: "windows" });
  expect(host.syncCount).toBeLessThanOrEqual(2);
  expect(res.pageLayout).toBe(false);
  const sheet = host.workbook.sheet(res.sheetName);
  expect(sheet.format(0, 0).fontSize).toBe(22);
});

test("page layout is set where the host has it (a fake pageLayout recording the calls)", async () => {
  // Wrap the demo's worksheet proxies so that pageLayout exists, as in Excel 1.9+.
  const calls: Record<string, unknown> = {};
  const realRun = host.Excel.run;
  const layout = new Proxy(
    { setPrintArea: (a: string) => (calls.printArea = a) },
    {
      set(_t, prop, value) {
        calls[String(prop)] = value;
        return true;
      },
    }
  );
  (globalThis as { Excel: unknown }).Excel = {
    ...host.Excel,
    run: (batch: (ctx: Excel.RequestContext) => Promise<unknown>) =>
      realRun(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        const add = sheets.add.bind(sheets);
        const withLayout = new Proxy(sheets, {
          get(t, prop) {
            if (prop === "add")
              return (name?: string) =>
                new Proxy(add(name), {
                  get: (s, p) => (p === "pageLayout" ? layout : Reflect.get(s, p)),
                });
            const v = Reflect.get(t, prop);
            return typeof v === "function" ? v.bind(t) : v;
          },
        });
        const wb = new Proxy(ctx.workbook, {
          get: (w, p) => (p === "worksheets" ? withLayout : Reflect.get(w, p)),
        });
        return batch(
          new Proxy(ctx, { get: (c, p) => (p === "workbook" ? wb : Reflect.get(c, p)) })
        );
      }),
  };
  const r = report();
  const res = await writePrintSheet(r);
  expect(res.pageLayout).toBe(true);
  const plan = printPlan(printInput(r));
  expect(calls).toMatchObject({
    orientation: "Portrait",
    paperSize: "A4",
    centerHorizontally: true,
    printGridlines: false,
    printArea: plan.page.printArea,
    leftMargin: plan.page.margins.left,
  });
});

test("freeSheetName", () => {
  expect(freeSheetName("年报打印稿", ["Sheet1"])).toBe("年报打印稿");
  expect(freeSheetName("Print", ["print", "PRINT(2)"])).toBe("Print(3)");
});
