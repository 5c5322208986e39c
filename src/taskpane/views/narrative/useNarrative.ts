/**
 * The 正文 view's state: read once from the workbook, edited in the pane, written back debounced (never
 * while an IME is composing), with a local backup on every edit. Nothing is written to the workbook
 * before it has been read, so a failed read can never blank what is stored there. The state itself is
 * ./state's reducer; this hook runs the effects and reports their outcomes to it.
 */
import { useCallback, useEffect, useReducer, useRef } from "react";
import {
  emptyNarrative,
  narrativeStorageSupported,
  readNarrative,
  writeNarrative,
  type NarrativeRead,
  type StoredNarrative,
} from "../../../excel";
import { editionForYear, type EditionId } from "../../../report";
import {
  dropBackup,
  hasContent,
  loadBackup,
  LOCAL_ONLY_ID,
  markWritten,
  newestUnwritten,
  saveBackup,
} from "./backup";
import { initialNarrative, newNarrativeId, sameNarrative } from "./model";
import { registerNarrativeFlush } from "./pending";
import {
  initialState,
  narrativeReducer,
  type NarrativeState,
  type Phase,
  type RestoreOffer,
  type SaveState,
} from "./state";
import { errorText } from "../../errorText";

export type { Phase, RestoreOffer, SaveState };

export const NARRATIVE_SAVE_DEBOUNCE_MS = 800;
export const NARRATIVE_RETRY_MS = 5000;

export interface NarrativeController extends NarrativeState {
  /** The text as it is now (state may lag a render behind). */
  current: () => StoredNarrative;
  update: (change: (d: StoredNarrative) => StoredNarrative) => void;
  setComposing: (on: boolean) => void;
  flush: () => Promise<void>;
  reload: () => void;
  acceptRestore: () => void;
  dismissRestore: () => void;
}

function editionOf(read: NarrativeRead | null): EditionId {
  if (read?.report) return read.report.edition;
  return editionForYear(new Date().getFullYear() - 1);
}

