/**
 * The standalone workbook: the add-in's insert plan for a report written to an .xlsx that highlights
 * broken balances by itself in Excel, WPS and LibreOffice (conditional formats computed from the same
 * rules as the checker), validates what is typed, and carries the defined names and metadata the
 * add-in uses to find its tables, so the add-in continues where another spreadsheet left off.
 *
 * Loaded with a dynamic import by ../index.ts: exceljs and JSZip stay out of the pane's first bundle.
 */
import { Workbook } from "exceljs";
import JSZip from "jszip";
import type { Report } from "../../../report/types";
import { insertPlan, reportSheetBaseName, type Lang, type SheetPlan } from "../../../sheet";
import { addCustomXmlPart } from "./customXml";
import { addPlanSheet } from "./workbook";

export interface XlsxOptions {
  /** Totals as =SUM formulas of their parts (“formulas”, default) or typed like any value (“typed”). */
  totals?: "formulas" | "typed";
  /** Language of validation messages and name comments; labels are always the official Chinese. */
  lang?: Lang;
  /** Worksheet name; default `2025年报表格`, as the add-in names the sheet it inserts. */
  sheetName?: string;
}

/** The plan the file is written from: the add-in's, with blank cells amber. */
export function xlsxPlan(report: Report, options: XlsxOptions = {}): SheetPlan {
  return insertPlan(report, {
    sheetName: options.sheetName ?? reportSheetBaseName(report.year),
    totalsAsFormulas: (options.totals ?? "formulas") === "formulas",
    lang: options.lang ?? "zh",
    flagBlanks: true,
  });
}

/**
 * exceljs adds x14/x15 slicer and timeline style defaults to styles.xml; plain ECMA-376 readers (WPS)
 * need none of it, so the extension list goes.
 */
async function dropExtensions(zip: JSZip): Promise<void> {
  const path = "xl/styles.xml";
  const styles = await zip.file(path)!.async("string");
  zip.file(path, styles.replace(/<extLst>[\s\S]*?<\/extLst>/g, ""));
}

export async function buildXlsx(report: Report, options: XlsxOptions = {}): Promise<Uint8Array> {
  const plan = xlsxPlan(report, options);
  const wb = new Workbook();
  wb.creator = "gkreport";
  // Fixed dates keep the bytes of one report the same from run to run.
  wb.created = wb.modified = new Date(Date.UTC(2000, 0, 1));
  // Totals are formulas: let every spreadsheet compute them on opening instead of trusting the cache.
  wb.calcProperties.fullCalcOnLoad = true;
  addPlanSheet(wb, plan);
  // Stored, not deflated: the package is compressed once, below, after the metadata part is added.
  const written = await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } } as object);
  const zip = await JSZip.loadAsync(written as ArrayBuffer);
  await addCustomXmlPart(zip, plan.metadata.xml, plan.metadata.namespace);
  await dropExtensions(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
