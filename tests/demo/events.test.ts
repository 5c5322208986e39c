import { createExcelHost } from "../../src/demo/excel";

describe("worksheet onChanged", () => {
  test("fires after API writes and typed entries, with the address, asynchronously", async () => {
    const host = createExcelHost();
    const seen: Record<string, unknown>[] = [];
    await host.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.onChanged.add(async (e) => {
        seen.push({ ...e });
      });
      await ctx.sync();
      ws.getRange("B2:C3").values = [
        [1, 2],
        [3, 4],
      ];
      await ctx.sync();
      expect(seen).toHaveLength(0); // not inside the sync
    });
    await host.flushEvents();
    const sheet = host.workbook.sheet("Sheet1");
    host.workbook.user.enter(sheet, 6, 3, "42");
    await host.flushEvents();
    expect(seen).toEqual([
      expect.objectContaining({
        address: "B2:C3",
        changeType: "RangeEdited",
        source: "Local",
        type: "WorksheetChanged",
        worksheetId: sheet.id,
      }),
      expect.objectContaining({
        address: "D7",
        changeType: "RangeEdited",
        source: "Local",
        type: "WorksheetChanged",
        worksheetId: sheet.id,
      }),
    ]);
  });

  test("rows inserted report RowInserted; removed handlers and disabled events stay silent", async () => {
    const host = createExcelHost();
    const seen: string[] = [];
    await host.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const handler = ws.onChanged.add(async (e) => {
        seen.push(`${e.changeType} ${e.address}`);
      });
      await ctx.sync();
      ws.getRange("3:4").insert("Down");
      await ctx.sync();
      ctx.runtime.enableEvents = false;
      ws.getRange("A1").values = [[1]];
      await ctx.sync();
      ctx.runtime.enableEvents = true;
      handler.remove();
      await ctx.sync();
      ws.getRange("A1").values = [[2]];
      await ctx.sync();
    });
    await host.flushEvents();
    expect(seen).toEqual(["RowInserted 3:4"]);
  });

  test("the event args can give the changed range back", async () => {
    const host = createExcelHost();
    let address = "";
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").onChanged.add(async (e) => {
        await host.Excel.run(async (c2) => {
          const r = e.getRange(c2).load("address");
          await c2.sync();
          address = r.address;
        });
      });
      await ctx.sync();
    });
    host.workbook.user.enter(host.workbook.sheet("Sheet1"), 0, 0, "x");
    await host.flushEvents();
    expect(address).toBe("Sheet1!A1");
  });
});

describe("removing a handler through its registration's context", () => {
  test("Excel.run(registration.context, …) reuses that context, as office.js documents", async () => {
    const host = createExcelHost();
    const seen: string[] = [];
    const registration = await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").onChanged.add(async (e) => {
        seen.push(e.address);
      });
      await ctx.sync();
      return r;
    });
    await host.Excel.run(registration.context as never, async (ctx: Excel.RequestContext) => {
      registration.remove();
      await ctx.sync();
    });
    host.workbook.user.enter(host.workbook.sheet("Sheet1"), 0, 0, "1");
    await host.flushEvents();
    expect(seen).toEqual([]);
  });
});
