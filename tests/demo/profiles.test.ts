/** The stand-in's host profiles: each quirk of real Excel it can switch on (src/demo/excel/profiles.ts). */
import { createExcelHost, HOST_PROFILES, type HostProfileName } from "../../src/demo/excel";
import { rect } from "../../src/demo/excel/model/address";

async function write(host: ReturnType<typeof createExcelHost>, fn: (ws: Excel.Worksheet) => void) {
  await host.Excel.run(async (ctx) => {
    fn(ctx.workbook.worksheets.getItem("Sheet1"));
    await ctx.sync();
  });
}

describe("undo stack", () => {
  test("a user's edit is undone with Ctrl+Z", () => {
    const host = createExcelHost({ profile: "windows" });
    const wb = host.workbook;
    const s = wb.sheet("Sheet1");
    wb.user.enter(s, 0, 0, "5");
    wb.user.enter(s, 0, 0, "6");
    expect(wb.undo.size).toBe(2);
    wb.user.undo();
    expect(wb.cells.values(s, rect(0, 0))[0][0]).toBe(5);
  });

  test.each<[HostProfileName, "clear" | "join"]>([
    ["office2019", "clear"],
    ["mac", "clear"],
    ["web", "join"],
    ["windows", "join"],
  ])("%s: an add-in's write %ss the stack", async (name, how) => {
    const host = createExcelHost({ profile: name });
    const wb = host.workbook;
    const s = wb.sheet("Sheet1");
    wb.user.enter(s, 0, 0, "5");
    await write(host, (ws) => (ws.getRange("B2").format.fill.color = "#FFC7CE"));
    if (how === "clear") {
      expect(wb.undo.size).toBe(0);
      expect(wb.undo.cleared).toBe(1);
    } else {
      expect(wb.undo.list().map((e) => e.source)).toEqual(["user", "addin"]);
      wb.user.undo(); // the first Ctrl+Z takes back the add-in's fill, not the user's figure
      expect(s.format(1, 1).fill).toBeNull();
      expect(wb.cells.values(s, rect(0, 0))[0][0]).toBe(5);
    }
  });

  test("reads and selection leave the stack alone; writing the same value again does not", async () => {
    const host = createExcelHost({ profile: "office2019" });
    const wb = host.workbook;
    const s = wb.sheet("Sheet1");
    wb.user.enter(s, 0, 0, "5");
    await host.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").load("values");
      ws.getRange("A1").select();
      ctx.runtime.enableEvents = false;
      ctx.runtime.enableEvents = true;
      await ctx.sync();
    });
    expect(wb.undo.size).toBe(1);
    await write(host, (ws) => (ws.getRange("A1").values = [[5]]));
    expect(wb.undo.size).toBe(0);
  });

  test("mergeUndoGroup makes a run's syncs one entry (ExcelApi 1.20), and is refused below it", async () => {
    const host = createExcelHost({ profile: "windows" });
    await host.Excel.run({ mergeUndoGroup: true }, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [[1]];
      await ctx.sync();
      ws.getRange("A2").values = [[2]];
      await ctx.sync();
    });
    expect(host.workbook.undo.size).toBe(1);
    const old = createExcelHost({ profile: "office2019" });
    await expect(old.Excel.run({ mergeUndoGroup: true }, async () => undefined)).rejects.toThrow(
      /1\.20/
    );
  });

  test("the host counts the cells the add-in writes", async () => {
    const host = createExcelHost();
    await write(host, (ws) => {
      ws.getRange("A1:B2").format.fill.color = "#FFC7CE";
      ws.getRange("C3").format.fill.clear();
    });
    expect(host.writtenCells).toBe(5);
    expect(host.writes.map((w) => w.address)).toEqual(["A1:B2", "C3"]);
  });
});

describe("change events", () => {
  async function watch(host: ReturnType<typeof createExcelHost>) {
    const seen: { address: string; triggerSource?: string }[] = [];
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").onChanged.add(async (e) => {
        seen.push({ address: e.address, triggerSource: e.triggerSource });
      });
      await ctx.sync();
    });
    return seen;
  }

  test("office2019: format changes are reported after the batch, without triggerSource, even with events off (#1786)", async () => {
    const host = createExcelHost({ profile: "office2019" });
    const seen = await watch(host);
    let during = -1;
    await host.Excel.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem("Sheet1").getRange("B2").format.fill.color = "#FFC7CE";
      ctx.runtime.enableEvents = true;
      await ctx.sync();
      await new Promise((r) => setTimeout(r, 5));
      during = seen.length;
    });
    await host.flushEvents();
    expect(during).toBe(0);
    expect(seen).toEqual([{ address: "B2", triggerSource: undefined }]);
  });

  test("windows: format changes are not reported; value writes say ThisLocalAddin", async () => {
    const host = createExcelHost({ profile: "windows" });
    const seen = await watch(host);
    await write(host, (ws) => {
      ws.getRange("B2").format.fill.color = "#FFC7CE";
      ws.getRange("B3").values = [[1]];
    });
    host.workbook.user.enter(host.workbook.sheet("Sheet1"), 3, 1, "2");
    await host.flushEvents();
    expect(seen).toEqual([
      { address: "B3", triggerSource: "ThisLocalAddin" },
      { address: "B4", triggerSource: "Unknown" },
    ]);
  });
});

