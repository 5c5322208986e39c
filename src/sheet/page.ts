/**
 * How a report block prints from a file: A4 landscape (表四's fifteen columns make the block wider than
 * a portrait page allows), one page wide, narrow margins, the block as print area with absolute
 * references. Its own module, outside the barrel: the add-in's insert does not set a page layout
 * (ExcelApi 1.9), so the pane's first bundle does not carry it.
 */
import { parseRange, sheetRef } from "./a1";
import type { SheetLayout } from "./layout";
import type { SheetPlan } from "./plan";

/** Page margins in points, as Excel's page layout takes them. */
export interface PageMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

export interface PageSetup {
  paperSize: "A4";
  orientation: "Portrait" | "Landscape";
  /** Fit to this many pages across; 0 = as many as needed (Excel's fitToHeight 0). */
  fitToWidth: 1;
  fitToHeight: 0;
  /** `'2025年报表格'!$A$1:$J$60`: absolute, so it stays on the block wherever the file is opened. */
  printArea: string;
  margins: PageMargins;
  horizontalCentered: boolean;
  /** Rows (0-based) a new page starts at: 表四 with its caption, which would otherwise end a page alone. */
  breaksBefore: number[];
}

/** About 1.3 cm: 表三's columns stay legible at one page wide. */
const MARGIN = 36;

export function pageSetupOf(
  plan: Pick<SheetPlan, "sheetName" | "range">,
  layout: Pick<SheetLayout, "tables">
): PageSetup {
  const block = parseRange(plan.range);
  if (!block) throw new Error(`page: not an A1 range: ${plan.range}`);
  return {
    paperSize: "A4",
    orientation: "Landscape",
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: sheetRef(plan.sheetName, block),
    margins: {
      top: MARGIN,
      bottom: MARGIN,
      left: MARGIN,
      right: MARGIN,
      header: MARGIN / 2,
      footer: MARGIN / 2,
    },
    horizontalCentered: true,
    breaksBefore: [layout.tables[2].caption.pos.row],
  };
}
