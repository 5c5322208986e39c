/** A custom-formula conditional format: where it applies, its formula and the look it gives. */
import type { Rect } from "./address";
import type { Anchor } from "./anchoredFormula";

export interface CfStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
}

export interface CfRule {
  id: string;
  type: string; // Excel.ConditionalFormatType; only "Custom" is evaluated
  /** Areas it applies to; the formula is written for `anchor`, the top-left of the first area. */
  areas: Rect[];
  anchor: Anchor;
  formula: string;
  style: {
    fill: string | null;
    fontColor: string | null;
    bold: boolean | null;
    italic: boolean | null;
  };
  stopIfTrue: boolean;
  deleted: boolean;
}

let nextId = 1;

export function newCfRule(area: Rect, type: string): CfRule {
  return {
    id: `{CF-${nextId++}}`,
    type,
    areas: [area],
    anchor: { r: area.r0, c: area.c0 },
    formula: "",
    style: { fill: null, fontColor: null, bold: null, italic: null },
    stopIfTrue: false,
    deleted: false,
  };
}

/** Top-left of the first area: the cell Excel writes the formula for. */
export function firstCorner(areas: Rect[]): Anchor {
  return { r: areas[0].r0, c: areas[0].c0 };
}

/** Areas in reading order, so that the anchor after a split is the top-left piece. */
export function sortAreas(areas: Rect[]): Rect[] {
  return [...areas].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}
