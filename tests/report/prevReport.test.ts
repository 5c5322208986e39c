/** --prev as users give it (issue 10): another agency's report, or one of the same or a later year. */
import { checkReport } from "../../src/report/check";
import { yearPair } from "../excel/lastYearPairs";

const { prev, mismatching } = yearPair(11);

test("last year's report of another agency: an X-06 warning", () => {
  const other = { ...prev, agency: "另一个局" };
  const x06 = checkReport(mismatching, { prev: other }).filter((f) => f.rule === "X-06");
  expect(x06).toEqual([
    expect.objectContaining({ severity: "warning", expected: "示例局", actual: "另一个局" }),
  ]);
  expect(checkReport(mismatching, { prev }).filter((f) => f.rule === "X-06")).toEqual([]);
});

test.each([
  ["the same year", 0],
  ["a later year", 1],
])("“last year's” report of %s: the cross-year findings are notes, not errors", (_what, ahead) => {
  const later = { ...prev, year: mismatching.year! + ahead };
  const x = checkReport(mismatching, { prev: later }).filter((f) => f.rule.startsWith("X-"));
  expect(x.map((f) => f.rule)).toEqual(expect.arrayContaining(["X-00", "X-01"]));
  expect(x.filter((f) => f.severity !== "info")).toEqual([]);
  // The real last year still gives errors.
  expect(
    checkReport(mismatching, { prev }).some((f) => f.rule === "X-01" && f.severity === "error")
  ).toBe(true);
});
