/** The expectation-file parser: the line shapes it reads, and the lines it refuses (loudly, by line number). */
import { expandRules, parseExpectedMd, parseFindingLine, parseValue } from "./expectedMd";

const HEADER = `# 2019-example.html — what a correct checker must report

- Title: 示例市2019年政府信息公开工作年度报告
- Report year: **2019**
- Edition detected: **2019 edition** (格式（试行）) — by report year 2019: 2019; 表二 columns: 2019 edition (5-column grid); 表三 has the 2019-style single （六）其他处理 row
- Source: synthetic
- Cells read: 表二 22; 表三 23 rows × 7 = 161; 表四 15.

## Conventions
- anything at all | here is | skipped

`;

const REPORT = `## Must report

### Balancing rules (T3-01..03, T4-01..03)

- T3-01 | error | 表三 | 一+二 vs （七）总计+四 | 自然人 | expected 92 | actual 93
- T3-03 | error | 表三 | （三）不予公开 1.属于国家秘密 | 总计 | expected 3 | actual (blank)
- T4-01 | error | 表四 | 行政复议 | 总计 | expected 11 | actual 0

### Cell rules (ALL-01, ALL-02, S-01, S-05)

Totals: ALL-02 in 表三, actual (blank): 2 cells.

- ALL-01 | warning | 表三 | （一）予以公开 | 自然人 | expected 12 | actual “１２”
- ALL-02 | format | 表三 | （一）予以公开 | 商业企业 | expected 0 | actual (blank)
- ALL-02 | format | 表三 | （一）予以公开 | 科研机构 | expected 0 | actual (blank)
- S-05 | warning | 表二 | 政府集中采购 | 采购总金额 | expected — | actual “251000元”

### Narrative vs table (S-03, S-06)

- S-03 | 一、总体情况（二） | 受理 (= 一 总计) | expected 275 (table) | actual 258 (narrative)
- S-06 | 一、总体情况（二） | 公开率 | expected 51.8% (table) | actual 50% (narrative)

### Structure, headings and labels (format.md §5.4; no rule id)

- label (numbering) | 表三 | （六）其他处理 3.其他 | expected “3.其他” | actual “3、其他”
- label | 表二 | 第二十条第（九）项 column headers | expected ['采购项目数量', '采购总金额'] | actual ['采购项目数量', '采购总金额（万元）']
- structure | 表三 | （六）其他处理 | expected three sub-rows (2021 edition) | actual one row (2019 edition layout)
- heading variant | section 四 | canonical “四、政府信息公开行政复议、行政诉讼情况” | actual “四、因政府信息公开工作被申请行政复议、提起行政诉讼情况”

`;

const NOT = `## Must NOT report

- T3-02 for 自然人、总计 (（七）总计 = sum of the result rows).
- T3-03 for any of the 23 rows of 表三 (every 总计 equals …).
- X-01..X-04 (no previous-year report is supplied with this file).
- S-05: 采购总金额 holds a bare 0.
- ALL-01 for 96171.6 (decimals are allowed in the 万元 fee cell).
- ALL-02 for 表二 (it is complete).
- L-03 for section 五 (a drift variant; an info note is acceptable).
- S-03 for “受理政府信息公开申请749件”: the sentence adds 上年结转.
- S-03 / S-06 for these narrative figures, which agree with the tables:
  - S-03 | 一、总体情况（二） | 办结 | expected 114 (table) | actual 114 (narrative)
- Any error for these tolerated variants (an info note is acceptable):
  - label (punctuation/spacing) | 表三 | group label | expected “（四）无法提供” | actual “(四) 无法提供”
- An edition mismatch: a 2019 report must use the 2019 edition, and it does.
- A missing section 五: “五、存在的主要问题及整改措施” is section 五.
- A missing row for 行政规范性文件: the row printed as “规范性文件” is that row (8 / 0 / 18).
- Any problem with the page break after “1.本机关不掌握相关政府信息” (the next rows still belong to （四）无法提供).

## Notes for parsing this file

- free text
`;

test("a file with every shape is read without errors", () => {
  const md = parseExpectedMd(HEADER + REPORT + NOT);
  expect(md.errors).toEqual([]);
  expect(md.file).toBe("2019-example.html");
  expect(md.year).toBe(2019);
  expect(md.edition).toEqual({
    report: "2019",
    byYear: { year: 2019, edition: "2019" },
    tables: { 2: "2019", 3: "2019" },
  });
  expect(md.cellsRead).toEqual({ 2: 22, 3: 161, 4: 15 });
  expect(md.t3Rows).toBe(23);
  expect(md.mustReport.map((s) => [s.rules, s.lines.length, s.none])).toEqual([
    [["T3-01", "T3-02", "T3-03", "T4-01", "T4-02", "T4-03"], 3, false],
    [["ALL-01", "ALL-02", "S-01", "S-05"], 4, false],
    [["S-03", "S-06"], 2, false],
    [["L-01", "L-02", "L-03"], 4, false],
  ]);
  expect(md.mustReport[1].totals).toEqual([
    expect.objectContaining({ rule: "ALL-02", table: 3, count: 2, actual: { kind: "blank" } }),
  ]);
  const s05 = md.mustReport[1].lines[3];
  expect(s05).toEqual(
    expect.objectContaining({
      kind: "cell",
      rule: "S-05",
      table: 2,
      actual: { kind: "text", s: "251000元" },
    })
  );
  expect(s05).not.toHaveProperty("expected.kind");
  expect(md.mustNot.map((n) => n.kind)).toEqual([
    "rules",
    "rules",
    "rules",
    "rules",
    "rules",
    "rules",
    "rules",
    "rules",
    "figures",
    "tolerated",
    "edition",
    "missingSection",
    "missingRow",
    "pageBreak",
  ]);
  const scopes = md.mustNot.flatMap((n) =>
    n.kind === "rules" ? [[n.rules, n.scope, n.infoOk]] : []
  );
  expect(scopes).toEqual([
    [["T3-02"], { kind: "labels", labels: ["自然人", "总计"] }, false],
    [["T3-03"], { kind: "rows", table: 3, count: 23 }, false],
    [["X-01", "X-02", "X-03", "X-04"], { kind: "all" }, false],
    [["S-05"], { kind: "all" }, false],
    [["ALL-01"], { kind: "value", value: { kind: "number", n: 96171.6, percent: false } }, false],
    [["ALL-02"], { kind: "tables", tables: [2] }, false],
    [["L-03"], { kind: "section", section: 5 }, true],
    [["S-03"], { kind: "quote", quote: "受理政府信息公开申请749件" }, false],
  ]);
  expect(md.mustNot[12]).toEqual(
    expect.objectContaining({ label: "行政规范性文件", printed: "规范性文件", values: [8, 0, 18] })
  );
  expect(md.mustNot[13]).toEqual(
    expect.objectContaining({ rows: ["1.本机关不掌握相关政府信息"], groups: ["（四）无法提供"] })
  );
});

