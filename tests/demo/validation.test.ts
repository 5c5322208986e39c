/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   these tests exercise the emulator's load/sync rules on purpose, with syncs the lint rules cannot follow. */
import { createExcelHost } from "../../src/demo/excel";

type Host = ReturnType<typeof createExcelHost>;

async function setup(): Promise<Host> {
  const host = createExcelHost({ sheetNames: ["表"] });
  await host.Excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("表").getRange("B2:C3");
    // The add-in sets the alert before the rule; both must stick.
    r.dataValidation.errorAlert = {
      title: "数据无效",
      message: "请输入非负整数",
      style: "Stop",
      showAlert: true,
    };
    r.dataValidation.rule = {
      wholeNumber: {
        formula1: 0,
        operator: host.Excel.DataValidationOperator.greaterThanOrEqualTo,
      },
    };
    r.values = [
      [1, 2],
      [3, 4],
    ];
    await ctx.sync();
  });
  return host;
}

describe("data validation", () => {
  test("a typed entry that breaks the rule is refused with the rule's own alert, and the cell keeps its value", async () => {
    const host = await setup();
    const wb = host.workbook;
    const s = wb.sheet("表");
    for (const bad of ["-1", "1.5", "十二", "12元"]) {
      expect(wb.user.enter(s, 1, 1, bad)).toEqual({
        ok: false,
        reason: "validation",
        alert: { title: "数据无效", message: "请输入非负整数", style: "Stop", showAlert: true },
      });
      expect(wb.cells.value(s, 1, 1)).toBe(1);
    }
    expect(wb.user.enter(s, 1, 1, "12")).toEqual({ ok: true });
    expect(wb.cells.value(s, 1, 1)).toBe(12);
    // Blanks pass while ignoreBlanks is true (the default).
    expect(wb.user.enter(s, 1, 1, "")).toEqual({ ok: true });
  });

  test("writes through the API are not validated, as in Excel", async () => {
    const host = await setup();
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("表").getRange("B2");
      r.values = [[-5]];
      r.dataValidation.load("valid, type, rule, errorAlert");
      await ctx.sync();
      expect(r.dataValidation.valid).toBe(false);
      expect(r.dataValidation.type).toBe("WholeNumber");
      expect(r.dataValidation.rule).toEqual({
        wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" },
      });
      expect(r.dataValidation.errorAlert.title).toBe("数据无效");
    });
  });

  test("a Warning alert lets the entry through when the user accepts it", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.dataValidation.rule = { decimal: { formula1: "=B1", formula2: 100, operator: "Between" } };
      r.dataValidation.errorAlert = {
        title: "注意",
        message: "超出范围",
        style: "Warning",
        showAlert: true,
      };
      r.getOffsetRange(0, 1).values = [[10]];
      await ctx.sync();
    });
    const wb = host.workbook;
    const s = wb.sheet("Sheet1");
    expect(wb.user.enter(s, 0, 0, "5")).toMatchObject({ ok: false, reason: "validation" });
    expect(wb.user.enter(s, 0, 0, "5", true)).toEqual({ ok: true });
    expect(wb.cells.value(s, 0, 0)).toBe(5);
  });

  test("clear() removes the validation", async () => {
    const host = await setup();
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("表").getRange("B2:C3");
      r.dataValidation.clear();
      r.dataValidation.load("type");
      await ctx.sync();
      expect(r.dataValidation.type).toBe("None");
    });
    expect(host.workbook.user.enter(host.workbook.sheet("表"), 1, 1, "-1")).toEqual({ ok: true });
  });

  test("date and time rules are loud", async () => {
    const host = createExcelHost();
    await expect(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.rule = {
          date: { formula1: "2024-01-01", operator: "GreaterThan" },
        };
        await ctx.sync();
      })
    ).rejects.toThrow("Demo host: Excel.DataValidationRule.date is not implemented");
  });
});
