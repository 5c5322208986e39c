/** decideInsert, pure: every way insertReport can go, from plain snapshots (no Excel). */
import { cellsOf, type EditionId, type Report } from "../../src/report";
import {
  contentIn,
  decideInsert,
  layoutOf,
  protectionOf,
  rectAddress,
  type InsertDecision,
  type InsertOptions,
  type Snapshot,
} from "../../src/sheet";
import { probeOf, reportOnSheet, snapshotOf, withReport } from "./snapshots";

const opts: InsertOptions = {
  year: 2024,
  edition: "2021",
  agency: "某某局",
  totalsAsFormulas: false,
};

const report = (
  edition: EditionId,
  year: number | null,
  values: Report["values"] = {}
): Report => ({
  edition,
  year,
  agency: "某某局",
  values,
});

/** Value cells (not totals) of an edition, in layout order. */
const plainKeys = (edition: EditionId) =>
  cellsOf({ edition })
    .filter((c) => !c.isTotal)
    .map((c) => c.key);
const totalKey = (edition: EditionId) => cellsOf({ edition }).find((c) => c.isTotal)!.key;
/** A key of the 2019 tables that the 2021 tables do not have. */
const only2019 = () => {
  const in2021 = new Set(cellsOf({ edition: "2021" }).map((c) => c.key));
  return plainKeys("2019").find((k) => !in2021.has(k))!;
};
const common = () => {
  const in2019 = new Set(cellsOf({ edition: "2019" }).map((c) => c.key));
  return plainKeys("2021").filter((k) => in2019.has(k));
};

const block2021 = layoutOf({ edition: "2021" }).rect;
const block2019 = layoutOf({ edition: "2019" }).rect;
const at = (row: number, col: number) => ({ row, col });

interface Case {
  name: string;
  opts?: Partial<InsertOptions>;
  snap: () => Snapshot;
  /** The decision, or the parts of it that matter (checked with toMatchObject). */
  want:
    | Partial<Extract<InsertDecision, { action: "write" }>>
    | Extract<InsertDecision, { action: "ask" }>;
}

const typed = { [plainKeys("2021")[0]]: 3, [plainKeys("2021")[1]]: "4" };

