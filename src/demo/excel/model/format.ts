/** Cell formatting as Excel stores it per cell, with defaults and colour normalisation. */

export interface BorderLine {
  style: string; // Excel.BorderLineStyle: "Continuous", "Dash", "Double", …
  color: string;
  weight: string; // Excel.BorderWeight: "Hairline" | "Thin" | "Medium" | "Thick"
}

export type Side = "top" | "bottom" | "left" | "right";

export interface CellFormat {
  fill: string | null; // null = no fill
  fontName: string;
  fontSize: number;
  bold: boolean;
  italic: boolean;
  underline: string;
  strikethrough: boolean;
  fontColor: string;
  hAlign: string;
  vAlign: string;
  wrap: boolean;
  indent: number;
  /** Degrees, -90…90, or 180 for text stacked vertically. */
  textOrientation: number;
  numberFormat: string;
  locked: boolean;
  formulaHidden: boolean;
  top: BorderLine | null;
  bottom: BorderLine | null;
  left: BorderLine | null;
  right: BorderLine | null;
}

export function defaultFormat(fontName: string): CellFormat {
  return {
    fill: null,
    fontName,
    fontSize: 11,
    bold: false,
    italic: false,
    underline: "None",
    strikethrough: false,
    fontColor: "#000000",
    hAlign: "General",
    vAlign: "Bottom",
    wrap: false,
    indent: 0,
    textOrientation: 0,
    numberFormat: "General",
    locked: true,
    formulaHidden: false,
    top: null,
    bottom: null,
    left: null,
    right: null,
  };
}

const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  purple: "#800080",
  pink: "#FFC0CB",
  gray: "#808080",
  grey: "#808080",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  darkgray: "#A9A9A9",
  silver: "#C0C0C0",
  navy: "#000080",
  maroon: "#800000",
  teal: "#008080",
  olive: "#808000",
  cyan: "#00FFFF",
  magenta: "#FF00FF",
  lightyellow: "#FFFFE0",
  lightblue: "#ADD8E6",
  lightgreen: "#90EE90",
};

/** "#RRGGBB" in upper case, as Excel reports colours; throws on a colour it can't read. */
export function normalizeColor(input: unknown): string {
  if (typeof input !== "string") throw new Error(`Invalid colour ${String(input)}`);
  const s = input.trim();
  if (/^#[0-9a-f]{6}$/i.test(s)) return s.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(s))
    return ("#" + [...s.slice(1)].map((c) => c + c).join("")).toUpperCase();
  const named = NAMED[s.toLowerCase()];
  if (named) return named;
  throw new Error(`Demo host: colour "${input}" is not recognised (use #RRGGBB)`);
}
