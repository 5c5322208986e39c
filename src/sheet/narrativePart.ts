/**
 * The report's text (six sections, agency, date, fee sub-form) as the custom XML part of its own that
 * src/excel/narrative.ts keeps in the workbook (spec/excel-host.md §4.7): its types, its XML both ways.
 *
 * The part has its own namespace URI, not the metadata's: the metadata is read with
 * getByNamespace(METADATA_NAMESPACE).getOnlyItemOrNullObject() and every part in that namespace is
 * replaced on insert, so a second part there would hide the metadata and be deleted by the next insert.
 */
import type { EditionId, SectionId } from "../report/types";
import { parseMetadataXml } from "./metadata";
import {
  childrenNamed,
  escapeXmlAttr,
  escapeXmlText,
  localName,
  ownNamespace,
  parsePartXml,
  xmlText,
} from "./xml";

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

/** Read our part back. Never throws; unknown elements are ignored (a later version may add some). */
export function parseNarrativeXml(
  xml: unknown
): { narrative: StoredNarrative; reason?: undefined } | { narrative: null; reason: string } {
  const parsed = parsePartXml(xml);
  if (!parsed.root) return { narrative: null, reason: parsed.reason };
  const root = parsed.root;
  const ns = ownNamespace(root);
  if (localName(root.name) !== ROOT || ns !== NARRATIVE_NAMESPACE)
    return { narrative: null, reason: `root is <${root.name}> in ${ns ?? "no namespace"}` };
  if (root.attrs.version !== undefined && root.attrs.version !== "1")
    return { narrative: null, reason: `narrative version ${root.attrs.version} is not supported` };
  const n = emptyNarrative();
  if (root.attrs.id !== undefined) n.id = root.attrs.id;
  if (root.attrs.saved !== undefined) n.savedAt = root.attrs.saved;
  const agency = childrenNamed(root, "agency")[0];
  if (agency) n.agency = xmlText(agency);
  const date = childrenNamed(root, "date")[0];
  if (date) n.date = xmlText(date);
  for (const f of ["preface", "signer"] as const) {
    const e = childrenNamed(root, f)[0];
    if (e) n[f] = xmlText(e);
  }
  for (const s of childrenNamed(root, "section")) {
    const no = Number(s.attrs.no) as SectionId;
    if (SECTION_IDS.includes(no)) n.sections[no] = xmlText(s);
  }
  const fees = childrenNamed(root, "fees")[0];
  if (fees)
    n.fees = {
      notices: fees.attrs.notices ?? "",
      billed: fees.attrs.billed ?? "",
      collected: fees.attrs.collected ?? "",
    };
  return { narrative: n };
}

/** The newest readable narrative among several parts' XML (two panes saved at once); null when none reads. */
export function newestNarrative(xmls: unknown[]): StoredNarrative | null {
  const all = xmls
    .map((x) => parseNarrativeXml(x).narrative)
    .filter((n): n is StoredNarrative => n !== null)
    .sort((a, b) => (b.savedAt ?? "").localeCompare(a.savedAt ?? ""));
  return all[0] ?? null;
}

/** What the metadata part says about the report (null when absent or unreadable). */
export function reportInfoOf(xml: string | undefined): ReportInfo | null {
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
