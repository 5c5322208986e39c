/**
 * Property: a random report, printed as TAB text or as an HTML page (tables with rowspan/colspan,
 * blanks as &nbsp;), imports back with identical values, edition, year and agency.
 */
import * as fc from "fast-check";
import { importHtml, importText } from "../../../src/io/import";
import { cellsOf } from "../../../src/report/cells";
import type { CellDef, EditionId, RawValue, Report, TableNo } from "../../../src/report/types";
import { renderHtml, renderText } from "./render";

const IRREGULAR = ["-", "—", "/", "１２", "251000元", "1,234", "无", "不适用", "+5", "0012"];

function valueOf(cell: CellDef): fc.Arbitrary<RawValue> {
  const number =
    cell.kind === "amount"
      ? fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 1000)
      : cell.kind === "signedCount"
        ? fc.integer({ min: -5000, max: 5000 })
        : fc.nat({ max: 5_000_000 });
  return fc.oneof(
    { weight: 12, arbitrary: number },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom(...IRREGULAR) }
  );
}

const AGENCIES = [
  "示例市示例局",
  "某县人民政府办公室",
  "淮安市洪泽区人民政府",
  "沭阳县发展和改革局",
];

const reportArb: fc.Arbitrary<Report> = fc
  .record({
    year: fc.integer({ min: 2019, max: 2026 }),
    agency: fc.constantFrom(...AGENCIES),
    t3: fc.constantFrom<EditionId | undefined>(undefined, "2019", "2021"),
  })
  .chain(({ year, agency, t3 }) => {
    const edition: EditionId = year <= 2020 ? "2019" : "2021";
    const tableEditions =
      t3 && t3 !== edition ? ({ 3: t3 } as Partial<Record<TableNo, EditionId>>) : undefined;
    const shape = { edition, ...(tableEditions ? { tableEditions } : {}) };
    const cells = cellsOf(shape);
    return fc.tuple(...cells.map(valueOf)).map((vals): Report => ({
      ...shape,
      year,
      agency,
      values: Object.fromEntries(cells.map((c, i) => [c.key, vals[i]])),
      narrative: {
        1: "本年度工作总体平稳。",
        5: "存在的主要问题：无。",
        6: "无其他需要报告的事项。",
      },
    }));
  });

function expectRoundTrip(original: Report, imported: ReturnType<typeof importText>) {
  const r = imported.report!;
  expect(r).not.toBeNull();
  expect([r.edition, r.tableEditions, r.year, r.agency]).toEqual([
    original.edition,
    original.tableEditions,
    original.year,
    original.agency,
  ]);
  expect(r.values).toEqual(original.values);
  expect(imported.findings).toEqual([]);
  expect(imported.problems).toEqual([]);
  expect(r.narrative![6]).toBe(original.narrative![6]);
}

test("TAB text round trip", () => {
  fc.assert(
    fc.property(reportArb, (report) => expectRoundTrip(report, importText(renderText(report)))),
    { numRuns: 60 }
  );
});

test("HTML page round trip", () => {
  fc.assert(
    fc.property(reportArb, (report) => expectRoundTrip(report, importHtml(renderHtml(report)))),
    { numRuns: 60 }
  );
});
