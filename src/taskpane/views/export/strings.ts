/** The 导出 view's words, zh-CN first; en-US has the same keys (the type makes sure). */
import type { ExportFormat, FontPresetName } from "../../../io/export";
import type { Dictionaries } from "../../i18n";

export interface ExportStrings {
  heading: string;
  format: string;
  formats: Record<ExportFormat, string>;
  formatHints: Record<ExportFormat, string>;
  fonts: string;
  fontPresets: Record<FontPresetName, string>;
  fontsHint: string;
  exportButton: string;
  checking: string;
  working: string;
  noReport: string;
  preflight: {
    title: string;
    counts: (errors: number, warnings: number) => string;
    damaged: (n: number) => string;
    unchanged: string;
    more: (n: number) => string;
    back: string;
    anyway: string;
  };
  downloaded: (fileName: string) => string;
  mac: { title: string; body: string };
  others: string;
  printSheet: string;
  printSheetHint: string;
  copyHtml: string;
  copyHtmlHint: string;
  printed: (sheet: string) => string;
  printedNoLayout: string;
  copied: (chars: number) => string;
  copyFailed: string;
  failed: (detail: string) => string;
}

const zh: ExportStrings = {
  heading: "导出报告",
  format: "文件格式",
  formats: {
    docx: "Word（.docx）",
    html: "网页（HTML）",
    json: "JSON",
    csv: "CSV",
    xlsx: "独立工作簿（.xlsx，可在 WPS / LibreOffice 中打开并自动标红）",
  },
  formatHints: {
    docx: "按 GB/T 9704 排版的公文格式，可在 Word 或 WPS 中修改、另存为 PDF。",
    html: "可直接在浏览器打开，也可把代码贴到网站后台。",
    json: "完整数据（数字按原样、正文、收费情况），供汇总或以后导入。",
    csv: "每个数字一行，带表、行、列名称，供上级汇总；Excel 可直接打开。",
    xlsx: "不装加载项也能用：在 WPS、LibreOffice 或 Excel 中打开，勾稽关系不平的格子自动标红，空格标黄；再用本加载项打开可继续检查。",
  },
  fonts: "字体",
  fontPresets: {
    gb2312: "仿宋_GB2312、楷体_GB2312（公文常用）",
    windows: "宋体、仿宋、楷体（各平台都有，打印工作表默认）",
  },
  fontsHint: "用于 Word 文件和打印工作表。电脑上没有 _GB2312 字体时选第二项。",
  exportButton: "导出文件",
  checking: "正在检查报告…",
  working: "正在生成…",
  noReport: "没有找到报告表格，请先在“插入表格”中插入表格并填写数字。",
  preflight: {
    title: "导出前检查",
    counts: (e, w) => `检查发现 ${e} 个错误、${w} 个警告尚未处理。`,
    damaged: (n) => `表格结构有 ${n} 处问题，导出的数字可能不完整。`,
    unchanged: "导出的内容与工作簿一致，检查不会改动任何数字或文字。",
    more: (n) => `还有 ${n} 条，见“检查结果”。`,
    back: "返回修改",
    anyway: "仍然导出",
  },
  downloaded: (f) => `已生成 ${f}，请在浏览器下载栏查看。`,
  mac: {
    title: "Excel for Mac 不能从任务窗格下载文件",
    body: "这是 Mac 版 Excel 的限制：点下载不会有任何反应。请改用下面的办法。",
  },
  others: "其他方式",
  printSheet: "写入打印工作表",
  printSheetHint:
    "把完整报告（标题、正文、三张表）写到一张新工作表，按 A4 纵向排版；再用“文件 > 另存为”选择 PDF 保存或直接打印。",
  copyHtml: "复制网页代码",
  copyHtmlHint: "复制报告的 HTML 代码，粘贴到网站后台编辑器的“源代码”模式。",
  printed: (s) => `已写入工作表“${s}”。请用“文件 > 另存为”选择 PDF 格式保存，或直接打印。`,
  printedNoLayout: "此版本的 Excel 未能自动设置页面，请在“页面布局”中选择 A4、纵向。",
  copied: (n) => `已复制网页代码（${n} 个字符），可粘贴到网站后台编辑器的“源代码”模式。`,
  copyFailed: "无法写入剪贴板。请改用“写入打印工作表”，或在其他电脑上导出。",
  failed: (d) => `导出失败：${d}`,
};

const en: ExportStrings = {
  heading: "Export the report",
  format: "File format",
  formats: {
    docx: "Word (.docx)",
    html: "Web page (HTML)",
    json: "JSON",
    csv: "CSV",
    xlsx: "Standalone workbook (.xlsx; opens in WPS / LibreOffice and highlights by itself)",
  },
  formatHints: {
    docx: "Laid out per GB/T 9704; edit it in Word or WPS and save as PDF there.",
    html: "Opens in a browser; the code can also go into the website's CMS.",
    json: "All the data (values as typed, text, fees) for consolidation or a later import.",
    csv: "One value per line with table, row and column names, for consolidation; opens in Excel.",
    xlsx: "Works without the add-in: open it in WPS, LibreOffice or Excel and cells that break a balance turn red, blanks amber; opened with this add-in, checking goes on.",
  },
  fonts: "Fonts",
  fontPresets: {
    gb2312: "FangSong_GB2312, KaiTi_GB2312 (official documents)",
    windows: "SimSun, FangSong, KaiTi (every platform; the print sheet's default)",
  },
  fontsHint:
    "Used by the Word file and the print sheet. Pick the second when the _GB2312 fonts are not installed.",
  exportButton: "Export file",
  checking: "Checking the report…",
  working: "Generating…",
  noReport: "No report tables found. Insert the tables and fill in the numbers first.",
  preflight: {
    title: "Check before export",
    counts: (e, w) => `The check found ${e} error(s) and ${w} warning(s) still open.`,
    damaged: (n) =>
      `The tables have ${n} structural problem(s); exported numbers may be incomplete.`,
    unchanged:
      "The export holds exactly what the workbook holds; the check changes no number or text.",
    more: (n) => `${n} more in Check results.`,
    back: "Go back and fix",
    anyway: "Export anyway",
  },
  downloaded: (f) => `Generated ${f}. Look for it in the browser's download bar.`,
  mac: {
    title: "Excel for Mac cannot download files from the task pane",
    body: "This is a limit of Excel for Mac: a download does nothing there. Use one of these instead.",
  },
  others: "Other ways",
  printSheet: "Write a print sheet",
  printSheetHint:
    "Writes the whole report (title, text, the three tables) to a new worksheet laid out for A4 portrait; then use File > Save As and choose PDF, or print it.",
  copyHtml: "Copy web page code",
  copyHtmlHint: "Copies the report's HTML code, to paste into the CMS editor's source view.",
  printed: (s) => `Written to sheet “${s}”. Use File > Save As and choose PDF, or print it.`,
  printedNoLayout: "This Excel could not set up the page; choose A4 portrait under Page Layout.",
  copied: (n) =>
    `Copied the web page code (${n} characters); paste it into the CMS editor's source view.`,
  copyFailed:
    "Could not write to the clipboard. Use the print sheet instead, or export on another computer.",
  failed: (d) => `Export failed: ${d}`,
};

export const EXPORT_STRINGS: Dictionaries<ExportStrings> = { zh, en };
