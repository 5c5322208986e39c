/**
 * The last-year link as a check reads it (see src/excel/prevLink.ts for why there is a fixed name):
 * what LAST_YEAR_NAME should refer to, and last year's report when the link is sound.
 */
import type { Report } from "../report";
import { sheetOfFormula } from "./address";
import { REPORT_BLOCK_NAME } from "./plan";
import type { Registry } from "./registry";
import { interpretBlock, isDamaged } from "./reportRead";
import type { FoundBlock } from "./snapshot";

/** Not GK_ (insertReport replaces those) and not GKX_n_ (a registered sheet's prefix). */
export const LAST_YEAR_NAME = "GKY_LASTYEAR";

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
  if (
    !link ||
    link.of.toUpperCase() !== REPORT_BLOCK_NAME ||
    link.prev.toUpperCase() === REPORT_BLOCK_NAME
  )
    return null;
  if (!live(link.prev)) return null;
  const f = nameFormulas.get(link.prev.toUpperCase());
  return isRef(f) ? f : null;
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

/** What one read brings back for the link: the registry, every name's formula, every sheet, the block. */
export interface LinkRead {
  registry: Registry | null;
  /** Every defined name (upper case) → its formula. */
  nameFormulas: ReadonlyMap<string, string>;
  sheetNames: string[];
  /** The block under LAST_YEAR_NAME (read only when the link is sound). */
  block: () => FoundBlock | null;
}

/** Last year's report as linked, used only when the registry's link and the fixed name agree. */
export function linkedPrevOf({ registry, nameFormulas, sheetNames, block }: LinkRead): LinkedPrev {
  const link = registry?.lastYear;
  // Last year's name must still be on a sheet of the workbook (some hosts keep a deleted sheet's name).
  const sheets = new Set(sheetNames.map((s) => s.toLowerCase()));
  const live = (key: string) => {
    const sheet = sheetOfFormula(nameFormulas.get(key.toUpperCase()));
    return sheet !== null && sheets.has(sheet.toLowerCase());
  };
  const want = lastYearTarget(link, nameFormulas, live);
  const have = nameFormulas.get(LAST_YEAR_NAME) ?? null;
  const none = { prev: null, prevSheetName: null, want, have };
  if (!link || want === null || want !== have) return none;
  const entry = registry!.entries.find((e) => e.key.toUpperCase() === link.prev.toUpperCase());
  const found = block();
  if (!entry || !found) return none;
  const read = interpretBlock(found, entry.meta, null);
  if (isDamaged(read)) return none;
  return { prev: read.report, prevSheetName: read.sheetName, want, have };
}
