/** Pure helpers of the 正文 view: where the text starts from, what a draft may fill, the report it makes. */
import type { FeeInputs, NarrativeRead, StoredNarrative } from "../../../excel";
import { emptyNarrative } from "../../../excel";
import type { Report, SectionId } from "../../../report/types";

export const SECTION_IDS: SectionId[] = [1, 2, 3, 4, 5, 6];

export function isBlankText(s: string | undefined): boolean {
  return s === undefined || s.trim() === "";
}

/** Our part when there is one; else what the metadata carried (agency, date, imported text); else empty. */
export function initialNarrative(read: NarrativeRead): StoredNarrative {
  if (read.narrative) return read.narrative;
  const n = emptyNarrative();
  if (read.report) {
    n.agency = read.report.agency;
    n.date = read.report.date ?? "";
    if (read.report.preface !== undefined) n.preface = read.report.preface;
    if (read.report.signer !== undefined) n.signer = read.report.signer;
    n.sections = { ...read.report.narrative };
  }
  return n;
}

export function sameNarrative(a: StoredNarrative, b: StoredNarrative): boolean {
  const text = (n: StoredNarrative) =>
    JSON.stringify([
      n.agency,
      n.date,
      n.preface ?? "",
      n.signer ?? "",
      SECTION_IDS.map((i) => n.sections[i] ?? ""),
      n.fees.notices,
      n.fees.billed,
      n.fees.collected,
    ]);
  return text(a) === text(b);
}

export interface DraftPlan {
  /** Sections that were empty: filled without asking. */
  fills: Partial<Record<SectionId, string>>;
  /** Sections whose own text differs from the draft: replaced only when the user says so. */
  conflicts: SectionId[];
}

export function planDraft(
  current: Partial<Record<SectionId, string>>,
  drafted: Partial<Record<SectionId, string>>
): DraftPlan {
  const fills: DraftPlan["fills"] = {};
  const conflicts: SectionId[] = [];
  for (const id of SECTION_IDS) {
    const d = drafted[id];
    if (d === undefined || isBlankText(d)) continue;
    if (isBlankText(current[id])) fills[id] = d;
    else if ((current[id] ?? "").trim() !== d.trim()) conflicts.push(id);
  }
  return { fills, conflicts };
}

export type FeeField = keyof FeeInputs;
export const FEE_FIELDS: FeeField[] = ["notices", "billed", "collected"];

const HALF = (s: string) =>
  s.replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).trim();

/** A fee field as a number: notices a whole number ≥ 0, amounts a number ≥ 0; undefined when blank. */
export function feeValue(field: FeeField, text: string): { value?: number; invalid: boolean } {
  const s = HALF(text);
  if (s === "") return { invalid: false };
  const ok = field === "notices" ? /^\d+$/.test(s) : /^\d+(\.\d+)?$/.test(s);
  return ok ? { value: Number(s), invalid: false } : { invalid: true };
}

/** The fee sub-form as Report.fees (only the fields that hold a valid number); undefined when none do. */
export function feesOf(fees: FeeInputs): Report["fees"] | undefined {
  const out: NonNullable<Report["fees"]> = {};
  for (const f of FEE_FIELDS) {
    const v = feeValue(f, fees[f]).value;
    if (v !== undefined) out[f] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * The report read from the tables, with the pane's text: agency and date when given, the six sections
 * (null narrative: keep the report's own), the fee sub-form. The tables are never touched.
 */
export function reportWithNarrative(report: Report, n: StoredNarrative | null): Report {
  if (!n) return report;
  const out: Report = { ...report };
  if (n.agency.trim()) out.agency = n.agency.trim();
  if (n.date.trim()) out.date = n.date.trim();
  if (!isBlankText(n.preface)) out.preface = n.preface;
  if (!isBlankText(n.signer)) out.signer = n.signer!.trim();
  const sections: Partial<Record<SectionId, string>> = {};
  for (const id of SECTION_IDS)
    if (!isBlankText(n.sections[id])) sections[id] = n.sections[id] as string;
  out.narrative = sections;
  const fees = feesOf(n.fees);
  if (fees) out.fees = fees;
  return out;
}

/** A random id for a workbook's narrative (ties the local backup to it). */
export function newNarrativeId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `n-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