export function useNarrative(changeToken: unknown = 0): NarrativeController {
  const [state, dispatch] = useReducer(narrativeReducer, null, () =>
    initialState(emptyNarrative(), editionOf(null))
  );
  const { restore } = state;

  // What effects read between renders: the text as it is now and the phase it was last set to.
  const docRef = useRef(state.doc);
  const idRef = useRef<string>(LOCAL_ONLY_ID);
  const phaseRef = useRef<Phase>("loading");
  const rev = useRef(0);
  const savedRev = useRef(0);
  const composing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);
  const mounted = useRef(true);
  const readTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const runSave = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (phaseRef.current !== "ready") return;
    if (inFlight.current) {
      await inFlight.current;
      if (rev.current === savedRev.current) return;
    }
    const at = rev.current;
    const toWrite: StoredNarrative = { ...docRef.current, id: idRef.current };
    if (mounted.current) dispatch({ type: "saving" });
    const attempt = (async () => {
      try {
        await writeNarrative(toWrite);
        savedRev.current = Math.max(savedRev.current, at);
        markWritten(idRef.current, docRef.current);
        if (!mounted.current) return;
        const current = rev.current === at;
        dispatch({ type: "saved", at: new Date(), current });
        if (!current) timer.current = setTimeout(() => void runSave(), NARRATIVE_SAVE_DEBOUNCE_MS);
      } catch (e) {
        if (!mounted.current) return;
        dispatch({ type: "saveFailed", error: errorText(e) });
        timer.current = setTimeout(() => void runSave(), NARRATIVE_RETRY_MS);
      }
    })();
    inFlight.current = attempt;
    try {
      await attempt;
    } finally {
      if (inFlight.current === attempt) inFlight.current = null;
    }
  }, []);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(function fire() {
      // Mid-composition text is not what the user means yet: wait for compositionend.
      if (composing.current) {
        timer.current = setTimeout(fire, NARRATIVE_SAVE_DEBOUNCE_MS);
        return;
      }
      void runSave();
    }, NARRATIVE_SAVE_DEBOUNCE_MS);
  }, [runSave]);

  const apply = useCallback(
    (next: StoredNarrative) => {
      docRef.current = next;
      dispatch({ type: "edited", doc: next });
      rev.current++;
      saveBackup({
        id: idRef.current,
        doc: next,
        editedAt: new Date().toISOString(),
        written: false,
      });
      if (phaseRef.current === "ready") schedule();
    },
    [schedule]
  );

  const update = useCallback(
    (change: (d: StoredNarrative) => StoredNarrative) => {
      if (phaseRef.current === "loading" || phaseRef.current === "readFailed") return;
      apply(change(docRef.current));
    },
    [apply]
  );

  const load = useCallback(async () => {
    clearTimeout(readTimer.current);
    if (!narrativeStorageSupported()) {
      idRef.current = LOCAL_ONLY_ID;
      const local = loadBackup(LOCAL_ONLY_ID);
      const start = local?.doc ?? emptyNarrative();
      docRef.current = start;
      phaseRef.current = "localOnly";
      dispatch({ type: "localOnly", doc: start });
      return;
    }
    let read: NarrativeRead;
    try {
      read = await readNarrative();
    } catch (e) {
      if (!mounted.current) return;
      phaseRef.current = "readFailed";
      dispatch({ type: "readFailed", error: errorText(e) });
      readTimer.current = setTimeout(() => void load(), NARRATIVE_RETRY_MS);
      return;
    }
    if (!mounted.current) return;
    const start = initialNarrative(read);
    idRef.current = read.narrative?.id ?? newNarrativeId();
    docRef.current = start;
    rev.current = savedRev.current = 0;
    phaseRef.current = "ready";
    dispatch({
      type: "read",
      doc: start,
      edition: editionOf(read),
      year: read.report?.year ?? null,
      problem: read.problem,
      savedAt: read.narrative?.savedAt ? new Date(read.narrative.savedAt) : null,
    });

    const mine = read.narrative?.id ? loadBackup(read.narrative.id) : null;
    if (mine && !mine.written && hasContent(mine.doc) && !sameNarrative(mine.doc, start)) {
      // Typed here but never written (pane closed, write failed): take it back and save it.
      dispatch({ type: "offer", restore: { kind: "same", editedAt: mine.editedAt, backup: mine } });
      apply({ ...mine.doc });
      return;
    }
    const orphan = newestUnwritten(read.narrative?.id ?? null);
    if (orphan && !sameNarrative(orphan.doc, start))
      dispatch({
        type: "offer",
        restore: { kind: "other", editedAt: orphan.editedAt, backup: orphan },
      });
  }, [apply]);

  const reload = useCallback(() => {
    phaseRef.current = "loading";
    dispatch({ type: "reload" });
    void load();
  }, [load]);

  const acceptRestore = useCallback(() => {
    const offer = restore;
    dispatch({ type: "offerClosed" });
    if (!offer || offer.kind !== "other") return;
    apply({ ...offer.backup.doc });
    if (offer.backup.id !== idRef.current) dropBackup(offer.backup.id);
  }, [apply, restore]);

  const dismissRestore = useCallback(() => {
    const offer = restore;
    dispatch({ type: "offerClosed" });
    // Kept, but no longer offered: it counts as dealt with.
    if (offer?.kind === "other") saveBackup({ ...offer.backup, written: true });
  }, [restore]);

  const flush = useCallback(async () => {
    if (inFlight.current) await inFlight.current;
    if (rev.current !== savedRev.current) await runSave();
  }, [runSave]);

  const setComposing = useCallback((on: boolean) => {
    composing.current = on;
  }, []);

  // First read.
  useEffect(() => {
    mounted.current = true;
    void load();
    return () => {
      mounted.current = false;
      clearTimeout(readTimer.current);
      clearTimeout(timer.current);
      // Leaving: write what is pending (the local backup has it either way).
      if (phaseRef.current === "ready" && rev.current !== savedRev.current)
        void writeNarrative({ ...docRef.current, id: idRef.current }).catch(() => undefined);
    };
  }, [load]);

  // The pane changed the workbook (tables inserted): the edition or agency may have changed.
  const firstToken = useRef(changeToken);
  useEffect(() => {
    if (changeToken === firstToken.current || phaseRef.current !== "ready") return;
    let live = true;
    readNarrative().then(
      (read) => {
        if (!live || !mounted.current) return;
        // Untouched and nothing stored yet: start from what the new metadata says.
        const fresh = !read.narrative && rev.current === 0 && !hasContent(docRef.current);
        if (fresh) docRef.current = initialNarrative(read);
        dispatch({
          type: "metadata",
          edition: editionOf(read),
          year: read.report?.year ?? null,
          doc: fresh ? docRef.current : undefined,
        });
      },
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [changeToken]);

  useEffect(() => registerNarrativeFlush(flush), [flush]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden") void flush();
    };
    document.addEventListener("visibilitychange", onHide);
    return () => document.removeEventListener("visibilitychange", onHide);
  }, [flush]);

  const current = useCallback(() => docRef.current, []);

  return {
    ...state,
    current,
    update,
    setComposing,
    flush,
    reload,
    acceptRestore,
    dismissRestore,
  };
}
