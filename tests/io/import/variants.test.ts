/**
 * Real-world variants of the printed tables (format.md §5.4, §7 E5): each is recognised, read with
 * its values as printed, and reported as a label finding (L-01, info) or a problem — never an error.
 */
import { importText, type ImportResult } from "../../../src/io/import";
import { checkReport } from "../../../src/report/check";
import { sample } from "./samples";

const CLEAN = sample("2022-synthetic-clean.txt");
const clean = importText(CLEAN).report!;

/** The clean sample with some of its text replaced (each piece must be there). */
function edit(text: string, ...changes: [string, string][]): string {
  for (const [from, to] of changes) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  return text;
}

const T = (s: string) => s.replace(/→/g, "\t");
const l01 = (r: ImportResult) =>
  r.findings.filter((f) => f.rule === "L-01").map((f) => [f.expected, f.actual]);

function expectSameValues(r: ImportResult) {
  expect(r.report!.values).toEqual(clean.values);
  expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
}

describe("label variants in 表三", () => {
  test("ASCII parentheses and stray spaces: tolerated, noted as info", () => {
    const r = importText(
      edit(
        CLEAN,
        ["→（四）无法提供→".replace(/→/g, "\t"), "→(四) 无法提供→".replace(/→/g, "\t")],
        ["\t（七）总计\t", "\t( 七 ) 总计 \t"],
        [
          "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
          "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)",
        ]
      )
    );
    expectSameValues(r);
    expect(l01(r)).toEqual([
      ["（四）无法提供", "(四) 无法提供"],
      ["（七）总计", "( 七 ) 总计"],
    ]);
    const group = r.findings[0];
    expect(group.cells).toHaveLength(3 * 7);
    expect(group.message.zh).toContain("仅标点或空格不同");
  });

  test("1、 numbering", () => {
    const r = importText(
      edit(CLEAN, ["\t2.重复申请\t", "\t2、重复申请\t"], ["\t3.其他\t", "\t3．其他\t"])
    );
    expectSameValues(r);
    expect(l01(r)).toEqual([
      ["2.重复申请", "2、重复申请"],
      ["3.其他", "3．其他"],
    ]);
    expect(r.findings[0].message.en).toContain("numbered differently");
  });

  test("typos and wording: the real ones and unseen ones", () => {
    const r = importText(
      edit(
        CLEAN,
        ["2.其他法律行政法规禁止公开", "2.其他法律行政止公开"],
        ["2.没有现成信息需要另行制作", "2.没有现成信息需另行制作"],
        ["4.保护第三方合法权益", "4.保护第三方合法权利"],
        ["8.属于行政查询事项", "8.属于行政査询事项"],
        ["5.要求行政机关确认或重新出具已获取信息", "5.要求行政机关确认或者重新出具已经获取的信息"]
      )
    );
    expectSameValues(r);
    expect(l01(r)).toEqual([
      ["2.其他法律行政法规禁止公开", "2.其他法律行政止公开"],
      ["4.保护第三方合法权益", "4.保护第三方合法权利"],
      ["8.属于行政查询事项", "8.属于行政査询事项"],
      ["2.没有现成信息需要另行制作", "2.没有现成信息需另行制作"],
      ["5.要求行政机关确认或重新出具已获取信息", "5.要求行政机关确认或者重新出具已经获取的信息"],
    ]);
    expect(
      r.findings.every((f) => f.cells.length === 7 && f.message.zh.includes("文字与标准格式不同"))
    ).toBe(true);
  });

  test("a row label wrapped onto the next line is joined", () => {
    const r = importText(
      edit(CLEAN, [
        "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t",
        "\t（二）部分公开（区分处理的，只计这一情形，\t",
      ]).replace("\t0\t17\n", "\t0\t17\n\t不计其他情形）\n")
    );
    expectSameValues(r);
    expect(l01(r)).toEqual([]);
  });

  test("a subtotal row invented by peer templates is an extra row; its values are ignored", () => {
    const r = importText(
      edit(CLEAN, [
        "→（三）不予公开→1.属于国家秘密".replace(/→/g, "\t"),
        T("→（三）不予公开→→14→2→1→0→1→0→18\n→→1.属于国家秘密"),
      ])
    );
    expectSameValues(r);
    expect(l01(r)).toEqual([[undefined, "（三）不予公开"]]);
    expect(r.findings[0].message.zh).toContain("其数值未导入");
    expect(r.findings[0].cells).toEqual([]);
  });

  test("a 2019-style single （六） row in a 2022 report: 表三 follows the 2019 edition", () => {
    const text = edit(
      CLEAN,
      [
        T(
          "→（六）其他处理→1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请→2→0→0→0→0→0→2\n"
        ),
        T("→（六）其他处理→→4→1→0→0→0→0→5\n"),
      ],
      [
        T(
          "→→2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请→1→1→0→0→0→0→2\n"
        ),
        "",
      ],
      [T("→→3.其他→1→0→0→0→0→0→1\n"), ""]
    );
    const r = importText(text);
    expect(r.report!.edition).toBe("2021");
    expect(r.report!.tableEditions).toEqual({ 3: "2019" });
    expect(r.read).toEqual({ 2: 10, 3: 161, 4: 15 });
    expect(r.report!.values["t3.other.total"]).toBe(5);
    expect(checkReport(r.report!).filter((f) => /^T3-/.test(f.rule))).toEqual([]);
  });
});

