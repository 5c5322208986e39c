/** The shape of one rule's entry in the catalogue. Pure data. */
import type { Message, Severity } from "../message";

/** Which part of the program reports the rule. */
export type RuleSource = "checker" | "import" | "export";

export interface RuleInfo {
  /** Severities the rule reports, the usual one first (ALL-01: error for text, warning for 全角). */
  severities: readonly Severity[];
  /** One line a clerk understands: what must hold. */
  title: Message;
  /** Why it matters and what to do, a sentence or two. */
  explanation: Message;
  /** Where the rule comes from, e.g. "format.md §5.1". */
  spec: string;
  source: RuleSource;
}
