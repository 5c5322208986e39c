/** 插入表格's work: which edition the form means, and the insert itself (the Excel layer loaded on first use). */
import type { InsertOptions, InsertResult } from "../../../excel";
import { editionForYear } from "../../../report/editions/years";
import type { EditionId } from "../../../report/types";
import type { Lang } from "../../i18n";
import { loadExcel } from "../../state/excelApi";

export type EditionChoice = "auto" | EditionId;

/** The stored choice read back ("auto" for anything else), the edition the year wants, and the one used. */
export function editionOf(
  stored: string,
  year: number
): { choice: EditionChoice; wanted: EditionId; edition: EditionId } {
  const choice: EditionChoice = stored === "2019" || stored === "2021" ? stored : "auto";
  const wanted = editionForYear(year);
  return { choice, wanted, edition: choice === "auto" ? wanted : choice };
}

export async function insertTables(options: InsertOptions): Promise<InsertResult> {
  const { insertReport } = await loadExcel();
  return insertReport(options);
}

/** What the Excel layer told the user (a protected sheet, an insert stopped half-way), if it did. */
export function hostMessage(e: unknown, lang: Lang): string | null {
  const told = (e as { userMessage?: { zh: string; en: string } } | null)?.userMessage;
  return told ? told[lang] : null;
}
