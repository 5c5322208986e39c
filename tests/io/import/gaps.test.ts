/** IMP-01..03: what of a table was not read, as typed gaps, and each rule's wording. */
import { gapsOf } from "../../../src/io/import/completeness";
import { gapFinding, type ImportGap } from "../../../src/io/import/gaps";
import { emptyRead } from "../../../src/io/import/tables/read";
import { cellsOf } from "../../../src/report/cells";
import type { Report } from "../../../src/report/types";

const blank: Report = { edition: "2021", year: 2024, agency: "", values: {} };
const cells = cellsOf(blank);
const table2Filled: Report = {
  ...blank,
  values: Object.fromEntries(cells.filter((c) => c.table === 2).map((c) => [c.key, 1])),
};

describe("gapsOf", () => {
  it("a table not found is absent (IMP-01)", () => {
    expect(gapsOf(blank, cells, 3, emptyRead(3))).toEqual({
      found: [{ rule: "IMP-01", table: 3, found: false }],
      absent: true,
      unread: [],
    });
  });

  it("a table found without a value read is absent too", () => {
    const read = { ...emptyRead(2), found: true };
    expect(gapsOf(blank, cells, 2, read).found).toEqual([
      { rule: "IMP-01", table: 2, found: true },
    ]);
  });

  it("a table printed twice with a short row: IMP-03, then IMP-02", () => {
    const short = { label: "制发件数", line: 5, read: 3, expected: 4 };
    const read = { ...emptyRead(2), found: true, duplicate: { line: 40 }, shortRows: [short] };
    expect(gapsOf(table2Filled, cells, 2, read)).toEqual({
      found: [
        { rule: "IMP-03", table: 2, line: 40 },
        { rule: "IMP-02", table: 2, rows: expect.any(Number), missing: [], short: [short] },
      ],
      absent: false,
      unread: [],
    });
  });
});

describe("gapFinding words each rule", () => {
  it.each<[ImportGap, string, string]>([
    [
      { rule: "IMP-01", table: 4, found: false },
      "表四（政府信息公开行政复议、行政诉讼情况）未读到：文中没有找到这张表；该表未核对。",
      "Table 4 (administrative review and litigation) was not read: it was not found; it was not checked.",
    ],
    [
      { rule: "IMP-03", table: 3 },
      "表三印了两次（后面又出现一份），只读入第一份；请核对两份是否一致。",
      "Table 3 is printed twice (again); only the first copy was read. Check that the two agree.",
    ],
    [
      { rule: "IMP-03", table: 3, line: 88 },
      "表三印了两次（第88行又出现一份），只读入第一份；请核对两份是否一致。",
      "Table 3 is printed twice (again at line 88); only the first copy was read. Check that the two agree.",
    ],
    [
      {
        rule: "IMP-02",
        table: 2,
        rows: 10,
        missing: ["甲", "乙"],
        short: [{ label: "", read: 1, expected: 4 }],
      },
      "表二不完整：只读到 8 行（应有 10 行），缺“甲”…“乙”共 2 行；只读到 1 个数（应有 4 个）。没读到的格子未核对。",
      "Table 2 is incomplete: only 8 of 10 rows were read; missing: 2 rows, “甲” … “乙”; the row has 1 of 4 values. The cells not read were not checked.",
    ],
  ])("%j", (gap, zh, en) => {
    expect(gapFinding(gap)).toEqual({
      rule: gap.rule,
      severity: "error",
      cells: [],
      message: { zh, en },
    });
  });
});
