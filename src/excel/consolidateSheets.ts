/**
 * consolidateSheets: the report sheets of several units (same year and edition) summed onto a new
 * summary sheet (汇总), laid out and checked like any report, with a table beside it listing each unit:
 * agency, sheet, error and warning counts, and a link to the unit's sheet (src/sheet/consolidation.ts).
 *
 * One Excel.run, two syncs whatever the number of units: one read of every selected sheet, one write.
 */
import { checkReport, type Report } from "../report";
import {
  HEADER_FILL,
  colLetter,
  consolidateReads,
  locateIn,
  rectAddress,
  unitTableGrid,
  unitTablePlace,
  type Lang,
  type LocatedFinding,
  type RefusedUnit,
  type UnitRow,
} from "../sheet";
import { queueThinBorders } from "./apply";
import { eventsOff, runWrite } from "./host";
import { queueNewReportSheet, queueReportSheets, showNewSheet } from "./reportSheets";

export {
  hyperlinkFormula,
  majorityFirst,
  unitTableGrid,
  type RefusedUnit,
  type UnitRow,
} from "../sheet";

export interface ConsolidateOptions {
  /** Agency name on the summary (e.g. 某某市); default 汇总（n个单位）. */
  agency?: string;
  /** Sheet name to start from; default 汇总. */
  sheetName?: string;
  lang?: Lang;
}

export type ConsolidateSheetsResult =
  /** Nothing summed (no unit could be used); nothing written. */
  | { status: "nothing"; units: UnitRow[]; refused: RefusedUnit[] }
  | {
      status: "written";
      sheetName: string;
      key: string;
      summary: Report;
      /** The checker's findings on the summary, placed on its sheet. */
      findings: LocatedFinding[];
      units: UnitRow[];
      refused: RefusedUnit[];
      /** Where the per-unit table is on the summary sheet. */
      unitTable: string;
    };

/** Sum the report sheets `keys` (one per unit) onto a new summary sheet. Two syncs. */
export async function consolidateSheets(
  keys: string[],
  opts: ConsolidateOptions = {}
): Promise<ConsolidateSheetsResult> {
  const lang = opts.lang ?? "zh";
  keys = [...new Set(keys)];
  return runWrite(async (context) => {
    const reads = queueReportSheets(context, keys);
    await context.sync();
    const { state, sheets } = reads();
    const { summary, units, refused } = consolidateReads(sheets, opts.agency?.trim() || undefined);
    if (!summary || !units.length) return { status: "nothing", units, refused };

    const findings = checkReport(summary);
    eventsOff(context);
    const { queued, registry } = queueNewReportSheet(context, state, {
      report: summary,
      kind: "summary",
      source: units.map((u) => u.sheetName).join("、"),
      baseName: opts.sheetName?.trim() || (lang === "zh" ? "汇总" : "Summary"),
      findings,
      lang,
      asCurrent: false,
    });
    const grid = unitTableGrid(units, refused, lang);
    const place = unitTablePlace(queued.layout.rect, grid, units.length);
    const sheet = queued.sheet;
    sheet.getRange(rectAddress(place.area)).formulas = grid;
    const header = sheet.getRange(rectAddress(place.header));
    header.format.fill.color = HEADER_FILL;
    header.format.font.bold = true;
    sheet.getRange(place.caption).format.font.bold = true;
    queueThinBorders(sheet.getRange(rectAddress(place.bordered)).format);
    for (const { col, width } of place.widths)
      sheet.getRange(`${colLetter(col)}:${colLetter(col)}`).format.columnWidth = width;
    await showNewSheet(context, state, registry, sheet);
    return {
      status: "written",
      sheetName: queued.sheetName,
      key: queued.key,
      summary,
      findings: locateIn(findings, queued.sheetName, queued.layout),
      units,
      refused,
      unitTable: rectAddress(place.area),
    };
  });
}
