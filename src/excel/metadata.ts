/**
 * The report's metadata part (custom XML in our namespace, spec/excel-host.md §4.7): read it, or
 * replace it. Other views (narrative) keep their text here so it travels with the workbook.
 */
import { METADATA_NAMESPACE, metadataXml, parseMetadataXml, type ReportMeta } from "../sheet";
import { runWrite } from "./host";

/** The metadata, or null when there is none or it cannot be read. One sync. */
export async function readMetadata(): Promise<ReportMeta | null> {
  return Excel.run(async (context) => {
    const part = context.workbook.customXmlParts
      .getByNamespace(METADATA_NAMESPACE)
      .getOnlyItemOrNullObject();
    const xml = part.getXml();
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load
    return part.isNullObject ? null : parseMetadataXml(xml.value).meta;
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
    const parts = context.workbook.customXmlParts.getByNamespace(METADATA_NAMESPACE);
    parts.load("items/id");
    const only = parts.getOnlyItemOrNullObject();
    const xml = only.getXml();
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load
    const current = only.isNullObject ? null : parseMetadataXml(xml.value).meta;
    const next = update(current);
    // eslint-disable-next-line office-addins/load-object-before-read -- loaded as items/id above
    for (const p of parts.items) p.delete();
    context.workbook.customXmlParts.add(metadataXml(next));
    await context.sync();
    return next;
  });
}

export function writeMetadata(meta: ReportMeta): Promise<ReportMeta> {
  return updateMetadata(() => meta);
}
