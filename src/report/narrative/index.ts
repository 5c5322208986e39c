/**
 * Narrative checks: the text sections against the tables and against themselves.
 *   S-02 fee notices (（六）2.) reported in section 六
 *   S-03 figures in the text = the table cells they describe
 *   S-06 percentages in the text recompute from the tables
 *   S-07 a stated total = the sum of its listed parts
 *   S-08 placeholders, template leftovers and zeros stated for blank cells
 *   S-09 sections 五 and 六 (2021) without substance
 *   L-03 the six section headings of an imported report
 */
import { tablesOf } from "../cells";
import type { Numbers } from "../check/values";
import type { Finding, Report } from "../types";
import { checkEnumerations } from "./enumerations";
import { extractStatements } from "./extract";
import { checkFees } from "./fees";
import { checkFigures } from "./figures";
import { checkHeadings } from "./headings";
import { checkPercentages } from "./percentages";
import { sentencesOf } from "./text";
import { checkSubstance } from "./substance";
import { checkUnfinished } from "./unfinished";

export function checkNarrative(report: Report, nums: Numbers, findings: Finding[]): void {
  const tables = tablesOf(report);
  checkHeadings(report, findings);
  checkFees(report, tables, nums, findings);
  checkSubstance(report, findings);
  const sentences = sentencesOf(report.narrative);
  if (sentences.length === 0) return;
  const statements = extractStatements(sentences, { t2: tables.t2.edition }, report.year);
  checkUnfinished(report, tables, statements, findings);
  checkFigures(report, tables, statements, nums, findings);
  checkPercentages(report, tables, sentences, nums, findings);
  checkEnumerations(sentences, findings);
}

export { draftSections } from "./draft";
export { draftPreface, prefaceOf, signerOf } from "./preface";
export { extractStatements } from "./extract";
export type { Statement } from "./extract";
export { FIGURE_PATTERNS } from "./patterns";
