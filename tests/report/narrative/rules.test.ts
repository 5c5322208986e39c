/** S-06 percentages, S-07 totals and parts, S-02 fee notices, L-03 section headings. */
import { ruleTester, type Case } from "./tester";

const SYNTHETIC = {
  "t3.open.total": 42,
  "t3.partial.total": 17,
  "t3.resultTotal.total": 114,
  "t3.new.total": 111,
};
const REVIEW = {
  "t4.cases.review.upheld": 6,
  "t4.cases.review.corrected": 2,
  "t4.cases.review.otherResult": 1,
  "t4.cases.review.pending": 2,
  "t4.cases.review.total": 11,
};

ruleTester(
  "S-06",
  [
    {
      text: "办结的申请中，予以公开42件、部分公开17件，予以公开及部分公开合计占办结总数的51.8%。",
      tables: SYNTHETIC,
      expect: [],
    },
    // printed with fewer digits: 51.75 rounds to 52
    { text: "予以公开及部分公开合计占办结总数的52%。", tables: SYNTHETIC, expect: [] },
    { text: "予以公开42件，占办结总数的36.8%。", tables: SYNTHETIC, expect: [] },
    { text: "予以公开和部分公开占受理申请总数的53.2%。", tables: SYNTHETIC, expect: [] },
    // 纠错率 over all cases (18.2%) or over decided cases (22.2%)
    { text: "行政复议纠错率为18.2%。", tables: REVIEW, expect: [] },
    { text: "行政复议纠错率为22.2%。", tables: REVIEW, expect: [] },
    // no basis in the tables: nothing to say
    { text: "群众满意率达98.5%，政府信息公开申请按时答复率100%。", tables: SYNTHETIC, expect: [] },
    { text: "予以公开及部分公开合计占办结总数的60%。", expect: [] },
  ],
  [
    {
      text: "予以公开及部分公开合计占办结总数的51.7%。",
      tables: SYNTHETIC,
      expect: [
        {
          expected: "51.8%",
          actual: "51.7%",
          cells: ["t3.open.total", "t3.partial.total", "t3.resultTotal.total"],
        },
      ],
    },
    {
      text: "部分公开17件，占办结总数的15.0%。",
      tables: SYNTHETIC,
      expect: [{ expected: "14.9%", actual: "15.0%" }],
    },
    { text: "行政复议纠错率为30%。", tables: REVIEW, expect: [{ expected: "18%", actual: "30%" }] },
  ]
);

ruleTester(
  "S-07",
  [
    {
      text: "全年发生政府信息公开行政复议351件，其中结果维持72件、结果纠正64件、其他结果178件、尚未审结37件；政府信息公开行政诉讼46件，其中结果维持25件、结果纠正5件、其他结果9件、尚未审结7件。",
      expect: [],
    },
    {
      text: "全年新收政府信息公开申请111件，其中自然人申请86件、法人或其他组织申请25件，另有上年结转申请8件。",
      expect: [],
    },
    // some outcomes only: not a complete list, not checked
    { text: "答复3050件。其中，予以公开1362件，部分公开454件。", expect: [] },
    { text: "受理申请100件，其中予以公开40件、部分公开20件。", expect: [] },
    // units differ: not a list of the total's parts
    { text: "收取信息处理费共计380元，其中县民政局1件，收取380元。", expect: [] },
    {
      text: "全年共审核发布各类政府信息249条，其中行政公文和政策解读信息9条，政府网站动态信息185条，其他55条。",
      expect: [],
    },
    {
      text: "主动公开政府信息225条，其中：1、组织机构类信息3条；2、部门文件类信息3条；3、其他信息219条。",
      expect: [],
    },
    // a numbered item that cannot be read (it carries a share): the list is not checked
    {
      text: "主动公开政府信息225条，其中：1.组织机构类信息3条，占1%；2.部门文件类信息3条；3.其他信息200条。",
      expect: [],
    },
  ],
  [
    // 2020-haizhu-investment
    {
      text: "2020年，区投资促进局主动公开政府信息225条，其中：1.组织机构类信息3条；2.部门文件类信息3条；3.动态类信息36条；4.财政预决算信息2条；5.其他信息176条。通过政府网站发布信息49条。",
      edition: "2019",
      year: 2020,
      expect: [{ expected: 220, actual: 225 }],
    },
    {
      text: "全年发生政府信息公开行政复议350件，其中结果维持72件、结果纠正64件、其他结果178件、尚未审结37件。",
      expect: [{ expected: 351, actual: 350 }],
    },
    {
      text: "新收申请111件，其中自然人申请86件、法人或其他组织申请24件。",
      expect: [{ expected: 110, actual: 111 }],
    },
    {
      text: "发布信息120条，其中：（1）通知公告20条；（2）工作动态90条；（3）政策解读5条。",
      expect: [{ expected: 115, actual: 120 }],
    },
  ]
);