const cases: Case[] = [
  // ---- no report in the workbook ----
  {
    name: "empty workbook: a new sheet of its own, at A1, nothing to clear",
    snap: () => snapshotOf(),
    want: {
      action: "write",
      sheet: { name: "2024年报表格", create: true },
      origin: at(0, 0),
      report: report("2021", 2024),
      clear: [],
      unprotect: false,
      kept: 0,
    },
  },
  {
    name: "empty workbook whose sheet name is taken (case-insensitively): made unique",
    snap: () => snapshotOf({ sheetNames: ["Sheet1", "2024年报表格"] }),
    want: { action: "write", sheet: { name: "2024年报表格(2)", create: true } },
  },
  {
    name: "empty workbook, whatever the active sheet holds: still a sheet of its own",
    snap: () => snapshotOf({ probe: probeOf("Sheet1", "s1", { extra: [[at(0, 0), "notes"]] }) }),
    want: { action: "write", sheet: { name: "2024年报表格", create: true }, clear: [] },
  },
  {
    name: "newSheet with a sheet name: that name, made unique",
    opts: { newSheet: true, sheetName: "Sheet1" },
    snap: () => snapshotOf(),
    want: { action: "write", sheet: { name: "Sheet1(2)", create: true } },
  },
  // ---- the sheet asked for ----
  {
    name: "sheet asked for does not exist: created with that name",
    opts: { sheetName: "年报" },
    snap: () => snapshotOf(),
    want: { action: "write", sheet: { name: "年报", create: true }, origin: at(0, 0), clear: [] },
  },
  {
    name: "sheet asked for is empty: written at its A1, nothing cleared",
    opts: { sheetName: "Sheet1" },
    snap: () => snapshotOf({ probe: probeOf("Sheet1", "s1") }),
    want: {
      action: "write",
      sheet: { name: "Sheet1", create: false, id: "s1" },
      origin: at(0, 0),
      clear: [],
      unprotect: false,
    },
  },
  {
    name: "sheet asked for has content where the tables go: ask, naming the content's extent",
    opts: { sheetName: "Sheet1" },
    snap: () =>
      snapshotOf({
        probe: probeOf("Sheet1", "s1", {
          extra: [
            [at(1, 1), "x"],
            [at(2, 2), 5],
          ],
        }),
      }),
    want: { action: "ask", result: { status: "occupied", sheetName: "Sheet1", address: "B2:C3" } },
  },
  {
    name: "content only beyond the tables' area: not in the way",
    opts: { sheetName: "Sheet1" },
    snap: () =>
      snapshotOf({
        probe: probeOf("Sheet1", "s1", { extra: [[at(0, block2021.right + 2), "x"]] }),
      }),
    want: { action: "write", clear: [] },
  },
  {
    name: "white space is no content",
    opts: { sheetName: "Sheet1" },
    snap: () => snapshotOf({ probe: probeOf("Sheet1", "s1", { extra: [[at(0, 0), "  "]] }) }),
    want: { action: "write", clear: [] },
  },
  {
    name: "content in the way, overwrite agreed: the tables' area is cleared",
    opts: { sheetName: "Sheet1", overwrite: true },
    snap: () => snapshotOf({ probe: probeOf("Sheet1", "s1", { extra: [[at(1, 1), "x"]] }) }),
    want: { action: "write", clear: [rectAddress(block2021)] },
  },
  {
    name: "overwriting another year's report on the sheet asked for: its whole block is cleared too",
    opts: { sheetName: "2023年报表格", overwrite: true },
    snap: () => {
      const s = withReport(report("2019", 2023, { [plainKeys("2019")[0]]: 1 }), {
        sheetName: "2023年报表格",
      });
      return { ...s, probe: probeOf("2023年报表格", s.block!.sheetId, { block: s.block! }) };
    },
    want: {
      action: "write",
      sheet: { name: "2023年报表格", create: false, id: "{2023年报表格}" },
      clear: [rectAddress(block2021), rectAddress(block2019)],
      kept: 0,
    },
  },
  {
    name: "protected sheet asked for: unprotect, and put the user's options back",
    opts: { sheetName: "Sheet1" },
    snap: () => {
      const probe = probeOf("Sheet1", "s1", { protected: true });
      return snapshotOf({ probe: { ...probe, protectionOptions: { allowSort: true } } });
    },
    want: { action: "write", unprotect: true, protectionOptions: { allowSort: true } },
  },
  // ---- the workbook's report of the same year ----
  {
    name: "same year: updated in place where the block now is, typed values kept",
    snap: () => withReport(report("2021", 2024, typed), { origin: at(2, 2) }),
    want: {
      action: "write",
      sheet: { name: "2024年报表格", create: false, id: "{2024年报表格}" },
      origin: at(2, 2),
      report: report("2021", 2024, { [plainKeys("2021")[0]]: 3, [plainKeys("2021")[1]]: 4 }),
      clear: [rectAddress(layoutOf({ edition: "2021" }, at(2, 2)).rect)],
      unprotect: false,
      kept: 2,
    },
  },
  {
    name: "same year, totals as formulas: typed totals are carried but not counted as kept",
    opts: { totalsAsFormulas: true },
    snap: () => withReport(report("2021", 2024, { ...typed, [totalKey("2021")]: 9 })),
    want: { action: "write", kept: 2 },
  },
  {
    name: "same year, the metadata's narrative and date go with the report",
    snap: () => {
      const s = withReport(report("2021", 2024, typed));
      return { ...s, meta: { ...s.meta!, narrative: { 1: "总体情况" }, date: "2025年1月20日" } };
    },
    want: {
      action: "write",
      report: {
        ...report("2021", 2024, { [plainKeys("2021")[0]]: 3, [plainKeys("2021")[1]]: 4 }),
        narrative: { 1: "总体情况" },
        date: "2025年1月20日",
      },
    },
  },
  {
    name: "same year, newSheet: the kept values go to a new sheet",
    opts: { newSheet: true },
    snap: () => withReport(report("2021", 2024, typed)),
    want: {
      action: "write",
      sheet: { name: "2024年报表格(2)", create: true },
      origin: at(0, 0),
      clear: [],
      unprotect: false,
      kept: 2,
    },
  },
  {
    name: "same year on a protected sheet: unprotected to write",
    snap: () => withReport(report("2021", 2024), { protected: true }),
    want: { action: "write", unprotect: true },
  },
  {
    name: "year unknown (metadata lost): taken as this year's, read by its structure",
    snap: () => ({ ...withReport(report("2021", 2024, typed)), meta: null, metaProblem: "gone" }),
    want: { action: "write", sheet: { name: "2024年报表格", create: false }, kept: 2 },
  },
  {
    name: "sheetName naming the report's own sheet (other case): still in place",
    opts: { sheetName: "REPORT2024" },
    snap: () => withReport(report("2021", 2024, typed), { sheetName: "Report2024" }),
    want: { action: "write", sheet: { name: "Report2024", create: false }, kept: 2 },
  },
  {
    name: "GK_REPORT gone: found at the metadata's place on the probed sheet, updated in place",
    snap: () => {
      const s = withReport(report("2021", 2024, typed), { sheetId: "s9" });
      return {
        ...s,
        block: null,
        names: [],
        probe: probeOf(s.block!.sheetName, "s9", { block: s.block! }),
      };
    },
    want: { action: "write", sheet: { name: "2024年报表格", create: false, id: "s9" }, kept: 2 },
  },
  {
    name: "same year, damaged tables: ask before writing over them",
    snap: () => {
      const s = withReport(report("2021", 2024, typed));
      const values = s.block!.values.map((row) => [...row]);
      const formulas = s.block!.formulas.map((row) => [...row]);
      // Every label gone: nothing left to recognise the tables by.
      for (const g of [values, formulas])
        g.forEach((row, i) => row.forEach((v, j) => typeof v === "string" && (g[i][j] = "")));
      return { ...s, block: { ...s.block!, values, formulas } };
    },
    want: {
      action: "ask",
      result: { status: "occupied", sheetName: "2024年报表格", address: rectAddress(block2021) },
    },
  },
  {
    name: "same year, another edition that would drop typed values: ask, counting them",
    snap: () => withReport(report("2019", 2024, { [only2019()]: 5, [common()[0]]: 1 })),
    want: {
      action: "ask",
      result: {
        status: "wouldDrop",
        sheetName: "2024年报表格",
        address: rectAddress(block2019),
        lost: 1,
      },
    },
  },
  {
    name: "same year, another edition, drop agreed: the old block is cleared and the new one written",
    opts: { overwrite: true, edition: "2019" },
    snap: () => withReport(report("2021", 2024, { [common()[0]]: 1 })),
    want: {
      action: "write",
      clear: [rectAddress(block2021), rectAddress(block2019)],
      report: report("2019", 2024, { [common()[0]]: 1 }),
      kept: 1,
    },
  },
  {
    name: "same year, a larger edition reaching over content below the block: ask, naming the new area",
    opts: { edition: "2019" },
    snap: () =>
      withReport(report("2021", 2024, { [common()[0]]: 1 }), {
        used: { top: block2019.bottom, left: 0, bottom: block2019.bottom, right: 0 },
      }),
    want: {
      action: "ask",
      result: { status: "occupied", sheetName: "2024年报表格", address: rectAddress(block2019) },
    },
  },
  {
    name: "same year, a larger edition with nothing out there: written in place",
    opts: { edition: "2019" },
    snap: () => withReport(report("2021", 2024, { [common()[0]]: 1 })),
    want: { action: "write", clear: [rectAddress(block2021)], kept: 1 },
  },
  // ---- the workbook's report is another year's ----
  {
    name: "another year's report, no sheet asked for: ask before replacing it",
    snap: () => withReport(report("2021", 2023, typed), { sheetName: "2023年报表格" }),
    want: {
      action: "ask",
      result: { status: "occupied", sheetName: "2023年报表格", address: rectAddress(block2021) },
    },
  },
  {
    name: "another year's report, replace agreed: fresh tables where it was, nothing kept",
    opts: { overwrite: true },
    snap: () =>
      withReport(report("2021", 2023, typed), { sheetName: "2023年报表格", origin: at(1, 0) }),
    want: {
      action: "write",
      sheet: { name: "2023年报表格", create: false, id: "{2023年报表格}" },
      origin: at(1, 0),
      report: report("2021", 2024),
      clear: [rectAddress(layoutOf({ edition: "2021" }, at(1, 0)).rect)],
      kept: 0,
    },
  },
  {
    name: "another year's report in the other edition, replace agreed: both areas cleared",
    opts: { overwrite: true, edition: "2019" },
    snap: () => withReport(report("2021", 2023), { sheetName: "2023年报表格" }),
    want: { action: "write", clear: [rectAddress(block2021), rectAddress(block2019)] },
  },
  {
    name: "another year's report, newSheet: the new year on a sheet of its own",
    opts: { newSheet: true },
    snap: () => withReport(report("2021", 2023, typed), { sheetName: "2023年报表格" }),
    want: { action: "write", sheet: { name: "2024年报表格", create: true }, kept: 0 },
  },
];

