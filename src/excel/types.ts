/** What the Excel layer hands to the task pane. Plain data: no Office proxies escape src/excel. */
import type { Message, Report } from "../report";
import type { LocatedFinding, ReportProblem } from "../sheet";

export type {
  CellLocation,
  InsertOptions,
  InsertResult,
  LocatedFinding,
  ReportProblem,
} from "../sheet";

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
