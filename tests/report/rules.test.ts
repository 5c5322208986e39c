/**
 * Valid and invalid cases per rule, RuleTester style: each case starts from a balanced report,
 * changes a few cells, and lists the findings (rule, first cell, expected, actual) it must produce.
 */
import {
  checkReport,
  withTotals,
  type EditionId,
  type Finding,
  type RawValue,
  type Report,
} from "../../src/report";
import { zeroReport } from "../support/reports";

function report(
  edition: EditionId,
  year: number,
  values: Record<string, RawValue>,
  totals = true
): Report {
  const r = zeroReport(year, "测试局", edition);
  Object.assign(r.values, values);
  return totals ? withTotals(r) : r;
}

const pick = (fs: Finding[], rule: string) =>
  fs
    .filter((f) => f.rule === rule)
    .map((f) => ({ key: f.cells[0]?.key, expected: f.expected, actual: f.actual }));

describe.each(["2019", "2021"] as EditionId[])("balancing rules, %s edition", (ed) => {
  const year = ed === "2019" ? 2020 : 2024;
  const balanced = {
    "t3.new.natural": 10,
    "t3.carried.natural": 2,
    "t3.open.natural": 9,
    "t3.carryForward.natural": 3,
  };

  test("valid: a balanced report with totals has no findings", () => {
    expect(checkReport(report(ed, year, balanced))).toEqual([]);
  });

  test("T3-01 flags the one column where 一+二 ≠ （七）+四, naming its four cells", () => {
    const r = report(ed, year, { ...balanced, "t3.carryForward.natural": 4 });
    r.values["t3.carryForward.total"] = 4; // keep T3-03 satisfied so only T3-01 remains in that column
    const f = checkReport(r).filter((x) => x.rule === "T3-01");
    expect(f.map((x) => x.cells.map((c) => c.key))).toEqual([
      ["t3.new.natural", "t3.carried.natural", "t3.resultTotal.natural", "t3.carryForward.natural"],
      ["t3.new.total", "t3.carried.total", "t3.resultTotal.total", "t3.carryForward.total"],
    ]);
    expect(f[0]).toMatchObject({ severity: "error", expected: 12, actual: 13 });
    expect(f[0].cells[0]).toMatchObject({
      table: 3,
      row: "一、本年新收政府信息公开申请数量",
      column: "自然人",
    });
  });

  test("T3-02 flags （七）总计 of a column that is not the sum of the result rows", () => {
    const r = report(ed, year, balanced);
    r.values["t3.resultTotal.business"] = 1;
    expect(pick(checkReport(r), "T3-02")).toEqual([
      { key: "t3.resultTotal.business", expected: 0, actual: 1 },
    ]);
  });

  test("T3-03 flags the 总计 of a row that is not the sum of the six applicant columns", () => {
    const r = report(ed, year, balanced);
    r.values["t3.withheld3.total"] = 5;
    const f = pick(checkReport(r), "T3-03");
    expect(f).toEqual([{ key: "t3.withheld3.total", expected: 0, actual: 5 }]);
  });

  test.each([
    ["T4-01", "review"],
    ["T4-02", "direct"],
    ["T4-03", "afterReview"],
  ])("%s flags the 表四 %s 总计", (rule, group) => {
    const r = report(ed, year, {});
    r.values[`t4.cases.${group}.upheld`] = 10;
    r.values[`t4.cases.${group}.corrected`] = 1;
    r.values[`t4.cases.${group}.total`] = 0;
    expect(pick(checkReport(r), rule)).toEqual([
      { key: `t4.cases.${group}.total`, expected: 11, actual: 0 },
    ]);
  });
});

