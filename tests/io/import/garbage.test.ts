/** Bad input never throws out of the importers: it gives no report or a partial one, with problems. */
import * as fc from "fast-check";
import { importHtml, importReport, importText } from "../../../src/io/import";
import { reportToJson } from "../../../src/io/json";
import { sample } from "./samples";

const IMPORTERS = [
  ["importText", importText],
  ["importHtml", importHtml],
  ["importReport", (s: string) => importReport(s)],
] as const;

const BAD: [string, string][] = [
  ["empty", ""],
  ["whitespace", " \n\t\t\n  "],
  ["random text", "The quick brown fox jumps over the lazy dog. 今天天气很好。"],
  ["binary junk", "\u0000\u0001\u0002\u00ff\ufffd\u0007PK\u0003\u0004\u0000\u0000garbage\u0000"],
  ["truncated HTML", '<html><body><table><tr><td colspan="3" rowspan="9999999">一、本年新收政府信'],
  ["tags only", "<table><tr><td></td></tr></table><p></p>"],
  ["numbers only", "1\t2\t3\n4\t5\t6"],
  ["headings only", "一、总体情况\n二、主动公开政府信息情况"],
  ["broken JSON", '{"edition": '],
];

describe.each(IMPORTERS)("%s", (_name, importer) => {
  test.each(BAD)("%s → no report, problems, no exception", (_what, input) => {
    const r = importer(input);
    expect(r.report).toBeNull();
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems.every((p) => p.message.zh && p.message.en)).toBe(true);
  });

  test("not a string at all", () => {
    expect(() => importer(undefined as unknown as string)).not.toThrow();
    expect(importer(42 as unknown as string).report).toBeNull();
  });

  test("any string: no exception", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        const r = importer(s);
        expect(Array.isArray(r.problems)).toBe(true);
      }),
      { numRuns: 150 }
    );
  });

  test("any slice of a real report: no exception", () => {
    const text = sample("2024-huaian-city.txt");
    const html = sample("2023-shuyang-fgj.html");
    fc.assert(
      fc.property(fc.boolean(), fc.nat(), fc.nat(), (useHtml, a, b) => {
        const src = useHtml ? html : text;
        const [from, to] = [a % src.length, b % src.length].sort((x, y) => x - y);
        const r = importer(src.slice(from, to));
        expect(Array.isArray(r.findings)).toBe(true);
      }),
      { numRuns: 60 }
    );
  });
});

test("a binary file is flagged as such", () => {
  const r = importText(
    "\u0000\u0001ab\u0002\u0003\u0000\u0000 2024年政府信息公开工作年度报告 \u0000"
  );
  expect(r.problems[0].message.en).toContain("control characters");
});

describe("JSON", () => {
  const report = importText(sample("2022-synthetic-clean.txt")).report!;

  test("a .json file goes to the JSON reader and comes back whole", () => {
    const r = importReport(reportToJson(report), "report.json");
    expect(r.format).toBe("json");
    expect(r.problems).toEqual([]);
    expect(r.report!.values).toEqual(report.values);
    expect(r.report!.year).toBe(2022);
  });

  test("JSON is sniffed without an extension; its problems keep their table", () => {
    const doc = JSON.parse(reportToJson(report));
    doc.values["t3.new.natural"] = { not: "a value" };
    const r = importReport(JSON.stringify(doc));
    expect(r.format).toBe("json");
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].where).toEqual({ table: 3 });
  });
});
