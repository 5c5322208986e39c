/** Excel.Range: an area of one worksheet, addressed as Excel addresses it. */
import {
  MAX_COLS,
  MAX_ROWS,
  boundingRect,
  cellCount,
  contains,
  colCount,
  intersect,
  isEntireCols,
  isEntireRows,
  qualifiedAddress,
  rect,
  rowCount,
  type Rect,
} from "../model/address";
import { ModelError, notImplemented } from "../model/errors";
import type { SheetModel } from "../model/sheet";
import {
  ClientObject,
  ClientResult,
  defineType,
  derivedProxy,
  enqueueResult,
  enqueueWith,
  isClientObject,
  modelOf,
  st,
  wbOf,
  type ContextLike,
} from "./clientObject";
import { versionAtLeast } from "../profiles";
import { ConditionalFormatCollection } from "./conditionalFormats";
import { OfficeError } from "./errors";
import { DataValidation } from "./dataValidation";
import { RangeAreas, areasRef } from "./rangeAreas";
import { RangeFormat } from "./rangeFormat";
import { RangeRef } from "./rangeRef";

function checkRect(r: Rect): Rect {
  if (r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLS || r.r0 > r.r1 || r.c0 > r.c1)
    throw new ModelError(
      "InvalidArgument",
      "The argument is invalid or missing or has an incorrect format (range outside the sheet)"
    );
  return r;
}

/** A Range worked out from `owner`'s model when first used; null if it has none or `fn` finds none. */
export function derivedRange<M>(
  owner: ClientObject,
  fn: (m: M) => RangeRef | null,
  nullable: boolean
): Range {
  return derivedProxy("Range", owner, fn, nullable) as Range;
}

export class Range extends ClientObject {
  constructor(ctx: ContextLike, resolver: () => RangeRef | null, nullable = false) {
    super(ctx, "Range", resolver, nullable);
  }

  /** A range computed from this one when first used. */
  private derive(fn: (m: RangeRef) => Rect | null, nullable = st(this).nullable): Range {
    return derivedRange<RangeRef>(
      this,
      (m) => {
        const r = fn(m);
        return r ? new RangeRef(m.sheet, checkRect(r)) : null;
      },
      nullable
    );
  }

