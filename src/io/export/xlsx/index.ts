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
  /**
   * Totals as =SUM formulas of their parts (“formulas”, default) or typed like any value (“typed”).
   * exportReport always says which, with its own default; this one is for direct callers.
   */
  totals?: "formulas" | "typed";
  /** Language of validation messages and name comments; labels are always the official Chinese. */
  lang?: Lang;
  /** Worksheet name; default `2025年报表格`, as the add-in names the sheet it inserts. */
  sheetName?: string;
}

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

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
 * exceljs adds x14/x15 slicer and timeline style defaults to styles.xml and x14ac:dyDescent row
 * attributes to the sheets; plain ECMA-376 readers (WPS) need none of it, so it goes.
 */
async function dropExtensions(zip: JSZip): Promise<void> {
  const styles = "xl/styles.xml";
  const text = await zip.file(styles)!.async("string");
  zip.file(styles, text.replace(/<extLst>[\s\S]*?<\/extLst>/g, ""));
  for (const sheet of Object.keys(zip.files).filter((p) =>
    /^xl\/worksheets\/[^/]+\.xml$/.test(p)
  )) {
    const xml = await zip.file(sheet)!.async("string");
    zip.file(sheet, xml.replace(/\s+x14ac:dyDescent="[^"]*"/g, ""));
  }
}

export async function buildXlsx(report: Report, options: XlsxOptions = {}): Promise<Uint8Array> {
  const plan = xlsxPlan(report, options);
  const wb = new Workbook();
  wb.creator = "gkreport";
  // Fixed dates keep the bytes of one report the same from run to run.
  wb.created = wb.modified = FIXED_DATE;
  // Totals are formulas: let every spreadsheet compute them on opening instead of trusting the cache.
  wb.calcProperties.fullCalcOnLoad = true;
  addPlanSheet(wb, plan);
  // Stored, not deflated: the package is compressed once, below, after the metadata part is added.
  const written = await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } } as object);
  const zip = await JSZip.loadAsync(written as ArrayBuffer);
  await addCustomXmlPart(zip, plan.metadata.xml, plan.metadata.namespace);
  await dropExtensions(zip);
  // Fixed entry dates: the same report gives the same bytes.
  for (const entry of Object.values(zip.files)) entry.date = FIXED_DATE;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