describe("group labels on lines of their own", () => {
  test("a group label line with blank cells before its items is the group, not a row", () => {
    const text = edit(
      CLEAN,
      [T("→（六）其他处理→1.申请人无正当理由"), T("→（六）其他处理→→→→→→→→\n→→1.申请人无正当理由")],
      [T("→（三）不予公开→1.属于国家秘密"), T("→（三）不予公开\n→→1.属于国家秘密")]
    );
    const r = importText(text);
    expect(r.report!.values).toEqual(clean.values);
    expect(r.report!.tableEditions).toBeUndefined();
    expect(r.findings).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  test("the 2019 single （六） row with all cells blank is still that row", () => {
    const text = edit(
      CLEAN,
      [
        T(
          "→（六）其他处理→1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请→2→0→0→0→0→0→2\n"
        ),
        T("→（六）其他处理→→→→→→→→\n"),
      ],
      [
        T(
          "→→2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请→1→1→0→0→0→0→2\n"
        ),
        "",
      ],
      [T("→→3.其他→1→0→0→0→0→0→1\n"), ""]
    );
    const r = importText(text);
    expect(r.report!.tableEditions).toEqual({ 3: "2019" });
    expect(r.read![3]).toBe(161);
    expect(r.report!.values["t3.other.natural"]).toBeNull();
  });
});

describe("label variants in 表二", () => {
  test("规范性文件 in a 2021 report names the 行政规范性文件 row", () => {
    const r = importText(edit(CLEAN, ["\n行政规范性文件\t5", "\n规范性文件\t5"]));
    expectSameValues(r);
    expect(r.report!.tableEditions).toBeUndefined();
    expect(l01(r)).toEqual([["行政规范性文件", "规范性文件"]]);
    expect(r.findings[0].cells.map((c) => c.key)).toEqual([
      "t2.normative.issued",
      "t2.normative.repealed",
      "t2.normative.inForce",
    ]);
  });

  test("header typed with ASCII parentheses and colon", () => {
    const r = importText(
      edit(
        CLEAN,
        ["本年收费金额（单位：万元）", "本年收费金额(单位:万元)"],
        ["第二十条第（五）项", "第二十条第(五)项"]
      )
    );
    expectSameValues(r);
    expect(l01(r)).toEqual([
      ["第二十条第（五）项", "第二十条第(五)项"],
      ["本年收费金额（单位：万元）", "本年收费金额(单位:万元)"],
    ]);
  });

  const HUBEI = T(`武汉市某局2020年政府信息公开工作年度报告

二、主动公开政府信息情况

第二十条第（一）项→→→
信息内容→本年新
制作数量→本年新
公开数量→对外公开总数量
规章(设区的市、自治州人民政府应提供相关数据)→0→0→0
规范性文件→2→2→19
其他主动公开文件→186→86→255
第二十条第（五）项→→→
信息内容→上一年项目数量(指2019年事项数)→本年增/减→处理决定数量(指2020年办件量)
行政许可→8→5→93
其他对外管理服务事项→117→0→165
第二十条第（六）项→→→
信息内容→上一年项目数量→本年增/减→处理决定数量
行政处罚→90→0→22
行政强制→4→-3→-
第二十条第（八）项→→→
信息内容→上一年项目数量→本年增/减→
行政事业性收费→→
第二十条第（九）项→→
信息内容→采购项目数量→采购总金额（万元）
政府集中采购→１２→251000元
`);

  test("Hubei 2020: annotated headers, an extra row, wrapped header cells, irregular values", () => {
    const r = importText(HUBEI);
    const v = r.report!.values;
    expect(r.report!.edition).toBe("2019");
    expect(r.read![2]).toBe(22);
    expect(v).toMatchObject({
      "t2.rules.made": 0,
      "t2.normative.total": 19,
      "t2.licensing.decisions": 93,
      "t2.otherServices.prevItems": 117,
      "t2.enforcement.change": -3,
      "t2.enforcement.decisions": "-",
      "t2.fees.prevItems": null,
      "t2.fees.change": null,
      "t2.procurement.count": "１２",
      "t2.procurement.amount": "251000元",
    });
    expect(l01(r)).toEqual([
      ["规章", "规章(设区的市、自治州人民政府应提供相关数据)"],
      [undefined, "其他主动公开文件"],
      ["上一年项目数量", "上一年项目数量(指2019年事项数)"],
      ["处理决定数量", "处理决定数量(指2020年办件量)"],
      ["采购总金额", "采购总金额（万元）"],
    ]);
    expect(
      r.findings.find((f) => f.actual === "上一年项目数量(指2019年事项数)")!.cells.map((c) => c.key)
    ).toEqual(["t2.licensing.prevItems", "t2.otherServices.prevItems"]);
    // The checker names the irregular cells; nothing was coerced.
    const rules = checkReport(r.report!).map((f) => `${f.rule} ${f.cells[0]?.key}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        "ALL-02 t2.enforcement.decisions",
        "ALL-02 t2.fees.prevItems",
        "ALL-01 t2.procurement.count",
        "S-05 t2.procurement.amount",
      ])
    );
  });

  test("header text wrapped onto a second row of cells", () => {
    const text = T(`某局2020年政府信息公开工作年度报告
第二十条第（一）项→→→
信息内容→本年新→本年新→对外公开
→制作数量→公开数量→总数量
规章→1→2→3
规范性文件→4→→6
`);
    const r = importText(text);
    expect(r.report!.values).toMatchObject({
      "t2.rules.made": 1,
      "t2.rules.total": 3,
      "t2.normative.made": 4,
      "t2.normative.published": null,
    });
    expect(l01(r)).toEqual([]);
  });

  test("header cells quoted across lines, as a spreadsheet copies them", () => {
    const text = T(`某局2020年政府信息公开工作年度报告
第二十条第（一）项→→→
信息内容→"本年新
制作数量"→"本年新
公开数量"→对外公开总数量
规章→1→2→3
`);
    const r = importText(text);
    expect(r.report!.values).toMatchObject({
      "t2.rules.made": 1,
      "t2.rules.published": 2,
      "t2.rules.total": 3,
    });
    expect(l01(r)).toEqual([]);
  });
});

describe("values are stored as printed", () => {
  test("blank, dash, full-width, separators and units are kept; plain numbers become numbers", () => {
    const r = importText(
      edit(
        CLEAN,
        [
          T("一、本年新收政府信息公开申请数量→→→86→14→2→3→5→1→111"),
          T("一、本年新收政府信息公开申请数量→→→86→—→2→３→5→1,0→111"),
        ],
        [T("行政规范性文件→5→2→37"), T("行政规范性文件→5→→37")],
        [T("行政事业性收费→152.36→→"), T("行政事业性收费→152.36万元→→")],
        [T("3→1→1→1→6→2→0→1→1→4→1→1→0→0→2"), T("3→1→1→1→6→2→0→1→1→4→1→1→0→-→2")]
      )
    );
    const v = r.report!.values;
    expect([
      v["t3.new.natural"],
      v["t3.new.business"],
      v["t3.new.charity"],
      v["t3.new.other"],
      v["t3.new.total"],
    ]).toEqual([86, "—", "３", "1,0", 111]);
    expect([
      v["t2.normative.issued"],
      v["t2.normative.repealed"],
      v["t2.normative.inForce"],
    ]).toEqual([5, null, 37]);
    expect(v["t2.fees.amount"]).toBe("152.36万元");
    expect(v["t4.cases.afterReview.pending"]).toBe("-");
    const found = checkReport(r.report!).map((f) => `${f.rule} ${f.cells[0]?.key}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "ALL-02 t3.new.business",
        "ALL-01 t3.new.charity",
        "ALL-02 t2.normative.repealed",
        "S-05 t2.fees.amount",
        "ALL-02 t4.cases.afterReview.pending",
      ])
    );
  });

  test("blank cells keep their column when the header positions are known", () => {
    const r = importText(
      edit(
        CLEAN,
        [
          T("二、上年结转政府信息公开申请数量→→→6→1→0→0→1→0→8"),
          T("二、上年结转政府信息公开申请数量→→→6→→→→1→→8"),
        ],
        [T("→（七）总计→→88→14→2→3→6→1→114"), T("→（七）总计→→88→14→2→3→6→1→")]
      )
    );
    const v = r.report!.values;
    expect(
      ["natural", "business", "research", "charity", "legal", "other", "total"].map(
        (c) => v[`t3.carried.${c}`]
      )
    ).toEqual([6, null, null, null, 1, null, 8]);
    expect(v["t3.resultTotal.legal"]).toBe(6);
    expect(v["t3.resultTotal.total"]).toBeNull();
  });
});

