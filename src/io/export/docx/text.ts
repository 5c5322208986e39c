/** Paragraphs of the report body: title, headings, body text, signature, and the page-number footers. */
import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from "docx";
import type { NarrativeBlock } from "../common";
import { titleLines as splitTitle } from "../titleLines";
import type { DocxFonts } from "./fonts";
import {
  BODY_CHAR_SPACING,
  CHAR,
  HEADING_BEFORE,
  LINE,
  PAGE_NUMBER_INSET,
  SIZE,
  TEXT_WIDTH,
} from "./gbt9704";
import { OffGridParagraph } from "./offGrid";

type RunChild = string | (typeof PageNumber)[keyof typeof PageNumber];

/**
 * A run in one named face. The East Asian slot carries the face and hint="eastAsia" makes Word draw the
 * ambiguous characters (“ ” ‘ ’ — …) full width from it; Latin letters and digits take `latin` if set.
 */
export function run(
  text: string | RunChild[],
  font: string,
  size: number,
  latin?: string,
  breakBefore = false
): TextRun {
  return new TextRun({
    ...(typeof text === "string" ? { text } : { children: text }),
    ...(breakBefore ? { break: 1 } : {}),
    font: {
      ascii: latin ?? font,
      hAnsi: latin ?? font,
      eastAsia: font,
      cs: latin ?? font,
      hint: "eastAsia",
    },
    size,
    sizeComplexScript: size,
    // 三号 text condensed so that 28 characters fill the 版心 line (see BODY_CHAR_SPACING).
    ...(size === SIZE.body ? { characterSpacing: BODY_CHAR_SPACING } : {}),
  });
}

const bodySpacing = { line: LINE.body, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const firstLine = { firstLine: 2 * CHAR };

/** The title, centred, its lines as given (each line break a w:br), then one empty body line. */
export function titleParagraph(lines: string[], fonts: DocxFonts): Paragraph {
  return new OffGridParagraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: LINE.title, lineRule: LineRuleType.EXACT, before: 0, after: LINE.body },
    keepNext: true,
    children: lines.map((text, i) => run(text, fonts.title, SIZE.title, fonts.latin, i > 0)),
  });
}

/** The title's lines at 二号 in the 版心 (titleLines.ts says where it breaks). */
export function titleLines(title: string, agency: string): string[] {
  return splitTitle(title, agency, TEXT_WIDTH / (SIZE.title * 10));
}

/** 一、 headings, with half a line before them so that a section does not run on from a table. */
export function heading1(text: string, fonts: DocxFonts): Paragraph {
  return new OffGridParagraph({
    alignment: AlignmentType.BOTH,
    spacing: { ...bodySpacing, before: HEADING_BEFORE },
    indent: firstLine,
    outlineLevel: 0,
    keepNext: true,
    children: [run(text, fonts.heading1, SIZE.body, fonts.latin)],
  });
}

/** A paragraph of the narrative; `keepNext` for the one that introduces a table (…如下表), so they share a page. */
export function narrativeParagraph(
  b: NarrativeBlock,
  fonts: DocxFonts,
  keepNext = false
): Paragraph {
  if (b.kind === "heading2") {
    return new Paragraph({
      alignment: AlignmentType.BOTH,
      spacing: bodySpacing,
      indent: firstLine,
      outlineLevel: 1,
      keepNext: true,
      children: [run(b.text, fonts.heading2, SIZE.body, fonts.latin)],
    });
  }
  const children = [run(b.text, fonts.body, SIZE.body, fonts.latin)];
  if (b.lead) children.unshift(run(b.lead, fonts.heading2, SIZE.body, fonts.latin));
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    spacing: bodySpacing,
    indent: firstLine,
    ...(keepNext ? { keepNext: true } : {}),
    children,
  });
}

export function emptyLine(fonts: DocxFonts): Paragraph {
  return new Paragraph({
    spacing: bodySpacing,
    children: [run("", fonts.body, SIZE.body, fonts.latin)],
  });
}

/** Rough printed width in twips at 三号: CJK and full-width characters one 字, the rest half. */
function textWidth(s: string): number {
  return [...s].reduce((w, ch) => w + (ch.charCodeAt(0) <= 0xff ? CHAR / 2 : CHAR), 0);
}

/**
 * 发文机关署名 and 成文日期 without a seal (GB/T 9704 7.3.5.2): one empty line after the body, the
 * name's right end two characters in from the right margin, the date on the next line starting two
 * characters right of the name's first character; when the date is the longer, the date sits two
 * characters in and the name moves left to keep that offset. Both are right-aligned with computed indents.
 */
export function signature(agency: string, date: string, fonts: DocxFonts): Paragraph[] {
  const sw = textWidth(agency);
  const dw = textWidth(date);
  const nameIndent = agency && date ? Math.max(2 * CHAR, 4 * CHAR + dw - sw) : 2 * CHAR;
  const dateIndent = agency && date ? nameIndent + sw - 2 * CHAR - dw : 2 * CHAR;
  const line = (text: string, right: number) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: bodySpacing,
      indent: { right },
      keepLines: true,
      keepNext: true,
      children: [run(text, fonts.body, SIZE.body, fonts.latin)],
    });
  const out = [emptyLine(fonts)];
  if (agency) out.push(line(agency, nameIndent));
  if (date) out.push(line(date, dateIndent));
  return out;
}

/** “— 1 —” in 四号 宋体, one character in from the outside edge: right on odd pages, left on even ones. */
export function pageNumberFooter(side: "odd" | "even", fonts: DocxFonts): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: PAGE_NUMBER_INSET } : { left: PAGE_NUMBER_INSET },
        children: [
          run(
            ["— ", PageNumber.CURRENT, " —"],
            fonts.pageNumber,
            SIZE.pageNumber,
            fonts.pageNumber
          ),
        ],
      }),
    ],
  });
}