describe("value rules (ALL-01, ALL-02, S-05)", () => {
  const cases: [RawValue, string | null, number | undefined][] = [
    // raw, rule expected (null = none), number used in arithmetic
    [12, null, 12],
    ["12", null, 12],
    [null, "ALL-02", 0],
    ["", "ALL-02", 0],
    ["-", "ALL-02", 0],
    ["—", "ALL-02", 0],
    ["／", "ALL-02", 0],
    ["无", "ALL-01", undefined],
    ["abc", "ALL-01", undefined],
    [-3, "ALL-01", -3],
    ["-3", "ALL-01", -3],
    [2.5, "ALL-01", 2.5],
    ["１２", "ALL-01", 12],
    ["1,234", "ALL-01", 1234],
    ["12件", "S-05", 12],
  ];
  test.each(cases)("%p in a count cell → %p", (raw, rule, _num) => {
    const r = zeroReport(2024);
    r.values["t3.open.natural"] = raw;
    const f = checkReport(r).filter(
      (x) => x.cells[0]?.key === "t3.open.natural" && !/^(T3-0[23]|LOC-01)$/.test(x.rule)
    );
    if (rule === null) expect(f).toEqual([]);
    else {
      expect(f.map((x) => x.rule)).toContain(rule);
      expect(f[0].message.zh).toContain("表三");
      expect(f[0].message.zh).toContain("（一）予以公开");
    }
  });

  test("text in a count cell skips the sums over it instead of guessing", () => {
    const r = zeroReport(2024);
    r.values["t3.open.natural"] = "十";
    const rules = checkReport(r).map((f) => f.rule);
    expect(rules).toEqual(["ALL-01"]);
  });

  test("decimals are allowed in the 万元 fee cell, not in counts", () => {
    const r = zeroReport(2024);
    r.values["t2.fees.amount"] = 96171.6;
    expect(checkReport(r)).toEqual([]);
    r.values["t2.licensing.decisions"] = 1.5;
    expect(checkReport(r).map((f) => f.rule)).toEqual(["ALL-01"]);
  });

  test("a unit typed into the amount cell is read and reported under S-05", () => {
    const r = zeroReport(2020);
    r.values["t2.procurement.amount"] = "251000元";
    expect(pick(checkReport(r), "S-05")).toEqual([
      { key: "t2.procurement.amount", expected: 251000, actual: "251000元" },
    ]);
  });

  test("2019 本年增/减 may be negative", () => {
    const r = zeroReport(2020);
    r.values["t2.licensing.change"] = -8;
    expect(checkReport(r)).toEqual([]);
  });
});

describe("cross-year rules", () => {
  test("X-01: 上年结转 must equal last year's 结转下年度继续办理, per column", () => {
    const prev = report("2021", 2023, {
      "t3.new.natural": 5,
      "t3.open.natural": 2,
      "t3.carryForward.natural": 3,
    });
    const ok = report("2021", 2024, { "t3.carried.natural": 3, "t3.open.natural": 3 });
    expect(pick(checkReport(ok, { prev }), "X-01")).toEqual([]);
    const bad = report("2021", 2024, { "t3.carried.natural": 2, "t3.open.natural": 2 });
    expect(pick(checkReport(bad, { prev }), "X-01")).toEqual([
      { key: "t3.carried.natural", expected: 3, actual: 2 },
      { key: "t3.carried.total", expected: 3, actual: 2 },
    ]);
  });

  test("X-04: the same rule across the 2020 → 2021 edition switch", () => {
    const prev = report("2019", 2020, {
      "t3.new.legal": 4,
      "t3.open.legal": 3,
      "t3.carryForward.legal": 1,
    });
    const cur = report("2021", 2021, {});
    expect(pick(checkReport(cur, { prev }), "X-04").map((f) => f.key)).toEqual([
      "t3.carried.legal",
      "t3.carried.total",
    ]);
  });

  test("X-02: 现行有效 = last year's + 制发 − 废止 (warning)", () => {
    const prev = report("2021", 2023, { "t2.normative.inForce": 5 });
    const ok = report("2021", 2024, { "t2.normative.issued": 3, "t2.normative.inForce": 8 });
    expect(pick(checkReport(ok, { prev }), "X-02")).toEqual([]);
    const bad = report("2021", 2024, { "t2.normative.issued": 3, "t2.normative.inForce": 9 });
    const f = checkReport(bad, { prev }).filter((x) => x.rule === "X-02");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", expected: 8, actual: 9 });
  });

  test("X-03: 2019 上一年项目数量 = last year's 上一年项目数量 + 本年增/减 (warning)", () => {
    const prev = report("2019", 2019, { "t2.penalty.prevItems": 10, "t2.penalty.change": -2 });
    const ok = report("2019", 2020, { "t2.penalty.prevItems": 8 });
    expect(pick(checkReport(ok, { prev }), "X-03")).toEqual([]);
    const bad = report("2019", 2020, { "t2.penalty.prevItems": 10 });
    expect(pick(checkReport(bad, { prev }), "X-03")).toEqual([
      { key: "t2.penalty.prevItems", expected: 8, actual: 10 },
    ]);
  });

  test("a previous report of the wrong year is noted", () => {
    const prev = zeroReport(2021);
    expect(checkReport(zeroReport(2024), { prev }).map((f) => f.rule)).toEqual(["X-00"]);
  });
});

