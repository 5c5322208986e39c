/**
 * 导出's work. What an export starts from: the report read from the workbook's tables, with the text of the 正文 view
 * (saved first), and the check over exactly that report. The check only counts; the export gets the
 * report as read, never a corrected one.
 */
import { readReport, writePrintSheet, type ReportProblem } from "../../../excel";
import { exportReport, type ExportFormat, type FontPresetName } from "../../../io/export";
import { checkReport } from "../../../report/check";
import type { Finding, Report } from "../../../report/types";
import { countFindings } from "../../state/findingGroups";
import { currentNarrative } from "../narrative/current";
import { reportWithNarrative } from "../narrative/model";
import type { Lang } from "../../i18n";
import { copyText, downloadFile } from "./download";

export { PRINT_DEFAULT_FONTS } from "../../../excel";

export interface Prepared {
  report: Report;
  findings: Finding[];
  errors: number;
  warnings: number;
  /** The tables could not be read cleanly (a label overwritten, rows deleted). */
  problems: ReportProblem[];
}

/** Null when the workbook holds no report tables. */
export async function prepareExport(): Promise<Prepared | null> {
  const narrative = await currentNarrative();
  const read = await readReport();
  if (!read) return null;
  const report = reportWithNarrative(read.report, narrative);
  const findings = checkReport(report);
  const counts = countFindings(findings);
  return {
    report,
    findings,
    errors: counts.error,
    warnings: counts.warning,
    problems: read.problems.filter((p) => p.severity === "error"),
  };
}

/** Open items that make the pane ask before exporting. */
export function openCount(p: Prepared): number {
  return p.errors + p.warnings + p.problems.length;
}

export type ExportAction = "download" | "printSheet" | "copyHtml";

export type ExportOutcome =
  /** `notes`: what the exporter said about the file, in the pane's language ("" when nothing). */
  | { kind: "downloaded"; fileName: string; notes: string }
  | { kind: "printed"; sheetName: string; pageLayout: boolean }
  | { kind: "copied"; chars: number }
  | { kind: "copyFailed" };

export interface ExportChoice {
  format: ExportFormat;
  /** The user's pick; null lets each way out use its own default faces. */
  fontPreset: FontPresetName | null;
  lang: Lang;
}

/** Gets the report out one way: a downloaded file, a print sheet in the workbook, or HTML on the clipboard. */
export async function performExport(
  action: ExportAction,
  report: Report,
  { format, fontPreset, lang }: ExportChoice
): Promise<ExportOutcome> {
  if (action === "download") {
    const file = await exportReport(report, format, { fontPreset: fontPreset ?? "gb2312" });
    const notes = file.notes.map((n) => n[lang]).join(" ");
    return { kind: "downloaded", fileName: downloadFile(file), notes };
  }
  if (action === "printSheet") {
    const res = await writePrintSheet(report, fontPreset ? { fontPreset } : {});
    return { kind: "printed", sheetName: res.sheetName, pageLayout: res.pageLayout };
  }
  const file = await exportReport(report, "html", { htmlFragment: true });
  const html = String(file.data);
  return (await copyText(html)) ? { kind: "copied", chars: html.length } : { kind: "copyFailed" };
}