describe("structure problems", () => {
  const imp = (r: ImportResult, rule: string) => r.findings.filter((f) => f.rule === rule);

  test("a missing row: one IMP-02 error naming it; its cells unknown, not blank; the rest is read", () => {
    const r = importText(edit(CLEAN, [T("→→4.无正当理由大量反复申请→0→0→0→0→0→0→0\n"), ""]));
    expect(r.read![3]).toBe(168);
    expect(r.problems).toEqual([]);
    const [f] = imp(r, "IMP-02");
    expect(f.severity).toBe("error");
    expect(f.message.zh).toContain("“（五）不予处理 4.无正当理由大量反复申请”");
    expect(r.report!.unreadCells).toContain("t3.rejected4.natural");
    // Never read, so never checked: no blank-cell warning and no balancing error over it.
    const checked = checkReport(r.report!);
    expect(checked.filter((x) => x.cells.some((c) => c.key.startsWith("t3.rejected4.")))).toEqual(
      []
    );
    expect(checked.filter((x) => x.severity === "error")).toEqual([]);
  });

  test("a short row is read left to right; the cells it did not print are unknown, named with the line", () => {
    const text = edit(CLEAN, [T("→→2.重复申请→2→0→0→0→1→0→3"), T("→→2.重复申请→2→0")]);
    const line = text.split("\n").findIndex((l) => l.includes("2.重复申请")) + 1;
    const r = importText(text);
    expect(r.problems).toEqual([]);
    const [f] = imp(r, "IMP-02");
    expect(f.message.zh).toContain(`第${line}行`);
    expect(f.message.en).toContain("2 of 7 values");
    expect(r.report!.values["t3.rejected2.natural"]).toBe(2);
    expect("t3.rejected2.total" in r.report!.values).toBe(false);
    expect(r.report!.unreadCells).toContain("t3.rejected2.total");
  });

  test("a missing table: IMP-01 error, and its cells are not reported blank", () => {
    const start = CLEAN.indexOf("四、政府信息公开行政复议、行政诉讼情况");
    const end = CLEAN.indexOf("五、存在的主要问题及改进情况");
    const r = importText(CLEAN.slice(0, start) + CLEAN.slice(end));
    expect(r.report).not.toBeNull();
    expect(r.problems).toEqual([]);
    expect(imp(r, "IMP-01").map((f) => f.message.zh)).toEqual([
      expect.stringContaining("表四（政府信息公开行政复议、行政诉讼情况）未读到"),
    ]);
    expect(r.report!.absentTables).toEqual([4]);
    expect(checkReport(r.report!).filter((x) => x.cells.some((c) => c.table === 4))).toEqual([]);
  });
});