describe("S-01 and edition checks", () => {
  test("S-01: 2019 本年新公开数量 must not exceed 对外公开总数量", () => {
    const r = zeroReport(2020);
    Object.assign(r.values, {
      "t2.rules.made": 13,
      "t2.rules.published": 13,
      "t2.rules.total": 524,
    });
    expect(checkReport(r)).toEqual([]);
    r.values["t2.rules.total"] = 12;
    expect(checkReport(r).map((f) => [f.rule, f.severity])).toEqual([["S-01", "warning"]]);
  });

  test.each([
    ["2021", 2024],
    ["2019", 2020],
  ] as const)(
    "S-04 (%s edition): 复议后起诉 above 行政复议 is a note naming both totals",
    (edition, year) => {
      const r = zeroReport(year, "测试局", edition);
      Object.assign(r.values, {
        "t4.cases.review.upheld": 3,
        "t4.cases.review.total": 3,
        "t4.cases.afterReview.upheld": 3,
        "t4.cases.afterReview.total": 3,
      });
      expect(checkReport(r)).toEqual([]);
      r.values["t4.cases.afterReview.upheld"] = 5;
      r.values["t4.cases.afterReview.total"] = 5;
      const f = checkReport(r);
      expect(f.map((x) => [x.rule, x.severity, x.actual, x.expected])).toEqual([
        ["S-04", "info", 5, "≤ 3"],
      ]);
      expect(f[0].cells.map((c) => c.key)).toEqual([
        "t4.cases.afterReview.total",
        "t4.cases.review.total",
      ]);
      expect(f[0].message.zh).toContain("复议后起诉");
    }
  );

  test("S-01 (note): 本年新制作数量 below 本年新公开数量", () => {
    const r = zeroReport(2020);
    Object.assign(r.values, { "t2.rules.made": 2, "t2.rules.published": 5, "t2.rules.total": 9 });
    const f = checkReport(r);
    expect(f.map((x) => [x.rule, x.severity, x.actual])).toEqual([["S-01", "info", 5]]);
    expect(f[0].message.zh).toContain("本年新制作数量（2）");
  });

  test("L-02: tables of another edition than the year calls for", () => {
    const r = zeroReport(2024, "", "2021");
    r.tableEditions = { 3: "2019" };
    for (const col of ["natural", "business", "research", "charity", "legal", "other", "total"])
      r.values[`t3.other.${col}`] = 0;
    const f = checkReport(r);
    expect(f.map((x) => [x.rule, x.severity])).toEqual([["L-02", "info"]]);
    expect(f[0].message.zh).toContain("（六）其他处理");
    expect(checkReport(zeroReport(2024, "", "2019")).map((x) => x.rule)).toEqual([
      "L-02",
      "L-02",
      "L-02",
    ]);
  });
});
