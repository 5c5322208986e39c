/** The pane's own highlights: which cells, which colour. */
import { checkReport, withTotals, type Finding } from "../../src/report";
import { HIGHLIGHT_COLORS, highlightPlan, layoutOf, parseRange } from "../../src/sheet";
import { zeroReport } from "../support/reports";

const report = withTotals(zeroReport(2024, "测试局", "2021"));
const layout = layoutOf(report);

test("a balancing finding lights the printed total, as the conditional format does, not every addend", () => {
  const r = { ...report, values: { ...report.values, "t3.open.natural": 5, "t3.open.total": 5 } };
  const fs = checkReport(r).filter((f) => f.rule === "T3-02");
  expect(fs).toHaveLength(2); // 自然人 and 总计 columns
  const h = highlightPlan(fs, layout);
  expect(h.map((x) => x.key)).toEqual(["t3.resultTotal.natural", "t3.resultTotal.total"]);
  expect(h.every((x) => x.color === HIGHLIGHT_COLORS.error && x.tone === "error")).toBe(true);
});

test("tones: errors red, cross-year orange, warnings yellow; the strongest wins on a shared cell", () => {
  const r = {
    ...report,
    values: { ...report.values, "t3.carried.natural": "１２", "t2.rules.inForce": null },
  };
  const prev = { ...withTotals(zeroReport(2023, "测试局", "2021")) };
  prev.values["t3.carryForward.natural"] = 3;
  // (LOC-01 would name carried.natural as the suspect; its own colour is tested below.)
  const fs = checkReport(r, { prev }).filter((f) => f.rule !== "LOC-01");
  const h = highlightPlan(fs, layout);
  const by = Object.fromEntries(h.map((x) => [x.key, x]));
  expect(by["t2.rules.inForce"].tone).toBe("warning"); // ALL-02 blank (X-02 is skipped: no number)
  expect(by["t3.carried.natural"].tone).toBe("error"); // T3-01 (12 ≠ 0) beats X-01 and the full-width warning
  expect(by["t3.carried.natural"].rules[0]).toBe("T3-01");
  expect(by["t3.carried.natural"].rules).toEqual(expect.arrayContaining(["X-01", "ALL-01"]));
  const onlyCross = highlightPlan(
    fs.filter((f) => f.rule === "X-01"),
    layout
  );
  expect(onlyCross.map((x) => [x.key, x.color])).toEqual([
    ["t3.carried.natural", HIGHLIGHT_COLORS.crossYear],
  ]);
});

test("merged value cells are filled whole; unknown keys and skipped findings are ignored", () => {
  const f: Finding = {
    rule: "ALL-02",
    severity: "warning",
    cells: [
      { key: "t2.licensing.decisions", table: 2, row: "行政许可", column: "本年处理决定数量" },
      { key: "t9.none.none", table: 2, row: "", column: "" },
    ],
    message: { zh: "", en: "" },
  };
  const h = highlightPlan([f], layout);
  expect(h).toHaveLength(1);
  expect(h[0].range).toBe(`${h[0].address}:D${parseRange(h[0].address)!.top + 1}`);
  expect(highlightPlan([f], layout, { skip: (x) => x.rule === "ALL-02" })).toEqual([]);
});

test("the LOC-01 suspect gets a colour of its own, above the red of the totals it broke", () => {
  const r = { ...report, values: { ...report.values, "t3.open.business": 4 } };
  const fs = checkReport(r);
  expect(fs.map((f) => f.rule)).toEqual(expect.arrayContaining(["T3-02", "T3-03", "LOC-01"]));
  const by = Object.fromEntries(highlightPlan(fs, layout).map((x) => [x.key, x]));
  expect(by["t3.open.business"]).toMatchObject({
    tone: "suspect",
    color: HIGHLIGHT_COLORS.suspect,
    rules: ["LOC-01"],
  });
  expect(by["t3.resultTotal.business"].tone).toBe("error");
  expect(new Set(Object.values(HIGHLIGHT_COLORS)).size).toBe(Object.keys(HIGHLIGHT_COLORS).length);
});
