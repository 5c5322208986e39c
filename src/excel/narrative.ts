/**
 * The report's text (six sections, agency, date, fee sub-form) kept in the workbook as a custom XML part
 * of its own (spec/excel-host.md §4.7): saved with the file, independent of the add-in id.
 *
 * The part has its own namespace URI, not the metadata's: find.ts reads the metadata with
 * getByNamespace(METADATA_NAMESPACE).getOnlyItemOrNullObject() and apply.ts replaces every part in that
 * namespace on insert, so a second part there would hide the metadata and be deleted by the next insert.
 *
 * Sync budget: readNarrative 1 sync (2 only when a race left several parts); writeNarrative 1 sync once
 * the part is known from a read or an earlier write, 2 otherwise (find it, then write).
 */
import type { EditionId, SectionId } from "../report/types";
import {
  escapeXmlAttr,
  escapeXmlText,
  METADATA_NAMESPACE,
  parseMetadataXml,
  parseXml,
  type XmlElement,
} from "../sheet/metadata";
import { supports } from "./host";

export const NARRATIVE_NAMESPACE = "urn:gk-annual-report:narrative:v1";
const ROOT = "narrative";
const SECTION_IDS: SectionId[] = [1, 2, 3, 4, 5, 6];

/** The fee sub-form of section 六 (2021 edition), exactly as typed; "" = not filled. */
export interface FeeInputs {
  notices: string;
  billed: string;
  collected: string;
}

export interface StoredNarrative {
  /** Identifies the workbook's narrative across sessions (ties the pane's local backup to it). */
  id?: string;
  agency: string;
  /** Report date as typed (exports print it per GB/T 9704, e.g. 2025年1月20日). */
  date: string;
  /** The paragraph before 一、总体情况; blank prints a drafted one. */
  preface?: string;
  /** 署名 when it is not the agency (淮安市人民政府办公室 for 淮安市人民政府); blank signs with the agency. */
  signer?: string;
  sections: Partial<Record<SectionId, string>>;
  fees: FeeInputs;
  /** ISO time of the write that stored this. */
  savedAt?: string;
}

/** What the metadata part (written when the tables were inserted) says about the report. */
export interface ReportInfo {
  edition: EditionId;
  year: number | null;
  agency: string;
  date?: string;
  /** Text carried into the metadata by an import or an earlier version. */
  narrative?: Partial<Record<SectionId, string>>;
  preface?: string;
  signer?: string;
}

export interface NarrativeRead {
  /** Our part; null when the workbook has none yet. */
  narrative: StoredNarrative | null;
  report: ReportInfo | null;
  /** Why the part could not be read (malformed, several parts), when that happened. */
  problem: string | null;
}

export const EMPTY_FEES: FeeInputs = { notices: "", billed: "", collected: "" };

export function emptyNarrative(): StoredNarrative {
  return { agency: "", date: "", sections: {}, fees: { ...EMPTY_FEES } };
}

/** The custom XML part's text. Every user string is escaped; sections are written in order 1…6. */
export function narrativeXml(n: StoredNarrative): string {
  const attrs = [`xmlns="${NARRATIVE_NAMESPACE}"`, `version="1"`];
  if (n.id !== undefined) attrs.push(`id="${escapeXmlAttr(n.id)}"`);
  if (n.savedAt !== undefined) attrs.push(`saved="${escapeXmlAttr(n.savedAt)}"`);
  const parts = [
    `<agency>${escapeXmlText(n.agency)}</agency>`,
    `<date>${escapeXmlText(n.date)}</date>`,
  ];
  if (n.preface !== undefined) parts.push(`<preface>${escapeXmlText(n.preface)}</preface>`);
  if (n.signer !== undefined) parts.push(`<signer>${escapeXmlText(n.signer)}</signer>`);
  for (const no of SECTION_IDS) {
    const text = n.sections[no];
    if (typeof text === "string")
      parts.push(`<section no="${no}">${escapeXmlText(text)}</section>`);
  }
  const f = n.fees;
  parts.push(
    `<fees notices="${escapeXmlAttr(f.notices)}" billed="${escapeXmlAttr(f.billed)}" collected="${escapeXmlAttr(f.collected)}"/>`
  );
  return `<${ROOT} ${attrs.join(" ")}>${parts.join("")}</${ROOT}>`;
}

const local = (name: string) => name.slice(name.indexOf(":") + 1);
const prefixOf = (name: string) => (name.includes(":") ? name.slice(0, name.indexOf(":")) : "");

function textOf(e: XmlElement): string {
  return e.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}

function children(e: XmlElement, name: string): XmlElement[] {
  return e.children.filter((c): c is XmlElement => typeof c !== "string" && local(c.name) === name);
}

