/**
 * The one writer of highlight fills on a report sheet (the check, the comparison with last year and
 * 结转上年数据 all paint through it), so that what it wrote is always remembered: hosts below
 * ExcelApi 1.9 cannot read fills back, and the next check writes only what differs from that memory.
 */
import type { Finding } from "../report";
import { highlightChanges, rectAddress, rectNow, type FillState, type ReadResult } from "../sheet";
import { eventsOff } from "./host";
import { rememberFills } from "./sheetMemory";

/**
 * Queue the fills `findings` want where they differ from `have` (null: the sheet's state is unknown,
 * every value cell is written) and remember the result. Events are switched off before the first fill;
 * the caller switches them on again and syncs. A protected sheet may refuse formatting: nothing is
 * queued. Returns how many cells were queued.
 */
export function queueHighlightFills(
  context: Excel.RequestContext,
  read: ReadResult,
  findings: Finding[],
  have: FillState | null
): number {
  if (read.block.protected) return 0;
  const { want, changes } = highlightChanges(read, findings, have);
  if (changes.length > 0) eventsOff(context);
  const sheet = context.workbook.worksheets.getItem(read.sheetId);
  for (const ch of changes) {
    const cell = read.layout.byKey[ch.key];
    // eslint-disable-next-line office-addins/load-object-before-read -- navigation to write, nothing read
    const fill = sheet.getRange(rectAddress(rectNow(read, cell.rect))).format.fill;
    if (ch.color === null) fill.clear();
    else fill.color = ch.color;
  }
  rememberFills(read.sheetId, want);
  return changes.length;
}
