/**
 * Every report sheet of a workbook: the workbook's own report (GK_REPORT and the metadata part, as
 * insertReport writes it) and the sheets registered in the sheet registry (imported reports, summaries;
 * src/sheet/registry.ts). Listing them, reading several in one sync, and queueing a new one.
 */
import type { EditionId, Finding, Message, Report, TableNo } from "../report";
import {
  REGISTRY_NAMESPACE,
  emptyRegistry,
  insertPlan,
  highlightPlan,
  layoutOf,
  nextSheetPrefix,
  parseRange,
  parseRegistryXml,
  registryXml,
  reportSheetName,
  uniqueSheetNameOf,
  type Lang,
  type Registry,
  type RegistryEntry,
  type SheetKind,
  type SheetLayout,
  type SheetPlan,
} from "../sheet";
import { queuePlan, queueWorkbookParts } from "./apply";
import { isDamaged, shownByConditionalFormats } from "./check";
import { queueBlock, queueSnapshot, REPORT_NAME, type Snapshot } from "./find";
import { splitAddress } from "./navigate";
import { LAST_YEAR_NAME, lastYearTarget, queueLastYearName } from "./prevLink";
import { interpretBlock, locateReport, qualified, type ReadResult } from "./read";
import type { CellLocation, LocatedFinding } from "./types";

/** Key of the workbook's own report: the defined name over its block. */
export const CURRENT_KEY = REPORT_NAME;

export interface ReportSheetInfo {
  /** The defined name over the block; pass it back to read the sheet. */
  key: string;
  sheetName: string;
  edition: EditionId;
  tableEditions?: Partial<Record<TableNo, EditionId>>;
  year: number | null;
  agency: string;
  /** The workbook's own report (the one 检查结果 checks). */
  current: boolean;
  kind: "report" | SheetKind;
  /** File it was imported from, or what a summary summed. */
  source?: string;
}

/** What one read sync brings back about every report sheet. */
export interface WorkbookState {
  snap: Snapshot;
  registry: Registry;
  /** Ids of every registry part (to replace them on write). */
  registryIds: string[];
  registryProblem: string | null;
  /** Every defined name → the sheet it refers to (null when it no longer refers to a range). */
  nameSheets: Map<string, string | null>;
  /** Every defined name (upper case) → its formula ("=Sheet1!$A$1:$O$60"). */
  nameFormulas: Map<string, string>;
}

