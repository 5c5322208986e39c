/**
 * Runs the workbook check on demand and whenever the report tables change (debounced), keeping the
 * newest result. Checks never overlap: a change during a check queues exactly one more.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CheckResult, Unsubscribe } from "../../excel";
import type { Report } from "../../report/types";
import { loadExcel } from "./excelApi";

export const CHANGE_DEBOUNCE_MS = 400;

/**
 * The 正文 view's text added to the report checked, so that narrative findings show here as in the
 * export's pre-check. Loaded with the Excel layer, not in the first download.
 */
async function narrativeText(): Promise<(report: Report) => Report> {
  const [{ currentNarrative }, { reportWithNarrative }] = await Promise.all([
    import(/* webpackChunkName: "excel" */ "../narrative/current"),
    import(/* webpackChunkName: "excel" */ "../narrative/model"),
  ]);
  // Only looks: the 正文 view's unsaved edits are not saved by a check (that would change the workbook again).
  const narrative = await currentNarrative({ flush: false }).catch(() => null);
  return (report) => reportWithNarrative(report, narrative);
}

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
          const [{ checkWorkbook }, withText] = await Promise.all([loadExcel(), narrativeText()]);
          const result = await checkWorkbook({ withText });
          if (mounted.current)
            setState({ status: "done", result, error: null, checkedAt: new Date() });
        } catch (e) {
          const error = e instanceof Error ? e.message : String(e);
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
    loadExcel()
      .then(({ onTablesChanged }) =>
        onTablesChanged(() => {
          clearTimeout(timer);
          timer = setTimeout(recheck, CHANGE_DEBOUNCE_MS);
        })
      )
      .then(
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
