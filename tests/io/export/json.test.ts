/** JSON: lossless round trip (property test), validation with located problems, never a throw. */
import fc from "fast-check";
import {
  reportFromJson,
  reportToJson,
  REPORT_JSON_FORMAT,
  REPORT_JSON_VERSION,
} from "../../../src/io/json";
import { cellsOf } from "../../../src/report/cells";
import type { TableNo, EditionId, RawValue, Report, SectionId } from "../../../src/report/types";
import { importReport } from "../../../src/io/import";
import { checkReport } from "../../../src/report/check";
import { sample } from "../import/samples";
import { sampleReport } from "./fixtures";

const TYPED = [
  "-",
  "—",
  "/",
  "１２",
  "251000元",
  "1,234",
  " 12 ",
  "",
  "十二",
  "3.5",
  "-8",
  "+1036",
  "0",
  "null",
  "\u3000",
];

const rawValue: fc.Arbitrary<RawValue> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => (Object.is(d, -0) ? 0 : d)),
  fc.constantFrom(...TYPED),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constant(null)
);

const edition = fc.constantFrom<EditionId>("2019", "2021");
const sectionTexts = fc.record(
  Object.fromEntries(
    [1, 2, 3, 4, 5, 6].map((i) => [i, fc.string({ unit: "grapheme", maxLength: 40 })])
  ) as Record<SectionId, fc.Arbitrary<string>>,
  { requiredKeys: [], noNullPrototype: true }
);

const reportArb: fc.Arbitrary<Report> = fc
  .record(
    {
      edition,
      year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
      agency: fc.string({ unit: "grapheme" }),
      title: fc.string(),
      date: fc.constantFrom("2025年1月20日", "2025-01-20", ""),
      preface: fc.string({ unit: "grapheme", maxLength: 60 }),
      signer: fc.string({ unit: "grapheme" }),
      absentTables: fc.subarray<TableNo>([2, 3, 4], { minLength: 1 }),
      tableEditions: fc.record(
        { 2: edition, 3: edition, 4: edition },
        { requiredKeys: [], noNullPrototype: true }
      ),
      narrative: sectionTexts,
      headings: sectionTexts,
      fees: fc.record(
        {
          notices: fc.nat(),
          billed: fc.double({ min: 0, max: 1e7, noNaN: true }),
          collected: fc.integer({ min: 0, max: 10_000 }),
        },
        { requiredKeys: [], noNullPrototype: true }
      ),
    },
    { requiredKeys: ["edition", "year", "agency"], noNullPrototype: true }
  )
  .chain((base) => {
    const keys = cellsOf(base as Report).map((c) => c.key);
    return fc
      .dictionary(fc.constantFrom(...keys), rawValue, { maxKeys: 60, noNullPrototype: true })
      .map((values) => ({ ...base, values }) as Report);
  });

test("round trip: importing the JSON gives back an identical report", () => {
  fc.assert(
    fc.property(reportArb, (report) => {
      const back = reportFromJson(reportToJson(report));
      expect(back.problems).toEqual([]);
      expect(back.report).toStrictEqual(report);
    }),
    { numRuns: 300 }
  );
});

test("preface, signer and absentTables are written and read back; bad absentTables entries are named", () => {
  const report: Report = {
    edition: "2021",
    year: 2024,
    agency: "淮安市人民政府",
    signer: "淮安市人民政府办公室",
    preface: "本报告由淮安市人民政府办公室编制。",
    absentTables: [4],
    values: {},
  };
  const doc = JSON.parse(reportToJson(report));
  expect(doc).toMatchObject({
    signer: "淮安市人民政府办公室",
    preface: "本报告由淮安市人民政府办公室编制。",
    absentTables: [4],
  });
  expect(reportFromJson(reportToJson(report))).toEqual({ report, problems: [] });
  const bad = reportFromJson(JSON.stringify({ ...doc, absentTables: [4, 7, "x"] }));
  expect(bad.report!.absentTables).toEqual([4]);
  expect(bad.problems.map((p) => p.where)).toEqual([{ field: "absentTables" }]);
});

