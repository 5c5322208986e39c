/** Excel.RangeFormat and its parts: fill, font, borders, protection. */
import { ModelError, notImplemented } from "../model/errors";
import { normalizeColor, type BorderLine, type CellFormat, type Side } from "../model/format";
import { cellKey } from "../model/sheet";
import {
  ChildObject,
  ClientObject,
  child,
  defineType,
  enqueueWith,
  modelOf,
  st,
  wbOf,
  type ContextLike,
  type ScalarDef,
} from "./clientObject";
import type { RangeRef } from "./rangeRef";

function oneOf(name: string, allowed: string[]) {
  return (v: unknown): string => {
    if (typeof v !== "string" || !allowed.includes(v))
      throw new ModelError("InvalidArgument", `Invalid ${name}: ${String(v)}`);
    return v;
  };
}

export function color(v: unknown): string {
  try {
    return normalizeColor(v);
  } catch (e) {
    throw new ModelError("InvalidArgument", (e as Error).message);
  }
}

/** A format field read as the range's common value (null when cells differ) and set on every cell. */
function field<K extends keyof CellFormat>(
  key: K,
  check: (v: unknown) => CellFormat[K],
  show: (v: CellFormat[K]) => unknown = (v) => v
): ScalarDef {
  return {
    get: (m: RangeRef, self) => {
      const v = wbOf(self).formats.uniform(m.sheet, m.rect, (f) => f[key]);
      return v === undefined ? null : show(v);
    },
    set: (m: RangeRef, v, self) =>
      wbOf(self).formats.patch(m.sheet, m.rect, { [key]: check(v) } as Partial<CellFormat>),
  };
}

const bool = (v: unknown) => {
  if (typeof v !== "boolean")
    throw new ModelError("InvalidArgument", `Expected true or false, got ${String(v)}`);
  return v;
};
const positive = (v: unknown) => {
  if (typeof v !== "number" || !(v > 0))
    throw new ModelError("InvalidArgument", `Expected a positive number, got ${String(v)}`);
  return v;
};

export class RangeFill extends ChildObject {
  clear(): void {
    enqueueWith<RangeRef>(this, "RangeFill.clear", (m) =>
      wbOf(this).formats.patch(m.sheet, m.rect, { fill: null })
    );
  }
}

defineType(RangeFill, {
  type: "RangeFill",
  scalars: {
    // Excel reports a cell without fill as white.
    color: field("fill", color, (v) => v ?? "#FFFFFF"),
  },
});

export class RangeFont extends ChildObject {}

defineType(RangeFont, {
  type: "RangeFont",
  scalars: {
    name: field("fontName", (v) => {
      if (typeof v !== "string" || !v) throw new ModelError("InvalidArgument", "Invalid font name");
      return v;
    }),
    size: field("fontSize", positive),
    bold: field("bold", bool),
    italic: field("italic", bool),
    strikethrough: field("strikethrough", bool),
    underline: field(
      "underline",
      oneOf("underline", ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"])
    ),
    color: field("fontColor", color),
  },
});

export class FormatProtection extends ChildObject {}

defineType(FormatProtection, {
  type: "FormatProtection",
  scalars: { locked: field("locked", bool), formulaHidden: field("formulaHidden", bool) },
});

// ---- borders ---------------------------------------------------------------------------------

const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
];
const STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
];
const WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];
const OPPOSITE: Record<Side, Side> = { top: "bottom", bottom: "top", left: "right", right: "left" };

interface BorderRef {
  range: RangeRef;
  index: string;
}

/** The (row, col, side) cell edges that make up one border of a range. */
function edges(ref: BorderRef): [number, number, Side][] {
  const r = ref.range.rect;
  const out: [number, number, Side][] = [];
  const cols = (row: number, side: Side) => {
    for (let c = r.c0; c <= r.c1; c++) out.push([row, c, side]);
  };
  const rows = (col: number, side: Side) => {
    for (let row = r.r0; row <= r.r1; row++) out.push([row, col, side]);
  };
  if ((r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1) > 200_000)
    throw notImplemented("Excel.RangeBorder on more than 200000 cells");
  switch (ref.index) {
    case "EdgeTop":
      cols(r.r0, "top");
      break;
    case "EdgeBottom":
      cols(r.r1, "bottom");
      break;
    case "EdgeLeft":
      rows(r.c0, "left");
      break;
    case "EdgeRight":
      rows(r.c1, "right");
      break;
    case "InsideHorizontal":
      for (let row = r.r0; row < r.r1; row++) cols(row, "bottom");
      break;
    case "InsideVertical":
      for (let c = r.c0; c < r.c1; c++) rows(c, "right");
      break;
  }
  return out;
}

