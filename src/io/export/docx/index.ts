/**
 * The report as Word (.docx), laid out per GB/T 9704 (spec/export.md §1–§2). Loaded lazily by the pane
 * (`import("../io/export/docx")`), so nothing outside src/io/export/index.ts's dynamic import pulls in
 * the docx library: keep this module out of static imports and index files.
 */
import { Document, DocumentGridType, Packer, type Paragraph, type Table } from "docx";
import type { Message, Report } from "../../../report/types";
import { fitNotes, fitPrinted } from "../fit";
import { formatReportDate, prefaceParagraphs, reportTitle, sectionsOf } from "../common";
import { signerOf } from "../../../report/narrative/preface";
import { tableGrid } from "../layout";
import { fontTableXml } from "./fontTable";
import { resolveFonts, type DocxFonts, type FontPresetName } from "./fonts";
import { DOC_GRID, MARGIN, PAGE, SIZE } from "./gbt9704";
import { docxTable } from "./table";
import {
  heading1,
  narrativeParagraph,
  pageNumberFooter,
  signature,
  titleLines,
  titleParagraph,
} from "./text";

export { FONT_PRESETS, resolveFonts, type DocxFonts, type FontPresetName } from "./fonts";
export { MARGIN, PAGE, SIZE, LINE, TEXT_WIDTH } from "./gbt9704";

export interface DocxOptions {
  /** Base set of font names (default "gb2312": 方正小标宋简体 / 仿宋_GB2312 / 黑体 / 楷体_GB2312). */
  fontPreset?: FontPresetName;
  /** Font names by element, over the preset. */
  fonts?: Partial<DocxFonts>;
}

/**
 * The Word document model, before packing (for callers that pack it themselves). What the table
 * layout had to give up (values at 小五, figures that still wrap) is added to `notes`.
 */
export function buildDocument(
  report: Report,
  options: DocxOptions = {},
  notes: Message[] = []
): Document {
  const fonts = resolveFonts(options.fontPreset, options.fonts);
  const title = reportTitle(report);
  const lines = titleLines(title, report.agency.trim());
  const children: (Paragraph | Table)[] = [titleParagraph(lines, fonts)];
  for (const text of prefaceParagraphs(report))
    children.push(narrativeParagraph({ kind: "paragraph", text }, fonts));
  for (const s of sectionsOf(report)) {
    children.push(heading1(s.heading, fonts));
    s.blocks.forEach((b, i) =>
      children.push(
        narrativeParagraph(b, fonts, s.table !== undefined && i === s.blocks.length - 1)
      )
    );
    if (s.table) {
      const grid = tableGrid(report, s.table);
      const fit = fitPrinted(grid);
      notes.push(...fitNotes(s.table, fit));
      children.push(docxTable(grid, fonts, fit));
    }
  }
  children.push(...signature(signerOf(report), formatReportDate(report.date), fonts));

  return new Document({
    title,
    creator: report.agency.trim() || undefined,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: {
              ascii: fonts.latin ?? fonts.body,
              hAnsi: fonts.latin ?? fonts.body,
              eastAsia: fonts.body,
              hint: "eastAsia",
            },
            size: SIZE.body,
            // Latin en-US keeps a figure and its unit (61件) from splitting as zh-CN text may;
            // every run inherits it from here.
            language: { value: "en-US", eastAsia: "zh-CN" },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, gutter: 0 },
          },
          grid: { type: DocumentGridType.LINES, ...DOC_GRID },
        },
        footers: { default: pageNumberFooter("odd", fonts), even: pageNumberFooter("even", fonts) },
        children,
      },
    ],
  });
}

/** Packs to bytes in Node and in the browser alike (toArrayBuffer needs neither Buffer nor Blob). */
export async function buildDocx(
  report: Report,
  options: DocxOptions = {},
  notes: Message[] = []
): Promise<Uint8Array> {
  return new Uint8Array(
    await Packer.toArrayBuffer(buildDocument(report, options, notes), false, overrides(options))
  );
}

/** Parts written by hand: the font table with fallbacks. */
function overrides(options: DocxOptions) {
  const fonts = resolveFonts(options.fontPreset, options.fonts);
  return [{ path: "word/fontTable.xml", data: fontTableXml(fonts) }];
}
