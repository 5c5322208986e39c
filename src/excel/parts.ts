/**
 * Our custom XML parts: every part in a namespace (ids, to replace them on write) and the text of the
 * only one, read after the caller's sync; and the write that replaces them. Queued here, no sync.
 */

export interface PartsRead {
  /** Ids of every part in the namespace. */
  ids: string[];
  /** The only part's id and XML; null when there is none or several. */
  only: { id: string; xml: string } | null;
}

/** Queue the loads (no sync here); call the returned function after the next sync. */
export function queueParts(context: Excel.RequestContext, namespace: string): () => PartsRead {
  const parts = context.workbook.customXmlParts.getByNamespace(namespace);
  parts.load("items/id");
  const only = parts.getOnlyItemOrNullObject();
  only.load("id");
  // A method on a null object is a no-op; the result is read only when the part exists.
  const xml = only.getXml();
  return () => ({
    ids: parts.items.map((p) => p.id),
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- read after the caller's sync; a ClientResult needs no load
    only: only.isNullObject ? null : { id: only.id, xml: xml.value },
  });
}

/** Queue the replacement of our parts `ids` (read before) by one part holding `xml` (none when null). */
export function queueReplaceParts(
  context: Excel.RequestContext,
  ids: string[],
  xml: string | null
): void {
  const all = context.workbook.customXmlParts;
  for (const id of ids) all.getItem(id).delete();
  if (xml !== null) all.add(xml);
}
