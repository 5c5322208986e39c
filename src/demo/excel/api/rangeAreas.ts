/** Excel.RangeAreas (several areas of one sheet) and its RangeCollection, as getMergedAreasOrNullObject returns. */
import { cellCount, qualifiedAddress, rect, type Rect } from "../model/address";
import type { SheetModel } from "../model/sheet";
import {
  ClientCollection,
  ClientObject,
  defineType,
  itemOf,
  modelOf,
  proxyClass,
  st,
  type ContextLike,
} from "./clientObject";
import { RangeRef } from "./rangeRef";

export interface AreasRef {
  sheet: SheetModel;
  rects: Rect[];
  /** `address` lists each area's top-left cell only (office-js #1590); `areas` stays whole. */
  topLeftOnly: boolean;
  readonly deleted: boolean;
}

export function areasRef(sheet: SheetModel, rects: Rect[], topLeftOnly = false): AreasRef {
  return {
    sheet,
    rects,
    topLeftOnly,
    get deleted() {
      return sheet.deleted;
    },
  };
}

export class RangeAreas extends ClientObject {
  constructor(ctx: ContextLike, resolver: () => AreasRef | null, nullable = false) {
    super(ctx, "RangeAreas", resolver, nullable);
  }
}

defineType(RangeAreas, {
  type: "RangeAreas",
  scalars: {
    address: {
      get: (m: AreasRef) =>
        m.rects
          .map((r) => qualifiedAddress(m.sheet.name, m.topLeftOnly ? rect(r.r0, r.c0) : r))
          .join(","),
    },
    areaCount: { get: (m: AreasRef) => m.rects.length },
    cellCount: { get: (m: AreasRef) => m.rects.reduce((n, r) => n + cellCount(r), 0) },
  },
  navs: {
    areas: (self: RangeAreas) =>
      new RangeCollection(st(self).ctx, () => modelOf<AreasRef>(self), st(self).nullable),
  },
});

/** Its items are Ranges, made by name: range.ts imports this module for getMergedAreasOrNullObject. */
export class RangeCollection extends ClientCollection<ClientObject, RangeRef> {
  constructor(ctx: ContextLike, resolver: () => AreasRef | null, nullable: boolean) {
    super(ctx, "RangeCollection", resolver, nullable);
  }

  itemClass() {
    return proxyClass<RangeRef>("Range");
  }

  getItemAt(index: number): ClientObject {
    return itemOf(this, () => {
      const m = modelOf<AreasRef>(this);
      const r = m?.rects[index];
      return m && r ? new RangeRef(m.sheet, r) : null;
    });
  }
}

defineType(RangeCollection, {
  type: "RangeCollection",
  items: (m: AreasRef) => m.rects.map((r) => new RangeRef(m.sheet, r)),
});
