/** S-03: narrative figures against the tables. Phrasings from the samples and format.md A-13. */
import { ruleTester, type Case } from "./tester";

const HUAIAN = {
  "t3.new.total": 3119,
  "t3.carried.total": 34,
  "t3.resultTotal.total": 3050,
  "t3.carryForward.total": 103,
  "t3.open.total": 1362,
  "t3.partial.total": 454,
  "t4.cases.review.upheld": 72,
  "t4.cases.review.corrected": 64,
  "t4.cases.review.otherResult": 178,
  "t4.cases.review.pending": 37,
  "t4.cases.review.total": 351,
  "t4.cases.direct.upheld": 13,
  "t4.cases.direct.corrected": 4,
  "t4.cases.direct.otherResult": 8,
  "t4.cases.direct.pending": 1,
  "t4.cases.direct.total": 26,
  "t4.cases.afterReview.upheld": 12,
  "t4.cases.afterReview.corrected": 1,
  "t4.cases.afterReview.otherResult": 1,
  "t4.cases.afterReview.pending": 6,
  "t4.cases.afterReview.total": 20,
};

const SHUYANG = {
  "t3.new.natural": 705,
  "t3.new.business": 3,
  "t3.new.legal": 5,
  "t3.new.total": 713,
  "t3.carried.natural": 36,
  "t3.carried.total": 36,
  "t3.resultTotal.total": 718,
  "t3.carryForward.total": 31,
  "t4.cases.review.total": 61,
  "t4.cases.direct.total": 3,
  "t4.cases.afterReview.total": 10,
};
const SHUYANG_TEXT =
  "全年共受理政府信息公开申请749件（其中本年新收713件、上年结转36件），其中自然人申请741件，法人或其他组织申请8件；共办理718件，结转下一年度继续办理31件。全县共办理政府信息公开相关行政复议、行政诉讼案件74件，其中行政复议61件、行政诉讼13件。";

