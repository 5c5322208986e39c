/**
 * The insert plan as data: labels at the addresses of spec/format.md §3 and §4 (relative to each
 * table's origin), every merge, the input cells unlocked and validated, names over the blocks.
 * The labels below are copied from the spec by hand on purpose: they are the law the layout obeys.
 */
import { cellsOf, withTotals, type EditionId, type Report, type TableNo } from "../../src/report";
import {
  a1,
  addressOf,
  colLetter,
  insertPlan,
  keyAt,
  layoutOf,
  parseA1,
  parseRange,
  rangeOf,
  rectAddress,
  rectCells,
  rectsOf,
  sheetValue,
  tableAddress,
  tableLayout,
  type SheetLayout,
  type SheetPlan,
} from "../../src/sheet";
import { shiftFormula } from "../support/shiftFormula";
import { zeroReport } from "../support/reports";

const year = (ed: EditionId) => (ed === "2021" ? 2024 : 2020);

function planFor(
  ed: EditionId,
  extra: Partial<Parameters<typeof insertPlan>[1]> = {},
  report?: Report
) {
  const r = report ?? zeroReport(year(ed), "测试局", ed);
  return {
    report: r,
    layout: layoutOf(r, extra.origin),
    plan: insertPlan(r, { sheetName: "报告", ...extra }),
  };
}

/** The text the plan writes at a sheet address. */
function written(plan: SheetPlan, address: string): string | number {
  const block = parseRange(plan.values.range)!;
  const p = parseA1(address)!;
  return plan.values.values[p.row - block.top][p.col - block.left];
}

function expectLabels(
  plan: SheetPlan,
  layout: SheetLayout,
  no: TableNo,
  labels: Record<string, string>
) {
  for (const [rel, text] of Object.entries(labels)) {
    const at = tableAddress(layout, no, rel);
    expect([rel, written(plan, at)]).toEqual([rel, text]);
  }
}

function tableMerges(plan: SheetPlan, layout: SheetLayout, no: TableNo): string[] {
  const t = tableLayout(layout, no);
  return plan.merges
    .map((m) => parseRange(m)!)
    .filter((r) => r.top >= t.rect.top && r.bottom <= t.rect.bottom)
    .map((r) =>
      rectAddress({
        top: r.top - t.origin.row,
        bottom: r.bottom - t.origin.row,
        left: r.left - t.origin.col,
        right: r.right - t.origin.col,
      })
    )
    .sort();
}

const T3_HEADER = {
  A1: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
  D1: "申请人情况",
  D2: "自然人",
  E2: "法人或其他组织",
  J2: "总计",
  E3: "商业企业",
  F3: "科研机构",
  G3: "社会公益组织",
  H3: "法律服务机构",
  I3: "其他",
};

const T3_BODY_COMMON = {
  A4: "一、本年新收政府信息公开申请数量",
  A5: "二、上年结转政府信息公开申请数量",
  A6: "三、本年度办理结果",
  B6: "（一）予以公开",
  B7: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
  B8: "（三）不予公开",
  C8: "1.属于国家秘密",
  C9: "2.其他法律行政法规禁止公开",
  C10: "3.危及“三安全一稳定”",
  C11: "4.保护第三方合法权益",
  C12: "5.属于三类内部事务信息",
  C13: "6.属于四类过程性信息",
  C14: "7.属于行政执法案卷",
  C15: "8.属于行政查询事项",
  B16: "（四）无法提供",
  C16: "1.本机关不掌握相关政府信息",
  C17: "2.没有现成信息需要另行制作",
  C18: "3.补正后申请内容仍不明确",
  B19: "（五）不予处理",
  C19: "1.信访举报投诉类申请",
  C20: "2.重复申请",
  C21: "3.要求提供公开出版物",
  C22: "4.无正当理由大量反复申请",
  C23: "5.要求行政机关确认或重新出具已获取信息",
  B24: "（六）其他处理",
};

const T3_2021 = {
  ...T3_HEADER,
  ...T3_BODY_COMMON,
  C24: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
  C25: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
  C26: "3.其他",
  B27: "（七）总计",
  A28: "四、结转下年度继续办理",
};

const T3_2019 = {
  ...T3_HEADER,
  ...T3_BODY_COMMON,
  B25: "（七）总计",
  A26: "四、结转下年度继续办理",
};

