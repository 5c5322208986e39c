/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   these tests exercise the emulator's load/sync rules on purpose, with syncs the lint rules cannot follow. */
import { createExcelHost } from "../../src/demo/excel";
import { cellView } from "../../src/demo/excel/model/view";

describe("range formats", () => {
  test("format properties read as the range's common value, or null when cells differ", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      const r = s.getRange("A1:B2");
      r.format.fill.color = "yellow";
      r.format.font.set({ name: "宋体", size: 12, bold: true, color: "#1F4E78" });
      r.format.horizontalAlignment = "Center";
      r.format.verticalAlignment = "Center";
      r.format.wrapText = true;
      r.format.columnWidth = 60;
      r.format.rowHeight = 20;
      s.getRange("B2").format.fill.clear();
      r.format.load("horizontalAlignment, verticalAlignment, wrapText, columnWidth, rowHeight");
      r.format.font.load("name, size, bold, color");
      r.format.fill.load("color");
      const a1 = s.getRange("A1").format.fill.load("color");
      const b2 = s.getRange("B2").format.fill.load("color");
      await ctx.sync();
      expect([r.format.horizontalAlignment, r.format.verticalAlignment, r.format.wrapText]).toEqual(
        ["Center", "Center", true]
      );
      expect([r.format.columnWidth, r.format.rowHeight]).toEqual([60, 20]);
      expect([
        r.format.font.name,
        r.format.font.size,
        r.format.font.bold,
        r.format.font.color,
      ]).toEqual(["宋体", 12, true, "#1F4E78"]);
      expect(r.format.fill.color).toBeNull(); // B2 has no fill now
      expect([a1.color, b2.color]).toEqual(["#FFFF00", "#FFFFFF"]);
    });
  });

  test("borders: edges and inside lines, shared with the neighbouring cell", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      const r = s.getRange("B2:C3");
      for (const side of [
        "EdgeTop",
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
        "InsideHorizontal",
        "InsideVertical",
      ] as const) {
        const b = r.format.borders.getItem(side);
        b.style = "Continuous";
        b.weight = "Thin";
        b.color = "#000000";
      }
      const below = s.getRange("B4").format.borders.getItem("EdgeTop").load("style, weight, color");
      const outside = s.getRange("B5").format.borders.getItem("EdgeTop").load("style");
      const inside = r.format.borders.getItem("InsideHorizontal").load("style");
      await ctx.sync();
      expect([below.style, below.weight, below.color]).toEqual(["Continuous", "Thin", "#000000"]);
      expect(outside.style).toBe("None");
      expect(inside.style).toBe("Continuous");
    });
  });

  test("bad values fail the sync with InvalidArgument", async () => {
    const host = createExcelHost();
    await expect(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").format.horizontalAlignment =
          "Middle" as Excel.HorizontalAlignment;
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("sheet protection guards locked cells against typing and API writes", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("B2").format.protection.locked = false;
      s.protection.protect();
      s.protection.load("protected");
      await ctx.sync();
      expect(s.protection.protected).toBe(true);
      s.getRange("A1").values = [[1]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
    const wb = host.workbook;
    const sheet = wb.sheet("Sheet1");
    expect(wb.user.enter(sheet, 0, 0, "1")).toEqual({ ok: false, reason: "protected" });
    expect(wb.user.enter(sheet, 1, 1, "1")).toEqual({ ok: true });
    expect(wb.user.enter(sheet, 1, 1, "=SUM((")).toEqual({ ok: false, reason: "formula" });
  });
});

describe("worksheets", () => {
  test("add, rename, move, activate and delete", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const added = sheets.add("2024年报表格");
      added.position = 0;
      added.activate();
      const active = sheets.getActiveWorksheet().load("name, position, id");
      await ctx.sync();
      expect([active.name, active.position]).toEqual(["2024年报表格", 0]);
      added.name = "报表";
      sheets.getItem("Sheet1").delete();
      sheets.load("items/name");
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["报表"]);
      sheets.getItem(active.id).delete(); // by id; the last sheet can't go
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      sheets.add("报表");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    });
  });
});

describe("names", () => {
  test("constants and ranges; lookup, listing and deletion", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const names = ctx.workbook.names;
      names.add("年份", "=2024");
      names.add("表头", ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C1"), "header");
      const year = names.getItem("年份").load("type, value, formula");
      const missing = names.getItemOrNullObject("无");
      names.load("items/name");
      await ctx.sync();
      expect([year.type, year.value, year.formula]).toEqual(["Integer", 2024, "=2024"]);
      expect(missing.isNullObject).toBe(true);
      expect(names.items.map((n) => n.name)).toEqual(["年份", "表头"]);
      names.getItem("年份").delete();
      const count = names.getCount();
      await ctx.sync();
      expect(count.value).toBe(1);
      names.add("A1", "=1");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });
});

describe("how cells are drawn", () => {
  test("unwrapped text spills into an empty right neighbour; textOrientation is kept", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:A2").values = [["二、主动公开政府信息情况"], ["短"]];
      s.getRange("B2").values = [["x"]];
      s.getRange("C1").format.textOrientation = 180;
      const f = s.getRange("C1").format.load("textOrientation");
      await ctx.sync();
      expect(f.textOrientation).toBe(180);
    });
    const wb = host.workbook;
    const sheet = wb.sheet("Sheet1");
    const cf = wb.rules.cfStyles(sheet);
    expect(cellView(wb, sheet, 0, 0, cf).spill).toBe(true);
    expect(cellView(wb, sheet, 1, 0, cf).spill).toBe(false);
    expect(cellView(wb, sheet, 0, 2, cf).textOrientation).toBe(180);
  });
});
