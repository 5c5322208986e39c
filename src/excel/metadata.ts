/**
 * The report's metadata part (custom XML in our namespace, spec/excel-host.md §4.7): read it, or
 * replace it. Other views (narrative) keep their text here so it travels with the workbook.
 */
import { METADATA_NAMESPACE, metadataXml, parseMetadataXml, type ReportMeta } from "../sheet";
import { runWrite } from "./host";
import { queueParts, queueReplaceParts } from "./parts";

/** The metadata, or null when there is none or it cannot be read. One sync. */
export async function readMetadata(): Promise<ReportMeta | null> {
  return Excel.run(async (context) => {
    const parts = queueParts(context, METADATA_NAMESPACE);
    await context.sync();
    const only = parts().only;
    return only ? parseMetadataXml(only.xml).meta : null;
  });
}

/**
 * Replace the metadata with `update(current)` (current is null when absent). Two syncs: read, write.
 * Returns what was written.
 */
export async function updateMetadata(
  update: (current: ReportMeta | null) => ReportMeta
): Promise<ReportMeta> {
  return runWrite(async (context) => {
    const parts = queueParts(context, METADATA_NAMESPACE);
    await context.sync();
    const { ids, only } = parts();
    const next = update(only ? parseMetadataXml(only.xml).meta : null);
    queueReplaceParts(context, ids, metadataXml(next));
    await context.sync();
    return next;
  });
}

export function writeMetadata(meta: ReportMeta): Promise<ReportMeta> {
  return updateMetadata(() => meta);
}