describe("merged areas", () => {
  async function merged(name: HostProfileName | undefined, address: string) {
    const host = createExcelHost(name ? { profile: name } : {});
    await write(host, (ws) => {
      ws.getRange("B2:C3").merge(false);
      ws.getRange("E1:F4").merge(false);
    });
    return host.Excel.run(async (ctx) => {
      const areas = ctx.workbook.worksheets
        .getItem("Sheet1")
        .getRange(address)
        .getMergedAreasOrNullObject();
      areas.load("address");
      areas.areas.load("items/address");
      await ctx.sync();
      return areas.isNullObject
        ? null
        : { address: areas.address, items: areas.areas.items.map((r) => r.address) };
    });
  }

  test("plain: whole areas, including one that starts above the range", async () => {
    expect(await merged(undefined, "A2:H4")).toEqual({
      address: "Sheet1!B2:C3,Sheet1!E1:F4",
      items: ["Sheet1!B2:C3", "Sheet1!E1:F4"],
    });
  });

  test("windows: address gives top-left cells (#1590); areas starting outside are dropped (#3611)", async () => {
    expect(await merged("windows", "A2:H4")).toEqual({
      address: "Sheet1!B2",
      items: ["Sheet1!B2:C3"],
    });
  });
});

describe("validation", () => {
  const rule = (min: number) => ({
    wholeNumber: { formula1: min, operator: "GreaterThanOrEqualTo" as const },
  });

  test("web: a rule over a different one throws, and what ran before stays (#2594)", async () => {
    const host = createExcelHost({ profile: "web" });
    await write(host, (ws) => (ws.getRange("A1:A3").dataValidation.rule = rule(0)));
    await expect(
      write(host, (ws) => {
        ws.getRange("C1").values = [[7]];
        ws.getRange("A1:A3").dataValidation.rule = rule(5);
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    const s = host.workbook.sheet("Sheet1");
    expect(host.workbook.cells.values(s, rect(0, 2))[0][0]).toBe(7);
    // Cleared first, the new rule is taken.
    await write(host, (ws) => {
      ws.getRange("A1:A3").dataValidation.clear();
      ws.getRange("A1:A3").dataValidation.rule = rule(5);
    });
  });

  test("windows: the same change is taken", async () => {
    const host = createExcelHost({ profile: "windows" });
    await write(host, (ws) => (ws.getRange("A1:A3").dataValidation.rule = rule(0)));
    await write(host, (ws) => (ws.getRange("A1:A3").dataValidation.rule = rule(5)));
  });
});

test("reopening the workbook gives the sheets new ids, keeps names and contents", async () => {
  const host = createExcelHost({ profile: "windows" });
  const s = host.workbook.sheet("Sheet1");
  const before = s.id;
  host.workbook.definedNames.add("GK_X", "=Sheet1!$A$1");
  host.workbook.reopen();
  expect(s.id).not.toBe(before);
  expect(host.workbook.definedNames.get("GK_X")).toBeDefined();
});

describe("protection", () => {
  test("options are kept; a password-protected sheet refuses unprotect without it; formats are refused", async () => {
    const host = createExcelHost({ profile: "windows" });
    await write(host, (ws) =>
      ws.protection.protect({ allowSort: true, allowFormatRows: true }, "pw")
    );
    const opts = await host.Excel.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem("Sheet1").protection;
      p.load("options,protected");
      await ctx.sync();
      return p.options;
    });
    expect(opts).toMatchObject({ allowSort: true, allowFormatRows: true, allowFormatCells: false });
    await expect(write(host, (ws) => ws.protection.unprotect())).rejects.toThrow(/password/);
    await expect(
      write(host, (ws) => (ws.getRange("A1").format.fill.color = "#FF0000"))
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

test("every profile names its host, platform and requirement set", () => {
  for (const p of Object.values(HOST_PROFILES)) {
    const host = createExcelHost({ profile: p.name });
    expect(host.Office.context.platform).toBe(p.platform);
    expect(host.Office.context.requirements.isSetSupported("ExcelApi", p.maxExcelApi)).toBe(true);
  }
  const old = createExcelHost({ profile: "office2019" });
  expect(old.Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
});