test("numbers and text stay distinct; null stays null; the file carries format and version", () => {
  const report: Report = {
    edition: "2021",
    year: 2024,
    agency: "某局",
    values: {
      "t3.new.natural": 12,
      "t3.new.business": "12",
      "t3.new.research": null,
      "t3.new.charity": "１２",
    },
  };
  const text = reportToJson(report);
  const doc = JSON.parse(text);
  expect(doc).toMatchObject({
    format: REPORT_JSON_FORMAT,
    version: REPORT_JSON_VERSION,
    edition: "2021",
    year: 2024,
  });
  expect(doc.values).toEqual({
    "t3.new.natural": 12,
    "t3.new.business": "12",
    "t3.new.research": null,
    "t3.new.charity": "１２",
  });
  const back = reportFromJson(text).report!;
  expect(typeof back.values["t3.new.natural"]).toBe("number");
  expect(typeof back.values["t3.new.business"]).toBe("string");
  expect("t3.new.research" in back.values && back.values["t3.new.research"] === null).toBe(true);
  expect("t3.new.other" in back.values).toBe(false);
  // Values are written in printed order.
  const order = Object.keys(JSON.parse(reportToJson(sampleReport("2021"))).values);
  expect(order).toEqual(cellsOf({ edition: "2021" }).map((c) => c.key));
});

test("bad values are reported with their key, dropped, and the rest is read", () => {
  const doc = {
    format: REPORT_JSON_FORMAT,
    version: REPORT_JSON_VERSION,
    edition: "2021",
    year: 2024,
    agency: "某局",
    extra: "ignored",
    values: {
      "t3.new.natural": 3,
      "t3.new.business": true,
      "t3.new.research": [1],
      "t3.nope.natural": 1,
      "t3.new.charity": { v: 1 },
    },
    narrative: { 1: "ok", 7: "no such section", 2: 5 },
    fees: { notices: "3", billed: 10 },
    tableEditions: { 3: "2020", 5: "2019" },
  };
  const { report, problems } = reportFromJson(JSON.stringify(doc));
  expect(report).toStrictEqual({
    edition: "2021",
    year: 2024,
    agency: "某局",
    tableEditions: {},
    values: { "t3.new.natural": 3 },
    narrative: { 1: "ok" },
    fees: { billed: 10 },
  });
  expect(problems.map((p) => p.where)).toEqual([
    { field: "tableEditions", key: "3" },
    { field: "tableEditions", key: "5" },
    { field: "values", key: "t3.new.business" },
    { field: "values", key: "t3.new.research" },
    { field: "values", key: "t3.nope.natural" },
    { field: "values", key: "t3.new.charity" },
    { field: "narrative", key: "2" },
    { field: "narrative", key: "7" },
    { field: "fees", key: "notices" },
  ]);
  for (const p of problems) {
    expect(p.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(p.message.en.length).toBeGreaterThan(5);
  }
  expect(problems[2].message.zh).toContain("t3.new.business");
});

test("what is not a report gives null with a reason, never a throw", () => {
  for (const text of [
    "",
    "{",
    "[]",
    "42",
    "null",
    '"x"',
    JSON.stringify({ format: "something-else", edition: "2021" }),
    JSON.stringify({ agency: "x" }),
  ]) {
    const r = reportFromJson(text);
    expect(r.report).toBeNull();
    expect(r.problems.length).toBeGreaterThan(0);
  }
  // An edition can be taken from the year, with a note.
  const r = reportFromJson(
    JSON.stringify({ format: REPORT_JSON_FORMAT, version: 1, year: 2020, agency: "x", values: {} })
  );
  expect(r.report?.edition).toBe("2019");
  expect(r.problems.map((p) => p.where.field)).toEqual(["edition"]);
  // A BOM in front is fine.
  expect(reportFromJson("\uFEFF" + reportToJson(sampleReport("2021"))).report).toStrictEqual(
    sampleReport("2021")
  );
});

test("arbitrary input never throws", () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.json(),
        fc.jsonValue().map((v) =>
          JSON.stringify({
            format: REPORT_JSON_FORMAT,
            edition: "2021",
            values: v,
            narrative: v,
            fees: v,
            year: v,
            agency: v,
            tableEditions: v,
          })
        )
      ),
      (text) => {
        const r = reportFromJson(text);
        expect(Array.isArray(r.problems)).toBe(true);
      }
    ),
    { numRuns: 500 }
  );
});

test("a report imported without 表四 re-imports from its JSON with the same findings (absentTables kept)", () => {
  const text = sample("2022-synthetic-clean.txt");
  const cut =
    text.slice(0, text.indexOf("四、政府信息公开行政复议")) +
    text.slice(text.indexOf("五、存在的主要问题"));
  const imported = importReport(cut, "x.txt").report!;
  expect(imported.absentTables).toEqual([4]);
  const again = reportFromJson(reportToJson(imported)).report!;
  expect(again.absentTables).toEqual([4]);
  expect(checkReport(again)).toEqual(checkReport(imported));
  expect(checkReport(again).filter((f) => f.rule === "ALL-02" && f.cells[0]?.table === 4)).toEqual(
    []
  );
});
