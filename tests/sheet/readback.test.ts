/** Read-back: report → grid → report, and damage to the printed structure found and named. */
import fc from "fast-check";
import { withTotals, type EditionId, type RawValue, type Report } from "../../src/report";
import {
  a1,
  insertPlan,
  layoutOf,
  parseRange,
  rectAddress,
  reportFromGrid,
  tableAddress,
  verifyStructure,
  type SheetProblem,
} from "../../src/sheet";
import { storedGrid } from "./helpers";
import { zeroReport } from "../support/reports";

const YEAR = { "2019": 2020, "2021": 2024 } as const;

function sample(ed: EditionId): Report {
  const r = zeroReport(YEAR[ed], "测试局", ed);
  let i = 1;
  for (const k of Object.keys(r.values)) r.values[k] = i++ % 7;
  return withTotals(r);
}

function setup(ed: EditionId) {
  const report = sample(ed);
  const plan = insertPlan(report, { sheetName: "报告" });
  const layout = layoutOf(report);
  return { report, plan, layout, grid: storedGrid(plan) as unknown[][] };
}

/** Row index in the grid of a table-relative address's row. */
const gridRow = (layout: ReturnType<typeof layoutOf>, no: 2 | 3 | 4, rel: string) =>
  parseRange(tableAddress(layout, no, rel))!.top - layout.rect.top;

const kinds = (ps: SheetProblem[]) => ps.map((p) => `${p.kind}:${p.table}`);

