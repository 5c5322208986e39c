/** Drafting from the tables, and the property that a drafted text agrees with its own tables. */
import fc from "fast-check";
import { checkReport } from "../../../src/report/check";
import { readNumbers } from "../../../src/report/check/values";
import { checkNarrative, draftSections, extractStatements } from "../../../src/report/narrative";
import { sentencesOf } from "../../../src/report/narrative/text";
import type { EditionId, Finding, Report } from "../../../src/report/types";
import { SAMPLES, readSample } from "./samples";
import { randomBalancedReport } from "../../support/randomReport";

const TEXT_RULES = new Set(["S-03", "S-06", "S-07"]);

function drafted(report: Report): Report {
  return { ...report, narrative: draftSections(report, readNumbers(report, null)) };
}

function narrativeFindings(report: Report): Finding[] {
  const findings: Finding[] = [];
  checkNarrative(report, readNumbers(report, null), findings);
  return findings;
}

describe("randomBalancedReport", () => {
  test.each(["2019", "2021"] as EditionId[])(
    "%s: the same seed gives the same report",
    (edition) => {
      expect(randomBalancedReport(42, edition, 2024)).toEqual(
        randomBalancedReport(42, edition, 2024)
      );
      expect(randomBalancedReport(42, edition, 2024)).not.toEqual(
        randomBalancedReport(43, edition, 2024)
      );
    }
  );

  test("its tables balance: no finding at all from the table rules", () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom<EditionId>("2019", "2021"), (seed, edition) => {
        const report = randomBalancedReport(seed, edition, edition === "2019" ? 2020 : 2023);
        expect(checkReport(report)).toEqual([]);
      }),
      { numRuns: 200 }
    );
  });

  test("accepts a generator function", () => {
    let i = 0;
    const report = randomBalancedReport(() => (i = (i * 7 + 3) % 11) / 11, "2021", 2022);
    expect(report.year).toBe(2022);
    expect(checkReport(report)).toEqual([]);
  });
});

describe("draftSections", () => {
  test("drafted text agrees with its tables (no S-03, S-06, S-07)", () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom<EditionId>("2019", "2021"), (seed, edition) => {
        const report = drafted(randomBalancedReport(seed, edition));
        const wrong = narrativeFindings(report).filter((f) => TEXT_RULES.has(f.rule));
        expect(wrong).toEqual([]);
      }),
      { numRuns: 300 }
    );
  });

  test("and the checks read the drafted figures back (the property is not vacuous)", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const report = drafted(randomBalancedReport(seed, "2021", 2024));
        const read = new Set(
          extractStatements(sentencesOf(report.narrative), { t2: "2021" }, 2024).map(
            (s) => s.quantity
          )
        );
        for (const q of [
          "item1.rules.issued",
          "item1.normative.inForce",
          "licensing",
          "penalty",
          "enforcement",
          "fees",
          "carried",
          "done",
          "carryForward",
        ]) {
          expect(read).toContain(q);
        }
      }),
      { numRuns: 50 }
    );
  });

  test("a drafted text with a changed table is caught", () => {
    const report = drafted(randomBalancedReport(7, "2021", 2024));
    const changed = {
      ...report,
      values: {
        ...report.values,
        "t3.carryForward.total": Number(report.values["t3.carryForward.total"]) + 1,
      },
    };
    expect(narrativeFindings(changed).map((f) => f.rule)).toContain("S-03");
  });

  test("the sections of the samples, redrafted, agree with their tables", () => {
    for (const info of SAMPLES) {
      const report = drafted(readSample(info));
      expect(narrativeFindings(report).filter((f) => TEXT_RULES.has(f.rule))).toEqual([]);
    }
  });

  test("2021 section 六 reports the fees; a fee not given is a gap, never 0", () => {
    const report = randomBalancedReport(3, "2021", 2023);
    const unpaid = report.values["t3.other2.total"] as number; // 10 applications dropped for unpaid fees
    const six = draftSections(
      { ...report, fees: { notices: unpaid + 2, billed: 400, collected: 150 } },
      readNumbers(report, null)
    )[6]!;
    expect(six).toContain(`发出收费通知${unpaid + 2}件`);
    expect(six).toContain("收费通知总金额400元");
    expect(six).toContain("实际收取信息处理费150元");
    const none = draftSections({ ...report, fees: undefined }, readNumbers(report, null))[6]!;
    expect(none).toContain("发出收费通知【待填】件");
    expect(none).toContain("实际收取信息处理费【待填】元");
    expect(none).not.toMatch(/[^\d]0(件|元)/);
    // Fewer notices than the applications dropped for unpaid fees would contradict 表三: left as a gap.
    const fewer = draftSections(
      { ...report, fees: { notices: unpaid - 1, billed: 0, collected: 0 } },
      readNumbers(report, null)
    )[6]!;
    expect(fewer).toContain("发出收费通知【待填】件");
    expect(fewer).toContain(`不再处理的政府信息公开申请${unpaid}件`);
    expect(draftSections(randomBalancedReport(3, "2019", 2020), new Map())[6]).not.toContain(
      "信息处理费"
    );
  });

  test("blank cells give gaps, never a 0 or a “未收到” read from nothing; S-08 lists them", () => {
    const report = randomBalancedReport(5, "2021", 2023);
    for (const k of Object.keys(report.values))
      if (k.startsWith("t3.") || k.startsWith("t4.")) report.values[k] = null;
    report.values["t2.rules.issued"] = null;
    const d = draftSections(report, readNumbers(report, null));
    expect(d[1]).toContain("全年新收政府信息公开申请【待填】件");
    expect(d[1]).toContain("制发规章【待填】件");
    expect(d[1]).not.toContain("未收到");
    expect(d[1]).not.toContain("未发生");
    expect(d[1]!.split("（二）")[1]).not.toMatch(/[^\d.]0件/);
    const s08 = narrativeFindings({ ...report, narrative: d }).filter((f) => f.rule === "S-08");
    expect(s08.map((f) => f.actual)).toContain("【待填】");
  });

  test("lead-ins for the table sections and skeletons for 五", () => {
    const d = draftSections(randomBalancedReport(1, "2021", 2023), new Map());
    expect(d[2]).toBe("本机关主动公开政府信息情况如下表：");
    expect(d[3]).toBe("本机关收到和处理政府信息公开申请情况如下表：");
    expect(d[4]).toBe("本机关政府信息公开行政复议、行政诉讼情况如下表：");
    expect(d[5]).toContain("（一）存在的主要问题");
    expect(d[5]).toContain("（二）改进情况");
  });

  test("all zero: says there were no applications, reviews or lawsuits, and the checks agree", () => {
    const report = randomBalancedReport(1, "2021", 2023);
    for (const k of Object.keys(report.values)) report.values[k] = 0;
    const d = draftSections(report, readNumbers(report, null));
    expect(d[1]).toContain("全年未收到政府信息公开申请");
    expect(d[1]).toContain("全年未发生政府信息公开行政复议、行政诉讼");
    // Only what a draft cannot know is left: the prompts in 五 and 六 (S-08), and 五 still empty (S-09).
    const left = narrativeFindings({ ...report, narrative: d });
    expect([...new Set(left.map((f) => `${f.rule} ${f.actual}`))].sort()).toEqual([
      "S-08 【请填写】",
      "S-08 【请填写本年度政府信息公开工作存在的主要问题】",
      `S-09 ${d[5]!.slice(0, 40)}`,
    ]);
  });
});