describe("title, year and agency", () => {
  test("a title wrapped after the agency name", () => {
    const r = importText(
      edit(CLEAN, [
        "示例市示例局2022年政府信息公开工作年度报告",
        "示例市示例局\n2022年度政府信息公开工作年度报告",
      ])
    );
    expect([r.report!.title, r.report!.year, r.report!.agency]).toEqual([
      "示例市示例局2022年度政府信息公开工作年度报告",
      2022,
      "示例市示例局",
    ]);
  });

  test("no title: the year comes from the statistics period and the agency from the signature", () => {
    const r = importText(edit(CLEAN, ["示例市示例局2022年政府信息公开工作年度报告\n", ""]));
    expect([r.report!.title, r.report!.year, r.report!.agency, r.report!.edition]).toEqual([
      undefined,
      2022,
      "示例市示例局",
      "2021",
    ]);
  });

  test.each([
    ["2020年某某局政府信息公开工作年度报告", 2020],
    ["某某局关于2021年政府信息公开工作年度报告", 2021],
    ["某某局政府信息公开工作年度报告（2022年度）", 2022],
    ["某某局二〇二三年政府信息公开工作年度报告", 2023],
  ])("title %s", (title, year) => {
    const r = importText(`${title}\n\n一、总体情况\n\n正文。`);
    expect([r.report!.title, r.report!.year, r.report!.agency]).toEqual([title, year, "某某局"]);
  });

  test("a 2020 report printing the 2021 表三 keeps the 2021 rows", () => {
    const r = importText(edit(CLEAN, ["示例市示例局2022年", "示例市示例局2020年"]));
    expect(r.report!.edition).toBe("2019");
    expect(r.report!.tableEditions).toEqual({ 2: "2021", 3: "2021" });
    expect(r.report!.values).toEqual(clean.values);
  });
});
