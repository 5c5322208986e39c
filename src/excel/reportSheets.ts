/**
 * Every report sheet of a workbook (src/sheet/workbookReports.ts decides which and how each reads):
 * the reads of one sync, and the writes of a new report sheet and of the sheet registry.
 */
import {
  CURRENT_KEY,
  REGISTRY_NAMESPACE,
  newSheetPlan,
  registryWrite,
  reportSheetsOf,
  sheetReadsOf,
  workbookStateOf,
  type NewReportSheet,
  type NewSheetPlan,
  type Registry,
  type ReportSheetInfo,
  type SheetRead,
  type WorkbookState,
} from "../sheet";
import { queuePlan, queueWorkbookParts } from "./apply";
import { queueBlock, queueNamesAndSheets, queueSnapshot } from "./find";
import { eventsOn } from "./host";
import { queueParts, queueReplaceParts } from "./parts";
import { queueLastYearName } from "./prevLink";

export { CURRENT_KEY, type ReportSheetInfo, type SheetRead, type WorkbookState };

/** Queue the loads for a WorkbookState (no sync here); call the returned function after the next sync. */
export function queueWorkbookState(context: Excel.RequestContext): () => WorkbookState {
  const snapshot = queueSnapshot(context);
  const parts = queueParts(context, REGISTRY_NAMESPACE);
  const lists = queueNamesAndSheets(context, true);
  return () => {
    const { ids, only } = parts();
    return workbookStateOf(snapshot(), { ids, onlyXml: only?.xml ?? null }, lists().names);
  };
}

/** Every report sheet of the workbook. One sync. */
export async function listReportSheets(): Promise<ReportSheetInfo[]> {
  return Excel.run(async (context) => {
    const state = queueWorkbookState(context);
    await context.sync();
    return reportSheetsOf(state());
  });
}

/** Queue the reads of several report sheets; call the returned function after the next sync. */
export function queueReportSheets(
  context: Excel.RequestContext,
  keys: string[]
): () => { state: WorkbookState; sheets: SheetRead[] } {
  const state = queueWorkbookState(context);
  const blocks = keys.map((k) => (k.toUpperCase() === CURRENT_KEY ? null : queueBlock(context, k)));
  return () => {
    const st = state();
    return { state: st, sheets: sheetReadsOf(st, keys, (i) => blocks[i]!()) };
  };
}

/** Several report sheets, all in one sync. */
export async function readReportSheets(keys: string[]): Promise<SheetRead[]> {
  return Excel.run(async (context) => {
    const reads = queueReportSheets(context, keys);
    await context.sync();
    return reads().sheets;
  });
}

// ---- writing a new report sheet ----

export interface QueuedSheet extends Omit<NewSheetPlan, "registry" | "highlights"> {
  sheet: Excel.Worksheet;
}

/**
 * Queue a new sheet with the report laid out on it (values as given, conditional formats, names,
 * metadata) and the highlights for `findings`. Returns the registry with the new entry; the caller
 * queues it with queueRegistry (once per batch) and syncs. Events must be off (eventsOff) around it.
 */
export function queueNewReportSheet(
  context: Excel.RequestContext,
  state: WorkbookState,
  spec: NewReportSheet,
  registry: Registry = state.registry,
  taken: string[] = state.snap.sheetNames
): { queued: QueuedSheet; registry: Registry } {
  const { highlights, registry: next, ...planned } = newSheetPlan(state, spec, registry, taken);
  const { plan } = planned;
  const sheet = context.workbook.worksheets.add(planned.sheetName);
  queuePlan(sheet, plan);
  if (planned.current) queueWorkbookParts(context, plan, state.snap.names, state.snap.partIds);
  else for (const n of plan.names) context.workbook.names.add(n.name, n.formula, n.comment);
  for (const h of highlights) sheet.getRange(h.range).format.fill.color = h.color;
  return { queued: { ...planned, sheet }, registry: next };
}

/**
 * Queue the registry: entries whose sheet is gone are dropped (and their names deleted), the part is
 * replaced. Nothing is queued when nothing changed.
 */
export function queueRegistry(
  context: Excel.RequestContext,
  state: WorkbookState,
  registry: Registry
): void {
  const w = registryWrite(state, registry);
  for (const name of w.deleteNames) context.workbook.names.getItem(name).delete();
  // The fixed name checkWorkbook reads last year's block through (see prevLink.ts).
  queueLastYearName(context, w.lastYear.want, w.lastYear.have);
  if (!w.replace) return;
  queueReplaceParts(context, state.registryIds, w.xml);
}

/** Finish a batch that added a report sheet: the registry, the new sheet shown at A1, events back on, one sync. */
export async function showNewSheet(
  context: Excel.RequestContext,
  state: WorkbookState,
  registry: Registry,
  sheet: Excel.Worksheet
): Promise<void> {
  queueRegistry(context, state, registry);
  sheet.activate();
  sheet.getRange("A1").select();
  eventsOn(context);
  await context.sync();
}
