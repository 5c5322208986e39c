/** Every published sample imports with its edition, metadata, cell counts, values and label findings. */
import { importReport, type ImportResult } from "../../../src/io/import";
import { checkReport } from "../../../src/report/check";
import type { EditionId, RawValue, TableNo } from "../../../src/report/types";
import { sample } from "./samples";

interface Expect {
  file: string;
  format: "text" | "html";
  edition: EditionId;
  tableEditions?: Partial<Record<TableNo, EditionId>>;
  year: number;
  agency: string;
  title: string;
  date: string;
  read: Record<TableNo, number>;
  values: Record<string, RawValue>;
  /** L-01 findings that must be there: [expected, actual, number of cells, row label of the cells]. */
  labels: [string, string, number, string][];
  /** L-01 findings tolerated as info. */
  tolerated?: [string, string][];
}

const t4 = (...v: number[]) =>
  Object.fromEntries(
    ["review", "direct", "afterReview"].flatMap((g, i) =>
      ["upheld", "corrected", "otherResult", "pending", "total"].map((r, k) => [
        `t4.cases.${g}.${r}`,
        v[i * 5 + k],
      ])
    )
  );
const t3row = (id: string, ...v: RawValue[]) =>
  Object.fromEntries(
    ["natural", "business", "research", "charity", "legal", "other", "total"].map((c, k) => [
      `t3.${id}.${c}`,
      v[k],
    ])
  );

