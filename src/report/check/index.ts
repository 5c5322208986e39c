/** The checker: every rule over one report (and last year's, when given). Pure. */
import type { Finding, Report } from "../types";
import { checkBalance } from "./balance";
import { checkCrossYear } from "./crossYear";
import { checkEdition } from "./edition";
import { checkLocalisation } from "./localiseFindings";
import { checkTable2 } from "./table2";
import { readNumbers } from "./values";
import { checkNarrative } from "../narrative";
import { checkRepetition } from "../narrative/repetition";

export interface CheckOptions {
  /** Last year's report, for X-01..X-05. */
  prev?: Report;
}

export function checkReport(report: Report, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const nums = readNumbers(report, findings);
  checkBalance(report, nums, findings);
  checkLocalisation(report, nums, findings);
  checkTable2(report, nums, findings);
  checkEdition(report, findings);
  if (options.prev) {
    checkCrossYear(report, nums, options.prev, readNumbers(options.prev, null), findings);
    checkRepetition(report, options.prev, findings);
  }
  checkNarrative(report, nums, findings);
  return findings;
}

export { readNumbers } from "./values";
export type { Numbers } from "./values";