test("“none” sections", () => {
  const md = parseExpectedMd(
    HEADER + "## Must report\n\n### Narrative vs table (S-03, S-06)\n\n- none\n"
  );
  expect(md.errors).toEqual([]);
  expect(md.mustReport).toEqual([
    expect.objectContaining({ rules: ["S-03", "S-06"], none: true, lines: [] }),
  ]);
});

describe("lines it cannot read fail loudly, with their line number", () => {
  const errorsOf = (text: string) => parseExpectedMd(text).errors.map((e) => [e.line, e.why]);
  const lineOf = (text: string, marker: string) =>
    text.split("\n").findIndex((l) => l.includes(marker)) + 1;
  test.each([
    [
      "an unknown header key",
      HEADER.replace("- Source: synthetic", "- Colour: blue") + REPORT,
      "Colour",
      /unknown header key/,
    ],
    [
      "an unreadable edition",
      HEADER.replace("**2019 edition**", "**the old one**") + REPORT,
      "the old one",
      /cannot read the edition/,
    ],
    ["an unknown ## section", HEADER + REPORT + "## Remarks\n", "## Remarks", /unknown section/],
    [
      "a finding line of an unknown kind",
      HEADER + REPORT.replace("- T4-01 |", "- sum check |"),
      "sum check",
      /unknown line kind/,
    ],
    [
      "a cell line without a column",
      HEADER + REPORT.replace("| （一）予以公开 | 自然人 |", "| （一）予以公开 |"),
      "expected 12 |",
      /cell line needs/,
    ],
    [
      "a rule outside its section",
      HEADER + REPORT.replace("- T4-01 |", "- S-03 |"),
      "- S-03 | error",
      /not one of this section's/,
    ],
    [
      "a totals line that does not add up",
      HEADER + REPORT.replace("2 cells", "3 cells"),
      "Totals:",
      /totals line says 3/,
    ],
    [
      "prose in a section",
      HEADER + REPORT.replace("- T4-01 | error", "T4-01 | error"),
      "T4-01 | error",
      /not a list item/,
    ],
    [
      "a must-not sentence without a rule id",
      HEADER + REPORT + NOT.replace("- X-01..X-04", "- Cross-year rules"),
      "Cross-year rules",
      /names no rule id/,
    ],
    [
      "a sub-item under a plain sentence",
      HEADER +
        REPORT +
        NOT.replace(
          "X-04 (no previous-year report is supplied with this file).",
          "X-04 (…)\n  - X-01 | 表三 | a | b | expected 1 | actual 2"
        ),
      "X-04 (…)",
      /unexpected sub-item/,
    ],
  ])("%s", (_what, text, marker, why) => {
    const errors = errorsOf(text);
    expect(errors).toEqual(
      expect.arrayContaining([[lineOf(text, marker), expect.stringMatching(why)]])
    );
  });

  test("a file without the header facts", () => {
    expect(errorsOf(REPORT).map(([, why]) => why)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Report year/),
        expect.stringMatching(/Edition detected/),
        expect.stringMatching(/Cells read/),
      ])
    );
  });
});

test("values and rule lists", () => {
  expect(parseValue("(blank)")).toEqual({ kind: "blank" });
  expect(parseValue("0 (blank)")).toEqual({ kind: "number", n: 0, percent: false });
  expect(parseValue("51.8% (table)")).toEqual({ kind: "number", n: 51.8, percent: true });
  expect(parseValue("≤ 524")).toEqual({ kind: "number", n: 524, percent: false, cmp: "≤" });
  expect(parseValue("“１２”")).toEqual({ kind: "text", s: "１２" });
  expect(parseValue("１２")).toEqual({ kind: "text", s: "１２" });
  expect(parseValue("-3")).toEqual({ kind: "number", n: -3, percent: false });
  expect(parseValue("one row (2019 edition layout) in a 2024 report")).toEqual(
    expect.objectContaining({ kind: "prose", edition: "2019" })
  );
  expect(expandRules("T3-01..03, T4-01..03")).toEqual([
    "T3-01",
    "T3-02",
    "T3-03",
    "T4-01",
    "T4-02",
    "T4-03",
  ]);
  expect(expandRules("X-01..X-04")).toEqual(["X-01", "X-02", "X-03", "X-04"]);
  expect(expandRules("S-03 / S-06")).toEqual(["S-03", "S-06"]);
  expect(parseFindingLine("T3-01 | error | 表三 | 一 | 自然人", 1)).toMatch(/no expected/);
});
