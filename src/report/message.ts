/**
 * The two words every finding and rule carries, apart from report/types.ts so the rule catalogue
 * (which report/types.ts names) can use them without importing it back.
 */
export type Severity = "error" | "warning" | "info";

/** A text in both languages of the pane: zh-CN first, en-US. */
export interface Message {
  zh: string;
  en: string;
}
