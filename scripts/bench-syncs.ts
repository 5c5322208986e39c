/**
 * Sync counts of the add-in's Excel operations (src/excel), against the demo host's in-memory Excel
 * (src/demo/excel), for `npm run bench`. Each operation runs on a fresh host: a setup builds the
 * workbook it needs, the counter is reset, the operation runs, and its result is checked so a count
 * is only reported for the path it names (a re-insert that kept values, a check that painted cells…).
 *
 * Modules that may not exist yet are imported dynamically; a missing one prints `# skipped: …`.
 */
import { createExcelHost, parseAddress, type ExcelHost } from "../src/demo/excel";
import {
  checkWorkbook,
  insertReport,
  onTablesChanged,
  readMetadata,
  readReport,
  selectCell,
  updateMetadata,
} from "../src/excel";
import type { InsertOptions } from "../src/excel";
import type { Report } from "../src/report";
import { layoutOf } from "../src/sheet";
import { randomBalancedReport } from "../tests/support/randomReport";

interface Case {
  name: string;
  /** Also report the cells the operation wrote (`writes_<name>: N cells`). */
  writes?: boolean;
  /** Builds the workbook the operation needs (its syncs are not counted). */
  setup?: (host: ExcelHost) => Promise<void>;
  /** The operation; throws when it did not take the path the name promises. */
  run: (host: ExcelHost) => Promise<void>;
}

const BASE: InsertOptions = {
  year: 2024,
  edition: "2021",
  agency: "示例局",
  totalsAsFormulas: false,
};

