/**
 * The 正文 view's text as it stands (pending edits saved first): in the workbook, or only on this
 * computer where the host cannot store it. The export's pre-check and the findings view both check
 * the report with it, so they list the same narrative findings.
 */
import { narrativeStorageSupported, readNarrative, type StoredNarrative } from "../../../excel";
import { loadBackup, LOCAL_ONLY_ID } from "./backup";
import { flushNarrativeEdits } from "./pending";

export async function currentNarrative({
  flush = true,
}: { flush?: boolean } = {}): Promise<StoredNarrative | null> {
  // A reader that only looks (the findings view, after every check) does not save the 正文 view's edits.
  if (flush) await flushNarrativeEdits();
  if (!narrativeStorageSupported()) return loadBackup(LOCAL_ONLY_ID)?.doc ?? null;
  return (await readNarrative()).narrative;
}