const valid: Case[] = [
  // 2022-synthetic-clean
  {
    text: "全年新收政府信息公开申请111件，其中自然人申请86件、法人或其他组织申请25件，另有上年结转申请8件；全年办结114件，结转下年度继续办理5件。办结的申请中，予以公开42件、部分公开17件。全年发生政府信息公开行政复议6件、行政诉讼6件。",
    tables: {
      "t3.new.natural": 86,
      "t3.new.business": 14,
      "t3.new.research": 2,
      "t3.new.charity": 3,
      "t3.new.legal": 5,
      "t3.new.other": 1,
      "t3.new.total": 111,
      "t3.carried.total": 8,
      "t3.resultTotal.total": 114,
      "t3.carryForward.total": 5,
      "t3.open.total": 42,
      "t3.partial.total": 17,
      "t4.cases.review.total": 6,
      "t4.cases.direct.total": 4,
      "t4.cases.afterReview.total": 2,
    },
    expect: [],
  },
  {
    text: "全年制发行政规范性文件5件，废止2件，截至年底现行有效行政规范性文件37件。全年作出行政许可决定1286件、行政处罚决定347件、行政强制决定29件，行政事业性收费金额152.36万元。",
    tables: {
      "t2.normative.issued": 5,
      "t2.normative.repealed": 2,
      "t2.normative.inForce": 37,
      "t2.licensing.decisions": 1286,
      "t2.penalty.decisions": 347,
      "t2.enforcement.decisions": 29,
      "t2.fees.amount": 152.36,
    },
    expect: [],
  },
  // 2024-huaian-city: 受理 is 一 alone although the sentence mentions 含上年度结转 (it belongs to 答复)
  {
    text: "2024年，全市共受理政府信息公开申请3119件，答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复），均在法定期限内予以答复。其中，予以公开1362件，部分公开454件。全年发生政府信息公开行政复议351件，其中结果维持72件、结果纠正64件、其他结果178件、尚未审结37件；政府信息公开行政诉讼46件，其中结果维持25件、结果纠正5件、其他结果9件、尚未审结7件。",
    tables: HUAIAN,
    expect: [],
  },
  {
    text: "全年制发市政府规章1件、行政规范性文件8件，废止行政规范性文件26件，截至年底现行有效的市政府规章11件、行政规范性文件66件。",
    tables: {
      "t2.rules.issued": 1,
      "t2.rules.inForce": 11,
      "t2.normative.issued": 8,
      "t2.normative.repealed": 26,
      "t2.normative.inForce": 66,
    },
    expect: [],
  },
  // 2025-shuyang-county: 受理 749 = 一 713 + 二 36 because the sentence says so
  { text: SHUYANG_TEXT, tables: SHUYANG, expect: [] },
  // 2023-shuyang-fgj
  {
    text: "2023年，我局共收到政府信息公开申请26件，均为自然人申请，已全部在法定期限内予以答复。全年发生政府信息公开行政复议1件，截至年底尚未审结；未发生政府信息公开行政诉讼。全年制发规范性文件8件，截至年底现行有效规范性文件18件。",
    year: 2023,
    tables: {
      "t3.new.total": 26,
      "t4.cases.review.total": 1,
      "t2.normative.issued": 8,
      "t2.normative.inForce": 18,
    },
    expect: [],
  },
  // 2020-haizhu-investment (2019 edition)
  { text: "2020年我局未收到政府信息公开申请。", edition: "2019", year: 2020, expect: [] },
  { text: "本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。", expect: [] },
  // format.md A-13
  {
    text: "新受理227件，上年结转18件；答复229件，16件结转。",
    tables: {
      "t3.new.total": 227,
      "t3.carried.total": 18,
      "t3.resultTotal.total": 229,
      "t3.carryForward.total": 16,
    },
    expect: [],
  },
  {
    text: "受理2025件（包含上年结转71件），1950件已答复，75件结转。",
    tables: {
      "t3.new.total": 1954,
      "t3.carried.total": 71,
      "t3.resultTotal.total": 1950,
      "t3.carryForward.total": 75,
    },
    expect: [],
  },
  {
    text: "共受理政府信息公开申请109件，答复108件（含上年度结转申请2件，另有3件顺延到下年度答复）。",
    tables: {
      "t3.new.total": 109,
      "t3.carried.total": 2,
      "t3.resultTotal.total": 108,
      "t3.carryForward.total": 3,
    },
    expect: [],
  },
  {
    text: "83件（含上年结转5件），80件办结，3件结转。",
    tables: { "t3.carried.total": 5, "t3.resultTotal.total": 80, "t3.carryForward.total": 3 },
    expect: [],
  },
  // number formats: thousands separators, spaces, full-width digits, Chinese numerals
  {
    text: "全年作出行政许可决定447,228件。",
    tables: { "t2.licensing.decisions": 447228 },
    expect: [],
  },
  { text: "全年受理政府信息公开申请 3119 件。", tables: { "t3.new.total": 3119 }, expect: [] },
  { text: "全年受理政府信息公开申请１７件。", tables: { "t3.new.total": 17 }, expect: [] },
  { text: "全年发生行政复议两件。", tables: { "t4.cases.review.total": 2 }, expect: [] },
  // not this year's, not the agency's, not a count of applications, or an estimate: not read
  { text: "2023年，我局收到政府信息公开申请20件。", tables: { "t3.new.total": 5 }, expect: [] },
  { text: "上年度受理政府信息公开申请20件。", tables: { "t3.new.total": 5 }, expect: [] },
  { text: "受理政府信息公开申请5件，同比增长10件。", tables: { "t3.new.total": 5 }, expect: [] },
  {
    text: "全县受理申请30件，其中县民政局受理申请3件。",
    tables: { "t3.new.total": 30 },
    expect: [],
  },
  { text: "各部门共受理政府信息公开申请300件。", tables: { "t3.new.total": 5 }, expect: [] },
  { text: "全年通过门户网站主动公开各类政府信息5500余条，发布政策解读21条。", expect: [] },
  {
    text: "全县共办理政府信息公开相关行政复议、行政诉讼案件74件。",
    tables: { "t4.cases.review.total": 74 },
    expect: [],
  },
  { text: "受理政府信息公开申请约300件。", tables: { "t3.new.total": 5 }, expect: [] },
  { text: "梳理行政许可事项52项，清理过期信息697条。", expect: [] },
  {
    text: "政府信息公开申请办结率100%，答复率100%。",
    tables: { "t3.resultTotal.total": 7 },
    expect: [],
  },
  { text: "收取信息处理费共计380元，其中县民政局1件，收取380元。", expect: [] },
  // a verb outside the table's three (清理, 拟废止) does not inherit 制发 / 废止
  {
    text: "2024年制发行政规范性文件3件，清理规范性文件5件，拟废止2件。",
    tables: { "t2.normative.issued": 3 },
    expect: [],
  },
  { text: "本年度无因政府信息公开引发的行政复议、行政诉讼案件。", expect: [] },
  // table rows that an import left in the text are not prose
  {
    narrative: {
      2: "信息内容 上一年项目数量 本年增/减 处理决定数量\n行政许可 5 2 7\n行政处罚\t0\t0\t3",
    },
    edition: "2019",
    tables: { "t2.licensing.decisions": 7, "t2.penalty.decisions": 3 },
    expect: [],
  },
  // tables of another shape: 2019 表三 in a 2024 report still has the same 一/二/七/四 rows
  {
    text: "区政府办代表区政府受理政府信息公开申请95件。",
    tableEditions: { 3: "2019" },
    tables: { "t3.new.total": 95 },
    expect: [],
  },
];

