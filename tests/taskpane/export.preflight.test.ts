import { checkReport } from "../../src/report";
import { preflightLines } from "../../src/taskpane/views/export/preflight";
import { zeroReport } from "../support/reports";

test("blank cells are counted per table; errors are listed first", () => {
  const r = zeroReport(2024);
  for (const k of [
    "t3.open.business",
    "t3.open.research",
    "t4.cases.review.upheld",
    "t2.rules.issued",
  ])
    r.values[k] = null;
  r.values["t3.resultTotal.natural"] = 9; // breaks T3-01 and T3-02 in 自然人 and T3-03 in （七）
  const f = checkReport(r);
  const p = preflightLines(f, 5);
  expect(p.blanks).toEqual([
    { table: 2, count: 1 },
    { table: 3, count: 2 },
    { table: 4, count: 1 },
  ]);
  expect(p.listed.length).toBeGreaterThan(0);
  expect(p.listed.every((x) => x.severity === "error")).toBe(true);
  expect(p.listed.some((x) => x.rule === "ALL-02")).toBe(false);
  const errors = f.filter((x) => x.severity === "error").length;
  expect(p.unlisted).toBe(Math.max(0, errors - 5));
});

test("a clean report lists nothing", () => {
  expect(preflightLines(checkReport(zeroReport(2020)), 5)).toEqual({
    listed: [],
    blanks: [],
    unlisted: 0,
  });
});
