import { createExcelHost } from "../../src/demo/excel";

describe("members the demo does not implement are loud", () => {
  test("reading, calling or setting an unknown member throws an error naming it", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1") as unknown as Record<
        string,
        unknown
      >;
      expect(() => range.foo).toThrow("Demo host: Excel.Range.foo is not implemented");
      expect(() => (range.getSpillingToRange as () => void)()).toThrow(
        "Demo host: Excel.Range.getSpillingToRange is not implemented"
      );
      expect(() => (range.hyperlink = {})).toThrow(
        "Demo host: setting Excel.Range.hyperlink is not implemented"
      );
      expect(() => (range.address = "B2")).toThrow(
        "Demo host: setting Excel.Range.address is not implemented"
      );
      const ws = ctx.workbook.worksheets.getItem("Sheet1") as unknown as Record<string, unknown>;
      expect(() => ws.tables).toThrow("Demo host: Excel.Worksheet.tables is not implemented");
      expect(() => ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("foo")).toThrow(
        "Demo host: Excel.Range.foo (in load) is not implemented"
      );
      expect(() => ctx.trackedObjects.add(ctx.workbook)).toThrow(
        "Demo host: Excel.RequestContext.trackedObjects.add is not implemented"
      );
      expect(() => (ctx as unknown as Record<string, unknown>).presence).toThrow(
        "Demo host: Excel.RequestContext.presence is not implemented"
      );
    });
    expect(() => (host.Excel as unknown as Record<string, unknown>).CustomFunctions).toThrow(
      "Demo host: Excel.CustomFunctions is not implemented"
    );
    expect(() => (host.Office.context as unknown as Record<string, unknown>).document).toThrow(
      "Demo host: Office.context.document is not implemented"
    );
  });

  test("harmless probes (await, JSON, Jest) do not throw", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("address");
      await ctx.sync();
      const awaited = await Promise.resolve(r); // checks .then
      expect(awaited).toBe(r);
      expect(JSON.parse(JSON.stringify(r))).toEqual({ address: "Sheet1!A1" });
    });
  });
});

describe("Office", () => {
  test("onReady, language, platform and requirement sets", async () => {
    const host = createExcelHost({ displayLanguage: "en-US" });
    const seen: unknown[] = [];
    const info = await host.Office.onReady((i) => seen.push(i));
    expect(info).toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(host.Office.context.displayLanguage).toBe("en-US");
    expect(createExcelHost().Office.context.displayLanguage).toBe("zh-CN");
    expect(host.Office.context.platform).toBe(host.Office.PlatformType.OfficeOnline);
    const req = host.Office.context.requirements;
    expect([
      req.isSetSupported("ExcelApi", "1.8"),
      req.isSetSupported("ExcelApi", "1.12"),
      req.isSetSupported("ExcelApi", "1.13"),
    ]).toEqual([true, true, false]);
    expect(req.isSetSupported("ExcelApiOnline", "1.1")).toBe(false);
    await Promise.resolve();
    expect(seen).toHaveLength(1);
  });
});
