/** Consolidation as users mix files (issue 10): majority year, --year, the same unit twice, the 2019 （六） row. */
import { cellKey, cellsOf, leafColumns, tablesOf } from "../../src/report/cells";
import { checkReport } from "../../src/report/check";
import { readNumbers } from "../../src/report/check/values";
import { consolidate } from "../../src/report/consolidate";
import type { Report } from "../../src/report/types";
import { randomBalancedReport } from "../support/randomReport";

const unit = (seed: number, agency: string, year = 2024): Report => ({
  ...randomBalancedReport(seed, "2021", year),
  agency,
});

/** A 2021-edition report whose 表三 prints （六）其他处理 as the 2019 single row. */
function singleOtherRow(r: Report): Report {
  const out: Report = { ...r, values: { ...r.values }, tableEditions: { 3: "2019" } };
  for (const col of leafColumns(tablesOf(r).t3.header)) {
    let s = 0;
    for (const id of ["other1", "other2", "other3"]) {
      s += (r.values[cellKey(3, id, col.id)] as number) ?? 0;
      delete out.values[cellKey(3, id, col.id)];
    }
    out.values[cellKey(3, "other", col.id)] = s;
  }
  return out;
}

test("the year is the majority's, not the first file's", () => {
  const c = consolidate([
    { source: "a", report: unit(1, "甲", 2023) },
    { source: "b", report: unit(2, "乙") },
    { source: "c", report: unit(3, "丙") },
  ]);
  expect(c.summary!.year).toBe(2024);
  expect(c.refused.map((r) => r.source)).toEqual(["a"]);
  expect(c.refused[0].reason.zh).toBe("a 是 2023 年度的报告，与 2024 年度不同，不能汇总。");
});

test("--year chooses the year", () => {
  const c = consolidate(
    [
      { source: "a", report: unit(1, "甲", 2023) },
      { source: "b", report: unit(2, "乙") },
      { source: "c", report: unit(3, "丙") },
    ],
    undefined,
    { year: 2023 }
  );
  expect(c.summary!.year).toBe(2023);
  expect(c.refused.map((r) => r.source)).toEqual(["b", "c"]);
});

test("the same unit (agency and year) twice is refused, naming both files", () => {
  const c = consolidate([
    { source: "甲.txt", report: unit(1, "甲") },
    { source: "乙.txt", report: unit(2, "乙") },
    { source: "甲-副本.txt", report: unit(1, "甲") },
  ]);
  expect(c.refused).toEqual([
    {
      source: "甲-副本.txt",
      reason: {
        zh: "甲-副本.txt 与 甲.txt 是同一单位（甲）同一年度的报告，不能重复汇总。",
        en: expect.stringContaining("甲-副本.txt and 甲.txt"),
      },
    },
  ]);
  expect(c.units.map((u) => u.source)).toEqual(["甲.txt", "乙.txt"]);
});

test("a 2021 report whose 表三 uses the 2019 single （六） row: summed at the group, with a note", () => {
  const a = unit(4, "甲");
  const b = singleOtherRow(unit(5, "乙"));
  expect(checkReport(b).filter((f) => f.severity === "error")).toEqual([]);
  const c = consolidate([
    { source: "甲.txt", report: a },
    { source: "乙.txt", report: b },
  ]);
  expect(c.refused).toEqual([]);
  const s = c.summary!;
  expect(s.tableEditions?.[3]).toBe("2019");
  const na = readNumbers(a, null);
  const nb = readNumbers(b, null);
  const other = (col: string) =>
    ["other1", "other2", "other3"].reduce((x, id) => x + na.get(cellKey(3, id, col))!, 0) +
    nb.get(cellKey(3, "other", col))!;
  expect(s.values[cellKey(3, "other", "natural")]).toBe(other("natural"));
  expect(s.values[cellKey(3, "open", "total")]).toBe(
    na.get(cellKey(3, "open", "total"))! + nb.get(cellKey(3, "open", "total"))!
  );
  expect(cellsOf(s).some((x) => x.rowId === "other1")).toBe(false);
  expect(checkReport(s).filter((f) => f.severity === "error")).toEqual([]);
  expect(c.notes.map((n) => n.zh)).toEqual([
    expect.stringContaining("乙.txt 的表三“（六）其他处理”只印一行"),
  ]);
});

test("another 表二 layout is refused with words that say what differs", () => {
  const odd: Report = { ...unit(6, "丙"), tableEditions: { 2: "2019" } };
  const c = consolidate([
    { source: "甲", report: unit(4, "甲") },
    { source: "乙", report: unit(5, "乙") },
    { source: "丙", report: odd },
  ]);
  expect(c.refused.map((r) => r.reason.zh)).toEqual([
    "丙 的表二是 2019 版式，其他单位是 2021 版式，栏目不同，不能汇总。",
  ]);
});