const CASES: Expect[] = [
  {
    file: "2020-haizhu-investment.txt",
    format: "text",
    edition: "2019",
    year: 2020,
    agency: "海珠区投资促进局",
    title: "海珠区投资促进局2020年度政府信息公开工作年度报告",
    date: "2021年1月19日",
    read: { 2: 22, 3: 161, 4: 15 },
    values: {
      "t2.rules.made": 0,
      "t2.otherServices.decisions": 0,
      "t2.fees.change": 0,
      "t2.procurement.count": 0,
      "t2.procurement.amount": 0,
      ...t3row("withheld6", 0, 0, 0, 0, 0, 0, 0),
      ...t3row("other", 0, 0, 0, 0, 0, 0, 0),
      ...t3row("carryForward", 0, 0, 0, 0, 0, 0, 0),
      ...t4(...Array(15).fill(0)),
    },
    labels: [
      ["2.没有现成信息需要另行制作", "2.没有现成信息需另行制作", 7, "2.没有现成信息需要另行制作"],
    ],
    tolerated: [
      ["（四）无法提供", "(四) 无法提供"],
      ["（五）不予处理", "(五) 不予处理"],
      ["（六）其他处理", "(六) 其他处理"],
      ["（七）总计", "(七) 总计"],
      ["采购总金额", "采购总金额（万元）"],
    ],
  },
  {
    file: "2022-synthetic-clean.txt",
    format: "text",
    edition: "2021",
    year: 2022,
    agency: "示例市示例局",
    title: "示例市示例局2022年政府信息公开工作年度报告",
    date: "2023年1月20日",
    read: { 2: 10, 3: 175, 4: 15 },
    values: {
      "t2.normative.issued": 5,
      "t2.normative.repealed": 2,
      "t2.normative.inForce": 37,
      "t2.licensing.decisions": 1286,
      "t2.fees.amount": 152.36,
      ...t3row("new", 86, 14, 2, 3, 5, 1, 111),
      ...t3row("other2", 1, 1, 0, 0, 0, 0, 2),
      ...t3row("resultTotal", 88, 14, 2, 3, 6, 1, 114),
      ...t3row("carryForward", 4, 1, 0, 0, 0, 0, 5),
      ...t4(3, 1, 1, 1, 6, 2, 0, 1, 1, 4, 1, 1, 0, 0, 2),
    },
    labels: [],
  },
  {
    file: "2023-shuyang-fgj.html",
    format: "html",
    edition: "2021",
    year: 2023,
    agency: "沭阳县发展和改革局",
    title: "沭阳县发展和改革局2023年政府信息公开年度报告",
    date: "2024年1月17日",
    read: { 2: 10, 3: 175, 4: 15 },
    values: {
      "t2.normative.issued": 8,
      "t2.normative.repealed": 0,
      "t2.normative.inForce": 18,
      "t2.fees.amount": 0,
      ...t3row("new", 26, null, null, null, null, null, 26),
      ...t3row("open", 26, null, null, null, null, null, 26),
      ...t3row("carryForward", 0, null, null, null, null, null, 0),
      ...t4(0, 0, 0, 1, 1, ...Array(10).fill(0)),
    },
    labels: [["行政规范性文件", "规范性文件", 3, "行政规范性文件"]],
  },
  {
    file: "2024-hongze-district.txt",
    format: "text",
    edition: "2021",
    tableEditions: { 3: "2019" },
    year: 2024,
    agency: "淮安市洪泽区人民政府",
    title: "淮安市洪泽区人民政府2024年政府信息公开工作年度报告",
    date: "2025年1月24日",
    read: { 2: 10, 3: 161, 4: 15 },
    values: {
      "t2.normative.issued": 3,
      "t2.normative.inForce": 8,
      "t2.licensing.decisions": 9487,
      "t2.fees.amount": 7545,
      ...t3row("new", 95, 0, 0, 0, 0, 0, 95),
      ...t3row("withheld2", 0, 0, 0, 0, 0, 0, 0),
      ...t3row("unavailable2", 1, 0, 0, 0, 0, 0, 1),
      ...t3row("other", 0, 0, 0, 0, 0, 0, 0),
      ...t3row("resultTotal", 95, 0, 0, 0, 0, 0, 95),
      ...t4(1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3),
    },
    labels: [
      ["2.其他法律行政法规禁止公开", "2.其他法律行政止公开", 7, "2.其他法律行政法规禁止公开"],
    ],
  },
  {
    file: "2024-huaian-city.txt",
    format: "text",
    edition: "2021",
    year: 2024,
    agency: "淮安市人民政府",
    title: "淮安市人民政府2024年政府信息公开工作年度报告",
    date: "2025年2月25日",
    read: { 2: 10, 3: 175, 4: 15 },
    values: {
      "t2.rules.issued": 1,
      "t2.normative.repealed": 26,
      "t2.penalty.decisions": 3985758,
      "t2.fees.amount": 96171.6,
      ...t3row("new", 3001, 53, 0, 0, 61, 4, 3119),
      ...t3row("unavailable1", 746, 12, 0, 0, 10, 1, 769),
      ...t3row("unavailable2", 11, 0, 0, 0, 0, 0, 11),
      ...t3row("other1", 67, 3, 0, 0, 1, 0, 71),
      ...t3row("other3", 108, 2, 0, 0, 0, 0, 110),
      ...t3row("carryForward", 103, 0, 0, 0, 0, 0, 103),
      ...t4(72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20),
    },
    labels: [
      [
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        7,
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      ],
      [
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        7,
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      ],
      ["3.其他", "3、其他", 7, "3.其他"],
    ],
  },
  {
    file: "2025-shuyang-county.html",
    format: "html",
    edition: "2021",
    year: 2025,
    agency: "沭阳县人民政府",
    title: "沭阳县人民政府2025年政府信息公开工作年度报告",
    date: "2026年1月23日",
    read: { 2: 10, 3: 175, 4: 15 },
    values: {
      "t2.normative.issued": 6,
      "t2.normative.inForce": 32,
      "t2.licensing.decisions": 517645,
      "t2.fees.amount": 4068.208,
      ...t3row("new", 705, 3, 0, 0, 5, 0, 713),
      ...t3row("rejected2", 6, 1, 0, 0, 0, 0, 7),
      ...t3row("other3", 142, 1, 0, 0, 0, 0, 143),
      ...t3row("resultTotal", 710, 3, 0, 0, 5, 0, 718),
      ...t4(27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10),
    },
    labels: [],
  },
];

const results = new Map<string, ImportResult>();
const imported = (file: string) => {
  if (!results.has(file)) results.set(file, importReport(sample(file), file));
  return results.get(file)!;
};

