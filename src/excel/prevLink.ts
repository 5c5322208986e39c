/**
 * The last-year link as checkWorkbook reads it, inside its single read sync.
 *
 * compareWithLastYear stores the pair in the sheet registry (`lastYear`: this year's key, last year's
 * key). The registry is only known after a sync, too late to queue the read of last year's block in the
 * same one. So wherever the registry is written (queueRegistry), a defined name with a fixed name,
 * LAST_YEAR_NAME, is pointed at last year's block too (same reference as that sheet's own GKX_n_REPORT,
 * so Excel moves both alike when rows are inserted or the sheet is renamed). checkWorkbook queues the
 * registry, every name's formula and that block together, and uses the block only when the registry's
 * link is to the workbook's own report and the fixed name still refers where last year's key does.
 *
 * When the two disagree (a workbook compared before the fixed name existed), checkWorkbook checks
 * without last year and re-points the name in its write sync, so the next check has it.
 */
import type { Report } from "../report";
import { parseRegistryXml, REGISTRY_NAMESPACE, type Registry } from "../sheet";
import { queueBlock, REPORT_NAME } from "./find";
import { splitAddress } from "./navigate";
import { interpretBlock } from "./read";

/** Not GK_ (insertReport replaces those) and not GKX_n_ (a registered sheet's prefix). */
export const LAST_YEAR_NAME = "GKY_LASTYEAR";

const COMMENT =
  "上年报告表格（跨年核对用，由年报插件维护） Last year's report, for the cross-year checks";

const isRef = (formula: string | null | undefined): formula is string =>
  typeof formula === "string" && formula.startsWith("=") && !/#REF!/i.test(formula);

/**
 * Formula LAST_YEAR_NAME should have for `link`: that of last year's block name, when the link is from
 * the workbook's own report and last year's name still refers to a range. Null: it should not exist.
 */
export function lastYearTarget(
  link: Registry["lastYear"],
  nameFormulas: ReadonlyMap<string, string>,
  live: (key: string) => boolean = () => true
): string | null {
  if (!link || link.of.toUpperCase() !== REPORT_NAME || link.prev.toUpperCase() === REPORT_NAME)
    return null;
  if (!live(link.prev)) return null;
  const f = nameFormulas.get(link.prev.toUpperCase());
  return isRef(f) ? f : null;
}

/** Queue the writes that make LAST_YEAR_NAME refer to `want` (null: delete it); `have` is its formula now. */
export function queueLastYearName(
  context: Excel.RequestContext,
  want: string | null,
  have: string | null
): void {
  if (want === have) return;
  const names = context.workbook.names;
  if (have !== null) names.getItem(LAST_YEAR_NAME).delete();
  if (want !== null) names.add(LAST_YEAR_NAME, want, COMMENT);
}

export interface LinkedPrev {
  /** Last year's report, as read from its sheet; null when there is no usable link. */
  prev: Report | null;
  /** Last year's sheet, when `prev` is given. */
  prevSheetName: string | null;
  /** What LAST_YEAR_NAME should refer to, and what it refers to now (to re-point it when they differ). */
  want: string | null;
  have: string | null;
}

/**
 * Queue (no sync here) the reads for last year's report as linked in the registry: the registry part,
 * every name's formula, and the block under LAST_YEAR_NAME. Call the returned function after the sync.
 */
export function queueLinkedPrev(context: Excel.RequestContext): () => LinkedPrev {
  const wb = context.workbook;
  const only = wb.customXmlParts.getByNamespace(REGISTRY_NAMESPACE).getOnlyItemOrNullObject();
  only.load("id");
  // A method on a null object is a no-op; the result is read only when the part exists.
  const xml = only.getXml();
  const names = wb.names;
  names.load("items/name,formula");
  const sheets = wb.worksheets;
  sheets.load("items/name");
  const block = queueBlock(context, LAST_YEAR_NAME);
  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
     read in the returned closure, after the caller's sync; a ClientResult needs no load */
  return () => {
    const registry = only.isNullObject ? null : parseRegistryXml(xml.value).registry;
    const formulas = new Map<string, string>();
    for (const n of names.items) formulas.set(n.name.toUpperCase(), n.formula);
    const link = registry?.lastYear;
    // Last year's name must still be on a sheet of the workbook (some hosts keep a deleted sheet's name).
    const sheetNames = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const live = (key: string) => {
      const f = formulas.get(key.toUpperCase());
      const sheet = f ? splitAddress(f.replace(/^=/, "")).sheet : null;
      return sheet !== null && sheetNames.has(sheet.toLowerCase());
    };
    const want = lastYearTarget(link, formulas, live);
    const have = formulas.get(LAST_YEAR_NAME) ?? null;
    const none = { prev: null, prevSheetName: null, want, have };
    if (!link || want === null || want !== have) return none;
    const entry = registry!.entries.find((e) => e.key.toUpperCase() === link.prev.toUpperCase());
    const found = block();
    if (!entry || !found) return none;
    const read = interpretBlock(found, entry.meta, null);
    if (read.problems.some((p) => p.severity === "error")) return none;
    return { prev: read.report, prevSheetName: read.sheetName, want, have };
  };
  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read */
}