function expect(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

function unit(seed: number, agency: string, year = 2024): Report {
  const r = randomBalancedReport(seed, "2021", year);
  r.agency = agency;
  return r;
}

/** Paste `values` (by cell key) into a 2021-edition block at A1 of the active sheet, as Ctrl+V does. */
function paste(host: ExcelHost, values: Report["values"]): void {
  const wb = host.workbook;
  const layout = layoutOf({ edition: "2021" });
  for (const [key, v] of Object.entries(values)) {
    const cell = layout.byKey[key];
    if (!cell) continue;
    const p = parseAddress(cell.address);
    if (!p) throw new Error(`bad address ${cell.address}`);
    wb.cells.write(wb.activeSheet, p.rect, [[v]]);
  }
}

/** The tables inserted (on a new sheet, 2024年报表格) and filled with a balanced report's values (totals included). */
async function filledReport(host: ExcelHost): Promise<void> {
  const r = await insertReport(BASE);
  expect(r.status === "inserted", `setup insert: ${r.status}`);
  paste(host, unit(11, BASE.agency).values);
}

/** The filled report's own 自然人 新收 figure: one more typed with a unit breaks it (the pane must paint), the figure typed again fixes it. */
const NATURAL = unit(11, BASE.agency).values["t3.new.natural"] as number;

/** The filled report, checked once (its highlights as the pane leaves them). */
async function checkedReport(host: ExcelHost): Promise<void> {
  await filledReport(host);
  const r = await checkWorkbook();
  expect(r.kind === "checked", `setup check: ${r.kind}`);
}

/** Value cells (top-left) of the report that carry a fill of their own. */
function paintedCells(host: ExcelHost): string[] {
  const s = host.workbook.activeSheet;
  return layoutOf({ edition: "2021" })
    .cells.filter((c) => s.format(c.pos.row, c.pos.col).fill !== null)
    .map((c) => c.address);
}

/** The cells written are exactly the cells painted now. */
function expectPaintedWritten(host: ExcelHost): void {
  const painted = paintedCells(host).sort();
  const written = host.writes.map((w) => w.address ?? "").sort();
  expect(
    painted.length > 0 && JSON.stringify(painted) === JSON.stringify(written),
    `painted ${painted.join(",")} but wrote ${written.join(",")}`
  );
}

async function optional<M>(
  what: string,
  load: () => Promise<M>,
  cases: (m: M) => Case[]
): Promise<Case[]> {
  try {
    return cases(await load());
  } catch (e) {
    console.log(
      `# skipped: ${what} (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`
    );
    return [];
  }
}

async function allCases(): Promise<Case[]> {
  let unsubscribe: (() => Promise<void>) | null = null;
  const core: Case[] = [
    {
      name: "insertReport_fresh",
      run: async () => {
        const r = await insertReport(BASE);
        expect(r.status === "inserted", `insertReport: ${r.status}`);
      },
    },
    {
      name: "insertReport_reinsert_keeping_values",
      setup: filledReport,
      run: async () => {
        const r = await insertReport(BASE);
        expect(
          r.status === "inserted" && r.kept > 0,
          `re-insert kept nothing: ${JSON.stringify(r)}`
        );
      },
    },
    {
      name: "readReport",
      setup: filledReport,
      run: async () => {
        const r = await readReport();
        expect(r !== null && Object.keys(r.report.values).length > 0, "readReport found no report");
      },
    },
    {
      name: "checkWorkbook_with_findings",
      setup: async (host) => {
        await filledReport(host);
        // Text with a unit: the sheet's own formulas cannot add it, so the check paints the cells.
        paste(host, { "t3.new.natural": `${NATURAL + 1}件` });
      },
      run: async () => {
        const r = await checkWorkbook();
        expect(r.kind === "checked", `checkWorkbook: ${r.kind}`);
        if (r.kind !== "checked") return;
        const { shownByConditionalFormats } = await import("../src/excel/check");
        expect(
          r.findings.some((f) => !shownByConditionalFormats(f, r.report)),
          "no finding needed painting"
        );
      },
    },
    // A re-check after an edit that changes no finding's highlight: one read, nothing written, so
    // the user's undo history stays (spec/excel-host.md §9).
    {
      name: "check_unchanged",
      writes: true,
      setup: async (host) => {
        await checkedReport(host);
        paste(host, { "t3.new.natural": 4 });
        paste(host, { "t3.new.natural": unit(11, BASE.agency).values["t3.new.natural"] });
      },
      run: async (host) => {
        const r = await checkWorkbook();
        expect(r.kind === "checked", `check: ${r.kind}`);
        expect(host.writtenCells === 0, `wrote ${host.writtenCells} cells`);
      },
    },
    // One relation broken so that the pane must paint it (text with a unit: the sheet's formulas
    // cannot add it): only the cells whose highlight changes are written. Then fixing it.
    {
      name: "check_one_break",
      writes: true,
      setup: checkedReport,
      run: async (host) => {
        paste(host, { "t3.new.natural": `${NATURAL + 1}件` });
        await checkWorkbook();
        expectPaintedWritten(host);
      },
    },
    {
      name: "check_fix",
      writes: true,
      setup: async (host) => {
        await checkedReport(host);
        paste(host, { "t3.new.natural": `${NATURAL + 1}件` });
        await checkWorkbook();
      },
      run: async (host) => {
        const before = paintedCells(host);
        paste(host, { "t3.new.natural": NATURAL });
        await checkWorkbook();
        expect(
          paintedCells(host).length === 0,
          `highlights left after the fix: ${paintedCells(host).join(" ")}`
        );
        expect(
          host.writtenCells === before.length,
          `wrote ${host.writtenCells} cells, ${before.length} were painted`
        );
      },
    },
    {
      name: "checkWorkbook_no_report",
      run: async () => {
        const r = await checkWorkbook();
        expect(r.kind === "noReport", `checkWorkbook: ${r.kind}`);
      },
    },
    {
      name: "selectCell",
      setup: filledReport,
      run: () => selectCell("'2024年报表格'!D27"),
    },
    {
      name: "onTablesChanged_subscribe",
      setup: filledReport,
      run: async () => {
        await onTablesChanged(() => undefined);
      },
    },
    {
      name: "onTablesChanged_unsubscribe",
      setup: async (host) => {
        await filledReport(host);
        unsubscribe = await onTablesChanged(() => undefined);
      },
      run: async () => {
        await unsubscribe!();
      },
    },
    {
      name: "readMetadata",
      setup: filledReport,
      run: async () => {
        expect((await readMetadata()) !== null, "no metadata");
      },
    },
    {
      name: "updateMetadata",
      setup: filledReport,
      run: async () => {
        await updateMetadata((m) => ({ ...m!, date: "2025年1月20日" }));
      },
    },
  ];

  const narrative = await optional(
    "narrative (src/excel/narrative.ts)",
    () => import("../src/excel/narrative"),
    (n): Case[] => {
      const text = (): import("../src/excel/narrative").StoredNarrative => ({
        ...n.emptyNarrative(),
        agency: BASE.agency,
        date: "2025年1月20日",
        sections: { 1: "总体情况。".repeat(50), 5: "存在的主要问题及改进情况。" },
      });
      return [
        {
          name: "readNarrative",
          setup: async (host) => {
            await filledReport(host);
            await n.writeNarrative(text());
          },
          run: async () => {
            const r = await n.readNarrative();
            expect(r.narrative !== null, "no narrative read back");
          },
        },
        {
          name: "writeNarrative_first_after_read",
          setup: async (host) => {
            await filledReport(host);
            await n.readNarrative();
          },
          run: () => n.writeNarrative(text()),
        },
        {
          name: "writeNarrative_again",
          setup: async (host) => {
            await filledReport(host);
            await n.readNarrative();
            await n.writeNarrative(text());
          },
          run: () => n.writeNarrative(text()),
        },
        {
          name: "writeNarrative_unread_workbook",
          setup: filledReport,
          run: () => n.writeNarrative(text()),
        },
      ];
    }
  );

  const json = await import("../src/io/json").catch(() => null);
  const imported = async (r: Report): Promise<{ key: string; sheetName: string }> => {
    const m = await import("../src/excel/importSheet");
    if (!json) throw new Error("src/io/json is missing");
    const res = await m.importToWorkbook(json.reportToJson(r), `${r.agency}.json`);
    if (res.status !== "imported") throw new Error(`import failed: ${res.status}`);
    return { key: res.key, sheetName: res.sheetName };
  };

  const importSheet = await optional(
    "import into sheet (src/excel/importSheet.ts)",
    () => import("../src/excel/importSheet"),
    (m): Case[] => {
      if (!json) throw new Error("src/io/json is missing");
      return [
        {
          name: "importToWorkbook",
          run: async () => {
            const res = await m.importToWorkbook(
              json.reportToJson(unit(3, "导入单位")),
              "unit.json"
            );
            expect(res.status === "imported", `import: ${res.status}`);
          },
        },
        {
          name: "importToWorkbook_beside_report",
          setup: filledReport,
          run: async () => {
            const res = await m.importToWorkbook(
              json.reportToJson(unit(3, "导入单位")),
              "unit.json"
            );
            expect(
              res.status === "imported" && !res.current,
              "import did not go beside the report"
            );
          },
        },
      ];
    }
  );

  const reportSheets = await optional(
    "report sheets (src/excel/reportSheets.ts)",
    () => import("../src/excel/reportSheets"),
    (m): Case[] => {
      let keys: string[] = [];
      const five = async () => {
        keys = [];
        for (let s = 1; s <= 5; s++) keys.push((await imported(unit(s, `第${s}单位`))).key);
      };
      return [
        {
          name: "listReportSheets_5",
          setup: five,
          run: async () => {
            expect((await m.listReportSheets()).length === 5, "not 5 report sheets");
          },
        },
        {
          name: "readReportSheets_5",
          setup: five,
          run: async () => {
            const reads = await m.readReportSheets(keys);
            expect(
              reads.every((r) => r.read && !r.problem),
              "a sheet could not be read"
            );
          },
        },
      ];
    }
  );

  const consolidation = await optional(
    "consolidation (src/excel/consolidateSheets.ts)",
    () => import("../src/excel/consolidateSheets"),
    (m): Case[] => {
      let keys: string[] = [];
      return [
        {
          name: "consolidateSheets_5",
          setup: async () => {
            keys = [];
            for (let s = 1; s <= 5; s++) keys.push((await imported(unit(s, `第${s}单位`))).key);
          },
          run: async () => {
            const r = await m.consolidateSheets(keys, { agency: "示例市" });
            expect(r.status === "written" && r.units.length === 5, `consolidate: ${r.status}`);
          },
        },
      ];
    }
  );

  const lastYear = await optional(
    "last-year carry-over (src/excel/lastYear.ts)",
    () => import("../src/excel/lastYear"),
    (m): Case[] => {
      let prevKey = "";
      // This year's report as the workbook's own, last year's on a registered sheet.
      const pair = async () => {
        await imported(unit(21, "示例局", 2024));
        prevKey = (await imported(unit(22, "示例局", 2023))).key;
      };
      return [
        {
          name: "compareWithLastYear",
          setup: pair,
          run: async () => {
            const r = await m.compareWithLastYear({ key: prevKey });
            expect(r.status === "checked", `compare: ${r.status}`);
          },
        },
        {
          name: "carryOverFromLastYear_asks",
          setup: pair,
          run: async () => {
            const r = await m.carryOverFromLastYear({ key: prevKey });
            expect(r.status === "ask", `carry-over: ${r.status}`);
          },
        },
        {
          name: "carryOverFromLastYear_writes",
          setup: pair,
          run: async () => {
            const r = await m.carryOverFromLastYear({ key: prevKey }, { overwrite: true });
            expect(r.status === "done" && r.written.length > 0, `carry-over: ${r.status}`);
          },
        },
        {
          name: "checkWorkbook_with_last_year",
          setup: async () => {
            await pair();
            await m.compareWithLastYear({ key: prevKey });
          },
          run: async () => {
            const r = await checkWorkbook();
            expect(r.kind === "checked" && r.lastYear !== undefined, "checked without last year");
          },
        },
        {
          name: "readLastYearLink",
          setup: async () => {
            await pair();
            await m.compareWithLastYear({ key: prevKey });
          },
          run: async () => {
            expect((await m.readLastYearLink()) !== null, "no last-year link");
          },
        },
      ];
    }
  );

  const print = await optional(
    "print sheet (src/excel/printSheet.ts)",
    () => import("../src/excel/printSheet"),
    (m): Case[] => [
      {
        name: "writePrintSheet",
        run: async () => {
          const r = await m.writePrintSheet(unit(5, "示例局"));
          expect(r.sheetName !== "", "no print sheet");
        },
      },
    ]
  );

  return [
    ...core,
    ...narrative,
    ...importSheet,
    ...reportSheets,
    ...consolidation,
    ...lastYear,
    ...print,
  ];
}

/** Each case on a fresh demo host installed as the globals; [name, syncs, cells written or null] for those that ran as named. */
export async function syncCounts(): Promise<[string, number, number | null][]> {
  const out: [string, number, number | null][] = [];
  for (const c of await allCases()) {
    const host = createExcelHost({ displayLanguage: "zh-CN" });
    const uninstall = host.install();
    try {
      if (c.setup) await c.setup(host);
      await host.flushEvents();
      host.resetSyncCount();
      await c.run(host);
      out.push([c.name, host.syncCount, c.writes ? host.writtenCells : null]);
      await host.flushEvents();
    } catch (e) {
      console.log(
        `# skipped: ${c.name} (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`
      );
    } finally {
      uninstall();
    }
  }
  return out;
}
