/**
 * Every report sheet of a workbook, from one read: the workbook's own report (GK_REPORT and the
 * metadata part) and the sheets registered in the sheet registry (imported reports, summaries). Which
 * are there, how each reads, what a new one is laid out as, and how the registry changes on write.
 */
import type { EditionId, Finding, Message, Report, TableNo } from "../report";
import { sheetOfFormula } from "./address";
import { sheetHighlights } from "./checkView";
import type { Highlight } from "./highlight";
import { layoutOf, type SheetLayout } from "./layout";
import { lastYearTarget, LAST_YEAR_NAME } from "./lastYearLink";
import { insertPlan, REPORT_BLOCK_NAME, type SheetPlan } from "./plan";
import {
  emptyRegistry,
  nextSheetPrefix,
  parseRegistryXml,
  registryXml,
  reportSheetName,
  uniqueSheetNameOf,
  type Registry,
  type RegistryEntry,
  type SheetKind,
} from "./registry";
import { interpretBlock, isDamaged, locateReport, type ReadResult } from "./reportRead";
import type { FoundBlock, Snapshot } from "./snapshot";
import type { Lang } from "./style";

/** Key of the workbook's own report: the defined name over its block. */
export const CURRENT_KEY = REPORT_BLOCK_NAME;

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

/** The state from the snapshot, the registry parts (ids, the only one's XML) and every defined name. */
export function workbookStateOf(
  snap: Snapshot,
  registryParts: { ids: string[]; onlyXml: string | null },
  names: { name: string; formula: string }[]
): WorkbookState {
  const registryIds = registryParts.ids;
  let registry = emptyRegistry();
  let registryProblem: string | null = null;
  if (registryParts.onlyXml !== null) {
    const parsed = parseRegistryXml(registryParts.onlyXml);
    registry = parsed.registry;
    registryProblem = parsed.reason ?? null;
  } else if (registryIds.length > 1) registryProblem = `${registryIds.length} registry parts`;
  const nameSheets = new Map<string, string | null>();
  const nameFormulas = new Map<string, string>();
  for (const n of names) {
    nameSheets.set(n.name.toUpperCase(), sheetOfFormula(n.formula));
    nameFormulas.set(n.name.toUpperCase(), n.formula);
  }
  return { snap, registry, registryIds, registryProblem, nameSheets, nameFormulas };
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

/** Each sheet `keys` names, read: `blockOf(i)` is the block read through keys[i] (not for CURRENT_KEY). */
export function sheetReadsOf(
  state: WorkbookState,
  keys: string[],
  blockOf: (i: number) => FoundBlock | null
): SheetRead[] {
  const infos = reportSheetsOf(state);
  return keys.map((key, i): SheetRead => {
    const info = infos.find((x) => x.key.toUpperCase() === key.toUpperCase()) ?? null;
    let read: ReadResult | null = null;
    if (key.toUpperCase() === CURRENT_KEY) read = locateReport(state.snap);
    else {
      const entry = state.registry.entries.find((e) => e.key.toUpperCase() === key.toUpperCase());
      const block = blockOf(i);
      if (entry && block) read = interpretBlock(block, entry.meta, null);
    }
    if (!read) return { key, info, read: null, problem: notFound(key) };
    return { key, info, read, problem: isDamaged(read) ? damaged(read) : null };
  });
}

// ---- a new report sheet ----

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

/** The workbook has no report of its own (nothing an import could displace). */
export function hasNoReport(state: WorkbookState): boolean {
  return !state.snap.block && !state.snap.meta && state.snap.partIds.length === 0;
}

export interface NewSheetPlan {
  key: string;
  sheetName: string;
  /** It becomes the workbook's own report (its names and metadata replace GK_'s). */
  current: boolean;
  layout: SheetLayout;
  plan: SheetPlan;
  highlights: Highlight[];
  /** The registry with the new sheet's entry (unchanged when it is the workbook's own report). */
  registry: Registry;
}

/** A new report sheet laid out: its name (unique among `taken`), key, plan, highlights and registry entry. */
export function newSheetPlan(
  state: WorkbookState,
  spec: NewReportSheet,
  registry: Registry = state.registry,
  taken: string[] = state.snap.sheetNames
): NewSheetPlan {
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
  const key = current ? CURRENT_KEY : `${prefix}REPORT`;
  const entry: RegistryEntry = {
    key,
    prefix,
    kind: spec.kind,
    ...(spec.source !== undefined ? { source: spec.source } : {}),
    meta: plan.metadata.meta,
  };
  return {
    key,
    sheetName,
    current,
    layout,
    plan,
    highlights: sheetHighlights(spec.findings, layout, spec.report),
    registry: current ? registry : { ...registry, entries: [...registry.entries, entry] },
  };
}

export interface RegistryWrite {
  /** Defined names of dropped entries, to delete. */
  deleteNames: string[];
  /** What LAST_YEAR_NAME should refer to, and what it refers to now. */
  lastYear: { want: string | null; have: string | null };
  /** Replace the registry parts (delete `state.registryIds`, then add `xml` when not null). */
  replace: boolean;
  xml: string | null;
}

/**
 * Writing `registry`: entries whose sheet is gone are dropped (and their names deleted), the last-year
 * name follows the link, and the part is replaced only when something changed.
 */
export function registryWrite(state: WorkbookState, registry: Registry): RegistryWrite {
  const live = new Set(liveEntries({ ...state, registry }).map((l) => l.entry.key));
  const added = new Set(
    registry.entries.filter((e) => !state.registry.entries.includes(e)).map((e) => e.key)
  );
  const kept = registry.entries.filter((e) => live.has(e.key) || added.has(e.key));
  const deleteNames: string[] = [];
  for (const e of registry.entries.filter((x) => !kept.includes(x)))
    for (const [name] of state.nameSheets)
      if (name.startsWith(e.prefix.toUpperCase())) deleteNames.push(name);
  const next: Registry = { ...registry, entries: kept };
  const lastYear = {
    want: lastYearTarget(next.lastYear, state.nameFormulas, (key) => live.has(key)),
    have: state.nameFormulas.get(LAST_YEAR_NAME) ?? null,
  };
  const xml = registryXml(next);
  const empty = !next.entries.length && !next.lastYear;
  const unchanged =
    (state.registryIds.length === 1 && xml === registryXml(state.registry)) ||
    (state.registryIds.length === 0 && empty);
  return { deleteNames, lastYear, replace: !unchanged, xml: empty ? null : xml };
}