describe.each(CASES)("$file", (c) => {
  test("metadata and edition", () => {
    const r = imported(c.file);
    expect(r.format).toBe(c.format);
    expect(r.problems).toEqual([]);
    const rep = r.report!;
    expect(rep.edition).toBe(c.edition);
    expect(rep.tableEditions).toEqual(c.tableEditions);
    expect([rep.year, rep.agency, rep.title, rep.date]).toEqual([
      c.year,
      c.agency,
      c.title,
      c.date,
    ]);
  });

  test("cells read per table", () => {
    const r = imported(c.file);
    expect(r.read).toEqual(c.read);
    const count = (t: number) =>
      Object.keys(r.report!.values).filter((k) => k.startsWith(`t${t}.`)).length;
    expect([count(2), count(3), count(4)]).toEqual([c.read[2], c.read[3], c.read[4]]);
  });

  test("values as printed", () => {
    const values = imported(c.file).report!.values;
    for (const [key, v] of Object.entries(c.values)) expect([key, values[key]]).toEqual([key, v]);
  });

  test("label deviations are L-01 info findings on the row's cells", () => {
    const findings = imported(c.file).findings;
    expect(findings.every((f) => f.rule === "L-01" && f.severity === "info")).toBe(true);
    for (const [expected, actual, n, row] of c.labels) {
      const f = findings.find((x) => x.expected === expected && x.actual === actual);
      expect(f).toBeDefined();
      expect(f!.cells).toHaveLength(n);
      expect(new Set(f!.cells.map((x) => x.row))).toEqual(new Set([row]));
      expect(f!.message.zh).toContain(actual);
      expect(f!.message.en).toContain(expected);
    }
    const allowed = new Set([...c.labels, ...(c.tolerated ?? [])].map(([e, a]) => `${e}|${a}`));
    expect(findings.map((f) => `${f.expected}|${f.actual}`).filter((k) => !allowed.has(k))).toEqual(
      []
    );
  });

  test("no balancing-rule findings after import", () => {
    const findings = checkReport(imported(c.file).report!);
    expect(findings.filter((f) => /^T[34]-/.test(f.rule))).toEqual([]);
    expect(findings.filter((f) => f.rule === "ALL-01" || f.rule === "S-05")).toEqual([]);
  });

  test("six headings and their text", () => {
    const rep = imported(c.file).report!;
    expect(Object.keys(rep.headings!)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(rep.headings![1]).toBe("一、总体情况");
    expect(rep.narrative![1]!.length).toBeGreaterThan(20);
    expect(rep.narrative![6]!.length).toBeGreaterThan(5);
    // The signature is not part of section 六.
    expect(rep.narrative![6]).not.toContain(rep.date!);
  });
});

test("2023-shuyang-fgj: 125 blank cells reported as ALL-02, all in 表三's 法人或其他组织 columns", () => {
  const all02 = checkReport(imported("2023-shuyang-fgj.html").report!).filter(
    (f) => f.rule === "ALL-02"
  );
  expect(all02).toHaveLength(125);
  expect(
    all02.every((f) => f.cells[0].table === 3 && f.cells[0].column.startsWith("法人或其他组织/"))
  ).toBe(true);
});

test("2023-shuyang-fgj: the 五 heading variant is kept as printed", () => {
  expect(imported("2023-shuyang-fgj.html").report!.headings![5]).toBe(
    "五、存在的主要问题及整改措施"
  );
});

test("other samples have no blank cells", () => {
  for (const c of CASES.filter((x) => x.file !== "2023-shuyang-fgj.html")) {
    expect(checkReport(imported(c.file).report!).filter((f) => f.rule === "ALL-02")).toEqual([]);
  }
});

test("2024-hongze-district: the 2019-style 表三 in a 2024 report is an edition finding of the checker", () => {
  const l02 = checkReport(imported("2024-hongze-district.txt").report!).filter(
    (f) => f.rule === "L-02"
  );
  expect(l02).toHaveLength(1);
  expect(l02[0].message.zh).toContain("表三");
});

test("section text: section 一 keeps its sub-headings; the page around the report is left out", () => {
  const syn = imported("2022-synthetic-clean.txt").report!;
  expect(syn.narrative![1]).toContain("（二）依申请公开。全年新收政府信息公开申请111件");
  expect(syn.narrative![6]).toContain("实际收取信息处理费100元");
  expect(syn.narrative![6]).not.toContain("示例市示例局\n");
  const county = imported("2025-shuyang-county.html").report!;
  expect(county.narrative![1]).toContain(
    "全年共受理政府信息公开申请749件（其中本年新收713件、上年结转36件）"
  );
  expect(county.narrative![6]).toContain("380元");
  expect(county.narrative![6]).not.toContain("主办单位");
  const fgj = imported("2023-shuyang-fgj.html").report!;
  // Digits set in separate <font> runs are joined to the text around them.
  expect(fgj.narrative![1]).toContain("全年制发规范性文件8件，截至年底现行有效规范性文件18件。");
});

// Import speed is measured by `npm run bench` (import_ms_*), not asserted here.
