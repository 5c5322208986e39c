/**
 * The local copy of the text, written on every keystroke, so nothing typed is lost when a workbook write
 * fails (a cell in edit mode, a closed pane, a crash). One entry per workbook narrative id; `written`
 * turns true once the same text reached the workbook. Storage may be missing or full: then it is a no-op.
 */
import type { StoredNarrative } from "../../../excel";
import { isBlankText, SECTION_IDS } from "./model";

export const BACKUP_PREFIX = "gkreport.narrative.backup:";
/** Backup id when the host cannot store the text in the workbook (the backup is then the only copy). */
export const LOCAL_ONLY_ID = "local";

export interface NarrativeBackup {
  id: string;
  doc: StoredNarrative;
  /** ISO time of the last edit. */
  editedAt: string;
  written: boolean;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function isBackup(x: unknown): x is NarrativeBackup {
  const b = x as NarrativeBackup | null;
  return (
    typeof b === "object" &&
    b !== null &&
    typeof b.id === "string" &&
    typeof b.editedAt === "string" &&
    typeof b.written === "boolean" &&
    typeof b.doc === "object" &&
    b.doc !== null &&
    typeof b.doc.agency === "string" &&
    typeof b.doc.date === "string" &&
    typeof b.doc.sections === "object" &&
    typeof b.doc.fees === "object"
  );
}

export function hasContent(doc: StoredNarrative): boolean {
  return (
    !isBlankText(doc.agency) ||
    !isBlankText(doc.date) ||
    SECTION_IDS.some((i) => !isBlankText(doc.sections[i])) ||
    Object.values(doc.fees).some((v) => !isBlankText(v))
  );
}

export function loadBackup(id: string): NarrativeBackup | null {
  const s = storage();
  try {
    const raw = s?.getItem(BACKUP_PREFIX + id);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as unknown;
    return isBackup(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function saveBackup(b: NarrativeBackup): void {
  try {
    storage()?.setItem(BACKUP_PREFIX + b.id, JSON.stringify(b));
  } catch {
    // Quota or no storage: the text is still in the pane and goes to the workbook.
  }
}

export function markWritten(id: string, doc: StoredNarrative): void {
  const b = loadBackup(id);
  if (b && JSON.stringify(b.doc) === JSON.stringify(doc)) saveBackup({ ...b, written: true });
}

/** The newest backup with text that never reached a workbook, other than `exceptId`'s. */
export function newestUnwritten(exceptId: string | null): NarrativeBackup | null {
  const s = storage();
  if (!s) return null;
  let best: NarrativeBackup | null = null;
  try {
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (!key?.startsWith(BACKUP_PREFIX)) continue;
      const b = loadBackup(key.slice(BACKUP_PREFIX.length));
      if (!b || b.written || b.id === exceptId || !hasContent(b.doc)) continue;
      if (!best || b.editedAt > best.editedAt) best = b;
    }
  } catch {
    return best;
  }
  return best;
}

export function dropBackup(id: string): void {
  try {
    storage()?.removeItem(BACKUP_PREFIX + id);
  } catch {
    // nothing to do
  }
}