  getCell(row: number, column: number): Range {
    return this.derive((m) => rect(m.rect.r0 + row, m.rect.c0 + column));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derive((m) => ({
      r0: m.rect.r0 + rowOffset,
      c0: m.rect.c0 + columnOffset,
      r1: m.rect.r1 + rowOffset,
      c1: m.rect.c1 + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derive((m) => ({
      ...m.rect,
      r1: m.rect.r1 + deltaRows,
      c1: m.rect.c1 + deltaColumns,
    }));
  }

  getRow(row: number): Range {
    return this.derive((m) => ({ ...m.rect, r0: m.rect.r0 + row, r1: m.rect.r0 + row }));
  }

  getColumn(column: number): Range {
    return this.derive((m) => ({ ...m.rect, c0: m.rect.c0 + column, c1: m.rect.c0 + column }));
  }

  getLastRow(): Range {
    return this.derive((m) => ({ ...m.rect, r0: m.rect.r1 }));
  }

  getLastColumn(): Range {
    return this.derive((m) => ({ ...m.rect, c0: m.rect.c1 }));
  }

  getLastCell(): Range {
    return this.derive((m) => rect(m.rect.r1, m.rect.c1));
  }

  getEntireRow(): Range {
    return this.derive((m) => ({ r0: m.rect.r0, r1: m.rect.r1, c0: 0, c1: MAX_COLS - 1 }));
  }

  getEntireColumn(): Range {
    return this.derive((m) => ({ r0: 0, r1: MAX_ROWS - 1, c0: m.rect.c0, c1: m.rect.c1 }));
  }

  /** The other range as a rect on this range's sheet (a Range proxy or an address). */
  private otherRect(m: RangeRef, other: unknown): Rect {
    if (isClientObject(other)) {
      const o = modelOf<RangeRef>(other);
      if (!o || o.sheet !== m.sheet)
        throw new ModelError("InvalidArgument", "The ranges must be on the same worksheet");
      return o.rect;
    }
    const p = typeof other === "string" ? wbOf(this).resolveAddress(other, m.sheet) : null;
    if (!p || p.sheet !== m.sheet)
      throw new ModelError("InvalidArgument", `Invalid range ${String(other)}`);
    return p.rect;
  }

  getBoundingRect(anotherRange: unknown): Range {
    return this.derive((m) => boundingRect(m.rect, this.otherRect(m, anotherRange)));
  }

  getIntersection(anotherRange: unknown): Range {
    return this.derive((m) => {
      const r = intersect(m.rect, this.otherRect(m, anotherRange));
      if (!r) throw new ModelError("ItemNotFound", "The ranges do not intersect");
      return r;
    });
  }

  getIntersectionOrNullObject(anotherRange: unknown): Range {
    const r = this.derive((m) => intersect(m.rect, this.otherRect(m, anotherRange)), true);
    st(r).ctx.enqueue(() => void modelOf(r), "Range.getIntersectionOrNullObject");
    return r;
  }

  /** Inserts entire rows (shift "Down"); returns the new rows, as Excel does. */
  insert(shift: string): Range {
    shiftRows(this, "insert", shift, "Down", (m) =>
      wbOf(this).rows.insert(m.sheet, m.rect.r0, rowCount(m.rect))
    );
    return this.derive((m) => m.rect);
  }

  /** Deletes entire rows (shift "Up"). References to them become #REF!. */
  delete(shift: string): void {
    shiftRows(this, "delete", shift, "Up", (m) =>
      wbOf(this).rows.delete(m.sheet, m.rect.r0, rowCount(m.rect))
    );
  }

  merge(across?: boolean): void {
    enqueueWith<RangeRef>(this, "Range.merge", (m) =>
      wbOf(this).formats.merge(m.sheet, m.rect, !!across)
    );
  }

  unmerge(): void {
    enqueueWith<RangeRef>(this, "Range.unmerge", (m) =>
      wbOf(this).formats.unmerge(m.sheet, m.rect)
    );
  }

  select(): void {
    enqueueWith<RangeRef>(this, "Range.select", (m) => wbOf(this).select(m.sheet, m.rect));
  }

  clear(applyTo?: string): void {
    const kinds = ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"];
    enqueueWith<RangeRef>(this, "Range.clear", (m) => {
      const k = applyTo ?? "All";
      if (!kinds.includes(k)) throw new ModelError("InvalidArgument", `Invalid applyTo ${k}`);
      wbOf(this).cells.clear(m.sheet, m.rect, k);
    });
  }

  /**
   * The merged areas that overlap this range; a null object when there are none. Some hosts report
   * only areas whose top-left cell is in the range (office-js #3611) and give each area's top-left
   * cell alone in `address` (#1590): see ../profiles.ts.
   */
  getMergedAreasOrNullObject(): RangeAreas {
    const areas = new RangeAreas(
      st(this).ctx,
      () => {
        const m = modelOf<RangeRef>(this);
        const quirks = wbOf(this).profile;
        const merges = m
          ? m.sheet.merges.filter(
              (x) =>
                intersect(x, m.rect) &&
                (!quirks.mergedAreasOutsideDropped || contains(m.rect, x.r0, x.c0))
            )
          : [];
        return m && merges.length ? areasRef(m.sheet, merges, quirks.mergedAreasTopLeftOnly) : null;
      },
      true
    );
    st(areas).ctx.enqueue(() => void modelOf(areas), "Range.getMergedAreasOrNullObject");
    return areas;
  }

  /**
   * Range.getCellProperties (ExcelApi 1.9): per-cell properties in one call. The demo knows `address`
   * and `format.fill.color` (Excel reports a cell without fill as white), and refuses anything else.
   */
  getCellProperties(options: {
    address?: boolean;
    format?: { fill?: { color?: boolean } };
  }): ClientResult<{ address?: string; format?: { fill?: { color?: string } } }[][]> {
    if (!versionAtLeast(wbOf(this).profile.maxExcelApi, "1.9"))
      throw new OfficeError("ApiNotFound", "Range.getCellProperties needs ExcelApi 1.9");
    const known = (o: object, keys: string[], where: string) => {
      for (const k of Object.keys(o))
        if (!keys.includes(k)) throw notImplemented(`Excel.Range.getCellProperties ${where}${k}`);
    };
    known(options ?? {}, ["address", "format"], "");
    if (options?.format) known(options.format, ["fill"], "format.");
    if (options?.format?.fill) known(options.format.fill, ["color"], "format.fill.");
    return enqueueResult<
      RangeRef,
      { address?: string; format?: { fill?: { color?: string } } }[][]
    >(this, "Range.getCellProperties", (m) =>
      Array.from({ length: rowCount(m.rect) }, (_, i) =>
        Array.from({ length: colCount(m.rect) }, (_, j) => {
          const r = m.rect.r0 + i;
          const c = m.rect.c0 + j;
          return {
            ...(options.address ? { address: qualifiedAddress(m.sheet.name, rect(r, c)) } : {}),
            ...(options.format?.fill?.color
              ? { format: { fill: { color: m.sheet.format(r, c).fill ?? "#FFFFFF" } } }
              : {}),
          };
        })
      )
    );
  }

  getUsedRange(valuesOnly?: boolean): Range {
    return this.derive((m) => {
      const u = wbOf(this).cells.usedRect(m.sheet, !!valuesOnly);
      const r = u && intersect(u, m.rect);
      if (!r) throw new ModelError("ItemNotFound", "The range has no used cells");
      return r;
    });
  }
}

// The *Local properties read and write as the plain ones: the demo has one locale.
const address = { get: (m: RangeRef) => qualifiedAddress(m.sheet.name, m.rect) };
const formulas = {
  get: (m: RangeRef, self: ClientObject) => wbOf(self).cells.formulas(m.sheet, m.rect),
  set: (m: RangeRef, v: unknown, self: ClientObject) => wbOf(self).cells.write(m.sheet, m.rect, v),
};
const numberFormat = {
  get: (m: RangeRef, self: ClientObject) => wbOf(self).cells.numberFormats(m.sheet, m.rect),
  set: (m: RangeRef, v: unknown, self: ClientObject) =>
    wbOf(self).cells.setNumberFormats(m.sheet, m.rect, v),
};

/** Queues Range.insert or Range.delete, which the demo does on entire rows, shifted one way, only. */
function shiftRows(
  range: Range,
  method: "insert" | "delete",
  shift: string,
  only: string,
  fn: (m: RangeRef) => void
): void {
  enqueueWith<RangeRef>(range, `Range.${method}`, (m) => {
    if (shift !== only || !isEntireRows(m.rect))
      throw notImplemented(
        `Excel.Range.${method}("${shift}") on ${isEntireRows(m.rect) ? "rows" : "a range that is not entire rows"}`
      );
    fn(m);
  });
}

defineType(Range, {
  type: "Range",
  scalars: {
    address,
    addressLocal: address,
    rowIndex: { get: (m: RangeRef) => m.rect.r0 },
    columnIndex: { get: (m: RangeRef) => m.rect.c0 },
    rowCount: { get: (m: RangeRef) => rowCount(m.rect) },
    columnCount: { get: (m: RangeRef) => colCount(m.rect) },
    cellCount: { get: (m: RangeRef) => cellCount(m.rect) },
    isEntireRow: { get: (m: RangeRef) => isEntireRows(m.rect) },
    isEntireColumn: { get: (m: RangeRef) => isEntireCols(m.rect) },
    values: {
      get: (m: RangeRef, self) => wbOf(self).cells.values(m.sheet, m.rect),
      set: (m: RangeRef, v, self) => wbOf(self).cells.write(m.sheet, m.rect, v),
    },
    formulas,
    formulasLocal: formulas,
    text: { get: (m: RangeRef, self) => wbOf(self).cells.texts(m.sheet, m.rect) },
    valueTypes: { get: (m: RangeRef, self) => wbOf(self).cells.valueTypes(m.sheet, m.rect) },
    numberFormat,
    numberFormatLocal: numberFormat,
  },
  navs: {
    format: (self: Range) => new RangeFormat(st(self).ctx, self),
    dataValidation: (self: Range) => new DataValidation(st(self).ctx, self),
    conditionalFormats: (self: Range) => new ConditionalFormatCollection(st(self).ctx, self),
    // Worksheet is made by name: worksheet.ts imports this module for its ranges.
    worksheet: (self: Range) =>
      derivedProxy<RangeRef, SheetModel>("Worksheet", self, (m) => m.sheet, st(self).nullable),
  },
});
