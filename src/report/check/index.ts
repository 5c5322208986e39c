/**
 * The checker: every rule over one report (and last year's, when given). Pure. Each check names the
 * catalogue rules it reports, so a test can hold the catalogue and the checks against each other.
 */
import { checkNarrative } from "../narrative";
import type { RuleId } from "../rules";
import type { Finding, Report } from "../types";
import { checkBalance } from "./balance";
import { checkCrossYear } from "./crossYear";
import { checkEdition } from "./edition";
import { checkRepetition } from "../narrative/repetition";
import { checkLocalisation } from "./localiseFindings";
import { checkPlausible } from "./plausible";
import { readNumbers, type Numbers } from "./values";
import { checkXmlText } from "./xmlText";

export interface CheckOptions {
  /** Last year's report, for X-01..X-05. */
  prev?: Report;
}

interface CheckInput {
  report: Report;
  nums: Numbers;
  prev?: { report: Report; nums: Numbers };
}

export interface Check {
  /** The rules this check reports, and no others. */
  reports: readonly RuleId[];
  run: (input: CheckInput, findings: Finding[]) => void;
}

/** In the order findings are listed. ALL-01/ALL-02/S-05 come from reading the numbers (readNumbers). */
export const CHECKS: readonly Check[] = [
  {
    reports: ["T3-01", "T3-02", "T3-03", "T4-01", "T4-02", "T4-03"],
    run: ({ report, nums }, out) => checkBalance(report, nums, out),
  },
  { reports: ["LOC-01"], run: ({ report, nums }, out) => checkLocalisation(report, nums, out) },
  { reports: ["S-01", "S-04"], run: ({ report, nums }, out) => checkPlausible(report, nums, out) },
  { reports: ["L-02"], run: ({ report }, out) => checkEdition(report, out) },
  {
    reports: ["X-00", "X-01", "X-02", "X-03", "X-04", "X-06"],
    run: ({ report, nums, prev }, out) =>
      prev && checkCrossYear(report, nums, prev.report, prev.nums, out),
  },
  {
    reports: ["X-05"],
    run: ({ report, prev }, out) => prev && checkRepetition(report, prev.report, out),
  },
  {
    reports: ["S-02", "S-03", "S-06", "S-07", "S-08", "S-09", "L-03"],
    run: ({ report, nums }, out) => checkNarrative(report, nums, out),
  },
  { reports: ["EXP-01"], run: ({ report }, out) => checkXmlText(report, out) },
];

/** The rules reported while reading the numbers, before any check runs. */
export const VALUE_RULES: readonly RuleId[] = ["ALL-01", "ALL-02", "S-05", "IMP-04"];

export function checkReport(report: Report, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const nums = readNumbers(report, findings);
  const prev = options.prev && { report: options.prev, nums: readNumbers(options.prev, null) };
  for (const check of CHECKS) check.run({ report, nums, prev }, findings);
  return findings;
}

export { readNumbers } from "./values";
export type { Numbers } from "./values";
