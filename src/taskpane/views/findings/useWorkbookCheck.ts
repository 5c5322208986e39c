/**
 * Runs the workbook check on demand and whenever the report tables change (debounced), keeping the
 * newest result. Checks never overlap: a change during a check queues exactly one more.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CheckResult, Unsubscribe } from "../../../excel";
import { checkNow, watchTables } from "./actions";
import { errorText } from "../../errorText";

export const CHANGE_DEBOUNCE_MS = 400;

export interface CheckState {
  status: "idle" | "checking" | "done" | "failed";
  result: CheckResult | null;
  error: string | null;
  checkedAt: Date | null;
}

export function useWorkbookCheck(trigger: unknown): CheckState & { recheck: () => void } {
  const [state, setState] = useState<CheckState>({
    status: "idle",
    result: null,
    error: null,
    checkedAt: null,
  });
  const running = useRef(false);
  const again = useRef(false);
  const mounted = useRef(true);

  const recheck = useCallback(() => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    setState((s) => ({ ...s, status: "checking" }));
    void (async () => {
      do {
        again.current = false;
        try {
          const result = await checkNow();
          if (mounted.current)
            setState({ status: "done", result, error: null, checkedAt: new Date() });
        } catch (e) {
          const error = errorText(e);
          if (mounted.current) setState((s) => ({ ...s, status: "failed", error }));
        }
      } while (again.current && mounted.current);
      running.current = false;
    })();
  }, []);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // A check when shown and whenever the caller's trigger changes (e.g. after an insert).
  useEffect(() => {
    recheck();
  }, [recheck, trigger]);

  // Re-subscribed when the trigger changes: an insert may have put the report on another sheet.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: Unsubscribe | undefined;
    let cancelled = false;
    watchTables(() => {
      clearTimeout(timer);
      timer = setTimeout(recheck, CHANGE_DEBOUNCE_MS);
    }).then(
      (off) => {
        if (cancelled) void off().catch(() => undefined);
        else unsubscribe = off;
      },
      () => undefined // No events on this host (e.g. ExcelApi < 1.7): the 重新检查 button still works.
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
      void unsubscribe?.().catch(() => undefined);
    };
  }, [recheck, trigger]);

  return { ...state, recheck };
}
