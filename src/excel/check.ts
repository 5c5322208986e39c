/**
 * checkWorkbook: read the report (one read sync), check it with the core checker, and colour the cells
 * of findings that the sheet's own conditional formats cannot show (one write sync).
 *
 * When the report was compared with last year's sheet (compareWithLastYear), that sheet is read in the
 * same read sync and the cross-year findings (X-00..X-04) are kept: listed, and coloured orange.
 */
import { checkReport, type Report } from "../report";
import {
  fillsRead,
  isDamaged,
  locatedNow,
  locateReport,
  namesLostProblem,
  prevFor,
  shownProblems,
} from "../sheet";
import { queueSnapshot } from "./find";
import { eventsOff, eventsOn, runWrite } from "./host";
import { queueHighlightFills } from "./highlightFills";
import { queueLastYearName, queueLinkedPrev } from "./prevLink";
import { rememberedFills, rememberGrid } from "./sheetMemory";
import type { CheckResult } from "./types";

export { shownByConditionalFormats } from "../sheet";

export interface CheckOptions {
  /**
   * The report as checked, from the report as read: the pane adds the 正文 view's text here, so that
   * the findings list the narrative findings the export's pre-check lists.
   */
  withText?: (report: Report) => Report;
}

/**
 * Check the report on the workbook. One read sync; a write sync only when a highlight or the last-year
 * name must change, so that typing a figure that changes no finding leaves the user's undo alone.
 */
export async function checkWorkbook(options: CheckOptions = {}): Promise<CheckResult> {
  return runWrite(
    async (context) => {
      const snapshot = queueSnapshot(context, { probe: "", fills: true });
      const linked = queueLinkedPrev(context);
      await context.sync();
      const snap = snapshot();
      const read = locateReport(snap);
      if (!read) {
        if (snap.meta)
          return {
            kind: "damaged",
            sheetName: snap.meta.sheet.name,
            problems: [namesLostProblem(snap.meta)],
          };
        return { kind: "noReport" };
      }
      if (isDamaged(read))
        return {
          kind: "damaged",
          sheetName: read.sheetName,
          problems: shownProblems(read.problems),
        };
      const last = linked();
      const prev = prevFor(read.report, last.prev);
      const report = options.withText ? options.withText(read.report) : read.report;
      const findings = locatedNow(read, checkReport(report, prev ? { prev } : {}));
      rememberGrid(read.sheetId, read.block.rect, read.block.formulas);
      // A protected sheet may refuse formatting; the findings are still listed in the pane.
      if (!read.block.protected) {
        // The cells are painted for what the tables say; the narrative's findings are listed only.
        const painted = options.withText
          ? checkReport(read.report, prev ? { prev } : {})
          : findings;
        const have = fillsRead(read) ?? rememberedFills(read.sheetId);
        const filled = queueHighlightFills(context, read, painted, have);
        if (filled > 0 || last.want !== last.have) {
          eventsOff(context);
          // A link stored before its fixed name existed (or gone stale): repaired for the next check.
          queueLastYearName(context, last.want, last.have);
          eventsOn(context);
          await context.sync();
        }
      }
      return {
        kind: "checked",
        sheetName: read.sheetName,
        report: read.report,
        findings,
        problems: shownProblems(read.problems),
        ...(prev && last.prevSheetName ? { lastYear: { sheetName: last.prevSheetName } } : {}),
      };
    },
    { undoGroup: true }
  );
}
