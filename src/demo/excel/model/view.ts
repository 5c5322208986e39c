/**
 * How a cell looks on screen: its text under its number format, and its style with conditional
 * formatting applied over the cell's own format (a true rule's fill replaces the cell's fill).
 * Pure, so the look can be tested without a DOM.
 */
import type { CfStyle } from "./conditionalFormat";
import { isError, isFormula } from "./engine";
import type { BorderLine } from "./format";
import { formatValue } from "./numberFormat";
import { cellKey, type SheetModel } from "./sheet";
import type { Workbook } from "./workbook";

export interface CellView {
  text: string;
  /** "#RRGGBB" or null for no fill. */
  fill: string | null;
  fontColor: string;
  fontName: string;
  fontSize: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  align: "left" | "center" | "right" | "justify";
  vAlign: "top" | "middle" | "bottom";
  wrap: boolean;
  indent: number;
  textOrientation: number;
  /** Text runs on into the empty cell to its right, as Excel draws unwrapped text. */
  spill: boolean;
  top: BorderLine | null;
  bottom: BorderLine | null;
  left: BorderLine | null;
  right: BorderLine | null;
}

const H_ALIGN: Record<string, CellView["align"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Justify: "justify",
  Distributed: "justify",
  CenterAcrossSelection: "center",
  Fill: "left",
};
const V_ALIGN: Record<string, CellView["vAlign"]> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "middle",
  Distributed: "middle",
};

export function cellView(
  wb: Workbook,
  s: SheetModel,
  r: number,
  c: number,
  cf: Map<number, CfStyle>
): CellView {
  const f = s.format(r, c);
  const v = wb.cells.value(s, r, c);
  const style = cf.get(cellKey(r, c));
  // "General" puts numbers right, logical values and errors in the middle, text left.
  const general: CellView["align"] =
    typeof v === "number" ? "right" : typeof v === "boolean" || isError(v) ? "center" : "left";
  const align = f.hAlign === "General" ? general : (H_ALIGN[f.hAlign] ?? "left");
  const spill =
    typeof v === "string" &&
    v !== "" &&
    align === "left" &&
    !f.wrap &&
    f.textOrientation === 0 &&
    !s.mergeAt(r, c) &&
    !s.mergeAt(r, c + 1) &&
    wb.cells.value(s, r, c + 1) === null;
  return {
    text: formatValue(v, f.numberFormat),
    fill: style?.fill ?? f.fill,
    fontColor: style?.fontColor ?? f.fontColor,
    fontName: f.fontName,
    fontSize: f.fontSize,
    bold: style?.bold ?? f.bold,
    italic: style?.italic ?? f.italic,
    underline: f.underline !== "None",
    strikethrough: f.strikethrough,
    align,
    vAlign: V_ALIGN[f.vAlign] ?? "bottom",
    wrap: f.wrap,
    indent: f.indent,
    textOrientation: f.textOrientation,
    spill,
    top: f.top,
    bottom: f.bottom,
    left: f.left,
    right: f.right,
  };
}

/** What the formula bar shows for a cell: its formula, else its constant as typed. */
export function editText(wb: Workbook, s: SheetModel, r: number, c: number): string {
  const content = wb.cells.content(s, r, c);
  if (content === null) return "";
  if (isFormula(content)) return content.formula;
  if (typeof content === "boolean") return content ? "TRUE" : "FALSE";
  return String(content);
}
