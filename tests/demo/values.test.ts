/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   these tests exercise the emulator's load/sync rules on purpose, with syncs the lint rules cannot follow. */
import { createExcelHost } from "../../src/demo/excel";

async function read(host: ReturnType<typeof createExcelHost>, sheet: string, address: string) {
  return host.Excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(sheet).getRange(address);
    r.load("values, formulas, text, valueTypes, numberFormat, address");
    await ctx.sync();
    return {
      values: r.values,
      formulas: r.formulas,
      text: r.text,
      valueTypes: r.valueTypes,
      numberFormat: r.numberFormat,
      address: r.address,
    };
  });
}

describe("values and formulas", () => {
  test("formulas are computed by the engine and read back as written", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:A3").values = [[10], [20], [12.5]];
      s.getRange("B1:B3").formulas = [["=SUM(A1:A3)"], ["=A1/0"], ['=IF(A2>A1,"多","少")']];
      await ctx.sync();
    });
    const r = await read(host, "Sheet1", "A1:B3");
    expect(r.values).toEqual([
      [10, 42.5],
      [20, "#DIV/0!"],
      [12.5, "多"],
    ]);
    expect(r.formulas).toEqual([
      [10, "=SUM(A1:A3)"],
      [20, "=A1/0"],
      [12.5, '=IF(A2>A1,"多","少")'],
    ]);
    expect(r.valueTypes).toEqual([
      ["Double", "Double"],
      ["Double", "Error"],
      ["Double", "String"],
    ]);
  });

  test("strings written through values are read as Excel reads typing", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:F1").values = [["12", "1,234", "'12", "251000元", "=1+1", "-"]];
      s.getRange("A2").numberFormat = [["@"]];
      s.getRange("A2").values = [["=1+1"]];
      await ctx.sync();
    });
    const r = await read(host, "Sheet1", "A1:F2");
    expect(r.values[0]).toEqual([12, 1234, "12", "251000元", 2, "-"]);
    expect(r.values[1][0]).toBe("=1+1"); // text format keeps the string
  });

  test("a null in a values array leaves that cell alone; a single value fills the range", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:B1").values = [[1, 2]];
      s.getRange("A1:B1").values = [[null, 5]];
      (s.getRange("A2:B2") as unknown as { values: unknown }).values = 9;
      await ctx.sync();
    });
    expect((await read(host, "Sheet1", "A1:B2")).values).toEqual([
      [1, 5],
      [9, 9],
    ]);
  });

  test("an invalid formula fails the sync with InvalidArgument", async () => {
    const host = createExcelHost();
    await expect(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=SUM(("]];
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("defined names and quoted sheet names work in formulas", async () => {
    const host = createExcelHost({ sheetNames: ["2024年报表格", "表三"] });
    await host.Excel.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem("2024年报表格");
      t.getRange("A1:A2").values = [[3], [4]];
      ctx.workbook.names.add("合计区", t.getRange("A1:A2"));
      const u = ctx.workbook.worksheets.getItem("表三");
      u.getRange("A1:A2").formulas = [["=SUM(合计区)"], ["='2024年报表格'!A2*表三!A1"]];
      await ctx.sync();
    });
    const r = await read(host, "表三", "A1:A2");
    expect(r.values).toEqual([[7], [28]]);
    expect(r.formulas).toEqual([["=SUM(合计区)"], ["='2024年报表格'!A2*表三!A1"]]);
    expect((await read(host, "2024年报表格", "A1")).address).toBe("'2024年报表格'!A1");
    expect(r.address).toBe("表三!A1:A2");
  });

  test("text follows the number format", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:D1");
      r.values = [[1234.5, 0.256, 7, true]];
      r.numberFormat = [["#,##0.00", "0.0%", "0", "General"]];
      await ctx.sync();
    });
    expect((await read(host, "Sheet1", "A1:D1")).text).toEqual([
      ["1,234.50", "25.6%", "7", "TRUE"],
    ]);
  });

  test("range navigation: getCell, offsets, resize, entire rows, indexes", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      const base = s.getRange("B2:C3");
      const ranges = [
        base.getCell(1, 1),
        base.getOffsetRange(2, 1),
        base.getResizedRange(1, -1),
        base.getEntireRow(),
        s.getRangeByIndexes(4, 0, 2, 3),
        base.getBoundingRect("E5"),
      ];
      ranges.forEach((r) => r.load("address"));
      await ctx.sync();
      expect(ranges.map((r) => r.address)).toEqual([
        "Sheet1!C3",
        "Sheet1!C4:D5",
        "Sheet1!B2:B4",
        "Sheet1!2:3",
        "Sheet1!A5:C6",
        "Sheet1!B2:E5",
      ]);
    });
  });

  test("used range covers values (and formats unless valuesOnly)", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      const empty = s.getUsedRangeOrNullObject();
      await ctx.sync();
      expect(empty.isNullObject).toBe(true);
      s.getRange("B2").values = [[1]];
      s.getRange("D5").format.fill.color = "red";
      const all = s.getUsedRange().load("address");
      const values = s.getUsedRange(true).load("address");
      await ctx.sync();
      expect(all.address).toBe("Sheet1!B2:D5");
      expect(values.address).toBe("Sheet1!B2");
    });
  });
});
