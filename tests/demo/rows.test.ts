/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   these tests exercise the emulator's load/sync rules on purpose, with syncs the lint rules cannot follow. */
import { createExcelHost } from "../../src/demo/excel";

type Host = ReturnType<typeof createExcelHost>;

async function formulasOf(host: Host, address: string) {
  return host.Excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("表").getRange(address).load("formulas, values");
    await ctx.sync();
    return { formulas: r.formulas, values: r.values };
  });
}

async function setup(): Promise<Host> {
  const host = createExcelHost({ sheetNames: ["表", "汇总"] });
  await host.Excel.run(async (ctx) => {
    const t = ctx.workbook.worksheets.getItem("表");
    t.getRange("A1:A4").values = [[1], [2], [3], [4]];
    t.getRange("B1").formulas = [["=SUM(A1:A4)"]];
    ctx.workbook.names.add("GK_T3", t.getRange("A2:A3"));
    ctx.workbook.worksheets.getItem("汇总").getRange("A1").formulas = [["=表!A3+SUM(GK_T3)"]];
    await ctx.sync();
  });
  return host;
}

describe("inserting rows", () => {
  test("names, formulas and references from other sheets follow inserted rows", async () => {
    const host = await setup();
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets
        .getItem("表")
        .getRange("2:3")
        .insert(host.Excel.InsertShiftDirection.down);
      await ctx.sync();
      const name = ctx.workbook.names.getItem("GK_T3");
      const range = name.getRange().load("address");
      name.load("formula, type, value");
      const other = ctx.workbook.worksheets.getItem("汇总").getRange("A1").load("formulas, values");
      await ctx.sync();
      expect(range.address).toBe("表!A4:A5");
      expect(name.formula).toBe("=表!$A$4:$A$5");
      expect(name.type).toBe("Range");
      expect(name.value).toBe("表!$A$4:$A$5");
      expect(other.formulas).toEqual([["=表!A5+SUM(GK_T3)"]]);
      expect(other.values).toEqual([[8]]);
    });
    const r = await formulasOf(host, "A1:B6");
    expect(r.values.map((row) => row[0])).toEqual([1, "", "", 2, 3, 4]);
    expect(r.formulas[0][1]).toBe("=SUM(A1:A6)");
  });

  test("inserted rows take the format of the row above; merges and row heights move", async () => {
    const host = await setup();
    const sheet = host.workbook.sheet("表");
    await host.Excel.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem("表");
      t.getRange("A1:B1").format.fill.color = "#DDEBF7";
      t.getRange("C3:D4").merge();
      t.getRange("3:3").format.rowHeight = 30;
      t.getRange("2:2").insert("Down");
      await ctx.sync();
    });
    expect(sheet.format(1, 0).fill).toBe("#DDEBF7");
    expect(sheet.merges).toEqual([{ r0: 3, c0: 2, r1: 4, c1: 3 }]);
    expect(sheet.rowHeight(3)).toBe(30);
  });

  test("inserting anything but entire rows is loud", async () => {
    const host = await setup();
    await expect(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("表").getRange("A2:B2").insert("Down");
        await ctx.sync();
      })
    ).rejects.toThrow(
      'Demo host: Excel.Range.insert("Down") on a range that is not entire rows is not implemented'
    );
  });
});

describe("deleting rows", () => {
  test("references to deleted cells become #REF!; ranges shrink; names follow", async () => {
    const host = await setup();
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets
        .getItem("表")
        .getRange("3:3")
        .delete(host.Excel.DeleteShiftDirection.up);
      await ctx.sync();
      const other = ctx.workbook.worksheets.getItem("汇总").getRange("A1").load("formulas, values");
      const name = ctx.workbook.names.getItem("GK_T3").load("formula");
      await ctx.sync();
      expect(other.formulas).toEqual([["=#REF!+SUM(GK_T3)"]]);
      expect(other.values).toEqual([["#REF!"]]);
      expect(name.formula).toBe("=表!$A$2:$A$2");
    });
    const r = await formulasOf(host, "A1:B3");
    expect(r.formulas[0][1]).toBe("=SUM(A1:A3)");
    expect(r.values.map((row) => row[0])).toEqual([1, 2, 4]);
  });

  test("a name whose cells are all deleted becomes #REF! and has no range", async () => {
    const host = await setup();
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("表").getRange("2:3").delete("Up");
      await ctx.sync();
      const name = ctx.workbook.names.getItem("GK_T3").load("formula, type");
      const range = ctx.workbook.names.getItem("GK_T3").getRangeOrNullObject();
      await ctx.sync();
      expect(name.formula).toBe("=#REF!");
      expect(name.type).toBe("Error");
      expect(range.isNullObject).toBe(true);
    });
  });
});
