/** What a check shows where (checkView.ts): coloured by the sheet's own formats or by a fill, and which fills change. */
import { cellsOf, type Finding, type Report } from "../../src/report";
import {
  fillsRead,
  highlightChanges,
  isCrossYear,
  locateReport,
  prevFor,
  sheetHighlights,
  shownByConditionalFormats,
  shownProblems,
  type ReportProblem,
} from "../../src/sheet";
import { withReport } from "./snapshots";

const [k1, k2] = cellsOf({ edition: "2021" })
  .filter((c) => c.table === 3 && !c.isTotal)
  .map((c) => c.key);

const finding = (rule: string, keys: string[] = [k1]): Finding =>
  ({
    rule,
    severity: "error",
    message: { zh: "", en: "" },
    cells: keys.map((key) => ({ key, table: 3, row: "", column: "" })),
  }) as unknown as Finding;

const report = (values: Report["values"] = {}, year: number | null = 2024): Report => ({
  edition: "2021",
  year,
  agency: "某某局",
  values,
});

test.each([
  { rule: "ALL-01", values: {}, want: true },
  { rule: "ALL-02", values: {}, want: true },
  { rule: "T3-01", values: { [k1]: 1, [k2]: null }, want: true },
  { rule: "T4-02", values: {}, want: true },
  { rule: "T3-01", values: { [k1]: "一", [k2]: 2 }, want: false },
  { rule: "X-02", values: {}, want: false },
  { rule: "S-01", values: {}, want: false },
])("shownByConditionalFormats: $rule over $values → $want", ({ rule, values, want }) => {
  expect(shownByConditionalFormats(finding(rule, [k1, k2]), report(values))).toBe(want);
});

test("sheetHighlights: fills only for the findings the sheet's formats do not show", () => {
  const r = locateReport(withReport(report({ [k1]: "一" })))!;
  const keys = sheetHighlights(
    [finding("ALL-02", [k2]), finding("T3-01", [k1]), finding("X-02", [k2])],
    r.layout,
    r.report
  ).map((h) => h.key);
  expect(keys).toContain(k1);
  expect(keys).toContain(k2);
  expect(sheetHighlights([finding("ALL-02")], r.layout, r.report)).toEqual([]);
});

test.each([
  { rule: "X-00", want: true },
  { rule: "X-04", want: true },
  { rule: "T3-01", want: false },
])("isCrossYear($rule)", ({ rule, want }) => {
  expect(isCrossYear(finding(rule))).toBe(want);
});

test("shownProblems: a table that merely moved says nothing", () => {
  const p = (kind: string): ReportProblem => ({
    kind,
    severity: "warning",
    message: { zh: kind, en: kind },
  });
  expect(shownProblems([p("tableMoved"), p("label"), p("metadata")]).map((x) => x.kind)).toEqual([
    "label",
    "metadata",
  ]);
});

test.each([
  { name: "no link", year: 2024, prevYear: "none" as const, want: false },
  { name: "last year", year: 2024, prevYear: 2023, want: true },
  { name: "two years back", year: 2024, prevYear: 2022, want: false },
  { name: "the same year", year: 2024, prevYear: 2024, want: false },
  { name: "this year unknown", year: null, prevYear: 2020, want: true },
  { name: "last year's year unknown", year: 2024, prevYear: null, want: true },
])("prevFor: $name", ({ year, prevYear, want }) => {
  const last = prevYear === "none" ? null : report({}, prevYear);
  const got = prevFor(report({}, year), last);
  expect(got !== null).toBe(want);
  if (want) expect(got).toBe(last);
});

describe("fills", () => {
  const read = (fills?: (string | null)[][]) => {
    const s = withReport(report());
    return locateReport({ ...s, block: { ...s.block!, ...(fills ? { fills } : {}) } })!;
  };

  test("fillsRead: null when the host read no fills", () => {
    expect(fillsRead(read())).toBeNull();
  });

  test("fillsRead: each value cell's fill, white and none alike", () => {
    const r = read();
    const grid = r.block.values.map((row) => row.map((): string | null => "#FFFFFF"));
    const pos = r.layout.byKey[k1].pos;
    grid[pos.row][pos.col] = "#ffc7ce";
    const have = fillsRead({ ...r, block: { ...r.block, fills: grid } })!;
    expect(have.get(k1)).toBe("#FFC7CE");
    expect(have.get(k2)).toBeNull();
    expect(have.size).toBe(r.layout.cells.length);
  });

  test("highlightChanges: every cell when the state is unknown, none when it matches", () => {
    const r = read();
    const findings = [finding("X-02", [k1])];
    const first = highlightChanges(r, findings, null);
    expect(first.changes).toHaveLength(r.layout.cells.length);
    expect(first.want.get(k1)).not.toBeNull();
    expect(highlightChanges(r, findings, first.want).changes).toEqual([]);
    const cleared = highlightChanges(r, [], first.want).changes;
    expect(cleared).toEqual([{ key: k1, color: null }]);
  });
});
