/**
 * The add-in on each host profile of the stand-in (src/demo/excel/profiles.ts): the behaviours of real
 * Excel listed in issue 11 and spec/excel-host.md §9, one block per item.
 */
import { checkWorkbook, HostError, insertReport, onTablesChanged } from "../../src/excel";
import { queueConditionalFormat } from "../../src/excel/apply";
import { printInput } from "../../src/excel/printSheet";
import { HOST_PROFILES, parseAddress, type HostProfileName } from "../../src/demo/excel";
import { cellsOf } from "../../src/report";
import { layoutOf } from "../../src/sheet";
import { addressIn, harness, type Harness } from "./harness";

const ALL: HostProfileName[] = ["web", "windows", "office2019", "mac"];
const base = { year: 2024, edition: "2021" as const, agency: "某某局", totalsAsFormulas: false };
const SHEET = "2024年报表格";
const natural = addressIn("2021", "t3.new.natural");
/** 表二 规章 本年制发件数: in no balancing relation, so a figure there changes no highlight. */
const issued = addressIn("2021", "t2.rules.issued");

let h: Harness & { uninstall: () => void };
afterEach(() => h?.uninstall());

function on(profile: HostProfileName) {
  h = harness({ profile });
  return h;
}

/** Every value cell 0 (setting up, not the user's typing). */
function zeros() {
  const wb = h.host.workbook;
  const s = wb.sheet(SHEET);
  for (const c of cellsOf({ edition: "2021" }))
    wb.cells.write(s, parseAddress(addressIn("2021", c.key))!.rect, [[0]]);
}

async function checked() {
  const r = await checkWorkbook();
  if (r.kind !== "checked") throw new Error(`not checked: ${JSON.stringify(r).slice(0, 300)}`);
  return r;
}

/** A balanced, checked report whose undo stack holds only what the test does next. */
async function ready(profile: HostProfileName) {
  on(profile);
  await insertReport(base);
  zeros();
  await checked();
  await h.host.flushEvents();
  h.syncs();
  return h.host.workbook;
}

/** Addresses of the value cells that carry a fill of their own. */
function painted(): string[] {
  return layoutOf({ edition: "2021" })
    .cells.map((c) => c.address)
    .filter((a) => h.fill(a, SHEET) !== null);
}

describe.each(ALL)("%s: 1. the user's undo", (profile) => {
  test("typing a figure that changes no highlight: one read sync, no write, Ctrl+Z undoes the figure", async () => {
    const wb = await ready(profile);
    const cleared = wb.undo.cleared;
    // A break of a T3 sum would now paint its LOC-01 suspect (issue 13); a 表二 figure changes no highlight.
    h.type(issued, "3");
    const size = wb.undo.size;
    await checked();
    expect(h.syncs()).toBe(1);
    expect(h.host.writtenCells).toBe(0);
    expect(wb.undo.cleared).toBe(cleared);
    expect(wb.undo.size).toBe(size);
    expect(wb.undo.list().at(-1)).toMatchObject({ source: "user" });
    wb.user.undo();
    expect(h.value(issued, SHEET)).toBe(0);
  });

  test("a change that needs paint writes only those cells, and fixing it clears only them", async () => {
    const wb = await ready(profile);
    h.paste(natural, [["12件"]]); // text: the sheet's formulas cannot add it, the pane paints
    await checked();
    const cells = painted();
    expect(cells.length).toBeGreaterThan(0);
    expect(h.host.writes.map((w) => w.address).sort()).toEqual([...cells].sort());
    if (HOST_PROFILES[profile].apiWritesUndo === "join") {
      // One step for the whole repaint (mergeUndoGroup), then the user's paste.
      expect(
        wb.undo
          .list()
          .slice(-2)
          .map((e) => e.source)
      ).toEqual(["user", "addin"]);
      wb.user.undo();
      expect(painted()).toEqual([]);
      wb.user.undo();
      expect(h.value(natural, SHEET)).toBe(0);
      // The check after that Ctrl+Z finds the sheet as the plan wants it: nothing to write.
      h.syncs();
      await checked();
      expect(h.host.writtenCells).toBe(0);
      return;
    }
    h.syncs();
    h.paste(natural, [[0]]);
    await checked();
    expect(h.host.writes.map((w) => w.address).sort()).toEqual([...cells].sort());
    expect(painted()).toEqual([]);
  });
});

describe.each(["web", "windows", "mac"] as HostProfileName[])("%s: 2. merged areas", (profile) => {
  test("merged areas in the top-left-only form (#1590) are read as they are: the report is checked", async () => {
    await ready(profile);
    const r = await checked();
    expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  test("a merge split by the user is a warning, never damage", async () => {
    await ready(profile);
    await h.host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).getRange("B1:B80").unmerge();
      await ctx.sync();
    });
    const r = await checked();
    expect(r.problems.map((p) => [p.kind, p.severity])).toContainEqual(["mergeMissing", "warning"]);
  });
});