test.each(cases)("decideInsert: $name", ({ opts: o, snap, want }) => {
  const d = decideInsert({ ...opts, ...o }, snap());
  if (want.action === "ask") expect(d).toEqual(want);
  else expect(d).toMatchObject(want);
});

test("decideInsert: a write on a sheet that is not protected carries no protection options", () => {
  const d = decideInsert(opts, withReport(report("2021", 2024)));
  expect(d).not.toHaveProperty("protectionOptions");
});

test.each([
  {
    name: "all blank",
    cells: [] as [number, number, unknown][],
    want: null,
  },
  {
    name: "one value",
    cells: [[2, 3, 1]] as [number, number, unknown][],
    want: { top: 2, left: 3, bottom: 2, right: 3 },
  },
  {
    name: "the bounding box of several",
    cells: [
      [1, 4, "a"],
      [3, 2, 0],
    ] as [number, number, unknown][],
    want: { top: 1, left: 2, bottom: 3, right: 4 },
  },
  {
    name: "outside the area ignored",
    cells: [[9, 9, "x"]] as [number, number, unknown][],
    want: null,
  },
  {
    name: "a formula counts even where the value is blank",
    cells: [] as [number, number, unknown][],
    formula: [1, 1, "=A1"] as [number, number, unknown],
    want: { top: 1, left: 1, bottom: 1, right: 1 },
  },
])("contentIn: $name", ({ cells, formula, want }) => {
  const values = Array.from({ length: 10 }, () => Array<unknown>(10).fill(""));
  const formulas = values.map((r) => [...r]);
  for (const [r, c, v] of cells) values[r][c] = formulas[r][c] = v;
  if (formula) formulas[formula[0]][formula[1]] = formula[2];
  const rect = { top: 0, left: 0, bottom: 9, right: 9 };
  expect(contentIn({ rect, values, formulas }, { top: 0, left: 0, bottom: 5, right: 5 })).toEqual(
    want
  );
});

test("contentIn reads a grid whose origin is not A1", () => {
  const { block } = reportOnSheet(report("2021", 2024), { origin: at(4, 2) });
  expect(contentIn(block, { top: 0, left: 0, bottom: 3, right: 30 })).toBeNull();
  expect(contentIn(block, block.rect)).toMatchObject({ top: 4, left: 2 });
});

test.each([
  { name: "no block", block: null, want: { unprotect: false } },
  { name: "not protected", block: { protected: false }, want: { unprotect: false } },
  { name: "protected, no options read", block: { protected: true }, want: { unprotect: true } },
  {
    name: "protected with the user's options",
    block: { protected: true, protectionOptions: { allowSort: true } },
    want: { unprotect: true, protectionOptions: { allowSort: true } },
  },
])("protectionOf: $name", ({ block, want }) => {
  const b = block && { ...reportOnSheet(report("2021", 2024)).block, ...block };
  expect(protectionOf(b)).toEqual(want);
});
