/** Rectangles (a1.ts), sheet-qualified addresses and name formulas (address.ts), cell comparison (sameCells.ts). */
import {
  intersect,
  qualified,
  rectUnion,
  rectWithin,
  sameCells,
  sheetOfFormula,
  splitAddress,
  type Rect,
} from "../../src/sheet";

const r = (top: number, left: number, bottom: number, right: number): Rect => ({
  top,
  left,
  bottom,
  right,
});

test.each([
  { name: "overlapping", a: r(0, 0, 4, 4), b: r(2, 3, 6, 8), want: r(2, 3, 4, 4) },
  { name: "one inside the other", a: r(0, 0, 9, 9), b: r(2, 2, 3, 3), want: r(2, 2, 3, 3) },
  { name: "touching at one cell", a: r(0, 0, 2, 2), b: r(2, 2, 5, 5), want: r(2, 2, 2, 2) },
  { name: "apart by rows", a: r(0, 0, 2, 2), b: r(3, 0, 5, 2), want: null },
  { name: "apart by columns", a: r(0, 0, 2, 2), b: r(0, 3, 2, 5), want: null },
])("intersect: $name", ({ a, b, want }) => {
  expect(intersect(a, b)).toEqual(want);
  expect(intersect(b, a)).toEqual(want);
});

test.each([
  { name: "inside", inner: r(1, 1, 2, 2), want: true },
  { name: "the same", inner: r(0, 0, 4, 4), want: true },
  { name: "past the bottom", inner: r(1, 1, 5, 2), want: false },
  { name: "above the top", inner: r(-1, 1, 2, 2), want: false },
  { name: "left of it", inner: r(1, -1, 2, 2), want: false },
  { name: "past the right", inner: r(1, 1, 2, 5), want: false },
])("rectWithin: $name", ({ inner, want }) => {
  expect(rectWithin(r(0, 0, 4, 4), inner)).toBe(want);
});

test("rectUnion: the smallest rectangle holding both", () => {
  expect(rectUnion(r(2, 5, 3, 6), r(0, 7, 1, 8))).toEqual(r(0, 5, 3, 8));
});

test.each([
  { address: "D27", want: { sheet: null, cell: "D27" } },
  { address: "Sheet1!A1:B2", want: { sheet: "Sheet1", cell: "A1:B2" } },
  { address: "'2024年报'!D27", want: { sheet: "2024年报", cell: "D27" } },
  { address: "'It''s'!A1", want: { sheet: "It's", cell: "A1" } },
])("splitAddress($address)", ({ address, want }) => {
  expect(splitAddress(address)).toEqual(want);
});

test.each(["Sheet1", "2024年报", "It's", "a b"])(
  "qualified and splitAddress round-trip: %s",
  (s) => {
    expect(splitAddress(qualified(s, "D27"))).toEqual({ sheet: s, cell: "D27" });
  }
);

test.each([
  { formula: "=Sheet1!$A$1:$O$60", want: "Sheet1" },
  { formula: "='2024年报'!$A$1", want: "2024年报" },
  { formula: "=#REF!$A$1", want: null },
  { formula: "=Sheet1!#REF!", want: null },
  { formula: "=$A$1", want: null },
  { formula: "=Sheet1!Total", want: null },
  { formula: 3, want: null },
  { formula: undefined, want: null },
])("sheetOfFormula($formula)", ({ formula, want }) => {
  expect(sheetOfFormula(formula)).toBe(want);
});

test.each([
  { name: "the same cells", now: [[1, "=A1"]], want: true },
  { name: "a number read back as text is the same", now: [["1", "=A1"]], want: true },
  { name: "a changed value", now: [[2, "=A1"]], want: false },
  { name: "a changed formula", now: [[1, "=A2"]], want: false },
])("sameCells: $name", ({ now, want }) => {
  const before = {
    rect: r(5, 2, 6, 4),
    formulas: [
      ["x", 1, "=A1"],
      ["y", 2, 3],
    ],
  };
  expect(sameCells(before, r(5, 3, 5, 4), now)).toBe(want);
});
