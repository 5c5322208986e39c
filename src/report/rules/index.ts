/**
 * The rule catalogue: every rule id the program reports, once, with its severities, titles, explanation
 * and source. The checker's findings, the pane's titles, the CLI's `--rules` and the README table read it;
 * a rule id outside it does not compile.
 */
import type { Message } from "../message";
import { CROSS_YEAR_RULES } from "./crossYear";
import { EXPORT_RULES } from "./export";
import { IMPORT_RULES } from "./imports";
import { LABEL_RULES } from "./labels";
import { TABLE_RULES } from "./tables";
import { TEXT_RULES } from "./text";
import type { RuleInfo } from "./types";

export type { RuleInfo, RuleSource } from "./types";

export const RULES = {
  ...TABLE_RULES,
  ...CROSS_YEAR_RULES,
  ...TEXT_RULES,
  ...LABEL_RULES,
  ...IMPORT_RULES,
  ...EXPORT_RULES,
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

/** The balancing rules: sums and the printed identity, declared by the editions (T3-01 … T4-03). */
export type SumRuleId = keyof typeof TABLE_RULES & `T${string}`;

/** Every id in catalogue order. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isRuleId(s: string): s is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, s);
}

export function ruleTitle(id: RuleId, lang: keyof Message): string {
  return RULES[id].title[lang];
}
