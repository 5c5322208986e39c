/** CSV for consolidation: BOM, one record per value cell plus the header, RFC 4180 quoting. */
import { buildCsv, csvField, csvText, CSV_HEADER } from "../../../src/io/export/csv";
import { cellsOf } from "../../../src/report/cells";
import type { Report } from "../../../src/report/types";
import { sampleReport } from "./fixtures";

/** A strict RFC 4180 reader, to read the output back. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((field += '"'), (i += 2));
      else if (ch === '"') ((quoted = false), i++);
      else ((field += ch), i++);
    } else if (ch === '"' && field === "") ((quoted = true), i++);
    else if (ch === ",") (record.push(field), (field = ""), i++);
    else if (ch === "\r" && text[i + 1] === "\n")
      (record.push(field), records.push(record), (record = []), (field = ""), (i += 2));
    else if (ch === '"' || ch === "\r" || ch === "\n")
      throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    else ((field += ch), i++);
  }
  if (field !== "" || record.length) throw new Error("no CRLF after the last record");
  return records;
}

test.each(["2021", "2019"] as const)("%s: BOM, header, one line per value cell", (ed) => {
  const report = sampleReport(ed);
  const csv = buildCsv(report);
  expect(Array.from(Buffer.from(csv, "utf8").subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.slice(1).split("\r\n");
  expect(lines.pop()).toBe("");
  expect(lines).toHaveLength(cellsOf(report).length + 1);
  expect(lines[0]).toBe(CSV_HEADER.join(","));
  expect(lines[0]).toMatch(/^年度,单位,版式,/);
  const records = parseCsv(csv.slice(1));
  for (const r of records) expect(r).toHaveLength(CSV_HEADER.length);
  // Each record names its cell in words and carries the value as typed.
  cellsOf(report).forEach((c, i) => {
    const [year, agency, edition, table, , row, column, value, key] = records[i + 1];
    expect([year, agency, edition, row, column, key]).toEqual([
      String(report.year),
      report.agency,
      ed,
      c.row,
      c.column,
      c.key,
    ]);
    expect(table).toBe(`表${"二三四"[c.table - 2]}`);
    expect(value).toBe(String(report.values[c.key]));
  });
});

test("group paths: 表二 block heading, 表三 section and item group", () => {
  const records = parseCsv(buildCsv(sampleReport("2021")).slice(1));
  const byKey = new Map(records.map((r) => [r[8], r]));
  expect(byKey.get("t2.rules.issued")?.[4]).toBe("第二十条第（一）项");
  expect(byKey.get("t3.withheld1.natural")?.slice(4, 7)).toEqual([
    "三、本年度办理结果/（三）不予公开",
    "1.属于国家秘密",
    "自然人",
  ]);
  expect(byKey.get("t3.new.business")?.slice(4, 7)).toEqual([
    "",
    "一、本年新收政府信息公开申请数量",
    "法人或其他组织/商业企业",
  ]);
  expect(byKey.get("t4.cases.direct.upheld")?.slice(4, 7)).toEqual([
    "",
    "",
    "行政诉讼/未经复议直接起诉/结果维持",
  ]);
});

test("RFC 4180 quoting: commas, quotes and line breaks are quoted, quotes doubled; text values kept as typed", () => {
  expect(csvField("plain")).toBe("plain");
  expect(csvField("a,b")).toBe('"a,b"');
  expect(csvField('say "hi"')).toBe('"say ""hi"""');
  expect(csvField("two\r\nlines")).toBe('"two\r\nlines"');
  const report: Report = {
    ...sampleReport("2021"),
    agency: '某局,"办公室"',
    values: {
      "t3.new.natural": "1,234",
      "t3.new.business": 'x"y',
      "t3.new.research": "a\nb",
      "t3.new.charity": null,
      "t3.new.legal": "１２",
      "t3.new.other": "251000元",
      "t3.new.total": "-",
    },
  };
  const records = parseCsv(buildCsv(report).slice(1));
  expect(records).toHaveLength(cellsOf(report).length + 1);
  expect(records[1][1]).toBe('某局,"办公室"');
  const byKey = new Map(records.map((r) => [r[8], r[7]]));
  expect(
    ["natural", "business", "research", "charity", "legal", "other", "total"].map((c) =>
      byKey.get(`t3.new.${c}`)
    )
  ).toEqual(["1,234", 'x"y', "a\nb", "", "１２", "251000元", "-"]);
  // Missing keys are blank too.
  expect(byKey.get("t3.carried.natural")).toBe("");
});

test("text that would start a formula gets a leading '; numbers, negative ones included, stay numbers", () => {
  expect(
    [
      '=HYPERLINK("x")',
      "+1+1",
      "@SUM(A1)",
      "-A1",
      "\tx",
      "\rx",
      "-",
      "-5",
      "-.5",
      "a=b",
      "某局",
    ].map(csvText)
  ).toEqual([
    '\'=HYPERLINK("x")',
    "'+1+1",
    "'@SUM(A1)",
    "'-A1",
    "'\tx",
    "'\rx",
    "-",
    "-5",
    "-.5",
    "a=b",
    "某局",
  ]);
  const report: Report = {
    ...sampleReport("2019"),
    agency: '=HYPERLINK("http://evil","点此")',
    values: { ...sampleReport("2019").values, "t3.new.natural": "=1+2", "t3.new.business": "-x" },
  };
  const negative = cellsOf(report).find((c) => c.kind === "signedCount")!;
  report.values[negative.key] = -12;
  const records = parseCsv(buildCsv(report).slice(1));
  expect(records[1][1]).toBe('\'=HYPERLINK("http://evil","点此")');
  const byKey = new Map(records.map((r) => [r[8], r[7]]));
  expect(byKey.get("t3.new.natural")).toBe("'=1+2");
  expect(byKey.get("t3.new.business")).toBe("'-x");
  expect(byKey.get(negative.key)).toBe("-12");
});
