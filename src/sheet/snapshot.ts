/**
 * What one read of the workbook brings back about the report, as plain data: src/excel fills these in
 * after its sync, and the pure functions of src/sheet decide from them.
 */
import { layoutOf } from "./layout";
import type { Rect } from "./a1";
import { parseMetadataXml, type ReportMeta } from "./metadata";

/** A sheet's protection options as the host reports them (Excel's WorksheetProtectionOptions). */
export interface SheetProtectionOptions {
  allowAutoFilter?: boolean;
  allowDeleteColumns?: boolean;
  allowDeleteRows?: boolean;
  allowEditObjects?: boolean;
  allowEditScenarios?: boolean;
  allowFormatCells?: boolean;
  allowFormatColumns?: boolean;
  allowFormatRows?: boolean;
  allowInsertColumns?: boolean;
  allowInsertHyperlinks?: boolean;
  allowInsertRows?: boolean;
  allowPivotTables?: boolean;
  allowSort?: boolean;
  selectionMode?: string;
}

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
  protectionOptions?: SheetProtectionOptions;
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

/** The metadata from our parts' ids and the only part's XML (null when there is not exactly one). */
export function metaOfParts(
  partIds: string[],
  onlyXml: string | null
): Pick<Snapshot, "meta" | "metaProblem"> {
  if (onlyXml === null)
    return {
      meta: null,
      metaProblem: partIds.length ? `${partIds.length} metadata parts` : "no metadata part",
    };
  const parsed = parseMetadataXml(onlyXml);
  return { meta: parsed.meta, metaProblem: parsed.meta ? null : parsed.reason };
}