describe.each(["2021", "2019"] as EditionId[])("%s edition", (ed) => {
  test("an intact grid has no problems and reads back the same values", () => {
    const { report, plan, layout, grid } = setup(ed);
    expect(verifyStructure(layout, { values: grid }, plan.merges)).toEqual([]);
    const back = reportFromGrid(
      layout,
      { values: grid },
      { year: report.year, agency: report.agency }
    );
    expect(back.problems).toEqual([]);
    expect(back.report).toEqual({
      edition: ed,
      year: report.year,
      agency: report.agency,
      values: report.values,
    });
  });

  test("round trip with random raw values: numbers stay numbers, text stays text, blank → null", () => {
    const layout = layoutOf({ edition: ed });
    const raw = fc.oneof(
      fc.integer({ min: -1000, max: 100000 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
      fc.constant(null),
      fc.constant(""),
      fc.constantFrom(
        "-",
        "—",
        "无",
        "１２",
        "1,234",
        "251000元",
        "=1+1",
        "'quoted",
        "+5",
        " 7 ",
        "TRUE",
        "2024-01-01"
      ),
      fc.string({ maxLength: 12 })
    );
    fc.assert(
      fc.property(
        fc.array(raw, { minLength: layout.cells.length, maxLength: layout.cells.length }),
        (vals) => {
          const report: Report = { edition: ed, year: YEAR[ed], agency: "测试局", values: {} };
          layout.cells.forEach((c, i) => (report.values[c.key] = vals[i]));
          const plan = insertPlan(report, { sheetName: "报告" });
          const back = reportFromGrid(
            layout,
            { values: storedGrid(plan) },
            { year: report.year, agency: report.agency }
          );
          expect(back.problems.filter((p) => p.kind !== "textNumber")).toEqual([]);
          layout.cells.forEach((c, i) => {
            const v = vals[i];
            let want: RawValue = v === "" ? null : v;
            // Text Excel itself would read as a plain number is written as that number (see sheetValue).
            if (
              typeof v === "string" &&
              /^[+-]?\d+(\.\d+)?$/.test(v.replace(/[\s\u00a0\u3000]/g, ""))
            )
              want = Number(v.replace(/[\s\u00a0\u3000]/g, ""));
            expect([c.key, back.report.values[c.key]]).toEqual([c.key, want]);
          });
        }
      ),
      { numRuns: 25 }
    );
  });

  test("a deleted row in 表三 is named, the table reported damaged, and the other values still read right", () => {
    const { report, layout, grid } = setup(ed);
    const r = gridRow(layout, 3, "C9");
    const damaged = [...grid.slice(0, r), ...grid.slice(r + 1)];
    const problems = verifyStructure(layout, { values: damaged }, undefined);
    const errors = problems.filter((p) => p.severity === "error");
    expect(kinds(errors)).toEqual(["tableDamaged:3", "rowDeleted:3"]);
    expect(errors[1].message.zh).toBe("表三第9行（“2.其他法律行政法规禁止公开”）被删除了。");
    expect(errors[1].address).toBe(tableAddress(layout, 3, "A9"));
    expect(errors[0].message.zh).toContain(
      "表三（三、收到和处理政府信息公开申请情况）的格式被改动：删除了 1 行"
    );
    // 表四 moved up with it: read from its new place.
    expect(kinds(problems.filter((p) => p.severity !== "error"))).toEqual(["tableMoved:4"]);
    const back = reportFromGrid(
      layout,
      { values: damaged },
      { year: report.year, agency: report.agency }
    );
    for (const c of layout.cells) {
      const want = c.rowId === "withheld2" ? null : report.values[c.key];
      expect([c.key, back.report.values[c.key]]).toEqual([c.key, want]);
    }
  });

  test("a deleted row in 表二 damages 表二 only", () => {
    const { layout, grid } = setup(ed);
    const r = gridRow(layout, 2, "A3");
    const problems = verifyStructure(layout, {
      values: [...grid.slice(0, r), ...grid.slice(r + 1)],
    });
    expect(kinds(problems.filter((p) => p.severity === "error"))).toEqual([
      "tableDamaged:2",
      "rowDeleted:2",
    ]);
    expect(problems.find((p) => p.kind === "rowDeleted")!.message.zh).toBe(
      "表二第3行（“规章”）被删除了。"
    );
  });

  test("an overwritten label is reported at its address with the official text", () => {
    const { layout, grid } = setup(ed);
    const rel = ed === "2021" ? "B27" : "B25";
    const at = parseRange(tableAddress(layout, 3, rel))!;
    const damaged = grid.map((row) => [...row]);
    damaged[at.top - layout.rect.top][at.left] = "合计";
    const problems = verifyStructure(layout, { values: damaged });
    expect(kinds(problems)).toEqual(["tableDamaged:3", "label:3"]);
    expect(problems[1].message.zh).toBe(
      `${tableAddress(layout, 3, rel)} 应为“（七）总计”，现为“合计”。`
    );
    expect(problems[1]).toMatchObject({ expected: "（七）总计", actual: "合计" });
    damaged[at.top - layout.rect.top][at.left] = "";
    expect(verifyStructure(layout, { values: damaged })[1].message.zh).toBe(
      `${tableAddress(layout, 3, rel)} 应为“（七）总计”，现为（空白）。`
    );
  });

  test("a missing merge and an extra merge are warnings, never damage", () => {
    const { plan, layout, grid } = setup(ed);
    const section = layout.labels.find((l) => l.role === "section")!;
    const merges = plan.merges
      .filter((m) => m !== rectAddress(section.rect))
      .map((m) => `'报告'!${m.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`);
    merges.push(tableAddress(layout, 3, "D5") + ":" + tableAddress(layout, 3, "E5"));
    const problems = verifyStructure(layout, { values: grid }, merges);
    expect(kinds(problems)).toEqual(["mergeMissing:3", "mergeUnexpected:3"]);
    expect(problems.every((p) => p.severity === "warning")).toBe(true);
    expect(problems[0].message.zh).toBe(
      `${rectAddress(section.rect)} 应合并为一格（“三、本年度办理结果”），现在没有合并。`
    );
  });

  test("merged areas reported by their top-left cell alone (office-js #1590) are taken as present", () => {
    const { plan, layout, grid } = setup(ed);
    const topLeftOnly = plan.merges.map((m) => m.split(":")[0]);
    expect(verifyStructure(layout, { values: grid }, topLeftOnly)).toEqual([]);
  });

  test("an inserted row inside 表三 is reported; one inserted between tables only moves them", () => {
    const { report, layout, grid } = setup(ed);
    const blankRow = new Array(grid[0].length).fill("");
    const r = gridRow(layout, 3, "A10");
    const inside = [...grid.slice(0, r), blankRow, ...grid.slice(r)];
    const p1 = verifyStructure(layout, { values: inside });
    expect(kinds(p1.filter((p) => p.severity === "error"))).toEqual([
      "tableDamaged:3",
      "rowInserted:3",
    ]);
    expect(p1.find((p) => p.kind === "rowInserted")!.message.zh).toBe(
      `表三第9行之后多出了一行（工作表第${r + 1 + layout.rect.top}行）。`
    );

    const between = gridRow(layout, 3, "A1") - 1; // the caption row of 表三
    const moved = [...grid.slice(0, between), blankRow, ...grid.slice(between)];
    const p2 = verifyStructure(layout, { values: moved });
    expect(kinds(p2)).toEqual(["tableMoved:3", "tableMoved:4"]);
    expect(p2[0].message.zh).toContain("表三整体下移了 1 行");
    const back = reportFromGrid(
      layout,
      { values: moved },
      { year: report.year, agency: report.agency }
    );
    expect(back.report.values).toEqual(report.values);
  });

  test("a deleted column gives capped label problems, not hundreds", () => {
    const { layout, grid } = setup(ed);
    const damaged = grid.map((row) => [...row.slice(0, 1), ...row.slice(2), ""]);
    const problems = verifyStructure(layout, { values: damaged });
    expect(problems.filter((p) => p.table === 3).length).toBeLessThanOrEqual(15);
    expect(problems.some((p) => p.kind === "tableDamaged" && p.table === 3)).toBe(true);
  });
});

test("an empty grid is one problem", () => {
  const layout = layoutOf({ edition: "2021" });
  expect(kinds(verifyStructure(layout, { values: [] }))).toEqual(["empty:null"]);
});

test("text that looks like a number is noted; formula totals replaced by numbers are noted", () => {
  const report = sample("2021");
  const plan = insertPlan(report, { sheetName: "报告", totalsAsFormulas: true });
  const layout = layoutOf(report);
  const grid = storedGrid(plan) as unknown[][];
  const formulas = grid.map((row) => [...row]);
  for (const w of plan.formulas) {
    const r = parseRange(w.range)!;
    w.formulas.forEach((row, i) =>
      row.forEach(
        (f, j) => (formulas[r.top - layout.rect.top + i][r.left - layout.rect.left + j] = f)
      )
    );
  }
  const cell = layout.byKey["t3.new.natural"].pos;
  grid[cell.row - layout.rect.top][cell.col] = "12";
  const total = layout.byKey["t3.new.total"].pos;
  formulas[total.row - layout.rect.top][total.col] = 7;
  const { problems } = reportFromGrid(
    layout,
    { values: grid, formulas },
    { totalsAsFormulas: true, year: 2024, agency: "x" }
  );
  expect(problems.map((p) => [p.kind, p.address])).toEqual([
    ["textNumber", a1(cell)],
    ["totalNotFormula", a1(total)],
  ]);
});

test("meta fills what the grid does not hold; a title typed over the default is kept", () => {
  const report = {
    ...sample("2021"),
    title: "某某局2024年度政府信息公开工作年度报告",
    date: "2025年1月20日",
    narrative: { 1: "总体情况……" },
  };
  const plan = insertPlan(report, { sheetName: "报告" });
  const layout = layoutOf(report);
  const back = reportFromGrid(
    layout,
    { values: storedGrid(plan) },
    { year: 2024, agency: "测试局", date: report.date, narrative: report.narrative }
  );
  expect(back.report).toEqual(report);
});

test("a grid read from A1 while the block starts lower is read at the right place", () => {
  const report = sample("2021");
  const origin = { row: 3, col: 1 };
  const plan = insertPlan(report, { sheetName: "报告", origin });
  const layout = layoutOf(report, origin);
  const block = storedGrid(plan);
  const sheet: unknown[][] = [
    ...Array.from({ length: 3 }, () => new Array(20).fill("")),
    ...block.map((row) => ["", ...row, "", "", "", ""]),
  ];
  const back = reportFromGrid(
    layout,
    { values: sheet, origin: { row: 0, col: 0 } },
    { year: 2024, agency: "测试局" }
  );
  expect(back.problems).toEqual([]);
  expect(back.report.values).toEqual(report.values);
});