const T3_MERGES_2021 = [
  "A1:C3",
  "D1:J1",
  "D2:D3",
  "E2:I2",
  "J2:J3",
  "A4:C4",
  "A5:C5",
  "A6:A27",
  "B6:C6",
  "B7:C7",
  "B8:B15",
  "B16:B18",
  "B19:B23",
  "B24:B26",
  "B27:C27",
  "A28:C28",
];
const T3_MERGES_2019 = [
  "A1:C3",
  "D1:J1",
  "D2:D3",
  "E2:I2",
  "J2:J3",
  "A4:C4",
  "A5:C5",
  "A6:A25",
  "B6:C6",
  "B7:C7",
  "B8:B15",
  "B16:B18",
  "B19:B23",
  "B24:C24",
  "B25:C25",
  "A26:C26",
];

const RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
const T4: Record<string, string> = {
  A1: "行政复议",
  F1: "行政诉讼",
  F2: "未经复议直接起诉",
  K2: "复议后起诉",
};
RESULTS.forEach((r, i) => {
  T4[`${colLetter(i)}2`] = r;
  T4[`${colLetter(5 + i)}3`] = r;
  T4[`${colLetter(10 + i)}3`] = r;
});
const T4_MERGES = ["A1:E1", "F1:O1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:J2", "K2:O2"];

const T2_2021 = {
  A1: "第二十条第（一）项",
  A2: "信息内容",
  B2: "本年制发件数",
  C2: "本年废止件数",
  D2: "现行有效件数",
  A3: "规章",
  A4: "行政规范性文件",
  A5: "第二十条第（五）项",
  A6: "信息内容",
  B6: "本年处理决定数量",
  A7: "行政许可",
  A8: "第二十条第（六）项",
  A9: "信息内容",
  B9: "本年处理决定数量",
  A10: "行政处罚",
  A11: "行政强制",
  A12: "第二十条第（八）项",
  A13: "信息内容",
  B13: "本年收费金额（单位：万元）",
  A14: "行政事业性收费",
};
const T2_MERGES_2021 = [
  "A1:D1",
  "A5:D5",
  "B6:D6",
  "B7:D7",
  "A8:D8",
  "B9:D9",
  "B10:D10",
  "B11:D11",
  "A12:D12",
  "B13:D13",
  "B14:D14",
];

// Recommended 2019 grid (§4): label column + 6 units; 3-value blocks 2 units each, 2-value blocks 3 units each.
const T2_2019 = {
  A1: "第二十条第（一）项",
  A2: "信息内容",
  B2: "本年新制作数量",
  D2: "本年新公开数量",
  F2: "对外公开总数量",
  A3: "规章",
  A4: "规范性文件",
  A5: "第二十条第（五）项",
  A6: "信息内容",
  B6: "上一年项目数量",
  D6: "本年增/减",
  F6: "处理决定数量",
  A7: "行政许可",
  A8: "其他对外管理服务事项",
  A9: "第二十条第（六）项",
  A10: "信息内容",
  B10: "上一年项目数量",
  D10: "本年增/减",
  F10: "处理决定数量",
  A11: "行政处罚",
  A12: "行政强制",
  A13: "第二十条第（八）项",
  A14: "信息内容",
  B14: "上一年项目数量",
  E14: "本年增/减",
  A15: "行政事业性收费",
  A16: "第二十条第（九）项",
  A17: "信息内容",
  B17: "采购项目数量",
  E17: "采购总金额",
  A18: "政府集中采购",
};
const T2_MERGES_2019 = [
  ...["A1:G1", "B2:C2", "D2:E2", "F2:G2", "B3:C3", "D3:E3", "F3:G3", "B4:C4", "D4:E4", "F4:G4"],
  ...["A5:G5", "B6:C6", "D6:E6", "F6:G6", "B7:C7", "D7:E7", "F7:G7", "B8:C8", "D8:E8", "F8:G8"],
  ...[
    "A9:G9",
    "B10:C10",
    "D10:E10",
    "F10:G10",
    "B11:C11",
    "D11:E11",
    "F11:G11",
    "B12:C12",
    "D12:E12",
    "F12:G12",
  ],
  ...["A13:G13", "B14:D14", "E14:G14", "B15:D15", "E15:G15"],
  ...["A16:G16", "B17:D17", "E17:G17", "B18:D18", "E18:G18"],
];

