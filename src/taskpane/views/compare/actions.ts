/**
 * 导入与汇总's work: importing a published report onto a sheet, reading last year's report from a
 * file, comparing with it and carrying its figures over, consolidating units, and the repeated text.
 */
import {
  consolidateSheets,
  importToWorkbook,
  isReadable,
  listReportSheets,
  selectCell,
  writeImported,
  type ConsolidateSheetsResult,
  type ImportSheetResult,
  type ReportSheetInfo,
} from "../../../excel";
import { importReport, whyUnreadable, type ImportProblem } from "../../../io/import";
import { repetitionOf, type Repetition } from "../../../report/narrative/repetition";
import type { Report } from "../../../report/types";
import { errorText } from "../../errorText";
import type { Lang } from "../../i18n";
import { currentNarrative } from "../narrative/current";
import { readReportFile, type ReportFile } from "./readReportFile";

export { carryOverFromLastYear, compareWithLastYear } from "../../../excel";

export const listSheets = listReportSheets;

export async function goToCell(address: string): Promise<void> {
  await selectCell(address);
}

/** The chosen file could not be read at all (its import never started). */
export interface FileFailed {
  status: "fileFailed";
  detail: string;
}

/** Imports pasted text, or a chosen file, onto a new sheet. */
export async function importToSheet(
  source: string | File,
  lang: Lang
): Promise<ImportSheetResult | FileFailed> {
  if (typeof source === "string") return importToWorkbook(source, undefined, { lang });
  let read: ReportFile;
  try {
    read = await readReportFile(source);
  } catch (e) {
    return { status: "fileFailed", detail: errorText(e) };
  }
  return read.kind === "text"
    ? importToWorkbook(read.text, source.name, { lang })
    : writeImported(read.result, source.name, { lang });
}

export type LastYearFile =
  | { kind: "report"; report: Report; label: string }
  | { kind: "unreadable"; problems: ImportProblem[] };

/** Last year's report from a file, for comparing and carrying over (nothing written). */
export async function readLastYearFile(file: File): Promise<LastYearFile> {
  try {
    const read = await readReportFile(file);
    const r = read.kind === "text" ? importReport(read.text, file.name) : read.result;
    if (!isReadable(r)) return { kind: "unreadable", problems: whyUnreadable(r) };
    return { kind: "report", report: r.report, label: file.name };
  } catch (e) {
    const text = errorText(e);
    return { kind: "unreadable", problems: [{ where: {}, message: { zh: text, en: text } }] };
  }
}

/** Consolidates the picked sheets, in list order so the summary lists the units as the pane does. */
export function consolidate(
  sheets: ReportSheetInfo[],
  picked: string[],
  agency: string,
  lang: Lang
): Promise<ConsolidateSheetsResult> {
  const keys = sheets.map((x) => x.key).filter((k) => picked.includes(k));
  return consolidateSheets(keys, { lang, ...(agency.trim() ? { agency: agency.trim() } : {}) });
}

/** This year's text (the 正文 view's) against last year's published report in `file`. */
export async function measureRepetition(
  file: File
): Promise<Repetition | Extract<LastYearFile, { kind: "unreadable" }> | "noText"> {
  const read = await readLastYearFile(file);
  if (read.kind === "unreadable") return read;
  const prev = read.report;
  const mine = await currentNarrative();
  const current: Report = { ...prev, year: null, narrative: mine?.sections ?? {} };
  return repetitionOf(current, prev) ?? "noText";
}
