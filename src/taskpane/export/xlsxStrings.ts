/**
 * The export view's words for the standalone workbook. Kept apart from ./strings (which the pane's
 * first bundle holds for the tab label) so that they load with the lazily loaded export view.
 */
import type { Lang } from "../i18n";

export const XLSX_STRINGS: Record<Lang, { format: string; hint: string }> = {
  zh: {
    format: "独立工作簿（.xlsx，可在 WPS / LibreOffice 中打开并自动标红）",
    hint: "不装加载项也能用：在 WPS、LibreOffice 或 Excel 中打开，勾稽关系不平的格子自动标红，空格标黄；再用本加载项打开可继续检查。",
  },
  en: {
    format: "Standalone workbook (.xlsx; opens in WPS / LibreOffice and highlights by itself)",
    hint: "Works without the add-in: open it in WPS, LibreOffice or Excel and cells that break a balance turn red, blanks amber; opened with this add-in, checking goes on.",
  },
};
