/**
 * Saves the 正文 view still holds back (debounced). The export reads the text from the workbook, so it
 * first asks every mounted editor to write what it has.
 */
type Flush = () => Promise<void>;

const flushers = new Set<Flush>();

export function registerNarrativeFlush(flush: Flush): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Write every pending narrative edit now. Never rejects: a failed save is the editor's to report. */
export async function flushNarrativeEdits(): Promise<void> {
  await Promise.all([...flushers].map((f) => f().catch(() => undefined)));
}
