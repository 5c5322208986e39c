/** @jest-environment jsdom */
import { isRuleId, ruleTitle } from "../../src/report/rules";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { languageOf, type Dictionaries } from "../../src/taskpane/i18n";
import { SHELL_STRINGS } from "../../src/taskpane/strings";
import { FINDING_WIDGET_STRINGS } from "../../src/taskpane/components/strings";
import { INSERT_STRINGS } from "../../src/taskpane/views/insert/strings";
import { FINDINGS_STRINGS } from "../../src/taskpane/views/findings/strings";
import { COMPARE_STRINGS } from "../../src/taskpane/views/compare/strings";
import { NARRATIVE_STRINGS } from "../../src/taskpane/views/narrative/strings";
import { EXPORT_STRINGS } from "../../src/taskpane/views/export/strings";
import {
  countFindings,
  FOLD_BLANKS_FROM,
  groupFindings,
} from "../../src/taskpane/state/findingGroups";
import { loadField, saveField } from "../../src/taskpane/state/persist";
import { parseYear } from "../../src/taskpane/state/year";
import { themeOf } from "../../src/taskpane/theme";
import { checked, reportWithProblems } from "./fixtures";
import { cellsOf } from "../../src/report";
import { zeroReport } from "../support/reports";

const now = new Date(2025, 5, 1);

test.each([
  ["2024", { ok: true, year: 2024 }],
  [" 2024 ", { ok: true, year: 2024 }],
  ["２０２４", { ok: true, year: 2024 }],
  ["2024年", { ok: true, year: 2024 }],
  ["2024年度", { ok: true, year: 2024 }],
  ["", { ok: false, reason: "empty" }],
  ["   ", { ok: false, reason: "empty" }],
  ["abc", { ok: false, reason: "notNumber" }],
  ["24", { ok: false, reason: "notNumber" }],
  ["2024.5", { ok: false, reason: "notNumber" }],
  ["2018", { ok: false, reason: "outOfRange" }],
  ["2027", { ok: false, reason: "outOfRange" }],
])("parseYear(%j)", (text, expected) => {
  expect(parseYear(text, now)).toMatchObject(expected);
});

test("language: zh-CN first, English only when Office says so", () => {
  expect(languageOf(undefined)).toBe("zh");
  expect(languageOf("zh-CN")).toBe("zh");
  expect(languageOf("zh-TW")).toBe("zh");
  expect(languageOf("fr-FR")).toBe("zh");
  expect(languageOf("en-US")).toBe("en");
  expect(languageOf("en-GB")).toBe("en");
});

test("theme: dark Office background → dark Fluent theme", () => {
  expect(themeOf(undefined)).toBe(webLightTheme);
  expect(themeOf({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
  expect(themeOf({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
  expect(themeOf({ bodyBackgroundColor: "#000000" })).toBe(webDarkTheme);
  expect(themeOf({ bodyBackgroundColor: "nonsense" })).toBe(webLightTheme);
});

const DICTIONARIES: [string, Dictionaries<object>][] = [
  ["shell", SHELL_STRINGS],
  ["finding widgets", FINDING_WIDGET_STRINGS],
  ["insert", INSERT_STRINGS],
  ["findings", FINDINGS_STRINGS],
  ["compare", COMPARE_STRINGS],
  ["narrative", NARRATIVE_STRINGS],
  ["export", EXPORT_STRINGS],
];

test.each(DICTIONARIES)("both dictionaries define the same keys: %s", (_, dictionaries) => {
  const keys = (o: object, p = ""): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      v && typeof v === "object" ? keys(v, `${p}${k}.`) : [`${p}${k}`]
    );
  expect(keys(dictionaries.en).sort()).toEqual(keys(dictionaries.zh).sort());
});

test("every rule the checker can raise has a plain-words name", () => {
  const ids = [
    "T3-01",
    "T3-02",
    "T3-03",
    "T4-01",
    "T4-02",
    "T4-03",
    "ALL-01",
    "ALL-02",
    "S-01",
    "S-02",
    "S-03",
    "S-04",
    "S-05",
    "S-06",
    "S-07",
    "X-01",
    "X-02",
    "X-03",
    "X-04",
    "L-01",
    "L-02",
    "L-03",
  ];
  for (const id of ids) {
    expect(isRuleId(id)).toBe(true);
    if (!isRuleId(id)) continue;
    expect(ruleTitle(id, "zh")).toBeTruthy();
    expect(ruleTitle(id, "en")).toBeTruthy();
  }
});

describe("groupFindings", () => {
  test("groups by table, errors first, blanks folded per table", () => {
    const { findings } = checked(reportWithProblems());
    const groups = groupFindings(findings);
    // LOC-01 (the likely typo) comes first, in a group of its own.
    expect(groups.map((g) => g.id)).toEqual(["suspect", "t3"]);
    expect(groups[0].entries).toMatchObject([
      { kind: "finding", finding: { rule: "LOC-01", cells: [{ key: "t3.resultTotal.natural" }] } },
    ]);
    const [, t3] = groups;
    expect(t3.size).toBe(128);
    expect(
      t3.entries.map((e) => (e.kind === "blanks" ? `blanks:${e.findings.length}` : e.finding.rule))
    ).toEqual(["T3-01", "T3-02", "T3-03", "blanks:125"]);
    expect(countFindings(findings)).toEqual({ error: 4, warning: 125, info: 0 });
  });

  test("a few blanks stay separate; findings without cells go to 其他", () => {
    const r = zeroReport(2024);
    const t4 = cellsOf(r).filter((c) => c.table === 4);
    for (const c of t4.slice(0, FOLD_BLANKS_FROM - 1)) r.values[c.key] = null;
    r.values["t2.rules.issued"] = "3件";
    const { findings } = checked(r);
    // A workbook-level finding that names no cell (as X-00 does).
    findings.push({
      rule: "X-00",
      severity: "info",
      cells: [],
      locations: [],
      message: { zh: "上年报告年度不对", en: "wrong year" },
    });
    const groups = groupFindings(findings);
    expect(groups.map((g) => g.id)).toEqual(["t2", "t4", "other"]);
    expect(
      groups[1].entries.every((e) => e.kind === "finding" && e.finding.rule === "ALL-02")
    ).toBe(true);
    expect(groups[2].entries[0]).toMatchObject({ kind: "finding", finding: { rule: "X-00" } });
  });
});

test("storage failures never lose the value in memory", () => {
  const spy = jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
    throw new Error("QuotaExceededError");
  });
  expect(() => saveField("x", "某某局")).not.toThrow();
  spy.mockRestore();
  const get = jest.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
    throw new Error("SecurityError");
  });
  expect(loadField("x", "fallback")).toBe("fallback");
  get.mockRestore();
  saveField("y", 2024);
  expect(loadField("y", "text")).toBe("text"); // wrong type stored → fallback
  expect(loadField("y", 0)).toBe(2024);
});