describe.each([
  [
    "2021",
    {
      t2: T2_2021,
      t2m: T2_MERGES_2021,
      t3: T3_2021,
      t3m: T3_MERGES_2021,
      cells: 200,
      t3cells: 175,
      t2rows: 14,
      t3rows: 28,
    },
  ],
  [
    "2019",
    {
      t2: T2_2019,
      t2m: T2_MERGES_2019,
      t3: T3_2019,
      t3m: T3_MERGES_2019,
      cells: 198,
      t3cells: 161,
      t2rows: 18,
      t3rows: 26,
    },
  ],
] as const)("%s edition plan", (ed, x) => {
  const { plan, layout, report } = planFor(ed as EditionId);

  test("tables stack from column A: title, blank, then caption + table with a blank row between", () => {
    const [t2, t3, t4] = layout.tables;
    expect(layout.title.address).toBe("A1");
    expect(t2.caption.address).toBe("A3");
    expect(t2.origin).toEqual({ row: 3, col: 0 });
    expect(t2.rect.bottom - t2.rect.top + 1).toBe(x.t2rows);
    expect(t3.caption.pos.row).toBe(t2.rect.bottom + 2);
    expect(t3.rect.bottom - t3.rect.top + 1).toBe(x.t3rows);
    expect(t4.caption.pos.row).toBe(t3.rect.bottom + 2);
    expect(t4.rect.bottom - t4.rect.top + 1).toBe(4);
    expect([t2.rect.left, t3.rect.left, t4.rect.left]).toEqual([0, 0, 0]);
    expect(t3.range).toMatch(/^A\d+:J\d+$/);
    expect(t4.range).toMatch(/^A\d+:O\d+$/);
    expect(written(plan, t2.caption.address)).toBe("二、主动公开政府信息情况");
    expect(written(plan, t3.caption.address)).toBe("三、收到和处理政府信息公开申请情况");
    expect(written(plan, t4.caption.address)).toBe("四、政府信息公开行政复议、行政诉讼情况");
    expect(written(plan, "A1")).toBe(`测试局${year(ed as EditionId)}年政府信息公开工作年度报告`);
  });

  test("表二 labels sit at the spec's addresses", () => expectLabels(plan, layout, 2, x.t2));
  test("表三 labels sit at the spec's addresses", () => expectLabels(plan, layout, 3, x.t3));
  test("表四 labels sit at the spec's addresses", () => expectLabels(plan, layout, 4, T4));

  test("every label cell of the layout is written, and nothing else outside the value cells", () => {
    const block = parseRange(plan.values.range)!;
    const expected = new Map<string, string | number>();
    for (const l of layout.labels)
      expected.set(l.address, l.role === "title" ? written(plan, "A1") : l.text);
    for (const c of layout.cells) expected.set(c.address, 0);
    rectCells(block).forEach((p) =>
      expect([a1(p), written(plan, a1(p))]).toEqual([a1(p), expected.get(a1(p)) ?? ""])
    );
  });

  test("merges: exactly the spec's, per table, each listed once", () => {
    expect(tableMerges(plan, layout, 2)).toEqual([...x.t2m].sort());
    expect(tableMerges(plan, layout, 3)).toEqual([...x.t3m].sort());
    expect(tableMerges(plan, layout, 4)).toEqual([...T4_MERGES].sort());
    expect(new Set(plan.merges).size).toBe(plan.merges.length);
    expect(plan.merges).toContain(rectAddress(layout.title.rect));
  });

  test(`${x.cells} value cells (${x.t3cells} in 表三), all unlocked, nothing else unlocked`, () => {
    expect(layout.cells).toHaveLength(x.cells);
    expect(layout.cells.filter((c) => c.table === 3)).toHaveLength(x.t3cells);
    expect(layout.cells.map((c) => c.key)).toEqual(cellsOf(report).map((c) => c.key));
    const unlocked = new Set(
      plan.protection.unlocked.flatMap((r) => rectCells(parseRange(r)!).map((p) => a1(p)))
    );
    const valueCells = new Set(layout.cells.flatMap((c) => rectCells(c.rect).map((p) => a1(p))));
    expect([...unlocked].sort()).toEqual([...valueCells].sort());
    for (const l of layout.labels) expect(unlocked.has(l.address)).toBe(false);
  });

  test("every value cell has the validation of its kind, with a Chinese stop alert", () => {
    const at = new Map<string, (typeof plan.validations)[number]>();
    for (const v of plan.validations)
      for (const p of rectCells(parseRange(v.range)!)) {
        expect(at.has(a1(p))).toBe(false);
        at.set(a1(p), v);
      }
    for (const c of layout.cells) {
      const v = at.get(c.address)!;
      expect(v.kind).toBe(c.kind);
      expect(v.errorAlert.style).toBe("Stop");
      expect(v.errorAlert.message).toMatch(/[\u4e00-\u9fff]/);
      if (c.kind === "count") {
        expect(v.rule).toEqual({ wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
        expect(v.errorAlert.title).toBe("请输入非负整数");
      }
      if (c.kind === "amount")
        expect(v.rule).toEqual({ decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
      if (c.kind === "signedCount")
        expect(v.rule).toEqual({
          wholeNumber: { formula1: -1e9, formula2: 1e9, operator: "Between" },
        });
    }
    expect(at.size).toBe(
      new Set(layout.cells.flatMap((c) => rectCells(c.rect).map((p) => a1(p)))).size
    );
  });

  test("names cover the whole block and each table, with sheet-qualified absolute references", () => {
    const byName = Object.fromEntries(plan.names.map((n) => [n.name, n]));
    expect(Object.keys(byName).sort()).toEqual(["GK_REPORT", "GK_T2", "GK_T3", "GK_T4"]);
    expect(byName.GK_REPORT.range).toBe(layout.range);
    for (const t of layout.tables) {
      expect(byName[`GK_T${t.no}`].range).toBe(t.range);
      expect(byName[`GK_T${t.no}`].formula).toBe(
        `='报告'!${rectAddress(t.rect, { row: true, col: true })}`
      );
    }
    expect(plan.metadata.meta.names.map((n) => n.name)).toEqual(plan.names.map((n) => n.name));
  });

  test("formats: thin borders over each table, header fill, fonts, vertical section label", () => {
    for (const t of layout.tables)
      expect(plan.formats).toContainEqual({
        range: t.range,
        format: { borders: "thinAll", wrapText: true },
      });
    const section = layout.labels.find((l) => l.role === "section")!;
    const f = plan.formats.find((a) => a.range === rectAddress(section.rect))!;
    expect(f.format.textOrientation).toBe(180);
    expect(plan.formats.some((a) => a.format.fill && a.format.font?.bold)).toBe(true);
    expect(plan.formats[0].format.font?.name).toBe("宋体");
    expect(plan.columnWidths[0]).toEqual({ range: "A:A", width: expect.any(Number) });
  });

  test("addressOf / keyAt / rangeOf agree, merged value cells address their top-left", () => {
    for (const c of layout.cells) {
      expect(addressOf(layout, c.key)).toBe(c.address);
      for (const p of rectCells(c.rect)) expect(keyAt(layout, a1(p))).toBe(c.key);
      expect(keyAt(layout, `'报告'!${a1(c.pos, { row: true, col: true })}`)).toBe(c.key);
    }
    expect(keyAt(layout, "A1")).toBeUndefined();
    expect(addressOf(layout, "t9.nope.nope")).toBeUndefined();
    if (ed === "2021") {
      expect(rangeOf(layout, "t2.licensing.decisions")).toBe(
        rectAddress({ top: 9, left: 1, bottom: 9, right: 3 })
      );
      expect(addressOf(layout, "t3.resultTotal.total")).toBe(tableAddress(layout, 3, "J27"));
      expect(addressOf(layout, "t4.cases.afterReview.total")).toBe(tableAddress(layout, 4, "O4"));
    }
  });
});

describe("values and formulas", () => {
  test("raw values are written as typed: numbers, text kept as text, blanks empty", () => {
    const r = zeroReport(2024, "测试局", "2021");
    Object.assign(r.values, {
      "t3.new.natural": 12,
      "t3.new.business": "12件",
      "t3.new.research": null,
      "t3.new.charity": "=1+1",
      "t3.new.legal": "-",
      "t3.new.other": " 7 ",
    });
    const { plan, layout } = planFor("2021", {}, r);
    const at = (k: string) => written(plan, layout.byKey[k].address);
    expect(at("t3.new.natural")).toBe(12);
    expect(at("t3.new.business")).toBe("'12件");
    expect(at("t3.new.research")).toBe("");
    expect(at("t3.new.charity")).toBe("'=1+1");
    expect(at("t3.new.legal")).toBe("'-");
    expect(at("t3.new.other")).toBe(7);
    expect(sheetValue(-3)).toBe(-3);
    expect(sheetValue("-3")).toBe(-3);
    expect(plan.formulas).toEqual([]);
  });

  test("a hostile title is kept as text", () => {
    const { plan } = planFor("2021", { title: '=HYPERLINK("x")' });
    expect(written(plan, "A1")).toBe('\'=HYPERLINK("x")');
  });

  test("totalsAsFormulas: =SUM over the parts for every total cell, locked and not validated", () => {
    const { plan, layout } = planFor("2021", { totalsAsFormulas: true });
    const f = new Map<string, string>();
    for (const w of plan.formulas) {
      const r = parseRange(w.range)!;
      rectCells(r).forEach((p) => f.set(a1(p), w.formulas[p.row - r.top][p.col - r.left]));
    }
    const totals = layout.cells.filter((c) => c.isTotal);
    expect([...f.keys()].sort()).toEqual(totals.map((c) => c.address).sort());
    expect(f.get(tableAddress(layout, 3, "J4"))).toBe(
      `=SUM(${tableAddress(layout, 3, "D4")}:${tableAddress(layout, 3, "I4")})`
    );
    expect(f.get(tableAddress(layout, 3, "D27"))).toBe(
      `=SUM(${tableAddress(layout, 3, "D6")}:${tableAddress(layout, 3, "D26")})`
    );
    expect(f.get(tableAddress(layout, 3, "J27"))).toBe(
      `=SUM(${tableAddress(layout, 3, "J6")}:${tableAddress(layout, 3, "J26")})`
    );
    expect(f.get(tableAddress(layout, 4, "E4"))).toBe(
      `=SUM(${tableAddress(layout, 4, "A4")}:${tableAddress(layout, 4, "D4")})`
    );
    const unlocked = new Set(
      plan.protection.unlocked.flatMap((r) => rectCells(parseRange(r)!).map((p) => a1(p)))
    );
    const validated = new Set(
      plan.validations.flatMap((v) => rectCells(parseRange(v.range)!).map((p) => a1(p)))
    );
    for (const c of totals) {
      expect(unlocked.has(c.address)).toBe(false);
      expect(validated.has(c.address)).toBe(false);
      expect(written(plan, c.address)).toBe("");
    }
    // Few writes: whole columns and rows of totals, not one write per cell.
    expect(plan.formulas.length).toBeLessThanOrEqual(6);
  });

  test("the plan is batched: one values write, few format / validation / CF rectangles", () => {
    const { plan } = planFor("2021", { flagBlanks: true });
    expect(plan.values.range).toBe("A1:O53");
    expect(plan.formats.length).toBeLessThan(40);
    expect(plan.validations.length).toBeLessThan(15);
    expect(plan.conditionalFormats.length).toBeLessThan(30);
  });

  test("a non-default origin moves everything", () => {
    const { plan, layout } = planFor("2021", { origin: { row: 4, col: 2 } });
    expect(layout.range).toBe("C5:Q57");
    expect(tableLayout(layout, 3).range).toBe("C24:L51");
    expect(plan.names.find((n) => n.name === "GK_T3")!.range).toBe("C24:L51");
    expect(plan.metadata.meta.origin).toBe("C5");
  });

  test("withTotals reports round-trip through the values block", () => {
    const r = withTotals(zeroReport(2024, "x", "2021"));
    const { plan, layout } = planFor("2021", {}, r);
    for (const c of layout.cells) expect(written(plan, c.address)).toBe(r.values[c.key]);
  });
});

describe("a1 helpers", () => {
  test("rectsOf covers exactly the given cells", () => {
    const cells = [
      ...rectCells({ top: 0, left: 0, bottom: 2, right: 1 }),
      { row: 5, col: 3 },
      { row: 1, col: 4 },
    ];
    const rects = rectsOf(cells);
    expect(rects.map((r) => rectAddress(r))).toEqual(["A1:B3", "E2", "D6"]);
  });

  test("shiftFormula moves relative parts only and leaves strings and names alone", () => {
    expect(shiftFormula('=IF(ISNUMBER(D4),OR(D4<0,D4<>INT(D4)),TRIM(D4)<>"D4")', 2, 1)).toBe(
      '=IF(ISNUMBER(E6),OR(E6<0,E6<>INT(E6)),TRIM(E6)<>"D4")'
    );
    expect(shiftFormula("=SUM($D4:D$5,$E$6)+LOG10(A1)", 1, 2)).toBe("=SUM($D5:F$5,$E$6)+LOG10(C2)");
  });
});
