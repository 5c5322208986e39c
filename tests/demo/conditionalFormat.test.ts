/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   these tests exercise the emulator's load/sync rules on purpose, with syncs the lint rules cannot follow. */
import { createExcelHost } from "../../src/demo/excel";
import { cellView } from "../../src/demo/excel/model/view";

type Host = ReturnType<typeof createExcelHost>;

/** Conditional fill of each cell in `address` ("" when no rule is true). */
function cfFills(host: Host, sheetName: string, cells: string[]): Record<string, string> {
  const wb = host.workbook;
  const sheet = wb.sheet(sheetName);
  const styles = wb.rules.cfStyles(sheet);
  const out: Record<string, string> = {};
  for (const a of cells) {
    const p = wb.resolveAddress(a, sheet)!;
    out[a] = styles.get(p.rect.r0 * 16384 + p.rect.c0)?.fill ?? "";
  }
  return out;
}

async function addRule(
  host: Host,
  sheet: string,
  address: string,
  formula: string,
  color = "#FFC7CE"
) {
  await host.Excel.run(async (ctx) => {
    const cf = ctx.workbook.worksheets
      .getItem(sheet)
      .getRange(address)
      .conditionalFormats.add(host.Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = formula;
    cf.custom.format.fill.color = color;
    await ctx.sync();
  });
}

async function put(host: Host, sheet: string, address: string, values: unknown[][]) {
  await host.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).values = values;
    await ctx.sync();
  });
}

