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
import {
  LAST_YEAR_NAME,
  REGISTRY_NAMESPACE,
  linkedPrevOf,
  parseRegistryXml,
  type LinkedPrev,
} from "../sheet";
import { queueBlock, queueNamesAndSheets } from "./find";
import { queueParts } from "./parts";

export { LAST_YEAR_NAME };

const COMMENT =
  "上年报告表格（跨年核对用，由年报插件维护） Last year's report, for the cross-year checks";

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

/**
 * Queue (no sync here) the reads for last year's report as linked in the registry: the registry part,
 * every name's formula, and the block under LAST_YEAR_NAME. Call the returned function after the sync.
 */
export function queueLinkedPrev(context: Excel.RequestContext): () => LinkedPrev {
  const parts = queueParts(context, REGISTRY_NAMESPACE);
  const lists = queueNamesAndSheets(context, true);
  const block = queueBlock(context, LAST_YEAR_NAME);
  return () => {
    const only = parts().only;
    return linkedPrevOf({
      registry: only ? parseRegistryXml(only.xml).registry : null,
      nameFormulas: new Map(lists().names.map((n) => [n.name.toUpperCase(), n.formula])),
      sheetNames: lists().sheetNames,
      block,
    });
  };
}
