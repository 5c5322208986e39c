/**
 * Properties of the checker over random reports of both editions: balanced tables give no error, and
 * changing any one value cell gives an error finding that names that cell.
 */
import fc from "fast-check";
import { cellsOf, checkReport, type EditionId } from "../../src/report";
import { randomBalancedReport } from "../support/randomReport";

const editions: [EditionId, number][] = [
  ["2019", 2020],
  ["2021", 2024],
];

describe.each(editions)("%s edition", (edition, year) => {
  const cells = cellsOf({ edition });
  // 表二 cells are not in a sum; a changed 表二 value is only caught by plausibility and value rules.
  const summed = cells.filter((c) => c.table !== 2);

  test("random balanced reports give no error-level finding", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const r = randomBalancedReport(seed, edition, year);
        expect(checkReport(r).filter((f) => f.severity === "error")).toEqual([]);
      }),
      { numRuns: 300 }
    );
  });

  test("one perturbed cell gives an error finding that names that cell", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: summed.length - 1 }),
        fc.integer({ min: 1, max: 50 }),
        (seed, index, delta) => {
          const r = randomBalancedReport(seed, edition, year);
          const cell = summed[index];
          r.values[cell.key] = (r.values[cell.key] as number) + delta;
          const errors = checkReport(r).filter((f) => f.severity === "error");
          expect(errors.length).toBeGreaterThan(0);
          expect(errors.some((f) => f.cells.some((c) => c.key === cell.key))).toBe(true);
          // The finding names the cell in words: its official row and column labels.
          const named = errors.flatMap((f) => f.cells).find((c) => c.key === cell.key)!;
          expect(named.row).toBe(cell.row);
          expect(named.column).toBe(cell.column);
        }
      ),
      { numRuns: 500 }
    );
  });

  test("an unreadable value in any cell gives an ALL-01 error on that cell and nothing is thrown", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: cells.length - 1 }),
        fc.constantFrom("abc", "无", "?", "十二", "1..2"),
        (seed, index, text) => {
          const r = randomBalancedReport(seed, edition, year);
          r.values[cells[index].key] = text;
          const f = checkReport(r).filter((x) => x.rule === "ALL-01");
          expect(f.map((x) => x.cells[0].key)).toEqual([cells[index].key]);
        }
      ),
      { numRuns: 200 }
    );
  });
});