/** Read our part back. Never throws; unknown elements are ignored (a later version may add some). */
export function parseNarrativeXml(
  xml: unknown
): { narrative: StoredNarrative; reason?: undefined } | { narrative: null; reason: string } {
  if (typeof xml !== "string") return { narrative: null, reason: "not a string" };
  const parsed = parseXml(xml);
  if (!parsed.root) return { narrative: null, reason: `not well-formed XML: ${parsed.reason}` };
  const root = parsed.root;
  const p = prefixOf(root.name);
  const ns = root.attrs[p ? `xmlns:${p}` : "xmlns"];
  if (local(root.name) !== ROOT || ns !== NARRATIVE_NAMESPACE)
    return { narrative: null, reason: `root is <${root.name}> in ${ns ?? "no namespace"}` };
  if (root.attrs.version !== undefined && root.attrs.version !== "1")
    return { narrative: null, reason: `narrative version ${root.attrs.version} is not supported` };
  const n = emptyNarrative();
  if (root.attrs.id !== undefined) n.id = root.attrs.id;
  if (root.attrs.saved !== undefined) n.savedAt = root.attrs.saved;
  const agency = children(root, "agency")[0];
  if (agency) n.agency = textOf(agency);
  const date = children(root, "date")[0];
  if (date) n.date = textOf(date);
  for (const f of ["preface", "signer"] as const) {
    const e = children(root, f)[0];
    if (e) n[f] = textOf(e);
  }
  for (const s of children(root, "section")) {
    const no = Number(s.attrs.no) as SectionId;
    if (SECTION_IDS.includes(no)) n.sections[no] = textOf(s);
  }
  const fees = children(root, "fees")[0];
  if (fees)
    n.fees = {
      notices: fees.attrs.notices ?? "",
      billed: fees.attrs.billed ?? "",
      collected: fees.attrs.collected ?? "",
    };
  return { narrative: n };
}

/** ExcelApi 1.5 brought custom XML parts; Office 2016 volume licence stops at 1.1. */
export function narrativeStorageSupported(): boolean {
  return supports("ExcelApi", "1.5");
}

// ---- what this pane knows about the part, so that a save is one sync ----

/** The part's id (null: known to be absent), for the Excel namespace object it was learnt under. */
let known: { host: unknown; id: string | null } | null = null;

const currentHost = () => (globalThis as { Excel?: unknown }).Excel;

function knownId(): { id: string | null } | null {
  return known && known.host === currentHost() ? { id: known.id } : null;
}

function remember(id: string | null): void {
  known = { host: currentHost(), id };
}

function forget(): void {
  known = null;
}

function newerFirst(a: StoredNarrative, b: StoredNarrative): number {
  return (b.savedAt ?? "").localeCompare(a.savedAt ?? "");
}

function reportInfo(xml: string | undefined): ReportInfo | null {
  if (xml === undefined) return null;
  const { meta } = parseMetadataXml(xml);
  if (!meta) return null;
  return {
    edition: meta.edition,
    year: meta.year,
    agency: meta.agency,
    ...(meta.date !== undefined ? { date: meta.date } : {}),
    ...(meta.narrative ? { narrative: meta.narrative } : {}),
    ...(meta.preface !== undefined ? { preface: meta.preface } : {}),
    ...(meta.signer !== undefined ? { signer: meta.signer } : {}),
  };
}

/** The narrative and the report's metadata, in one read sync. */
export async function readNarrative(): Promise<NarrativeRead> {
  return Excel.run(async (context) => {
    const xmlParts = context.workbook.customXmlParts;
    const ours = xmlParts.getByNamespace(NARRATIVE_NAMESPACE);
    ours.load("items/id");
    const only = ours.getOnlyItemOrNullObject();
    only.load("id");
    // A method on a null object is a no-op; its result is read only when the part exists.
    const xml = only.getXml();
    const meta = xmlParts.getByNamespace(METADATA_NAMESPACE).getOnlyItemOrNullObject();
    meta.load("id");
    const metaXml = meta.getXml();
    await context.sync();

    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load
    const report = reportInfo(meta.isNullObject ? undefined : metaXml.value);
    const ids = ours.items.map((p) => p.id);
    if (ids.length === 0) {
      remember(null);
      return { narrative: null, report, problem: null };
    }
    if (ids.length === 1 && !only.isNullObject) {
      remember(only.id);
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load
      const parsed = parseNarrativeXml(xml.value);
      return {
        narrative: parsed.narrative,
        report,
        problem: parsed.narrative ? null : parsed.reason,
      };
    }
    // Several parts (two panes saving at once): read them all, keep the newest; the next save tidies up.
    forget();
    const texts = ids.map((id) => xmlParts.getItem(id).getXml());
    await context.sync();
    const all = texts
      .map((t) => parseNarrativeXml(t.value).narrative)
      .filter((n): n is StoredNarrative => n !== null)
      .sort(newerFirst);
    return { narrative: all[0] ?? null, report, problem: `${ids.length} narrative parts` };
  });
}

async function writeKnown(xml: string, id: string | null): Promise<void> {
  await Excel.run(async (context) => {
    const parts = context.workbook.customXmlParts;
    if (id !== null) {
      parts.getItem(id).setXml(xml);
      await context.sync();
      return;
    }
    const added = parts.add(xml);
    added.load("id");
    await context.sync();
    remember(added.id);
  });
}

async function writeFresh(xml: string): Promise<void> {
  await Excel.run(async (context) => {
    const parts = context.workbook.customXmlParts;
    const ours = parts.getByNamespace(NARRATIVE_NAMESPACE);
    ours.load("items/id");
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- loaded as items/id above
    const [first, ...extra] = ours.items;
    for (const p of extra) p.delete();
    if (first) {
      first.setXml(xml);
      await context.sync();
      remember(first.id);
      return;
    }
    const added = parts.add(xml);
    added.load("id");
    await context.sync();
    remember(added.id);
  });
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Store the narrative (replacing what is there). Saves run one after another, so two quick saves never
 * both add a part. `savedAt` is set here.
 */
export function writeNarrative(n: StoredNarrative): Promise<void> {
  const run = async () => {
    const xml = narrativeXml({ ...n, savedAt: new Date().toISOString() });
    const k = knownId();
    if (k) {
      try {
        await writeKnown(xml, k.id);
        return;
      } catch {
        // The part went away (undo, another pane) or appeared meanwhile: look again.
        forget();
      }
    }
    await writeFresh(xml);
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