describe("custom conditional formats", () => {
  // A1 = 5; B2:C3 hold numbers; row 1 and column A hold thresholds. Each rule is set on B2:C3.
  const cells = ["B2", "C2", "B3", "C3"];
  test.each([
    { formula: "=B2>$A$1", refs: "absolute", lit: ["B2", "C3"] },
    {
      formula: "=B2>B$1",
      refs: "row fixed, column relative: compare with row 1 of the same column",
      lit: ["B2", "C3"],
    },
    {
      formula: "=B2>$A2",
      refs: "column fixed: compare with column A of the same row",
      lit: ["B2", "B3", "C3"],
    },
    // B2: A2(2)>A1(5) no; C2: B2(11)>B1(10) yes; B3: A3(3)>A2(2) yes; C3: B3(4)>B2(11) no
    {
      formula: "=A2>A1",
      refs: "fully relative: left neighbour vs. its upper neighbour",
      lit: ["C2", "B3"],
    },
  ])(
    "relative references move from the range's top-left cell; $ parts stay: $formula ($refs)",
    async ({ formula, lit }) => {
      const host = createExcelHost({ sheetNames: ["表"] });
      await put(host, "表", "A1:C3", [
        [5, 10, 1],
        [2, 11, 0],
        [3, 4, 9],
      ]);
      await addRule(host, "表", "B2:C3", formula);
      expect(cfFills(host, "表", cells)).toEqual(
        Object.fromEntries(cells.map((a) => [a, lit.includes(a) ? "#FFC7CE" : ""]))
      );
    }
  );

  test("references to other sheets and to defined names", async () => {
    const host = createExcelHost({ sheetNames: ["2024年报表格", "参数"] });
    await put(host, "参数", "A1:B2", [
      [0, 100],
      [0, 200],
    ]);
    await put(host, "2024年报表格", "A1:A2", [[150], [150]]);
    await host.Excel.run(async (ctx) => {
      ctx.workbook.names.add("上限", "=参数!$B$1");
      await ctx.sync();
    });
    await addRule(host, "2024年报表格", "A1:A2", "=A1>'参数'!B1"); // relative into another sheet
    expect(cfFills(host, "2024年报表格", ["A1", "A2"])).toEqual({ A1: "#FFC7CE", A2: "" });
    await addRule(host, "2024年报表格", "C1:C2", "=A1>上限", "#FFEB9C");
    expect(cfFills(host, "2024年报表格", ["C1", "C2"])).toEqual({ C1: "#FFEB9C", C2: "#FFEB9C" });
  });

  test("results follow edits, and the displayed background is the rule's colour only while it is true", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:C1").values = [[1, 2, "=A1+B1"]];
      s.getRange("C1").format.fill.color = "#E2EFDA";
      await ctx.sync();
    });
    await addRule(host, "Sheet1", "C1", "=C1<>A1+B1+1");
    const wb = host.workbook;
    const sheet = wb.sheet("Sheet1");
    expect(cellView(wb, sheet, 0, 2, wb.rules.cfStyles(sheet)).fill).toBe("#FFC7CE");
    await put(host, "Sheet1", "C1", [[4]]);
    expect(cellView(wb, sheet, 0, 2, wb.rules.cfStyles(sheet)).fill).toBe("#E2EFDA");
  });

  test("the newest rule takes precedence; getCount and clearAll work on the range", async () => {
    const host = createExcelHost();
    await addRule(host, "Sheet1", "A1:B2", "=TRUE", "#FF0000");
    await addRule(host, "Sheet1", "B2:C3", "=TRUE", "#00FF00");
    expect(cfFills(host, "Sheet1", ["A1", "B2", "C3"])).toEqual({
      A1: "#FF0000",
      B2: "#00FF00",
      C3: "#00FF00",
    });
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      const all = s.getRange("A1:C3").conditionalFormats.getCount();
      const one = s.getRange("A1").conditionalFormats.getCount();
      const cfs = s.getRange("A1:C3").conditionalFormats.load("items/priority, items/type");
      await ctx.sync();
      expect([all.value, one.value]).toEqual([2, 1]);
      expect(cfs.items.map((c) => [c.priority, c.type])).toEqual([
        [0, "Custom"],
        [1, "Custom"],
      ]);
      s.getRange("B2:C3").conditionalFormats.clearAll();
      await ctx.sync();
    });
    // The first rule lost only the cell it shared with the cleared range.
    expect(cfFills(host, "Sheet1", ["A1", "A2", "B1", "B2", "C3"])).toEqual({
      A1: "#FF0000",
      A2: "#FF0000",
      B1: "#FF0000",
      B2: "",
      C3: "",
    });
  });

  test("rules move with inserted rows and their formulas keep pointing at the same cells", async () => {
    const host = createExcelHost();
    await put(host, "Sheet1", "A1:B3", [
      [10, 0],
      [1, 2],
      [5, 4],
    ]);
    await addRule(host, "Sheet1", "B2:B3", "=B2<A2+$A$1*0");
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("1:1").insert("Down");
      await ctx.sync();
      const cf = ctx.workbook.worksheets
        .getItem("Sheet1")
        .getRange("B3")
        .conditionalFormats.getItemAt(0);
      cf.custom.rule.load("formula");
      const range = cf.getRange().load("address");
      await ctx.sync();
      expect(cf.custom.rule.formula).toBe("=B3<A3+$A$2*0");
      expect(range.address).toBe("Sheet1!B3:B4");
    });
    expect(cfFills(host, "Sheet1", ["B3", "B4"])).toEqual({ B3: "", B4: "#FFC7CE" });
  });

  test("an invalid rule formula fails the sync; other rule types are loud", async () => {
    const host = createExcelHost();
    await expect(addRule(host, "Sheet1", "A1", "=SUM((")).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await host.Excel.run(async (ctx) => {
      const cfs = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats;
      expect(() => cfs.add(host.Excel.ConditionalFormatType.dataBar)).toThrow(
        'Demo host: Excel.ConditionalFormatCollection.add("DataBar") is not implemented'
      );
    });
  });

  test("about 300 cells under 200 rules re-evaluate quickly after an edit", async () => {
    const host = createExcelHost({ sheetNames: ["表"] });
    const values = Array.from({ length: 30 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => (c === 0 ? `=SUM(B${r + 1}:J${r + 1})` : r + c))
    );
    await put(host, "表", "A1:J30", values);
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("表");
      for (let i = 0; i < 200; i++) {
        const row = i % 30;
        const cf = s.getRange(`A${row + 1}:C${row + 1}`).conditionalFormats.add("Custom");
        cf.custom.rule.formula = `=AND(ISNUMBER(A${row + 1}),$A${row + 1}<>SUM($B${row + 1}:$J${row + 1})+${i})`;
        cf.custom.format.fill.color = "#FFC7CE";
      }
      await ctx.sync();
    });
    const wb = host.workbook;
    const sheet = wb.sheet("表");
    wb.rules.cfStyles(sheet); // first evaluation builds the rule formulas
    const t0 = Date.now();
    for (let i = 0; i < 10; i++) {
      wb.user.enter(sheet, i, 5, String(100 + i));
      wb.rules.cfStyles(sheet);
    }
    const perEdit = (Date.now() - t0) / 10;
    expect(perEdit).toBeLessThan(250);
  });
});
