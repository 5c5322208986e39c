/** S-08 (unfinished or invented text) and S-09 (sections without substance), RuleTester style. */
import { checkReport, withTotals, type Report, type SectionId } from "../../../src/report";
import { zeroReport } from "../../support/reports";

const FULL_FIVE =
  "（一）存在的主要问题\n一是主动公开内容更新不够及时；二是政策解读形式较为单一。\n（二）改进情况\n一是建立栏目更新台账，按月督促；二是推出图解和视频解读。";
const FULL_SIX = "（一）收取信息处理费情况。本年度未发出收费通知，未收取信息处理费。";

function report(
  sections: Partial<Record<SectionId, string>>,
  edition: "2019" | "2021" = "2021"
): Report {
  const r = withTotals(zeroReport(edition === "2021" ? 2024 : 2020, "示例市示例局", edition));
  r.narrative = {
    1: "2024年，本机关扎实推进政府信息公开工作。",
    5: FULL_FIVE,
    6: FULL_SIX,
    ...sections,
  };
  return r;
}

const rules = (r: Report, rule: string) =>
  checkReport(r)
    .filter((f) => f.rule === rule)
    .map((f) => String(f.actual));

describe("S-08 placeholders and template leftovers", () => {
  const invalid: [string, string, string][] = [
    ["an ellipsis left from the template", "一是……；二是……。", "……"],
    ["XX for a figure", "全年制发规范性文件XX件。", "XX"],
    ["××× for a name", "由×××同志负责。", "×××"],
    ["某某 for the agency", "某某局认真贯彻落实条例。", "某某"],
    ["an empty document number", "依据《关于印发〔〕号文件的通知》", "〔〕"],
    ["a 【】 marker", "本年度【填写重点工作】取得成效。", "【填写重点工作】"],
    ["template instructions", "此处填写本年度主要做法。", "此处填写"],
    ["the draft's gap", "全年新收政府信息公开申请【待填】件。", "【待填】"],
  ];
  test.each(invalid)("invalid: %s", (_, text, actual) => {
    expect(rules(report({ 1: text }), "S-08")).toEqual([actual]);
    const f = checkReport(report({ 1: text })).find((x) => x.rule === "S-08")!;
    expect(f.severity).toBe("warning");
    expect(f.message.zh).toContain("第一部分");
  });

  const valid: [string, string][] = [
    [
      "a real document number",
      "依据《国务院办公厅关于印发2024年政务公开工作要点的通知》（国办发〔2024〕12号）",
    ],
    ["ordinary brackets with content", "（一）主动公开。全年制发规章3件。"],
    ["a single X in a word", "开展“X光”式自查。"],
  ];
  test.each(valid)("valid: %s", (_, text) => {
    expect(rules(report({ 1: text }), "S-08")).toEqual([]);
  });

  test("several of one kind in a section are one finding that counts them", () => {
    const f = checkReport(report({ 6: "（二）……（三）……（四）……" })).filter(
      (x) => x.rule === "S-08"
    );
    expect(f).toHaveLength(1);
    expect(f[0].message.zh).toContain("共 3 处");
  });

  test("a 0 stated for cells left blank is named with those cells", () => {
    const r = report({ 1: "全年新收政府信息公开申请0件。" });
    r.values["t3.new.total"] = null;
    const f = checkReport(r).filter((x) => x.rule === "S-08");
    expect(f).toHaveLength(1);
    expect(f[0].cells.map((c) => c.key)).toEqual(["t3.new.total"]);
    expect(f[0].message.zh).toContain("不是从表格读来的");
    r.values["t3.new.total"] = 0;
    expect(rules(r, "S-08")).toEqual([]);
  });
});

describe("S-09 sections without substance", () => {
  const five: [string, string, boolean][] = [
    ["“无”", "无", true],
    ["“暂无问题”", "暂无问题。", true],
    ["sub-headings only", "（一）存在的主要问题\n无\n（二）改进情况\n无", true],
    ["a line under 20 characters", "宣传力度有待加强。", true],
    ["empty while other sections are written", "", true],
    ["a real account", FULL_FIVE, false],
  ];
  test.each(five)("五 reading %s", (_, text, flagged) => {
    const got = checkReport(report({ 5: text })).filter((f) => f.rule === "S-09");
    expect(got.length).toBe(flagged ? 1 : 0);
    if (flagged) expect(got[0].message.zh).toContain("五、存在的主要问题及改进情况");
  });

  test("六 reading only “无” in a 2021 report must state the fees", () => {
    const got = checkReport(report({ 6: "无。" })).filter((f) => f.rule === "S-09");
    expect(got).toHaveLength(1);
    expect(got[0].message.zh).toContain("信息处理费");
    expect(rules(report({ 6: "本年度无其他需要报告的事项。" }, "2019"), "S-09")).toEqual([]);
    expect(rules(report({ 6: FULL_SIX }), "S-09")).toEqual([]);
  });

  test("a report without any text yet (tables only) is not held to it", () => {
    const r = withTotals(zeroReport(2024, "示例局"));
    expect(rules(r, "S-09")).toEqual([]);
  });
});
