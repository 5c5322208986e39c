/** Public result types of the importers and the source model both front ends (text, HTML) produce. */
import type { Finding, Message, Report, TableNo } from "../../report/types";

export interface ImportProblem {
  where: { line?: number; table?: TableNo; row?: string };
  message: Message;
}

export interface ImportResult {
  report: Report | null;
  /** Label deviations (rule L-01, info) found while mapping printed labels to official ones. */
  findings: Finding[];
  problems: ImportProblem[];
  format: "text" | "html" | "json" | "pdf";
  /** Value cells read per table (blank cells included), e.g. { 2: 22, 3: 161, 4: 15 }. */
  read?: Partial<Record<TableNo, number>>;
}

/** One printed cell of a source table. */
export interface SourceCell {
  /** Label form: as printed (text) or with markup whitespace removed (HTML). */
  label: string;
  /** Value form: the text as printed, trimmed; "" for a blank cell. */
  value: string;
  /** Column position: TAB index (text) or grid column (HTML). */
  col: number;
  span: number;
}

export interface SourceRow {
  cells: SourceCell[];
  /** 1-based line of the text input. */
  line?: number;
  /** True when cell positions are exact (HTML grid), so blank cells keep their place. */
  exact: boolean;
}

export type SourceBlock =
  { kind: "para"; text: string; line?: number } | { kind: "table"; rows: SourceRow[] };

export interface SourceDoc {
  format: "text" | "html" | "pdf";
  blocks: SourceBlock[];
  /** Title candidates from outside the body (HTML <title>, meta ArticleTitle). */
  titleHints: string[];
}
