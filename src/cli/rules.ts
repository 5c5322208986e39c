/** `gkreport --rules`: the rule catalogue as text or JSON. */
import { ruleRows } from "../report/rules/table";
import type { Lang } from "./format";

export function rulesText(lang: Lang): string {
  return ruleRows(lang)
    .map((r) => `${r.id.padEnd(7)} ${r.severities.padEnd(16)} ${r.title}\n        ${r.explanation}`)
    .join("\n");
}

export function rulesJson(lang: Lang): string {
  return JSON.stringify(ruleRows(lang), null, 2);
}
