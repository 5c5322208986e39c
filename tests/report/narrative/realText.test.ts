/** Narrative checks on real text (issue 10): blank printed totals, figures matched to the row they name, long digit runs. */
import { cellKey, leafColumns, tablesOf } from "../../../src/report/cells";
import { checkReport } from "../../../src/report/check";
import type { Finding, Report } from "../../../src/report/types";
import { findingsOf } from "./tester";
import { zeroReport } from "../../support/reports";

const APPLICANTS = ["natural", "business", "research", "charity", "legal", "other"];

/** Open 200 + 75 by applicant, partial 0, done 300; every printed 总计 of 表三 left blank. */
function blankTotals(text: string): Report {
  const r = zeroReport(2019, "上海某局", "2019");
  const set = (row: string, col: string, v: number) => (r.values[cellKey(3, row, col)] = v);
  set("open", "natural", 200);
  set("open", "business", 75);
  set("resultTotal", "natural", 225);
  set("resultTotal", "business", 75);
  set("new", "natural", 225);
  set("new", "business", 75);
  for (const row of tablesOf(r).t3.rows) r.values[cellKey(3, row.id, "total")] = null;
  r.narrative = { 1: text };
  return r;
}

const narrative = (r: Report, rule: string): Finding[] =>
  checkReport(r).filter((f) => f.rule === rule);

describe("printed 总计 left blank: the sum of the applicant columns", () => {
  test("S-03: 予以公开及部分公开258件 is held against 275, not 0", () => {
    const [f, ...rest] = narrative(blankTotals("办结的申请中，予以公开及部分公开258件。"), "S-03");
    expect(rest).toEqual([]);
    expect([f.expected, f.actual]).toEqual([275, 258]);
    expect(f.cells.map((c) => c.key)).toEqual(
      expect.arrayContaining(APPLICANTS.map((c) => cellKey(3, "open", c)))
    );
  });

  test("S-03: a figure that agrees with the applicant columns is not reported", () => {
    expect(narrative(blankTotals("予以公开及部分公开275件。"), "S-03")).toEqual([]);
  });

  test("S-06: a percentage recomputed from the applicant columns", () => {
    expect(narrative(blankTotals("予以公开及部分公开合计占办结总数的91.7%。"), "S-06")).toEqual([]);
    const [f] = narrative(blankTotals("予以公开及部分公开合计占办结总数的50%。"), "S-06");
    expect(f.expected).toBe("92%");
  });

  test("the printed 总计 still wins where it is filled", () => {
    const r = blankTotals("予以公开及部分公开258件。");
    r.values[cellKey(3, "open", "total")] = 258;
    expect(narrative(r, "S-03")).toEqual([]);
  });
});

describe("表四 总计 left blank: the sum of its group's results", () => {
  /** 行政复议: 维持 4, 纠正 2, its 总计 blank. */
  function blankReviewTotal(text: string): Report {
    const r = zeroReport(2024, "某局", "2021");
    r.values["t4.cases.review.upheld"] = 4;
    r.values["t4.cases.review.corrected"] = 2;
    r.values["t4.cases.review.total"] = null;
    r.narrative = { 1: text };
    return r;
  }

  test("S-03: 行政复议9件 is held against 6, not 0", () => {
    const [f, ...rest] = narrative(blankReviewTotal("全年发生政府信息公开行政复议9件。"), "S-03");
    expect(rest).toEqual([]);
    expect([f.expected, f.actual]).toEqual([6, 9]);
    expect(f.cells.map((c) => c.key)).toEqual(
      expect.arrayContaining(["t4.cases.review.upheld", "t4.cases.review.corrected"])
    );
  });

  test("S-03: a figure that agrees with the results is not reported", () => {
    expect(narrative(blankReviewTotal("全年发生政府信息公开行政复议6件。"), "S-03")).toEqual([]);
  });
});

describe("a figure is matched to the row it names", () => {
  test.each([
    ["同意公开答复 9 件", "t3.open.total"],
    ["予以公开答复9件", "t3.open.total"],
    ["不予公开答复2件", "t3.withheld1.total"],
  ])("“%s” is that result row, not （七）总计", (text, key) => {
    const got = findingsOf(
      {
        text: `全年办结申请20件，其中${text}。`,
        tables: { "t3.resultTotal.total": 20 },
        expect: [],
      },
      "S-03"
    );
    const cells = got.flatMap((f) => f.cells.map((c) => c.key));
    expect(cells).toContain(key);
    expect(cells).not.toContain("t3.resultTotal.total");
  });
});

test("a 1 MB run of digits in the narrative is read through (no hang) and states nothing", () => {
  const r = zeroReport(2024, "某局", "2021");
  r.narrative = {
    1: "受理政府信息公开申请" + "7".repeat(1_000_000) + "件。" + "一".repeat(200_000) + "件顺延。",
  };
  // Figures, percentages and totals in the text: none stated (S-09 may still note the empty 五 and 六).
  expect(checkReport(r).filter((f) => /^S-0[2-7]$/.test(f.rule))).toEqual([]);
});

test("the applicant columns are the edition's", () => {
  expect(leafColumns(tablesOf({ edition: "2021" }).t3.header).map((c) => c.id)).toEqual([
    ...APPLICANTS,
    "total",
  ]);
});
