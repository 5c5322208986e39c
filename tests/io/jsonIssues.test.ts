/** The JSON reader's steps: input → typed issue, and each kind worded once. */
import {
  parseDoc,
  readEdition,
  readFormat,
  readYear,
  reportFromJson,
  REPORT_JSON_VERSION,
} from "../../src/io/json";
import { jsonMessage, type JsonIssue } from "../../src/io/jsonProblems";

function noted<T>(step: (note: (i: JsonIssue) => void) => T): { result: T; issues: JsonIssue[] } {
  const issues: JsonIssue[] = [];
  const result = step((i) => issues.push(i));
  return { result, issues };
}

describe("parseDoc", () => {
  it.each([
    ["{", null, "notJson"],
    ["[1]", null, "notObject"],
    ['"x"', null, "notObject"],
    ['\uFEFF{"a":1}', { a: 1 }, undefined],
  ])("%j", (text, doc, kind) => {
    const { result, issues } = noted((n) => parseDoc(text, n));
    expect(result).toEqual(doc);
    expect(issues.map((i) => i.kind)).toEqual(kind ? [kind] : []);
    if (kind) expect(issues[0].field).toBe("$");
  });
});

describe("readFormat", () => {
  it.each([
    [{ format: "gov-info-annual-report", version: REPORT_JSON_VERSION }, true, []],
    [{}, true, [{ kind: "noFormat", field: "format" }]],
    [{ format: "x" }, false, [{ kind: "otherFormat", field: "format", format: "x" }]],
    [
      { format: "gov-info-annual-report", version: 7 },
      true,
      [{ kind: "otherVersion", field: "version", version: "7", supported: REPORT_JSON_VERSION }],
    ],
  ])("%j", (doc, ok, issues) => {
    expect(noted((n) => readFormat(doc, n))).toEqual({ result: ok, issues });
  });
});

describe("readYear and readEdition", () => {
  it.each([
    [{ year: 2024 }, 2024, []],
    [{ year: null }, null, []],
    [{ year: 2024.5 }, null, [{ kind: "badYear", field: "year", value: "2024.5" }]],
    [{ year: "2024" }, null, [{ kind: "badYear", field: "year", value: '"2024"' }]],
  ])("year %j", (doc, year, issues) => {
    expect(noted((n) => readYear(doc, n))).toEqual({ result: year, issues });
  });

  it.each([
    [{ edition: "2019" }, 2024, "2019", []],
    [{}, 2020, "2019", [{ kind: "editionFromYear", field: "edition", edition: "2019" }]],
    [{ edition: "2020" }, null, null, [{ kind: "noEdition", field: "edition" }]],
  ])("edition %j, year %j", (doc, year, edition, issues) => {
    expect(noted((n) => readEdition(doc, year, n))).toEqual({ result: edition, issues });
  });
});

describe("reportFromJson words each issue from its kind", () => {
  it.each<[JsonIssue, string, string]>([
    [{ kind: "notAnObject", field: "fees" }, "fees 应为对象", "fees must be an object"],
    [
      { kind: "noTable", field: "tableEditions", key: "5" },
      "没有表 5，已忽略",
      "There is no table 5; ignored",
    ],
    [
      { kind: "badTableEdition", field: "tableEditions", key: "3" },
      '表3的版式应为 "2019" 或 "2021"',
      'The edition of table 3 must be "2019" or "2021"',
    ],
    [
      { kind: "badFee", field: "fees", key: "billed", type: "string" },
      "收费项 billed 应为数字，实为 string",
      "Fee field billed must be a number, not string",
    ],
  ])("%j", (issue, zh, en) => {
    expect(jsonMessage(issue)).toEqual({ zh, en });
  });

  it("keeps the where of each issue", () => {
    const doc = {
      format: "gov-info-annual-report",
      edition: "2021",
      year: 2024,
      tableEditions: { 5: "2021" },
      narrative: { 9: "x" },
      fees: [],
    };
    const { problems } = reportFromJson(JSON.stringify(doc));
    expect(problems.map((p) => p.where)).toEqual([
      { field: "tableEditions", key: "5" },
      { field: "narrative", key: "9" },
      { field: "fees" },
    ]);
  });
});