/** Sets one border; the neighbouring cell's facing edge is set too, since they are one line on screen. */
function setBorder(self: ClientObject, ref: BorderRef, patch: Partial<BorderLine>): void {
  const wb = wbOf(self);
  const s = ref.range.sheet;
  for (const [row, col, side] of edges(ref)) {
    const cur = s.format(row, col)[side];
    const next: BorderLine | null =
      patch.style === "None"
        ? null
        : { style: "Continuous", color: "#000000", weight: "Thin", ...cur, ...patch };
    const nr = side === "top" ? row - 1 : side === "bottom" ? row + 1 : row;
    const nc = side === "left" ? col - 1 : side === "right" ? col + 1 : col;
    s.formats.set(cellKey(row, col), { ...s.format(row, col), [side]: next });
    if (nr >= 0 && nc >= 0)
      s.formats.set(cellKey(nr, nc), { ...s.format(nr, nc), [OPPOSITE[side]]: next });
  }
  wb.notify("format", s);
}

function readBorder(ref: BorderRef, pick: (b: BorderLine | null) => unknown): unknown {
  const s = ref.range.sheet;
  let out: unknown = undefined;
  for (const [row, col, side] of edges(ref)) {
    const v = pick(s.format(row, col)[side]);
    if (out === undefined) out = v;
    else if (out !== v) return null;
  }
  return out === undefined ? pick(null) : out;
}

export class RangeBorderCollection extends ChildObject {
  getItem(index: string): RangeBorder {
    if (!BORDER_INDEXES.includes(index))
      throw notImplemented(`Excel.RangeBorderCollection.getItem("${index}")`);
    return new RangeBorder(st(this).ctx, this, index);
  }
}

defineType(RangeBorderCollection, { type: "RangeBorderCollection" });

export class RangeBorder extends ClientObject {
  constructor(ctx: ContextLike, parent: ClientObject, index: string) {
    super(
      ctx,
      "RangeBorder",
      () => {
        const range = modelOf<RangeRef>(parent);
        return range ? { range, index } : null;
      },
      st(parent).nullable
    );
  }
}

defineType(RangeBorder, {
  type: "RangeBorder",
  scalars: {
    sideIndex: { get: (m: BorderRef) => m.index },
    style: {
      get: (m: BorderRef) => readBorder(m, (b) => b?.style ?? "None"),
      set: (m: BorderRef, v, self) => setBorder(self, m, { style: oneOf("style", STYLES)(v) }),
    },
    color: {
      get: (m: BorderRef) => readBorder(m, (b) => b?.color ?? "#000000"),
      set: (m: BorderRef, v, self) => setBorder(self, m, { color: color(v) }),
    },
    weight: {
      get: (m: BorderRef) => readBorder(m, (b) => b?.weight ?? "Thin"),
      set: (m: BorderRef, v, self) => setBorder(self, m, { weight: oneOf("weight", WEIGHTS)(v) }),
    },
  },
});

// ---- the format itself ------------------------------------------------------------------------

export class RangeFormat extends ChildObject {
  /** Excel sizes columns to their content; the demo keeps widths as they are. */
  autofitColumns(): void {
    enqueueWith(this, "RangeFormat.autofitColumns", () => undefined);
  }

  autofitRows(): void {
    enqueueWith(this, "RangeFormat.autofitRows", () => undefined);
  }
}

defineType(RangeFormat, {
  type: "RangeFormat",
  scalars: {
    horizontalAlignment: field(
      "hAlign",
      oneOf("horizontalAlignment", [
        "General",
        "Left",
        "Center",
        "Right",
        "Fill",
        "Justify",
        "CenterAcrossSelection",
        "Distributed",
      ])
    ),
    verticalAlignment: field(
      "vAlign",
      oneOf("verticalAlignment", ["Top", "Center", "Bottom", "Justify", "Distributed"])
    ),
    wrapText: field("wrap", bool),
    indentLevel: field("indent", (v) => {
      if (typeof v !== "number" || v < 0 || v > 250)
        throw new ModelError("InvalidArgument", "indentLevel must be 0…250");
      return v;
    }),
    textOrientation: field("textOrientation", (v) => {
      if (typeof v !== "number" || !Number.isInteger(v) || !((v >= -90 && v <= 90) || v === 180))
        throw new ModelError(
          "InvalidArgument",
          "textOrientation must be a whole number from -90 to 90, or 180"
        );
      return v;
    }),
    columnWidth: {
      get: (m: RangeRef, self) => wbOf(self).formats.columnWidth(m.sheet, m.rect),
      set: (m: RangeRef, v, self) =>
        wbOf(self).formats.setColumnWidth(m.sheet, m.rect, positive(v)),
    },
    rowHeight: {
      get: (m: RangeRef, self) => wbOf(self).formats.rowHeight(m.sheet, m.rect),
      set: (m: RangeRef, v, self) => wbOf(self).formats.setRowHeight(m.sheet, m.rect, positive(v)),
    },
  },
  navs: {
    fill: child(RangeFill),
    font: child(RangeFont),
    borders: child(RangeBorderCollection),
    protection: child(FormatProtection),
  },
});
