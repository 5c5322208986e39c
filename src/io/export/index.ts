/**
 * Exporting the finished report. docx is loaded with a dynamic import so that bundlers split the docx
 * library into its own chunk; the other formats are small and load with this module.
 */
import type { Message, Report } from "../../report/types";
import { xmlSafeReport } from "../../report/xmlText";
import { reportToJson } from "../json";
import { suggestedFileName } from "./common";
import { buildCsv } from "./csv";
import type { DocxOptions } from "./docx";
import type { XlsxOptions } from "./xlsx";
import { buildHtml } from "./html";

export type ExportFormat = "docx" | "html" | "json" | "csv" | "xlsx";

export interface ExportOptions extends DocxOptions {
  /** xlsx: totals typed like any value (“typed”, default: the report's figures as they are) or as =SUM formulas. */
  totals?: XlsxOptions["totals"];
  /** html: the bare fragment for pasting into a CMS instead of a page that opens by itself (default false). */
  htmlFragment?: boolean;
  /** html: leave out the <h1> title, which the CMS prints itself (default: for the fragment only). */
  htmlOmitTitle?: boolean;
}

export interface ExportedFile {
  /** Bytes for docx and xlsx; text for the others (CSV starts with a BOM, so encode it as UTF-8 as is). */
  data: Uint8Array | string;
  mime: string;
  extension: string;
  /** e.g. 某某局2024年政府信息公开工作年度报告.docx */
  fileName: string;
  /** What the layout had to give up (docx: values set at 小五, figures that still wrap). */
  notes: Message[];
}

export const EXPORT_MIME: Record<ExportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html;charset=utf-8",
  json: "application/json;charset=utf-8",
  csv: "text/csv;charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Every format goes through here, and here characters that XML 1.0 forbids are dropped from the
 * report's text (report/xmlText.ts; the pre-check reports them as EXP-01).
 */
export async function exportReport(
  input: Report,
  format: ExportFormat,
  options: ExportOptions = {}
): Promise<ExportedFile> {
  const report = xmlSafeReport(input);
  const notes: Message[] = [];
  const file = (data: Uint8Array | string): ExportedFile => ({
    data,
    mime: EXPORT_MIME[format],
    extension: format,
    fileName: suggestedFileName(report, format),
    notes,
  });
  switch (format) {
    case "docx": {
      const { buildDocx } = await import("./docx");
      return file(await buildDocx(report, options, notes));
    }
    case "html":
      return file(
        buildHtml(report, {
          document: !options.htmlFragment,
          omitTitle: options.htmlOmitTitle ?? Boolean(options.htmlFragment),
        })
      );
    case "json":
      return file(reportToJson(report));
    case "csv":
      return file(buildCsv(report));
    case "xlsx": {
      // Its own chunk too: exceljs is the largest library the pane can load.
      const { buildXlsx } = await import("./xlsx");
      return file(await buildXlsx(report, { totals: options.totals ?? "typed" }));
    }
    default:
      throw new Error(`unknown export format: ${String(format)}`);
  }
}

export { buildCsv, csvField, csvText, CSV_BOM, CSV_HEADER } from "./csv";
export { buildHtml, escapeHtml, type HtmlOptions } from "./html";
export {
  displayValue,
  formatReportDate,
  narrativeBlocks,
  reportTitle,
  sectionsOf,
  suggestedFileName,
} from "./common";
export { tableGrid, tableGrids, type GridCell, type TableGrid } from "./layout";
export type { DocxOptions, DocxFonts, FontPresetName } from "./docx";
export type { XlsxOptions } from "./xlsx";
