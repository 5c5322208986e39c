/** The pure print plan: column snapping, row heights within Excel's limits, merges that do not overlap. */
import { printInput } from "../../src/excel/printSheet";
import { tableGrids } from "../../src/io/export/layout";
import type { EditionId } from "../../src/report";
import { parseRange, type Rect } from "../../src/sheet/a1";
import {
  PRINT_COLUMNS,
  PRINT_COLUMN_WIDTH,
  printPlan,
  snapWidths,
  splitLong,
} from "../../src/sheet/printPlan";
import { zeroReport } from "../support/reports";

const EDITIONS: EditionId[] = ["2019", "2021"];

describe("snapWidths", () => {
  test.each(EDITIONS)(
    "every table of the %s edition fills the print columns, value columns equal",
    (edition) => {
      for (const g of tableGrids({ edition, values: {} })) {
        const cols = snapWidths(g.widths);
        expect(cols.reduce((s, c) => s + c, 0)).toBe(PRINT_COLUMNS);
        expect(Math.min(...cols)).toBeGreaterThanOrEqual(1);
        // Equal shares (value columns) get equal whole columns.
        const byShare = new Map<string, Set<number>>();
        g.widths.forEach((w, i) =>
          byShare.set(w.toFixed(6), (byShare.get(w.toFixed(6)) ?? new Set()).add(cols[i]))
        );
        for (const set of byShare.values()) expect(set.size).toBe(1);
      }
    }
  );

  test("more grid columns than print columns is an error, not a broken sheet", () => {
    expect(() => snapWidths(Array(31).fill(1 / 31))).toThrow(/does not fit/);
  });
});

test("the block fits the A4 版心 (156 mm)", () => {
  expect(PRINT_COLUMNS * PRINT_COLUMN_WIDTH).toBeLessThanOrEqual((156 * 72) / 25.4);
});

test("a very long paragraph is split into rows Excel can show (row height ≤ 409 pt)", () => {
  const r = zeroReport(2024, "某某局");
  const long = "全年共受理政府信息公开申请若干件，均已按期答复；".repeat(80);
  r.narrative = { 1: long };
  const plan = printPlan(printInput(r));
  for (const h of plan.rowHeights) {
    expect(h.height).toBeGreaterThan(0);
    expect(h.height).toBeLessThanOrEqual(409);
  }
  const text = plan.values
    .flat()
    .filter((v): v is string => typeof v === "string" && v.includes("全年共受理"));
  expect(text.length).toBeGreaterThan(1);
  // Nothing lost in the split (apostrophe and indent aside).
  expect(text.map((t) => t.replace(/^'(\u3000\u3000)?/, "")).join("")).toBe(long);
  // Cut after a full stop or semicolon.
  for (const t of text.slice(0, -1)) expect(t).toMatch(/[。；]$/);
});

test("splitLong keeps short text whole", () => {
  expect(splitLong("短句。", 16, 400, 21)).toEqual(["短句。"]);
});

test.each(EDITIONS)(
  "%s: merges lie inside the block and never overlap; every text value is kept as text",
  (edition) => {
    const r = zeroReport(edition === "2019" ? 2020 : 2024, "某某局");
    r.values["t3.new.natural"] = "=SUM(A1)";
    const plan = printPlan(printInput(r));
    const block = parseRange(plan.range)!;
    const rects = plan.merges.map((m) => parseRange(m)!);
    const inside = (a: Rect) =>
      a.top >= block.top &&
      a.left >= block.left &&
      a.bottom <= block.bottom &&
      a.right <= block.right;
    const overlap = (a: Rect, b: Rect) =>
      a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
    expect(rects.filter((a) => !inside(a))).toEqual([]);
    const clashes = rects.flatMap((a, i) =>
      rects
        .slice(i + 1)
        .filter((b) => overlap(a, b))
        .map((b) => [a, b])
    );
    expect(clashes).toEqual([]);
    for (const v of plan.values.flat())
      if (typeof v === "string" && v !== "") expect(v.startsWith("'")).toBe(true);
    expect(plan.values.flat()).toContain("'=SUM(A1)");
    expect(plan.values.every((row) => row.length === PRINT_COLUMNS)).toBe(true);
    expect(plan.page).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      printArea: plan.range,
    });
  }
);

test("the print sheet carries the preface after the title and signs with the published signer", () => {
  const r = {
    ...zeroReport(2024, "淮安市人民政府"),
    preface: "本报告由淮安市人民政府办公室编制。",
    signer: "淮安市人民政府办公室",
  };
  const text = printPlan(printInput(r))
    .values.flat()
    .filter((v): v is string => typeof v === "string" && v !== "");
  const at = (s: string) => text.findIndex((v) => v.includes(s));
  expect(at("本报告由淮安市人民政府办公室编制。")).toBeGreaterThan(at("年度报告"));
  expect(at("本报告由淮安市人民政府办公室编制。")).toBeLessThan(at("一、总体情况"));
  expect(text.some((v) => v.replace(/[\s\u3000']/g, "") === "淮安市人民政府办公室")).toBe(true);
  // Blank: a drafted preface, and the agency signs.
  const bare = printPlan(printInput(zeroReport(2024, "某局")))
    .values.flat()
    .join("|");
  expect(bare).toMatch(/本报告根据《中华人民共和国政府信息公开条例》.*请与某局联系。/);
});
