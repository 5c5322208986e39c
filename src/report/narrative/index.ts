/** Narrative checks (S-02, S-03, S-06, S-07, section headings). Placeholder until the narrative module lands. */
import type { Finding, Report } from "../types";
import type { Numbers } from "../check/values";

export function checkNarrative(_report: Report, _nums: Numbers, _findings: Finding[]): void {}
