/** The README's generated rule table lives between these markers. */
import { ruleTableMarkdown } from "./table";

const START = "<!-- rules:start -->";
const END = "<!-- rules:end -->";

/** The README text with the block between the markers replaced by the current catalogue. */
export function withRuleTable(readme: string): string {
  const i = readme.indexOf(START);
  const j = readme.indexOf(END);
  if (i < 0 || j < i) throw new Error(`README.md lacks the ${START} … ${END} markers`);
  return `${readme.slice(0, i + START.length)}\n${ruleTableMarkdown()}\n${readme.slice(j)}`;
}
