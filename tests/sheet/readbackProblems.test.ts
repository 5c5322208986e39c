/** Read-back problems: detection as typed facts (mergeFacts, intactShift), wording by kind. */
import { layoutOf } from "../../src/sheet/layout";
import { intactShift, mergeFacts } from "../../src/sheet/readback";
import { sheetMessage, sheetProblem, type SheetFact } from "../../src/sheet/readbackProblems";
import { rectAddress, a1 } from "../../src/sheet/a1";

const layout = layoutOf({ edition: "2021" });
const t3 = layout.tables[1];
const mine = layout.merges.filter(
  (r) =>
    r.top >= t3.rect.top &&
    r.bottom <= t3.rect.bottom &&
    r.left >= t3.rect.left &&
    r.right <= t3.rect.right
);
const all = (shift: number) =>
  mine.map((r) => rectAddress({ ...r, top: r.top + shift, bottom: r.bottom + shift }));

describe("mergeFacts", () => {
  const first = mine[0];
  const label = layout.labels.find((l) => l.rect.top === first.top && l.rect.left === first.left);

  it.each<[string, string[], number, SheetFact[]]>([
    ["all present", all(0), 0, []],
    ["all present, table moved down 2", all(2), 2, []],
    [
      "top-left cells only (office-js #1590)",
      mine.map((r) => a1({ row: r.top, col: r.left })),
      0,
      [],
    ],
    [
      "the first one missing",
      all(0).slice(1),
      0,
      [
        {
          kind: "mergeMissing",
          table: 3,
          address: all(0)[0],
          label: label ? label.text : null,
        },
      ],
    ],
    ["a merge outside the table is not its business", [...all(0), "ZZ1000:ZZ1001"], 0, []],
  ])("%s", (_, given, shift, facts) => {
    expect(mergeFacts(layout, t3, new Set(given), shift)).toEqual(facts);
  });

  it("reports a merge inside the table that the layout does not have", () => {
    const extra = rectAddress({
      top: t3.rect.bottom,
      left: t3.rect.right - 1,
      bottom: t3.rect.bottom,
      right: t3.rect.right,
    });
    expect(mergeFacts(layout, t3, new Set([...all(0), extra]), 0)).toEqual([
      { kind: "mergeUnexpected", table: 3, address: extra },
    ]);
  });
});

describe("intactShift", () => {
  const pair = (exp: number, got: number | null) => ({ exp, got, match: got !== null });
  it.each([
    ["in place", [pair(5, 5), pair(6, 6)], [], [], 0],
    ["moved down 3", [pair(5, 8), pair(6, 9)], [], [], 3],
    ["a row deleted", [pair(5, 5), pair(6, null)], [pair(6, null)], [], null],
    ["a row inserted", [pair(5, 5), pair(6, 7)], [], [6], null],
  ])("%s", (_, pairs, deleted, inserted, shift) => {
    expect(intactShift({ pairs, deleted, inserted })).toBe(shift);
  });
});

describe("each kind worded in one place", () => {
  it.each<[SheetFact, string, string]>([
    [
      { kind: "rowDeleted", table: 3, address: "A9", expected: "", name: { row: 4, labels: [] } },
      "表三第4行（数据行）被删除了。",
      "Table 3: row 4 (the data row) has been deleted.",
    ],
    [
      { kind: "rowDeleted", table: 2, address: "A9", expected: "", name: { caption: "表二" } },
      "表二标题行（“表二”）被删除了。",
      "Table 2: the caption row (“表二”) has been deleted.",
    ],
    [
      { kind: "label", table: 4, address: "B7", expected: "维持", actual: "" },
      "B7 应为“维持”，现为（空白）。",
      "B7 must read “维持” but reads (blank).",
    ],
    [
      { kind: "tableMoved", table: 4, address: "A12", shift: -1, sheetRow: 11 },
      "表四整体上移了 1 行（现从第12行开始），已按新位置读取。",
      "Table 4 has moved up by 1 row(s) (it now starts at row 12); read from there.",
    ],
    [
      { kind: "mergeMissing", table: 3, address: "C5:C9", label: null },
      "C5:C9 应合并为一格（填数格），现在没有合并。",
      "C5:C9 must be one merged cell (an input cell) but is not merged.",
    ],
    [
      {
        kind: "tableDamaged",
        table: 3,
        address: "A1:K40",
        title: "收到和处理政府信息公开申请情况",
        deleted: 1,
        inserted: 0,
        labels: 2,
        mergesSplit: false,
      },
      "表三（收到和处理政府信息公开申请情况）的格式被改动：删除了 1 行，2 处标签被改动。请撤销修改或重新插入表格，否则数据可能读错位置。",
      "Table 3 (收到和处理政府信息公开申请情况) has been altered: 1 row(s) deleted, 2 label(s) changed. Undo the change or insert the table again, or values may be read from the wrong cells.",
    ],
  ])("%j", (fact, zh, en) => {
    expect(sheetMessage(fact)).toEqual({ zh, en });
  });

  it("a problem past the listed labels is of kind label, with no address", () => {
    expect(sheetProblem({ kind: "moreLabels", table: 2, count: 3 })).toEqual({
      kind: "label",
      severity: "error",
      table: 2,
      message: {
        zh: "表二另有 3 处标签不符（可能插入或删除了列）。",
        en: "Table 2: 3 more labels differ (a column may have been inserted or deleted).",
      },
    });
  });
});
