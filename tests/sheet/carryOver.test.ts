/** 结转上年数据's plan: which 上年结转 cells take last year's figures, which ask first, which are skipped. */
import { cellKey } from "../../src/report";
import { T3_COLUMNS } from "../../src/report/editions/table3";
import { planCarryOver } from "../../src/sheet";
import { emptyReport } from "../support/reports";

describe("planCarryOver (pure)", () => {
  const prev = emptyReport(2023, "x", "2021");
  for (const c of T3_COLUMNS) prev.values[cellKey(3, "carryForward", c.id)] = 2;
  const key = (col: string) => cellKey(3, "carried", col);

  test.each([
    ["blank", null, "writes"],
    ["empty text", "  ", "writes"],
    ["a dash", "-", "writes"],
    ["zero", 0, "writes"],
    ["the same number", 2, "unchanged"],
    ["another number", 7, "conflicts"],
    ["the same number as text with a unit", "2件", "conflicts"],
    ["text", "见附件", "conflicts"],
  ] as const)("this year's cell holds %s → %s", (_what, raw, where) => {
    const r = emptyReport(2024, "x", "2021");
    r.values[key("natural")] = raw;
    const plan = planCarryOver(r, prev);
    expect(plan[where].some((c) => c.key === key("natural"))).toBe(true);
  });

  test("last year's cell is not a number → skipped, with the reason", () => {
    const p = {
      ...prev,
      values: { ...prev.values, [cellKey(3, "carryForward", "legal")]: "见附件" },
    };
    const plan = planCarryOver(emptyReport(2024, "x", "2021"), p);
    expect(plan.skipped).toEqual([
      {
        key: key("legal"),
        column: "法律服务机构",
        reason: expect.objectContaining({ zh: expect.stringContaining("见附件") }),
      },
    ]);
  });

  test("across the 2019 → 2021 switch the columns line up", () => {
    const old = emptyReport(2020, "x", "2019");
    for (const c of T3_COLUMNS) old.values[cellKey(3, "carryForward", c.id)] = 4;
    const plan = planCarryOver(emptyReport(2021, "x", "2021"), old);
    expect(plan.writes.map((w) => w.incoming)).toEqual(T3_COLUMNS.map(() => 4));
  });
});
