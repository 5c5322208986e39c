/**
 * Finding the report in a workbook: queue every read it takes (no sync here), then turn what came back
 * into plain data. The tables are found through the defined name GK_REPORT, which Excel keeps pointing
 * at the block when the sheet is renamed or rows are inserted above it, and the custom XML part that
 * holds the edition, year and agency.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   The loads are queued here and read in the returned closure, which callers run only after their sync;
   the rules cannot follow a read into a closure. */
import { layoutOf } from "../sheet";
import { supports } from "./host";
import { splitAddress } from "./navigate";
import {
  DEFAULT_NAME_PREFIX,
  METADATA_NAMESPACE,
  REPORT_BLOCK_NAME,
  parseMetadataXml,
  parseRange,
  rectAddress,
  type ReportMeta,
  type Rect,
} from "../sheet";

export const NAME_PREFIX = DEFAULT_NAME_PREFIX;
export const REPORT_NAME = REPORT_BLOCK_NAME;

/** A rectangle of a sheet as read. */
export interface FoundBlock {
  sheetName: string;
  sheetId: string;
  /** A1 rectangle within the sheet. */
  rect: Rect;
  values: unknown[][];
  formulas: unknown[][];
  /** The sheet is protected. */
  protected: boolean;
  /** The user's protection options (to put back after unprotecting to write). */
  protectionOptions?: Excel.WorksheetProtectionOptions;
  /** Bounding box of the sheet's cells holding values; null when the sheet is empty. */
  used: Rect | null;
  /** Merged areas inside the block (ExcelApi 1.13); undefined when the host cannot say. */
  merges?: string[];
  /** Each cell's own fill as Excel reports it (ExcelApi 1.9); undefined when not read. */
  fills?: (string | null)[][];
}

/** The sheet we may insert into, read from A1 (PROBE_RECT). */
export type Probe = FoundBlock;

/** Everything one read sync brings back about the report, as plain data. */
export interface Snapshot {
  /** Our metadata, when exactly one readable part is there. */
  meta: ReportMeta | null;
  /** Why the metadata could not be read (absent, several parts, malformed). */
  metaProblem: string | null;
  /** Ids of every custom XML part in our namespace (to replace them on write). */
  partIds: string[];
  /** The block as read through GK_REPORT. */
  block: FoundBlock | null;
  /** Every workbook-scope name starting with GK_ (to replace them on write). */
  names: string[];
  /** The probed sheet (active, or the one asked for), when probing was asked for and it exists. */
  probe: Probe | null;
  /** Every worksheet's name (for choosing a new sheet's name). */
  sheetNames: string[];
}

/** How far from A1 a probe reads: the largest block of either edition, with room for rows inserted above. */
export const PROBE_RECT: Rect = (() => {
  const a = layoutOf({ edition: "2019" }).rect;
  const b = layoutOf({ edition: "2021" }).rect;
  return {
    top: 0,
    left: 0,
    bottom: Math.max(a.bottom, b.bottom) + 30,
    right: Math.max(a.right, b.right) + 5,
  };
})();

export interface SnapshotOptions {
  /** Also read the top-left area of this sheet ("" = the active sheet). */
  probe?: string;
  /** Also read the block's cell fills, where the host can in the same sync (ExcelApi 1.9). */
  fills?: boolean;
}

function rectOfAddress(address: string): Rect | null {
  return parseRange(address);
}

/** Queue the loads for a Snapshot on `context`; call the returned function after the next sync. */
export function queueSnapshot(
  context: Excel.RequestContext,
  options: SnapshotOptions = {}
): () => Snapshot {
  const wb = context.workbook;
  const parts = wb.customXmlParts.getByNamespace(METADATA_NAMESPACE);
  parts.load("items/id");
  const only = parts.getOnlyItemOrNullObject();
  only.load("id");
  // A method on a null object is a no-op; the result is read only when the part exists.
  const xml = only.getXml();
  const names = wb.names;
  names.load("items/name");
  const sheets = wb.worksheets;
  sheets.load("items/name");
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
    ws.load("name,id");
    ws.protection.load("protected,options");
    const area = ws.getRange(rectAddress(PROBE_RECT));
    area.load("values,formulas");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("address");
    probe = () =>
      ws.isNullObject
        ? null
        : {
            sheetName: ws.name,
            sheetId: ws.id,
            rect: PROBE_RECT,
            values: area.values,
            formulas: area.formulas,
            protected: ws.protection.protected,
            protectionOptions: ws.protection.options,
            used: used.isNullObject ? null : rectOfAddress(used.address),
          };
  }

  return () => {
    let meta: ReportMeta | null = null;
    let metaProblem: string | null = null;
    const partIds = parts.items.map((p) => p.id);
    if (only.isNullObject)
      metaProblem = partIds.length ? `${partIds.length} metadata parts` : "no metadata part";
    else {
      const parsed = parseMetadataXml(xml.value);
      meta = parsed.meta;
      metaProblem = parsed.meta ? null : parsed.reason;
    }
    let block: Snapshot["block"] = null;
    if (!range.isNullObject) {
      const rect = rectOfAddress(range.address);
      if (rect)
        block = {
          ...blockOf({ range, sheet, used: sheetUsed }, rect, rectOfAddress),
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
      meta,
      metaProblem,
      partIds,
      block,
      names: names.items.map((n) => n.name).filter((n) => n.toUpperCase().startsWith(NAME_PREFIX)),
      probe: probe ? probe() : null,
      sheetNames: sheets.items.map((s) => s.name),
    };
  };
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

/** Queue the loads of the range a defined name covers, its sheet's name, id and protection, and its used range. */
function queueNamedRange(context: Excel.RequestContext, name: string): NamedRange {
  const range = context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject();
  range.load("address,values,formulas");
  const sheet = range.worksheet;
  sheet.load("name,id");
  sheet.protection.load("protected,options");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address");
  return { range, sheet, used };
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
