/**
 * The report sheets of a workbook besides "the" report (imported published reports, summaries 汇总):
 * one custom XML part in its own namespace that lists each sheet's metadata and the prefix of the
 * defined names that find its tables (GKX_3_REPORT, GKX_3_T2 …). The workbook's own report keeps the
 * GK_ names and the part in METADATA_NAMESPACE; these never touch either.
 *
 * Reading never throws: bad input gives an empty registry and a reason.
 */
import { metadataXml, metaOfElement, type ReportMeta } from "./metadata";
import { childrenNamed, escapeXmlAttr, localName, ownNamespace, parsePartXml } from "./xml";

export const REGISTRY_NAMESPACE = "urn:gk-annual-report:sheets:v1";
const ROOT = "reports";

/** Defined names of a registered sheet start with this, then a number and "_": GKX_3_REPORT. */
export const SHEET_NAME_PREFIX = "GKX_";

export type SheetKind = "import" | "summary";

export interface RegistryEntry {
  /** The defined name over the whole block (e.g. GKX_3_REPORT): the sheet's key. */
  key: string;
  /** Prefix of all its defined names (e.g. GKX_3_). */
  prefix: string;
  kind: SheetKind;
  /** File the report was imported from, or what a summary summed (“3个单位”). */
  source?: string;
  meta: ReportMeta;
}

export interface Registry {
  entries: RegistryEntry[];
  /** The report checked against last year's: key of this year's (GK_REPORT for the workbook's own) and last year's. */
  lastYear?: { of: string; prev: string };
}

export const emptyRegistry = (): Registry => ({ entries: [] });

export function registryXml(reg: Registry): string {
  const entries = reg.entries.map(
    (e) =>
      `<entry key="${escapeXmlAttr(e.key)}" prefix="${escapeXmlAttr(e.prefix)}" kind="${e.kind}"${
        e.source !== undefined ? ` source="${escapeXmlAttr(e.source)}"` : ""
      }>${metadataXml(e.meta)}</entry>`
  );
  const last = reg.lastYear
    ? `<lastYear of="${escapeXmlAttr(reg.lastYear.of)}" prev="${escapeXmlAttr(reg.lastYear.prev)}"/>`
    : "";
  return `<${ROOT} xmlns="${REGISTRY_NAMESPACE}" version="1">${entries.join("")}${last}</${ROOT}>`;
}

/** Read the registry back. Entries that cannot be read are dropped (and named in `reason`). */
export function parseRegistryXml(xml: unknown): { registry: Registry; reason?: string } {
  const parsed = parsePartXml(xml);
  if (!parsed.root) return { registry: emptyRegistry(), reason: parsed.reason };
  const root = parsed.root;
  const ns = ownNamespace(root);
  if (localName(root.name) !== ROOT || ns !== REGISTRY_NAMESPACE)
    return {
      registry: emptyRegistry(),
      reason: `root is <${root.name}> in ${ns ?? "no namespace"}`,
    };
  const registry = emptyRegistry();
  const bad: string[] = [];
  for (const e of childrenNamed(root, "entry")) {
    const { key, prefix: p, kind, source } = e.attrs;
    const report = childrenNamed(e, "report")[0];
    const m = report ? metaOfElement(report) : { meta: null, reason: "no <report>" };
    if (!key || !p || (kind !== "import" && kind !== "summary") || !m.meta) {
      bad.push(`${key ?? "?"}: ${m.meta ? "bad attributes" : m.reason}`);
      continue;
    }
    registry.entries.push({
      key,
      prefix: p,
      kind,
      ...(source !== undefined ? { source } : {}),
      meta: m.meta,
    });
  }
  const last = childrenNamed(root, "lastYear")[0];
  if (last?.attrs.of && last.attrs.prev)
    registry.lastYear = { of: last.attrs.of, prev: last.attrs.prev };
  return bad.length ? { registry, reason: `entries not read: ${bad.join("; ")}` } : { registry };
}

/** A prefix no registered sheet and no existing name uses: GKX_{n}_ with n one more than the highest seen. */
export function nextSheetPrefix(reg: Registry, names: string[]): string {
  let max = 0;
  const re = new RegExp(`^${SHEET_NAME_PREFIX}(\\d+)_`, "i");
  for (const n of [...reg.entries.map((e) => e.prefix), ...names]) {
    const m = re.exec(n);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${SHEET_NAME_PREFIX}${max + 1}_`;
}

/** Name of the sheet a first insert (and the standalone workbook) puts the tables on: `2024年报表格`. */
export function reportSheetBaseName(year: number | null): string {
  return `${year ?? ""}年报表格`;
}

/** Excel's rules for a sheet name: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end. */
export function safeSheetName(text: string, fallback = "报告"): string {
  const cleaned = text
    .replace(/[:\\/?*[\]]/g, "")
    .replace(/\p{Cc}/gu, "")
    .trim()
    .replace(/^'+|'+$/g, "");
  const name = [...cleaned].slice(0, 31).join("");
  return name || fallback;
}

/** A sheet name from `base` that none of `taken` has (case-insensitively), within 31 characters: 汇总, 汇总(2) … */
export function uniqueSheetNameOf(base: string, taken: string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  const safe = safeSheetName(base);
  if (!lower.has(safe.toLowerCase())) return safe;
  for (let i = 2; ; i++) {
    const suffix = `(${i})`;
    const name = [...safe].slice(0, 31 - suffix.length).join("") + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** The sheet name for a report: `${agency}${year}`, shortened from the agency's start to fit 31 characters. */
export function reportSheetName(agency: string, year: number | null, taken: string[]): string {
  const y = year === null ? "" : String(year);
  const a = safeSheetName(agency, "");
  const room = 31 - y.length - 3; // leave room for "(n)"
  const chars = [...a];
  const base = (chars.length > room ? chars.slice(chars.length - room).join("") : a) + y;
  return uniqueSheetNameOf(base || "导入报告", taken);
}
