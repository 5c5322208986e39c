/** The catalogue as rows of text, for the CLI's `--rules` and the README's rule table. */
import type { Message } from "../message";
import { RULES, RULE_IDS, type RuleId } from "./index";

const SOURCE_WORDS = {
  checker: { zh: "检查", en: "checker" },
  import: { zh: "导入", en: "import" },
  export: { zh: "导出", en: "export" },
} as const;

export interface RuleRow {
  id: RuleId;
  severities: string;
  title: string;
  explanation: string;
  source: string;
  spec: string;
}

export function ruleRows(lang: keyof Message): RuleRow[] {
  return RULE_IDS.map((id) => {
    const r = RULES[id];
    return {
      id,
      severities: r.severities.join(" / "),
      title: r.title[lang],
      explanation: r.explanation[lang],
      source: SOURCE_WORDS[r.source][lang],
      spec: r.spec,
    };
  });
}

const cell = (s: string) => s.replace(/\|/g, "\\|");

/** The README's table: id, severity, the zh and en titles, where the rule comes from. */
export function ruleTableMarkdown(): string {
  const zh = ruleRows("zh");
  const en = ruleRows("en");
  const lines = [
    "| id | severity | 规则 | rule | reported by | spec |",
    "|---|---|---|---|---|---|",
    ...zh.map(
      (r, i) =>
        `| ${r.id} | ${r.severities} | ${cell(r.title)} | ${cell(en[i].title)} | ${en[i].source} | ${r.spec} |`
    ),
  ];
  return lines.join("\n");
}
