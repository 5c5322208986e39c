/**
 * PDF import: bytes → pdf.js text with positions (read.ts) → the importer's source model (layout.ts)
 * → the same assembly, checks and label findings as text and HTML. pdf.js is passed in by the host
 * (node.ts for the CLI and tests, the pane's lazy chunk in the browser). Never throws.
 */
import { assemble } from "../assemble";
import { problem } from "../problems";
import type { ImportResult } from "../types";
import { pagesToSource } from "./layout";
import { FEW_CHARS, readPdf, type PdfJs } from "./read";
import { isPdf } from "./sniff";
import type { PdfPage } from "./types";

export type { PdfJs } from "./read";
export { isPdf } from "./sniff";
export type { PdfPage, Piece } from "./types";

const fail = (zh: string, en: string): ImportResult => ({
  report: null,
  findings: [],
  problems: [problem({}, zh, en)],
  format: "pdf",
});

const CJK = /[\u4e00-\u9fff]/g;

/**
 * Pages already read → ImportResult (the pure part, for tests on item lists). `fileName` lends the
 * year and agency a title lacks, as for text.
 */
export function importPdfPages(pages: PdfPage[], images = 0, fileName?: string): ImportResult {
  const text = pages.flatMap((p) => p.pieces.map((x) => x.text)).join("");
  if (text.length < FEW_CHARS) {
    return images > 0
      ? fail(
          "这个 PDF 是扫描图像（只有图片，没有文字），无法读取表格；本工具不做文字识别（OCR）。请使用带文字的 PDF、网页或文本。",
          "This PDF is an image scan (pictures only, no text), so its tables cannot be read; OCR is not supported. Please use a PDF with text, the web page or a text copy."
        )
      : fail("PDF 中没有可读取的文字。", "The PDF holds no text that can be read.");
  }
  if ((text.match(CJK)?.length ?? 0) < text.length / 10) {
    return fail(
      "PDF 中的文字无法解码为汉字（字体缺少字符映射），无法读取。请使用网页或文本。",
      "The PDF's text does not decode to Chinese characters (its fonts lack a character map); it cannot be read. Please use the web page or a text copy."
    );
  }
  const { doc, problems } = pagesToSource(pages);
  const result = assemble(doc, fileName);
  result.problems.push(...problems);
  return result;
}

export async function importPdf(
  bytes: Uint8Array,
  load: () => Promise<PdfJs>,
  fileName?: string
): Promise<ImportResult> {
  try {
    if (!isPdf(bytes)) {
      return fail(
        "文件不是 PDF（缺少 %PDF- 文件头）。",
        "The file is not a PDF (no %PDF- header)."
      );
    }
    let pdfjs: PdfJs;
    try {
      pdfjs = await load();
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return fail(`无法加载 PDF 阅读组件：${why}`, `The PDF reader could not be loaded: ${why}`);
    }
    const read = await readPdf(pdfjs, bytes);
    if (read.kind === "encrypted") {
      return fail(
        "PDF 已加密（需要密码才能打开），无法读取。请提供未加密的文件。",
        "The PDF is encrypted (it needs a password to open); it cannot be read. Please supply an unencrypted file."
      );
    }
    if (read.kind === "corrupt") {
      return fail(
        `PDF 文件已损坏或格式无效，无法读取（${read.why}）。`,
        `The PDF is damaged or invalid and cannot be read (${read.why}).`
      );
    }
    return importPdfPages(read.pages, read.images, fileName);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return fail(`读取 PDF 时出错：${why}`, `Reading the PDF failed: ${why}`);
  }
}
