/** The workbook's report sheets for the view, read when the view is first shown and again on request. */
import { useCallback, useEffect, useState } from "react";
import type { ReportSheetInfo } from "../../../excel";
import { listSheets } from "./actions";
import { errorText } from "../../errorText";

export interface ReportSheetsState {
  sheets: ReportSheetInfo[];
  status: "idle" | "loading" | "ready" | "failed";
  error: string | null;
  refresh: () => void;
}

/** `enabled`: the view is visible (no Excel call for a hidden tab); `token`: re-read when it changes. */
export function useReportSheets(enabled: boolean, token: unknown): ReportSheetsState {
  const [sheets, setSheets] = useState<ReportSheetInfo[]>([]);
  const [status, setStatus] = useState<ReportSheetsState["status"]>("idle");
  const [error, setError] = useState<string | null>(null);
  const [nonce, setNonce] = useState(0);
  const refresh = useCallback(() => setNonce((n) => n + 1), []);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    setStatus("loading");
    listSheets().then(
      (list) => {
        if (!live) return;
        setSheets(list);
        setError(null);
        setStatus("ready");
      },
      (e: unknown) => {
        if (!live) return;
        setError(errorText(e));
        setStatus("failed");
      }
    );
    return () => {
      live = false;
    };
  }, [enabled, token, nonce]);
  return { sheets, status, error, refresh };
}