function sheetOfFormula(formula: unknown): string | null {
  if (typeof formula !== "string" || /#REF!/i.test(formula)) return null;
  const f = formula.replace(/^=/, "").trim();
  if (!f.includes("!")) return null;
  const { sheet, cell } = splitAddress(f);
  return sheet && parseRange(cell.replace(/\$/g, "")) ? sheet : null;
}

/** Queue the loads for a WorkbookState (no sync here); call the returned function after the next sync. */
export function queueWorkbookState(context: Excel.RequestContext): () => WorkbookState {
  const snapshot = queueSnapshot(context);
  const wb = context.workbook;
  const parts = wb.customXmlParts.getByNamespace(REGISTRY_NAMESPACE);
  parts.load("items/id");
  const only = parts.getOnlyItemOrNullObject();
  only.load("id");
  const xml = only.getXml();
  const names = wb.names;
  names.load("items/name,formula");
  return () => {
    const snap = snapshot();
    const registryIds = parts.items.map((p) => p.id);
    let registry = emptyRegistry();
    let registryProblem: string | null = null;
    if (!only.isNullObject) {
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- read after the caller's sync; a ClientResult needs no load
      const parsed = parseRegistryXml(xml.value);
      registry = parsed.registry;
      registryProblem = parsed.reason ?? null;
    } else if (registryIds.length > 1) registryProblem = `${registryIds.length} registry parts`;
    const nameSheets = new Map<string, string | null>();
    const nameFormulas = new Map<string, string>();
    for (const n of names.items) {
      nameSheets.set(n.name.toUpperCase(), sheetOfFormula(n.formula));
      nameFormulas.set(n.name.toUpperCase(), n.formula);
    }
    return { snap, registry, registryIds, registryProblem, nameSheets, nameFormulas };
  };
}

/** The workbook's own report, when its tables are there. */
function currentInfo(state: WorkbookState): ReportSheetInfo | null {
  const read = locateReport(state.snap);
  if (!read) return null;
  const r = read.report;
  return {
    key: CURRENT_KEY,
    sheetName: read.sheetName,
    edition: r.edition,
    ...(r.tableEditions ? { tableEditions: r.tableEditions } : {}),
    year: r.year,
    agency: r.agency,
    current: true,
    kind: "report",
  };
}

function entryInfo(e: RegistryEntry, sheetName: string): ReportSheetInfo {
  return {
    key: e.key,
    sheetName,
    edition: e.meta.edition,
    ...(e.meta.tableEditions ? { tableEditions: e.meta.tableEditions } : {}),
    year: e.meta.year,
    agency: e.meta.agency,
    current: false,
    kind: e.kind,
    ...(e.source !== undefined ? { source: e.source } : {}),
  };
}

/** Registered sheets whose block name still refers to a range. */
function liveEntries(state: WorkbookState): { entry: RegistryEntry; sheetName: string }[] {
  const out: { entry: RegistryEntry; sheetName: string }[] = [];
  const sheets = new Map(state.snap.sheetNames.map((n) => [n.toLowerCase(), n]));
  for (const entry of state.registry.entries) {
    // A name whose sheet was deleted refers to #REF! in Excel; check the sheet too, for hosts that keep the text.
    const sheetName = sheets.get(
      state.nameSheets.get(entry.key.toUpperCase())?.toLowerCase() ?? ""
    );
    if (sheetName) out.push({ entry, sheetName });
  }
  return out;
}

/** The workbook's own report first, then the registered sheets in the order they were added. */
export function reportSheetsOf(state: WorkbookState): ReportSheetInfo[] {
  const current = currentInfo(state);
  return [
    ...(current ? [current] : []),
    ...liveEntries(state).map((l) => entryInfo(l.entry, l.sheetName)),
  ];
}

/** Every report sheet of the workbook. One sync. */
export async function listReportSheets(): Promise<ReportSheetInfo[]> {
  return Excel.run(async (context) => {
    const state = queueWorkbookState(context);
    await context.sync();
    return reportSheetsOf(state());
  });
}

export interface SheetRead {
  key: string;
  info: ReportSheetInfo | null;
  /** The report as read; null when its tables cannot be found. */
  read: ReadResult | null;
  /** Why it cannot be used (not found, or its tables are damaged). */
  problem: Message | null;
}

const notFound = (key: string): Message => ({
  zh: `找不到报告表格（${key}）：工作表可能已被删除或改名后名称丢失。`,
  en: `The report tables (${key}) cannot be found: the sheet may have been deleted.`,
});

function damaged(read: ReadResult): Message {
  const first = read.problems.find((p) => p.severity === "error");
  return {
    zh: `工作表“${read.sheetName}”的表格被改动，无法可靠读取${first ? `：${first.message.zh}` : "。"}`,
    en: `The tables on sheet “${read.sheetName}” have been altered and cannot be read reliably${first ? `: ${first.message.en}` : "."}`,
  };
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
    const infos = reportSheetsOf(st);
    const sheets = keys.map((key, i): SheetRead => {
      const info = infos.find((x) => x.key.toUpperCase() === key.toUpperCase()) ?? null;
      let read: ReadResult | null = null;
      if (key.toUpperCase() === CURRENT_KEY) read = locateReport(st.snap);
      else {
        const entry = st.registry.entries.find((e) => e.key.toUpperCase() === key.toUpperCase());
        const block = blocks[i]!();
        if (entry && block) read = interpretBlock(block, entry.meta, null);
      }
      if (!read) return { key, info, read: null, problem: notFound(key) };
      return { key, info, read, problem: isDamaged(read) ? damaged(read) : null };
    });
    return { state: st, sheets };
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

export interface NewReportSheet {
  report: Report;
  kind: SheetKind;
  source?: string;
  /** Sheet name to start from (made unique); default `${agency}${year}`. */
  baseName?: string;
  /** Findings to colour that the sheet's conditional formats do not show. */
  findings: Finding[];
  lang?: Lang;
  /**
   * Make it the workbook's own report (GK_ names, the metadata part). Default: only when the workbook
   * has none, so an import never takes the place of the report being filled in.
   */
  asCurrent?: boolean;
}

export interface QueuedSheet {
  key: string;
  sheetName: string;
  current: boolean;
  layout: SheetLayout;
  plan: SheetPlan;
  sheet: Excel.Worksheet;
}

/** The workbook has no report of its own (nothing an import could displace). */
export function hasNoReport(state: WorkbookState): boolean {
  return !state.snap.block && !state.snap.meta && state.snap.partIds.length === 0;
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
  const current = spec.asCurrent ?? hasNoReport(state);
  const sheetName = spec.baseName
    ? uniqueSheetNameOf(spec.baseName, taken)
    : reportSheetName(spec.report.agency, spec.report.year, taken);
  const prefix = current ? "GK_" : nextSheetPrefix(registry, [...state.nameSheets.keys()]);
  const plan = insertPlan(spec.report, {
    sheetName,
    namePrefix: prefix,
    lang: spec.lang ?? "zh",
    totalsAsFormulas: false,
  });
  const layout = layoutOf(spec.report);
  const sheet = context.workbook.worksheets.add(sheetName);
  queuePlan(sheet, plan);
  let next = registry;
  if (current) queueWorkbookParts(context, plan, state.snap.names, state.snap.partIds);
  else {
    for (const n of plan.names) context.workbook.names.add(n.name, n.formula, n.comment);
    const entry: RegistryEntry = {
      key: `${prefix}REPORT`,
      prefix,
      kind: spec.kind,
      ...(spec.source !== undefined ? { source: spec.source } : {}),
      meta: plan.metadata.meta,
    };
    next = { ...registry, entries: [...registry.entries, entry] };
  }
  for (const h of highlightPlan(spec.findings, layout, {
    skip: (f) => shownByConditionalFormats(f, spec.report),
  }))
    sheet.getRange(h.range).format.fill.color = h.color;
  return {
    queued: {
      key: current ? CURRENT_KEY : `${prefix}REPORT`,
      sheetName,
      current,
      layout,
      plan,
      sheet,
    },
    registry: next,
  };
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
  const live = new Set(liveEntries({ ...state, registry }).map((l) => l.entry.key));
  const added = new Set(
    registry.entries.filter((e) => !state.registry.entries.includes(e)).map((e) => e.key)
  );
  const kept = registry.entries.filter((e) => live.has(e.key) || added.has(e.key));
  for (const e of registry.entries.filter((x) => !kept.includes(x)))
    for (const [name] of state.nameSheets)
      if (name.startsWith(e.prefix.toUpperCase())) context.workbook.names.getItem(name).delete();
  const next: Registry = { ...registry, entries: kept };
  // The fixed name checkWorkbook reads last year's block through (see prevLink.ts).
  queueLastYearName(
    context,
    lastYearTarget(next.lastYear, state.nameFormulas, (key) => live.has(key)),
    state.nameFormulas.get(LAST_YEAR_NAME) ?? null
  );
  const xml = registryXml(next);
  if (state.registryIds.length === 1 && xml === registryXml(state.registry)) return;
  if (state.registryIds.length === 0 && !next.entries.length && !next.lastYear) return;
  for (const id of state.registryIds) context.workbook.customXmlParts.getItem(id).delete();
  if (next.entries.length || next.lastYear) context.workbook.customXmlParts.add(xml);
}

/** Where a report cell sits on a sheet laid out by `layout` (no rows moved). */
export function locationIn(
  sheetName: string,
  layout: SheetLayout,
  key: string
): CellLocation | null {
  const c = layout.byKey[key];
  return c
    ? { key, sheet: sheetName, cell: c.address, address: qualified(sheetName, c.address) }
    : null;
}

export function locateIn(
  findings: Finding[],
  sheetName: string,
  layout: SheetLayout
): LocatedFinding[] {
  return findings.map((f) => ({
    ...f,
    locations: f.cells.map((c) => locationIn(sheetName, layout, c.key)),
  }));
}
