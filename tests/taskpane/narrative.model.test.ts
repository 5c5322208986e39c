/** The pure helpers behind the 正文 view. */
import { emptyNarrative } from "../../src/excel/narrative";
import {
  feesOf,
  feeValue,
  initialNarrative,
  planDraft,
  reportWithNarrative,
  sameNarrative,
} from "../../src/taskpane/views/narrative/model";
import { zeroReport } from "../support/reports";

describe("planDraft", () => {
  test("empty (or blank) sections are filled; text that differs is a conflict; equal text is left alone", () => {
    const plan = planDraft(
      { 1: "自己写的", 2: "   ", 3: "同样的句子" },
      { 1: "草稿一", 2: "草稿二", 3: "同样的句子\n", 4: "草稿四", 5: "" }
    );
    expect(plan.fills).toEqual({ 2: "草稿二", 4: "草稿四" });
    expect(plan.conflicts).toEqual([1]);
  });
});

describe("fee fields", () => {
  test.each([
    ["notices", "3", 3, false],
    ["notices", "３", 3, false],
    ["notices", "2.5", undefined, true],
    ["billed", "1200.50", 1200.5, false],
    ["billed", "120元", undefined, true],
    ["billed", "-1", undefined, true],
    ["collected", "  ", undefined, false],
  ] as const)("%s %j", (field, text, value, invalid) => {
    expect(feeValue(field, text)).toEqual(value === undefined ? { invalid } : { value, invalid });
  });

  test("feesOf keeps only valid fields", () => {
    expect(feesOf({ notices: "2", billed: "x", collected: "" })).toEqual({ notices: 2 });
    expect(feesOf({ notices: "", billed: "", collected: "" })).toBeUndefined();
  });
});

describe("reportWithNarrative", () => {
  test("adds agency, date, sections and fees; never touches the values", () => {
    const tables = zeroReport(2024, "表格里的机关");
    tables.values["t3.new.natural"] = "12件";
    const n = {
      ...emptyNarrative(),
      agency: " 某某局 ",
      date: "2025-01-20",
      sections: { 1: "正文", 2: "  " },
      fees: { notices: "1", billed: "", collected: "" },
    };
    const r = reportWithNarrative(tables, n);
    expect(r).toEqual({
      ...tables,
      agency: "某某局",
      date: "2025-01-20",
      narrative: { 1: "正文" },
      fees: { notices: 1 },
    });
    expect(r.values).toBe(tables.values);
  });

  test("an empty agency or date keeps the report's; no stored text keeps the report's own narrative", () => {
    const tables = { ...zeroReport(2024, "表格里的机关"), narrative: { 1: "导入的" } };
    expect(reportWithNarrative(tables, emptyNarrative()).agency).toBe("表格里的机关");
    expect(reportWithNarrative(tables, null)).toBe(tables);
  });
});

describe("preface and signer", () => {
  test("reportWithNarrative carries them when given, blank keeps the report's; sameNarrative sees them", () => {
    const report = {
      ...zeroReport(2024, "某市人民政府"),
      signer: "某市政府办",
      preface: "原有。",
    };
    const n = { ...emptyNarrative(), preface: "新的开头。", signer: " 某市人民政府办公室 " };
    expect(reportWithNarrative(report, n)).toMatchObject({
      preface: "新的开头。",
      signer: "某市人民政府办公室",
    });
    const blank = { ...emptyNarrative(), preface: "  ", signer: "" };
    expect(reportWithNarrative(report, blank)).toMatchObject({
      preface: "原有。",
      signer: "某市政府办",
    });
    expect(sameNarrative(emptyNarrative(), { ...emptyNarrative(), signer: "x" })).toBe(false);
    expect(sameNarrative(emptyNarrative(), { ...emptyNarrative(), preface: "x" })).toBe(false);
    expect(sameNarrative(emptyNarrative(), { ...emptyNarrative(), preface: "" })).toBe(true);
  });

  test("initialNarrative takes them from the metadata of an imported report", () => {
    const n = initialNarrative({
      narrative: null,
      report: { edition: "2021", year: 2024, agency: "A", signer: "A办公室", preface: "开头。" },
      problem: null,
    });
    expect([n.signer, n.preface]).toEqual(["A办公室", "开头。"]);
  });
});

describe("initialNarrative", () => {
  test("the stored part wins; else the metadata's agency, date and imported text; else empty", () => {
    const stored = { ...emptyNarrative(), agency: "存的" };
    expect(initialNarrative({ narrative: stored, report: null, problem: null })).toBe(stored);
    expect(
      initialNarrative({
        narrative: null,
        report: {
          edition: "2021",
          year: 2024,
          agency: "元数据的",
          date: "2025年1月1日",
          narrative: { 6: "导入的六" },
        },
        problem: null,
      })
    ).toEqual({
      ...emptyNarrative(),
      agency: "元数据的",
      date: "2025年1月1日",
      sections: { 6: "导入的六" },
    });
    expect(initialNarrative({ narrative: null, report: null, problem: null })).toEqual(
      emptyNarrative()
    );
  });
});
