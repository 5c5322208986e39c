/** CSS for one cell from its view; the background is the real fill so tests can read it. */
import type { BorderLine } from "../excel/model/format";
import type { CellView } from "../excel/model/view";

const WIDTH: Record<string, number> = { Hairline: 1, Thin: 1, Medium: 2, Thick: 3 };
const STYLE: Record<string, string> = {
  Continuous: "solid",
  Dash: "dashed",
  DashDot: "dashed",
  DashDotDot: "dotted",
  Dot: "dotted",
  Double: "double",
  SlantDashDot: "dashed",
};

function border(b: BorderLine | null): string | null {
  if (!b) return null;
  const style = STYLE[b.style] ?? "solid";
  const width = style === "double" ? 3 : (WIDTH[b.weight] ?? 1);
  return `${width}px ${style} ${b.color}`;
}

export function cellCss(v: CellView): string {
  const parts = [
    v.fill ? `background-color: ${v.fill}` : "",
    `color: ${v.fontColor}`,
    `font-family: "${v.fontName}", system-ui, sans-serif`,
    `font-size: ${v.fontSize}pt`,
    v.bold ? "font-weight: bold" : "",
    v.italic ? "font-style: italic" : "",
    v.underline || v.strikethrough
      ? `text-decoration: ${[v.underline ? "underline" : "", v.strikethrough ? "line-through" : ""].join(" ").trim()}`
      : "",
    `text-align: ${v.align}`,
    `vertical-align: ${v.vAlign}`,
    v.wrap ? "white-space: pre-wrap; word-break: break-all" : "",
    v.indent ? `padding-left: ${3 + v.indent * 9}px` : "",
    v.spill ? "overflow: visible" : "",
    // Stacked (180) and vertical (±90) text are drawn top to bottom; other angles stay horizontal.
    v.textOrientation === 180 ? "writing-mode: vertical-rl; text-orientation: upright" : "",
    Math.abs(v.textOrientation) === 90 ? "writing-mode: vertical-rl" : "",
  ];
  for (const side of ["top", "bottom", "left", "right"] as const) {
    const b = border(v[side]);
    if (b) parts.push(`border-${side}: ${b}`);
  }
  return parts.filter(Boolean).join("; ");
}