const invalid: Case[] = [
  // 2024-hongze-district (format.md A-4, E12)
  {
    text: "2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。",
    year: 2024,
    tableEditions: { 3: "2019" },
    tables: { "t3.new.natural": 95, "t3.new.total": 95 },
    expect: [{ expected: 95, actual: 17, cells: ["t3.new.total"] }],
  },
  {
    text: "全年新收政府信息公开申请111件，另有上年结转申请9件；全年办结114件，结转下年度继续办理6件。",
    tables: {
      "t3.new.total": 111,
      "t3.carried.total": 8,
      "t3.resultTotal.total": 114,
      "t3.carryForward.total": 5,
    },
    expect: [
      { expected: 8, actual: 9, cells: ["t3.carried.total"] },
      { expected: 5, actual: 6, cells: ["t3.carryForward.total"] },
    ],
  },
  {
    text: "全市共受理政府信息公开申请3119件，答复3049件（含上年度结转申请34件，另有103件顺延到下年度答复）。",
    tables: HUAIAN,
    expect: [{ expected: 3050, actual: 3049, cells: ["t3.resultTotal.total"] }],
  },
  {
    text: "2020年我局未收到政府信息公开申请。",
    edition: "2019",
    year: 2020,
    tables: { "t3.new.total": 3 },
    expect: [{ expected: 3, actual: 0, cells: ["t3.new.total"] }],
  },
  {
    text: "本年度未发生政府信息公开行政复议、行政诉讼。",
    tables: { "t4.cases.review.total": 1, "t4.cases.afterReview.total": 2 },
    expect: [
      { expected: 1, actual: 0, cells: ["t4.cases.review.total"] },
      { expected: 2, actual: 0, cells: ["t4.cases.direct.total", "t4.cases.afterReview.total"] },
    ],
  },
  {
    text: "政府信息公开行政诉讼46件，其中结果维持25件。",
    tables: { ...HUAIAN, "t4.cases.afterReview.total": 19, "t4.cases.afterReview.upheld": 11 },
    expect: [
      { expected: 45, actual: 46 },
      {
        expected: 24,
        actual: 25,
        cells: ["t4.cases.direct.upheld", "t4.cases.afterReview.upheld"],
      },
    ],
  },
  {
    text: "全年制发行政规范性文件6件、废止2件，截至年底现行有效行政规范性文件32件。",
    tables: { "t2.normative.issued": 6, "t2.normative.repealed": 1, "t2.normative.inForce": 32 },
    expect: [{ expected: 1, actual: 2, cells: ["t2.normative.repealed"] }],
  },
  {
    text: "行政事业性收费金额152.3万元。",
    tables: { "t2.fees.amount": 152.36 },
    expect: [{ expected: 152.36, actual: 152.3, cells: ["t2.fees.amount"] }],
  },
  // the applicant split of a 受理 that includes 上年结转 counts both rows
  {
    text: SHUYANG_TEXT,
    tables: { ...SHUYANG, "t3.new.natural": 699, "t3.new.legal": 11 },
    expect: [
      { expected: 735, actual: 741, cells: ["t3.new.natural", "t3.carried.natural"] },
      { expected: 14, actual: 8 },
    ],
  },
  // a 受理 that says it includes 上年结转 is held to 一 + 二
  {
    text: "受理政府信息公开申请83件（含上年结转5件）。",
    tables: { "t3.new.total": 83, "t3.carried.total": 5 },
    expect: [{ expected: 88, actual: 83, cells: ["t3.new.total", "t3.carried.total"] }],
  },
  {
    text: "全县共办理政府信息公开相关行政复议、行政诉讼案件75件，其中行政复议61件、行政诉讼13件。",
    tables: SHUYANG,
    expect: [
      {
        expected: 74,
        actual: 75,
        cells: ["t4.cases.review.total", "t4.cases.direct.total", "t4.cases.afterReview.total"],
      },
    ],
  },
  {
    text: "2024年制发行政规范性文件4件，清理规范性文件5件。",
    tables: { "t2.normative.issued": 3 },
    expect: [{ expected: 3, actual: 4, cells: ["t2.normative.issued"] }],
  },
  {
    text: "本年度无因政府信息公开引发的行政复议。",
    tables: { "t4.cases.review.total": 2 },
    expect: [{ expected: 2, actual: 0, cells: ["t4.cases.review.total"] }],
  },
  {
    text: "全年制发规范性文件9件。",
    edition: "2019",
    year: 2020,
    tables: { "t2.normative.made": 8 },
    expect: [{ expected: 8, actual: 9, cells: ["t2.normative.made"] }],
  },
  {
    narrative: { 1: "全年办结政府信息公开申请12件。", 3: "本年度予以公开7件。" },
    tables: { "t3.resultTotal.total": 12, "t3.open.total": 6 },
    expect: [{ expected: 6, actual: 7, cells: ["t3.open.total"] }],
  },
];

ruleTester("S-03", valid, invalid);
