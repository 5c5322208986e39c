/**
 * Finding the report in a workbook: queue every read it takes (no sync here), then turn what came back
 * into plain data. The tables are found through the defined name GK_REPORT, which Excel keeps pointing
 * at the block when the sheet is renamed or rows are inserted above it, and the custom XML part that
 * holds the edition, year and agency.
 */
/* eslint-disable office-addins/call-sync-before-read --
   The loads are queued here and read in the returned closure, which callers run only after their sync;
   the rules cannot follow a read into a closure. */
import {
  DEFAULT_NAME_PREFIX,
  METADATA_NAMESPACE,
  PROBE_RECT,
  REPORT_BLOCK_NAME,
  metaOfParts,
  parseRange,
  rectAddress,
  splitAddress,
  type FoundBlock,
  type Probe,
  type Rect,
  type Snapshot,
} from "../sheet";
import { supports } from "./host";
import { queueParts } from "./parts";

export const NAME_PREFIX = DEFAULT_NAME_PREFIX;
export const REPORT_NAME = REPORT_BLOCK_NAME;

export interface SnapshotOptions {
  /** Also read the top-left area of this sheet ("" = the active sheet). */
  probe?: string;
  /** Also read the block's cell fills, where the host can in the same sync (ExcelApi 1.9). */
  fills?: boolean;
}

/** Queue the loads for a Snapshot on `context`; call the returned function after the next sync. */
export function queueSnapshot(
  context: Excel.RequestContext,
  options: SnapshotOptions = {}
): () => Snapshot {
  const wb = context.workbook;
  const parts = queueParts(context, METADATA_NAMESPACE);
  const lists = queueNamesAndSheets(context, false);
  const { range, sheet, used: sheetUsed } = queueNamedRange(context, REPORT_NAME);
  // Merged areas let the read-back notice a split label; older hosts simply skip that check. Each
  // area's own address: RangeAreas.address may list only top-left cells (office-js #1590).
  const merged = supports("ExcelApi", "1.13") ? range.getMergedAreasOrNullObject() : null;
  merged?.areas.load("items/address");
  const fills =
    options.fills && supports("ExcelApi", "1.9")
      ? range.getCellProperties({ format: { fill: { color: true } } })
      : null;

  let probe: (() => Probe | null) | null = null;
  if (options.probe !== undefined) {
    const ws =
      options.probe === ""
        ? wb.worksheets.getActiveWorksheet()
        : wb.worksheets.getItemOrNullObject(options.probe);
    const area = queueSheetRange(ws.getRange(rectAddress(PROBE_RECT)), ws, "values,formulas");
    probe = () => (ws.isNullObject ? null : blockOf(area, PROBE_RECT, parseRange));
  }

  return () => {
    const { ids: partIds, only } = parts();
    let block: Snapshot["block"] = null;
    if (!range.isNullObject) {
      const rect = parseRange(range.address);
      if (rect)
        block = {
          ...blockOf({ range, sheet, used: sheetUsed }, rect, parseRange),
          ...(merged
            ? {
                merges: merged.isNullObject
                  ? []
                  : merged.areas.items.map((a) => splitAddress(a.address).cell),
              }
            : {}),
          ...(fills && fills.value
            ? { fills: fills.value.map((row) => row.map((c) => c.format?.fill?.color ?? null)) }
            : {}),
        };
    }
    return {
      ...metaOfParts(partIds, only?.xml ?? null),
      partIds,
      block,
      names: lists()
        .names.map((n) => n.name)
        .filter((n) => n.toUpperCase().startsWith(NAME_PREFIX)),
      probe: probe ? probe() : null,
      sheetNames: lists().sheetNames,
    };
  };
}

/**
 * Queue the loads of every defined name and every sheet's name; read after the sync. Names' formulas
 * only when asked (NamedItem.formula is ExcelApi 1.7; "" when not loaded).
 */
export function queueNamesAndSheets(
  context: Excel.RequestContext,
  withFormulas: boolean
): () => { names: { name: string; formula: string }[]; sheetNames: string[] } {
  const names = context.workbook.names;
  names.load(withFormulas ? "items/name,formula" : "items/name");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  return () => ({
    names: names.items.map((n) => ({ name: n.name, formula: withFormulas ? n.formula : "" })),
    sheetNames: sheets.items.map((s) => s.name),
  });
}

/** Queue the read of the block a defined name covers; null after the sync when the name is gone. */
export function queueBlock(context: Excel.RequestContext, key: string): () => FoundBlock | null {
  const named = queueNamedRange(context, key);
  // Read after the caller's sync (the returned function is called then).
  return () => {
    if (named.range.isNullObject) return null;
    const cellRect = (address: string) => parseRange(splitAddress(address).cell);
    const rect = cellRect(named.range.address);
    if (!rect) return null;
    return blockOf(named, rect, cellRect);
  };
}

interface NamedRange {
  range: Excel.Range;
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

/** Queue the loads of a range (`fields`), its sheet's name, id and protection, and the sheet's used range. */
function queueSheetRange(range: Excel.Range, sheet: Excel.Worksheet, fields: string): NamedRange {
  range.load(fields);
  sheet.load("name,id");
  sheet.protection.load("protected,options");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address");
  return { range, sheet, used };
}

/** Queue the loads of the range a defined name covers (see queueSheetRange). */
function queueNamedRange(context: Excel.RequestContext, name: string): NamedRange {
  const range = context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject();
  return queueSheetRange(range, range.worksheet, "address,values,formulas");
}

/** After the sync: the block of a queueNamedRange read, at `rect`; `toRect` reads the used range's address. */
function blockOf(
  { range, sheet, used }: NamedRange,
  rect: Rect,
  toRect: (address: string) => Rect | null
): FoundBlock {
  return {
    sheetName: sheet.name,
    sheetId: sheet.id,
    rect,
    values: range.values,
    formulas: range.formulas,
    protected: sheet.protection.protected,
    protectionOptions: sheet.protection.options,
    used: used.isNullObject ? null : toRect(used.address),
  };
}
