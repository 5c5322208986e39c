/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   these tests exercise the emulator's load/sync rules on purpose, with syncs the lint rules cannot follow. */
import { createExcelHost } from "../../src/demo/excel";

describe("merged areas", () => {
  test("merging keeps only the top-left value; the area reads as one value plus blanks", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C2");
      r.values = [
        [1, 2, 3],
        [4, 5, 6],
      ];
      r.merge();
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([
        [1, "", ""],
        ["", "", ""],
      ]);
    });
    expect(host.workbook.sheet("Sheet1").merges).toEqual([{ r0: 0, c0: 0, r1: 1, c1: 2 }]);
  });

  test("writing a 2-D array over a merged area keeps only its top-left value", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("B2:C3").merge();
      const r = s.getRange("A2:C3");
      r.values = [
        ["行", "合并", "x"],
        ["行2", "y", "z"],
      ];
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([
        ["行", "合并", ""],
        ["行2", "", ""],
      ]);
      // A cell hidden by the merge cannot take a value of its own either.
      s.getRange("C3").values = [[9]];
      r.load("values");
      await ctx.sync();
      expect(r.values[1][2]).toBe("");
    });
  });

  test("merge(across) merges each row; unmerge removes merges touching the range", async () => {
    const host = createExcelHost();
    const sheet = host.workbook.sheet("Sheet1");
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C2").merge(true);
      await ctx.sync();
      expect(sheet.merges).toHaveLength(2);
      ctx.workbook.worksheets.getItem("Sheet1").getRange("B2").unmerge();
      await ctx.sync();
      expect(sheet.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 2 }]);
    });
  });

  test("merging across part of an existing merge is refused", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:B2").merge();
      await ctx.sync();
      s.getRange("B1:C1").merge();
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
  });
});

describe("getMergedAreasOrNullObject", () => {
  test("lists the merged areas overlapping the range, or is a null object", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:B1").merge();
      s.getRange("D3:E4").merge();
      const areas = s.getRange("A1:E5").getMergedAreasOrNullObject();
      areas.load("address, areaCount");
      areas.areas.load("items/address");
      const none = s.getRange("G1").getMergedAreasOrNullObject();
      await ctx.sync();
      expect(areas.address).toBe("Sheet1!A1:B1,Sheet1!D3:E4");
      expect(areas.areaCount).toBe(2);
      expect(areas.areas.items.map((r) => r.address)).toEqual(["Sheet1!A1:B1", "Sheet1!D3:E4"]);
      expect(none.isNullObject).toBe(true);
    });
  });
});
