/** What the Excel layer hands to the task pane. Plain data: no Office proxies escape src/excel. */
import type { EditionId, Finding, Message, Report, Severity } from "../report";

export interface InsertOptions {
  year: number;
  edition: EditionId;
  agency: string;
  /** Write the total cells as SUM formulas instead of leaving them for the agency to type. */
  totalsAsFormulas: boolean;
  /**
   * Sheet to insert into (created when missing). Default: where the workbook's report of this year is
   * (updated in place); else a new sheet `${year}年报表格` (`(2)` added when taken). When the workbook's
   * report is another year's, the call asks (status "occupied") first.
   */
  sheetName?: string;
  /** The user agreed to overwrite what is in the target range (asked in the pane first). */
  overwrite?: boolean;
  /** Put the tables on a new sheet (`${year}年报表格`, or `sheetName` made unique) instead of the target (the pane offers this when the target is not free). */
  newSheet?: boolean;
  /** Language of the sheet's validation messages and name comments (labels are always the official Chinese). */
  lang?: "zh" | "en";
}

export type InsertResult =
  /** Written. `kept` counts typed values carried over from a report already on the sheet. */
  | { status: "inserted"; sheetName: string; address: string; kept: number }
  /** Nothing written: the target holds other content; ask the user, then call again with overwrite or newSheet. */
  | { status: "occupied"; sheetName: string; address: string }
  /**
   * Nothing written: the sheet holds a report whose typed values would not all fit the requested tables
   * (another edition). `lost` counts them. Ask, then call again with overwrite or newSheet.
   */
  | { status: "wouldDrop"; sheetName: string; address: string; lost: number };

/** Where a report cell sits in the workbook. */
export interface CellLocation {
  key: string;
  sheet: string;
  /** A1 address within the sheet, e.g. D27. */
  cell: string;
  /** Sheet-qualified address for selectCell, e.g. '2024年报'!D27. */
  address: string;
}

/** A finding with the workbook location of each of its cells (parallel to `cells`; null when not on the sheet). */
export interface LocatedFinding extends Finding {
  locations: (CellLocation | null)[];
}

/** Something wrong with the tables themselves (a label overwritten, a block moved apart), in plain words. */
export interface ReportProblem {
  /** What kind of problem (src/sheet's read-back kinds, or "metadata" / "names" from this layer). */
  kind: string;
  message: Message;
  /** A1 address of the damaged cell or range on the report's sheet, when known. */
  address?: string;
  /** "error": the tables cannot be read reliably; "warning": read, but something looks off. */
  severity: Severity;
}

export type CheckResult =
  | { kind: "noReport" }
  | { kind: "damaged"; sheetName: string; problems: ReportProblem[] }
  | {
      kind: "checked";
      sheetName: string;
      report: Report;
      findings: LocatedFinding[];
      /** Problems that did not stop the check (shown above the findings). */
      problems: ReportProblem[];
      /** Last year's sheet the cross-year rules (X-00..X-04) were checked against, when linked. */
      lastYear?: { sheetName: string };
    };

export type Unsubscribe = () => Promise<void>;

/**
 * Something the user must act on, said in plain words (zh-CN and en-US): a protected sheet, an insert
 * Excel stopped half-way. The pane shows `userMessage`; `message` is the English text.
 */
export class HostError extends Error {
  constructor(
    readonly kind: "protected" | "insertFailed",
    readonly userMessage: Message
  ) {
    super(userMessage.en);
    this.name = "HostError";
  }
}