describe("3. event loops", () => {
  test.each(ALL)("%s: our own fills never start a check; the user's edits do", async (profile) => {
    await ready(profile);
    const handler = jest.fn();
    await onTablesChanged(handler);
    h.paste(natural, [["12件"]]);
    await h.host.flushEvents();
    expect(handler).toHaveBeenCalledTimes(1);
    await checked(); // paints; office2019 reports the fills after the batch, events off or not
    expect(painted().length).toBeGreaterThan(0);
    await h.host.flushEvents();
    expect(handler).toHaveBeenCalledTimes(1);
    h.type(addressIn("2021", "t3.new.legal"), "2");
    await h.host.flushEvents();
    expect(handler).toHaveBeenCalledTimes(2);
  });
});

describe("4. re-insert", () => {
  test.each(ALL)(
    "%s: over the user's own validation on the target range, the rules are cleared first",
    async (profile) => {
      on(profile);
      h.host.workbook.addSheet("报表");
      await h.host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("报表").getRange("A1:O80").dataValidation.rule = {
          list: { inCellDropDown: true, source: "是,否" },
        };
        await ctx.sync();
      });
      const r = await insertReport({ ...base, sheetName: "报表" });
      expect(r.status).toBe("inserted");
    }
  );

  test.each(ALL)(
    "%s: Excel stopping half-way gives a clear message; the next insert repairs the sheet",
    async (profile) => {
      await ready(profile);
      h.type(natural, "7");
      const wb = h.host.workbook;
      const spy = jest.spyOn(wb.rules, "updateValidation").mockImplementationOnce(() => {
        throw Object.assign(
          new Error("The argument is invalid or missing or has an incorrect format."),
          {
            code: "InvalidArgument",
          }
        );
      });
      const err = await insertReport(base).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(HostError);
      expect((err as HostError).kind).toBe("insertFailed");
      expect((err as HostError).userMessage.zh).toContain("再次点击“插入统计表格”");
      spy.mockRestore();
      const again = await insertReport(base);
      expect(again).toMatchObject({ status: "inserted", sheetName: SHEET });
      const r = await checked();
      expect(r.report.values["t3.new.natural"]).toBe(7);
      expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
      // Rules and validation are back on the value cells.
      const s = wb.sheet(SHEET);
      const cell = parseAddress(natural)!.rect;
      expect(wb.rules.validationsIn(s, cell)[0]?.rule).toBeTruthy();
      expect(wb.rules.cfIntersecting(s, cell).length).toBeGreaterThan(0);
    }
  );
});

describe.each(ALL)("%s: 5. protected sheets", (profile) => {
  test("protected with a password: a clear message, nothing written, still protected", async () => {
    await ready(profile);
    await h.host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).protection.protect({ allowSort: true }, "密码");
      await ctx.sync();
    });
    const err = await insertReport(base).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).kind).toBe("protected");
    expect((err as HostError).userMessage.zh).toContain("撤消工作表保护");
    expect(h.host.workbook.sheet(SHEET).protected).toBe(true);
  });

  test("protected without a password: inserted, and protected again with the user's own options", async () => {
    await ready(profile);
    const mine = { allowSort: true, allowFormatRows: true, allowAutoFilter: true };
    await h.host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).protection.protect(mine);
      await ctx.sync();
    });
    const r = await insertReport(base);
    expect(r.status).toBe("inserted");
    const s = h.host.workbook.sheet(SHEET);
    expect(s.protected).toBe(true);
    expect(s.protectionOptions).toMatchObject({ ...mine, allowFormatCells: false });
  });
});

describe("6. smaller items", () => {
  test.each(ALL)("%s: stopIfTrue lands on its own rule (set before priority)", async (profile) => {
    on(profile);
    await h.host.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const rule = {
        rule: "T3-01" as const,
        table: 3 as const,
        range: "A1:B2",
        style: "error" as const,
        fill: "#FFC7CE",
        fontColor: "#9C0006",
      };
      queueConditionalFormat(ws, { ...rule, formula: "=A1>1", priority: 0, stopIfTrue: false });
      queueConditionalFormat(ws, { ...rule, formula: "=A1>2", priority: 1, stopIfTrue: true });
      await ctx.sync();
    });
    const rules = h.host.workbook.sheet("Sheet1").cfRules;
    expect(rules.map((r) => [r.formula, r.stopIfTrue])).toEqual([
      ["=A1>1", false],
      ["=A1>2", true],
    ]);
  });

  test.each(ALL)(
    "%s: GK_REPORT deleted and the workbook reopened (new sheet ids): found by its sheet name",
    async (profile) => {
      await ready(profile);
      h.host.workbook.definedNames.delete("GK_REPORT");
      h.host.workbook.reopen();
      const r = await checked();
      expect(r.problems.map((p) => p.kind)).toContain("names");
    }
  );

  test("the print sheet's default fonts are faces every host profile has", () => {
    const fonts = printInput({ edition: "2021", year: 2024, agency: "某某局", values: {} }).fonts;
    for (const p of Object.values(HOST_PROFILES))
      for (const f of Object.values(fonts))
        expect([p.name, p.fonts]).toEqual([p.name, expect.arrayContaining([f])]);
  });
});