const FEES = { "t3.other2.natural": 2, "t3.other2.total": 2 };
const SIX_FEES = "全年发出收费通知3件，收费通知总金额共计260元，实际收取信息处理费100元（1件）。";

ruleTester(
  "S-02",
  [
    { narrative: { 6: SIX_FEES }, tables: FEES, expect: [] },
    { narrative: { 6: "全年收取政府信息公开信息处理费3940元。" }, tables: FEES, expect: [] },
    { narrative: { 6: "本年度无其他需要报告的事项。" }, expect: [] },
    // no section 六 text yet (a workbook being filled in)
    { narrative: {}, tables: FEES, expect: [] },
    // 2019-style 表三 has no （六）2. row
    { narrative: { 6: "无。" }, tableEditions: { 3: "2019" }, expect: [] },
    {
      narrative: { 6: SIX_FEES },
      tables: FEES,
      fees: { notices: 3, billed: 260, collected: 100 },
      expect: [],
    },
  ],
  [
    {
      narrative: { 6: "本年度无其他需要报告的事项。" },
      tables: FEES,
      expect: [{ actual: "第六部分未提及收费", cells: ["t3.other2.total"] }],
    },
    {
      narrative: { 6: SIX_FEES },
      tables: FEES,
      fees: { notices: 1 },
      expect: [{ expected: "≥ 2", actual: 1 }],
    },
  ]
);

const CANONICAL = {
  1: "一、总体情况",
  2: "二、主动公开政府信息情况",
  3: "三、收到和处理政府信息公开申请情况",
  4: "四、政府信息公开行政复议、行政诉讼情况",
  5: "五、存在的主要问题及改进情况",
  6: "六、其他需要报告的事项",
};

const headings = (over: Record<number, string | undefined>): Case => {
  const h: Record<number, string> = { ...CANONICAL };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) delete h[Number(k)];
    else h[Number(k)] = v;
  }
  return { headings: h, expect: [] };
};

ruleTester(
  "L-03",
  [
    headings({}),
    headings({ 1: "一、 总体情况" }),
    // typed in the workbook: no printed headings, nothing to say
    { narrative: { 1: "……" }, expect: [] },
    { narrative: { 1: "……" }, headings: {}, expect: [] },
  ],
  [
    {
      ...headings({ 6: undefined }),
      expect: [{ expected: "六、其他需要报告的事项", actual: "（缺失）", severity: "warning" }],
    },
    {
      ...headings({ 5: "五、存在的主要问题及整改措施" }),
      expect: [
        {
          expected: "五、存在的主要问题及改进情况",
          actual: "五、存在的主要问题及整改措施",
          severity: "info",
        },
      ],
    },
    {
      ...headings({
        4: "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
        5: "五、政府信息公开工作存在的主要问题及改进情况",
      }),
      expect: [
        { actual: "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", severity: "info" },
        { actual: "五、政府信息公开工作存在的主要问题及改进情况", severity: "info" },
      ],
    },
    {
      ...headings({ 5: "五、其他需要报告的事项", 6: "六、存在的主要问题及改进情况" }),
      expect: [{ severity: "warning" }, { severity: "warning" }],
    },
    { ...headings({ 3: "四、收到和处理政府信息公开申请情况" }), expect: [{ severity: "warning" }] },
  ]
);

test("L-03 names the missing section in words", () => {
  const { findingsOf } = jest.requireActual("./tester") as typeof import("./tester");
  const [f] = findingsOf(headings({ 6: undefined }), "L-03");
  expect(f.message.zh).toContain("缺少第六部分 六、其他需要报告的事项");
});
