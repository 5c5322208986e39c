/**
 * 正文's work outside its state: drafting sections from the tables (reading the report first), the
 * preface the drafter would write, and how the typed date prints.
 */
import { readReport, type StoredNarrative } from "../../../excel";
import { formatReportDate } from "../../../io/export/common";
import { readNumbers } from "../../../report/check";
import { draftPreface, draftSections } from "../../../report/narrative";
import type { EditionId, SectionId } from "../../../report/types";
import { planDraft, reportWithNarrative, SECTION_IDS } from "./model";

export type Sections = Partial<Record<SectionId, string>>;

export interface Drafted {
  /** The drafts asked for (every section, or the one). */
  drafted: Sections;
  /** Empty sections the draft filled: applied without asking. */
  fills: Sections;
  /** The ids of `fills`, in order. */
  filled: SectionId[];
  /** Sections with typed text differing from the draft: replaced only when the user says so. */
  conflicts: SectionId[];
}

/** Drafts every section, or only `only`, from the workbook's tables; null when there are no tables. */
export async function draftFromTables(
  current: StoredNarrative,
  only?: SectionId
): Promise<Drafted | null> {
  const read = await readReport();
  if (!read) return null;
  const base = reportWithNarrative(read.report, current);
  const all = draftSections(base, readNumbers(base, null));
  const drafted: Sections = only === undefined ? all : { [only]: all[only] };
  const plan = planDraft(current.sections, drafted);
  const filled = SECTION_IDS.filter((id) => plan.fills[id] !== undefined);
  return { drafted, fills: plan.fills, filled, conflicts: plan.conflicts };
}

/** The drafts of the chosen sections, to replace their typed text. */
export function chosenDrafts(drafted: Sections, chosen: SectionId[]): Sections {
  const out: Sections = {};
  for (const id of chosen) out[id] = drafted[id];
  return out;
}

/** The preface the export writes when none is typed (shown as the field's placeholder). */
export function defaultPreface(doc: StoredNarrative, year: number | null, edition: EditionId) {
  return draftPreface({ agency: doc.agency, signer: doc.signer, year, edition });
}

/** The typed date as the report prints it, or null when it prints as typed (or is empty). */
export function printedDate(typed: string): string | null {
  const formatted = formatReportDate(typed);
  return typed.trim() && formatted !== typed.trim() ? formatted : null;
}
