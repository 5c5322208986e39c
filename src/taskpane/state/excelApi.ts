/**
 * The Excel layer, loaded on first use: it brings the report model, the sheet plans and the checker,
 * none of which the first paint needs. Views that are in the first download reach Excel through this.
 */
export type ExcelApi = typeof import("../../excel");

let loading: Promise<ExcelApi> | null = null;

export function loadExcel(): Promise<ExcelApi> {
  loading ??= import(/* webpackChunkName: "excel" */ "../../excel");
  return loading;
}

/** Start the download once the pane has painted, so the first click rarely waits for it. */
export function preloadExcel(): void {
  const start = () => void loadExcel().catch(() => (loading = null));
  if (typeof requestIdleCallback === "function") requestIdleCallback(start);
  else setTimeout(start, 0);
}
