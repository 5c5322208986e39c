/**
 * The 正文 view's state as one pure reducer: what the workbook read gave, the text, the save status and
 * the backup offered back. useNarrative does the effects (reads, writes, timers) and reports each
 * outcome here as an event.
 */
import type { StoredNarrative } from "../../../excel";
import type { EditionId } from "../../../report/types";
import type { NarrativeBackup } from "./backup";

export type Phase = "loading" | "ready" | "readFailed" | "localOnly";

export interface SaveState {
  state: "idle" | "pending" | "saving" | "saved" | "failed";
  savedAt: Date | null;
  error: string | null;
}

export interface RestoreOffer {
  kind: "same" | "other";
  editedAt: string;
  backup: NarrativeBackup;
}

export interface NarrativeState {
  doc: StoredNarrative;
  phase: Phase;
  edition: EditionId;
  /** The report year from the workbook's metadata (drafts the preface), null when unknown. */
  year: number | null;
  readError: string | null;
  problem: string | null;
  save: SaveState;
  restore: RestoreOffer | null;
}

export type NarrativeEvent =
  /** Read again (the 重新读取 button). */
  | { type: "reload" }
  /** The host cannot store the text: it is kept on this computer only. */
  | { type: "localOnly"; doc: StoredNarrative }
  | { type: "readFailed"; error: string }
  | {
      type: "read";
      doc: StoredNarrative;
      edition: EditionId;
      year: number | null;
      problem: string | null;
      savedAt: Date | null;
    }
  /** The pane changed the workbook: the metadata (and, when nothing was typed, the text) read again. */
  | { type: "metadata"; edition: EditionId; year: number | null; doc?: StoredNarrative }
  /** The text changed (typed, drafted, restored); it is to be saved once the workbook was read. */
  | { type: "edited"; doc: StoredNarrative }
  | { type: "saving" }
  /** A write finished; `current` when no edit came meanwhile. */
  | { type: "saved"; at: Date; current: boolean }
  | { type: "saveFailed"; error: string }
  | { type: "offer"; restore: RestoreOffer }
  /** The offer was taken or dismissed. */
  | { type: "offerClosed" };

export function initialState(doc: StoredNarrative, edition: EditionId): NarrativeState {
  return {
    doc,
    phase: "loading",
    edition,
    year: null,
    readError: null,
    problem: null,
    save: { state: "idle", savedAt: null, error: null },
    restore: null,
  };
}

export function narrativeReducer(s: NarrativeState, e: NarrativeEvent): NarrativeState {
  switch (e.type) {
    case "reload":
      return { ...s, phase: "loading" };
    case "localOnly":
      return { ...s, doc: e.doc, phase: "localOnly" };
    case "readFailed":
      return { ...s, phase: "readFailed", readError: e.error };
    case "read":
      return {
        ...s,
        doc: e.doc,
        phase: "ready",
        edition: e.edition,
        year: e.year,
        problem: e.problem,
        readError: null,
        save: { state: "idle", savedAt: e.savedAt, error: null },
      };
    case "metadata":
      return { ...s, edition: e.edition, year: e.year, doc: e.doc ?? s.doc };
    case "edited":
      // Before the read nothing is saved (it could blank what the workbook holds): no "pending" then.
      return {
        ...s,
        doc: e.doc,
        save: s.phase === "ready" ? { ...s.save, state: "pending" } : s.save,
      };
    case "saving":
      return { ...s, save: { ...s.save, state: "saving" } };
    case "saved":
      return {
        ...s,
        save: e.current
          ? { state: "saved", savedAt: e.at, error: null }
          : { ...s.save, state: "pending" },
      };
    case "saveFailed":
      return { ...s, save: { ...s.save, state: "failed", error: e.error } };
    case "offer":
      return { ...s, restore: e.restore };
    case "offerClosed":
      return { ...s, restore: null };
  }
}
