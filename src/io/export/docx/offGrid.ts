/**
 * A paragraph off the document grid (w:snapToGrid w:val="0" in its properties, which the docx library
 * offers only on runs). LibreOffice snaps every line of an on-grid paragraph to the grid pitch, so
 * table text (15 pt lines) and the title (35 pt) must be off it; it reads only the paragraph-level
 * setting. The schema puts w:snapToGrid just before w:spacing.
 */
import { Paragraph } from "docx";

type Xml = Record<string, unknown>;

export class OffGridParagraph extends Paragraph {
  override prepForXml(context: Parameters<Paragraph["prepForXml"]>[0]) {
    const xml = super.prepForXml(context) as Xml | undefined;
    const parts = xml?.["w:p"];
    const pPr = Array.isArray(parts) ? (parts as Xml[]).find((x) => "w:pPr" in x) : undefined;
    const props = pPr?.["w:pPr"];
    if (Array.isArray(props)) {
      const at = props.findIndex((x: Xml) => "w:spacing" in x);
      props.splice(at < 0 ? props.length : at, 0, {
        "w:snapToGrid": { _attr: { "w:val": false } },
      });
    }
    return xml as ReturnType<Paragraph["prepForXml"]>;
  }
}
