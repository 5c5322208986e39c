/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read, office-addins/no-navigational-load --
   these tests exercise the emulator's load/sync rules on purpose, with syncs the lint rules cannot follow. */
import { createExcelHost } from "../../src/demo/excel";

describe("load/sync semantics", () => {
  test("a scalar property read before load + sync throws PropertyNotLoaded", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      r.load("values");
      // Loaded but not yet synced: still unavailable.
      expect(() => r.values).toThrow(/is not available/);
      await ctx.sync();
      expect(r.values).toEqual([[""]]);
      expect(() => r.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("queued writes reach the workbook only at sync, and load sees them in order", async () => {
    const host = createExcelHost();
    const sheet = host.workbook.sheet("Sheet1");
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      r.load("values");
      r.values = [[1, "=A1+1"]];
      // A set value is echoed locally, as in office.js.
      expect(r.values).toEqual([[1, "=A1+1"]]);
      expect(host.workbook.cells.value(sheet, 0, 0)).toBeNull();
      await ctx.sync();
      // The load was queued before the write, so it saw the empty cells.
      expect(r.values).toEqual([["", ""]]);
      expect(host.workbook.cells.value(sheet, 0, 1)).toBe(2);
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([[1, 2]]);
    });
  });

  test("load accepts strings, arrays, navigation paths and option objects", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRange("B2:C3");
      r.format.fill.color = "#FFFF00";
      r.load(["address", "rowCount"]);
      r.load("format/fill/color, columnIndex");
      r.load({ select: "rowIndex", expand: "format/font" });
      await ctx.sync();
      expect(r.address).toBe("Sheet1!B2:C3");
      expect([r.rowIndex, r.columnIndex, r.rowCount]).toEqual([1, 1, 2]);
      expect(r.format.fill.color).toBe("#FFFF00");
      expect(r.format.font.bold).toBe(false);
    });
  });

  test("collections: items are readable only after load and sync", async () => {
    const host = createExcelHost({ sheetNames: ["A", "B"] });
    await host.Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      const count = sheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A", "B"]);
      expect(count.value).toBe(2);
      expect(() => sheets.items[0].position).toThrow(/not available/);
    });
  });

  test("getItemOrNullObject gives isNullObject after sync; getItem fails the sync with ItemNotFound", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("无此表");
      expect(() => missing.isNullObject).toThrow(/not available/);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      ctx.workbook.worksheets.getItem("无此表").load("name");
      await expect(ctx.sync()).rejects.toMatchObject({
        code: "ItemNotFound",
        name: "RichApi.Error",
      });
    });
  });

  test("a failing operation rejects the sync and drops the rest of the batch", async () => {
    const host = createExcelHost();
    const sheet = host.workbook.sheet("Sheet1");
    await host.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [[1]];
      ws.getRange("A2:B2").values = [[1]]; // wrong shape
      ws.getRange("A3").values = [[3]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(host.workbook.cells.value(sheet, 0, 0)).toBe(1);
    expect(host.workbook.cells.value(sheet, 2, 0)).toBeNull();
  });
});

describe("sync counting", () => {
  test("every context.sync() call is counted, and the count can be reset", async () => {
    const host = createExcelHost();
    expect(host.syncCount).toBe(0);
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await ctx.sync();
      await ctx.sync(); // even an empty one
    });
    expect(host.syncCount).toBe(2);
    host.resetSyncCount();
    expect(host.syncCount).toBe(0);
  });

  test("work left queued when the batch returns is applied without counting a sync", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [[7]];
    });
    expect(host.syncCount).toBe(0);
    expect(host.workbook.cells.value(host.workbook.sheet("Sheet1"), 2, 2)).toBe(7);
  });

  test("Excel.run insists on a batch that returns a promise, like office.js", async () => {
    const host = createExcelHost();
    const run = host.Excel.run as unknown as (b: (ctx: unknown) => unknown) => Promise<unknown>;
    await expect(run(() => undefined)).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  });

  test("proxies from a finished Excel.run cannot queue more work", async () => {
    const host = createExcelHost();
    let kept: Excel.Range | null = null;
    await host.Excel.run(async (ctx) => {
      kept = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
    });
    expect(() => kept!.load("values")).toThrow(
      expect.objectContaining({ code: "InvalidRequestContext" })
    );
  });

  test("installed as globals, Excel.run works without `this`", async () => {
    const host = createExcelHost();
    const undo = host.install();
    try {
      const { run } = (globalThis as unknown as { Excel: typeof host.Excel }).Excel;
      const name = await run(async (ctx) => {
        const s = ctx.workbook.worksheets.getActiveWorksheet();
        s.load("name");
        await ctx.sync();
        return s.name;
      });
      expect(name).toBe("Sheet1");
      expect((globalThis as unknown as { Office: unknown }).Office).toBe(host.Office);
    } finally {
      undo();
    }
  });
});
