/** A small RuleTester: a narrative, some table cells, and the findings one rule must give. */
import { readNumbers } from "../../../src/report/check/values";
import { checkNarrative } from "../../../src/report/narrative";
import type { EditionId, Finding, Report, SectionId, TableNo } from "../../../src/report/types";
import { zeroReport } from "../../support/reports";

export interface Case {
  /** Section 一 text (or use narrative for others). */
  text?: string;
  narrative?: Partial<Record<SectionId, string>>;
  headings?: Partial<Record<SectionId, string>>;
  /** Cell key → value; every other cell is 0. */
  tables?: Record<string, number>;
  year?: number;
  edition?: EditionId;
  tableEditions?: Partial<Record<TableNo, EditionId>>;
  fees?: Report["fees"];
  /** Findings of the rule under test, as [expected, actual] or with the cells they name. */
  expect: {
    expected?: number | string;
    actual?: number | string;
    cells?: string[];
    severity?: string;
  }[];
}

export function reportOf(c: Case): Report {
  const year = c.year ?? (c.edition === "2019" ? 2020 : 2024);
  const r = zeroReport(year, "示例单位", c.edition);
  if (c.tableEditions) r.tableEditions = c.tableEditions;
  for (const [k, v] of Object.entries(c.tables ?? {})) r.values[k] = v;
  r.narrative = c.narrative ?? { 1: c.text ?? "" };
  if (c.headings) r.headings = c.headings;
  if (c.fees) r.fees = c.fees;
  return r;
}

export function findingsOf(c: Case, rule: string): Finding[] {
  const r = reportOf(c);
  const findings: Finding[] = [];
  checkNarrative(r, readNumbers(r, null), findings);
  return findings.filter((f) => f.rule === rule);
}

/** Runs a table of cases for one rule, one jest test per case. */
export function ruleTester(rule: string, valid: Case[], invalid: Case[]): void {
  describe(rule, () => {
    describe("valid", () => {
      test.each(
        valid.map((c) => [c.text ?? JSON.stringify(c.narrative ?? c.headings), c] as const)
      )("%s", (_name, c) => {
        expect(findingsOf(c, rule)).toEqual([]);
      });
    });
    describe("invalid", () => {
      test.each(
        invalid.map((c) => [c.text ?? JSON.stringify(c.narrative ?? c.headings), c] as const)
      )("%s", (_name, c) => {
        const got = findingsOf(c, rule);
        expect(
          got.map((f, i) => ({
            ...(c.expect[i]?.expected !== undefined ? { expected: f.expected } : {}),
            ...(c.expect[i]?.actual !== undefined ? { actual: f.actual } : {}),
            ...(c.expect[i]?.cells ? { cells: f.cells.map((x) => x.key) } : {}),
            ...(c.expect[i]?.severity ? { severity: f.severity } : {}),
          }))
        ).toEqual(c.expect);
        for (const f of got) {
          expect(f.severity).toMatch(/warning|info/);
          expect(f.message.zh.length).toBeGreaterThan(0);
          expect(f.message.en.length).toBeGreaterThan(0);
        }
      });
    });
  });
}
