/**
 * writePrintSheet: the finished report on a new worksheet laid out for A4 printing, so that Excel itself
 * can save it as PDF where the pane cannot download files (Excel for Mac, spec/excel-host.md §5).
 * Two syncs: one read (the sheet names taken), one write (sheet, values, merges, formats, page setup).
 */
import { formatReportDate, prefaceParagraphs, reportTitle, sectionsOf } from "../io/export/common";
import { signerOf } from "../report/narrative/preface";
// fonts.ts is plain data; the docx library itself stays behind src/io/export's dynamic import.
import { FONT_PRESETS, type FontPresetName } from "../io/export/docx/fonts";
import { tableGrid } from "../io/export/layout";
import type { Report } from "../report/types";
import type { PrintFonts, PrintInput, PrintPlan } from "../sheet/printPlan";
import { printPlan } from "../sheet/printPlan";
import { uniqueSheetNameOf } from "../sheet/registry";
import { queueFormat } from "./apply";
import { eventsOff, eventsOn, runWrite, supports } from "./host";

export const PRINT_SHEET_NAME = "年报打印稿";

export interface PrintSheetOptions {
  fontPreset?: FontPresetName;
  /** Base name of the new sheet (a number is added when it is taken). */
  sheetName?: string;
}

export interface PrintSheetResult {
  sheetName: string;
  /** The block written, e.g. A1:AD120. */
  address: string;
  /** A4 portrait, margins and print area were set (ExcelApi 1.9; not every host has it). */
  pageLayout: boolean;
}

/**
 * Faces every host has: Mac and stock Windows lack the _GB2312 and 方正 faces, and Excel substitutes
 * them silently (spec/excel-host.md §9). The GB2312 names stay an option.
 */
export const PRINT_DEFAULT_FONTS: FontPresetName = "windows";

/** What goes on the sheet, in print order. Pure. */
export function printInput(
  report: Report,
  fontPreset: FontPresetName = PRINT_DEFAULT_FONTS
): PrintInput {
  const f = FONT_PRESETS[fontPreset];
  const fonts: PrintFonts = {
    title: f.title,
    body: f.body,
    heading1: f.heading1,
    heading2: f.heading2,
    table: f.table,
  };
  return {
    title: reportTitle(report),
    preface: prefaceParagraphs(report),
    sections: sectionsOf(report).map((s) => ({
      heading: s.heading,
      blocks: s.blocks,
      ...(s.table ? { table: tableGrid(report, s.table) } : {}),
    })),
    signature: [signerOf(report), formatReportDate(report.date)].filter((x) => x !== ""),
    fonts,
  };
}

/** `base`, or `base(2)`, `base(3)`… (Excel compares sheet names without case), legal and within 31 characters. */
export const freeSheetName = uniqueSheetNameOf;

function queueSheet(sheet: Excel.Worksheet, plan: PrintPlan): void {
  sheet.getRange(plan.columnWidth.range).format.columnWidth = plan.columnWidth.width;
  sheet.getRange(plan.range).values = plan.values;
  for (const m of plan.merges) sheet.getRange(m).merge(false);
  for (const f of plan.formats) queueFormat(sheet.getRange(f.range), f.format);
  for (const h of plan.rowHeights) sheet.getRange(h.range).format.rowHeight = h.height;
}

/**
 * Queue the page setup. The demo host and older hosts have no pageLayout: that throws here, when the
 * property is touched, and the sheet is still written. Returns whether it was queued.
 */
function queuePageLayout(sheet: Excel.Worksheet, plan: PrintPlan): boolean {
  if (!supports("ExcelApi", "1.9")) return false;
  try {
    const layout = sheet.pageLayout;
    layout.orientation = "Portrait";
    layout.paperSize = "A4";
    layout.topMargin = plan.page.margins.top;
    layout.bottomMargin = plan.page.margins.bottom;
    layout.leftMargin = plan.page.margins.left;
    layout.rightMargin = plan.page.margins.right;
    layout.headerMargin = plan.page.margins.header;
    layout.footerMargin = plan.page.margins.footer;
    layout.centerHorizontally = true;
    layout.printGridlines = false;
    layout.setPrintArea(plan.page.printArea);
    return true;
  } catch {
    return false;
  }
}

function isPageLayoutError(e: unknown): boolean {
  const where =
    (e as { debugInfo?: { errorLocation?: string } } | null)?.debugInfo?.errorLocation ?? "";
  return /pagelayout/i.test(where);
}

export async function writePrintSheet(
  report: Report,
  options: PrintSheetOptions = {}
): Promise<PrintSheetResult> {
  const plan = printPlan(printInput(report, options.fontPreset));
  return runWrite(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const sheetName = freeSheetName(
      options.sheetName ?? PRINT_SHEET_NAME,
      sheets.items.map((s) => s.name)
    );
    eventsOff(context);
    const sheet = sheets.add(sheetName);
    queueSheet(sheet, plan);
    if (supports("ExcelApi", "1.8")) sheet.showGridlines = false;
    sheet.activate();
    sheet.getRange("A1").select();
    eventsOn(context);
    // Last in the batch: if the host refuses a page setting, everything before it is already done.
    const pageLayout = queuePageLayout(sheet, plan);
    try {
      await context.sync();
    } catch (e) {
      // The events switch and everything else ran before the page setup failed.
      if (!pageLayout || !isPageLayoutError(e)) throw e;
      return { sheetName, address: plan.range, pageLayout: false };
    }
    return { sheetName, address: plan.range, pageLayout };
  });
}
