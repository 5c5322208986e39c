/** Excel.NamedItemCollection and Excel.NamedItem (workbook-scoped names). */
import { ModelError } from "../model/errors";
import { Workbook as WorkbookModel, type NameEntry } from "../model/workbook";
import {
  ClientCollection,
  ClientObject,
  ClientResult,
  defineType,
  enqueueResolve,
  enqueueResult,
  enqueueWith,
  isClientObject,
  modelOf,
  st,
  wbOf,
  type ContextLike,
} from "./clientObject";
import { Range, RangeRef } from "./range";

export class NamedItemCollection extends ClientCollection {
  constructor(ctx: ContextLike) {
    super(ctx, "NamedItemCollection", () => ctx.model);
  }

  itemClass() {
    return NamedItem;
  }

  /** `reference` is a Range or a formula ("=Sheet1!$A$1", "=42"). */
  add(name: string, reference: unknown, comment?: string): NamedItem {
    const ctx = st(this).ctx;
    if (isClientObject(reference) && st(reference).ctx !== ctx)
      throw new ModelError(
        "InvalidArgument",
        "The range belongs to a different request context (InvalidRequestContext)"
      );
    let made: NameEntry | null = null;
    enqueueWith<WorkbookModel>(this, "NamedItemCollection.add", (wb) => {
      let formula: string;
      if (isClientObject(reference)) {
        const r = modelOf<RangeRef>(reference);
        if (!r) throw new ModelError("InvalidArgument", "The range does not exist");
        formula = WorkbookModel.rangeFormula(r.sheet.name, r.rect);
      } else if (typeof reference === "string") formula = reference;
      else
        throw new ModelError(
          "InvalidArgument",
          "The reference must be a Range or a formula string"
        );
      made = wb.addName(name, formula, comment ?? "");
    });
    return new NamedItem(ctx, () => made);
  }

  getItem(name: string): NamedItem {
    return new NamedItem(st(this).ctx, () => wbOf(this).getName(name) ?? null);
  }

  getItemOrNullObject(name: string): NamedItem {
    const n = new NamedItem(st(this).ctx, () => wbOf(this).getName(name) ?? null, true);
    enqueueResolve(n);
    return n;
  }

  getCount(): ClientResult<number> {
    return enqueueResult<WorkbookModel, number>(
      this,
      "NamedItemCollection.getCount",
      (wb) => wb.names.size
    );
  }
}

defineType(NamedItemCollection, {
  type: "NamedItemCollection",
  scalars: {},
  navs: {},
  items: (self: NamedItemCollection, wb: WorkbookModel) =>
    [...wb.names.values()].map((e) => new NamedItem(st(self).ctx, () => e)),
});

export class NamedItem extends ClientObject {
  constructor(ctx: ContextLike, resolver: () => NameEntry | null, nullable = false) {
    super(ctx, "NamedItem", resolver, nullable);
  }

  /** The range it refers to; Excel throws when the name is not a range (a constant, or #REF!). */
  getRange(): Range {
    return new Range(st(this).ctx, () => {
      const e = modelOf<NameEntry>(this);
      if (!e) return null;
      const r = wbOf(this).nameRange(e.name);
      if (!r)
        throw new ModelError("InvalidOperation", `The name "${e.name}" does not refer to a range`);
      return new RangeRef(r.sheet, r.rect);
    });
  }

  getRangeOrNullObject(): Range {
    const range = new Range(
      st(this).ctx,
      () => {
        const e = modelOf<NameEntry>(this);
        const r = e && wbOf(this).nameRange(e.name);
        return r ? new RangeRef(r.sheet, r.rect) : null;
      },
      true
    );
    enqueueResolve(range);
    return range;
  }

  delete(): void {
    enqueueWith<NameEntry>(this, "NamedItem.delete", (e) => wbOf(this).deleteName(e.name));
  }
}

defineType(NamedItem, {
  type: "NamedItem",
  scalars: {
    name: { get: (e: NameEntry) => e.name },
    type: { get: (e: NameEntry, self) => wbOf(self).nameType(e.name) },
    value: { get: (e: NameEntry, self) => wbOf(self).nameValue(e.name) },
    formula: {
      get: (e: NameEntry, self) => wbOf(self).nameFormula(e.name),
      set: (e: NameEntry, v, self) => wbOf(self).setNameFormula(e.name, String(v)),
    },
    comment: {
      get: (e: NameEntry) => e.comment,
      set: (e: NameEntry, v) => {
        e.comment = String(v);
      },
    },
    visible: {
      get: (e: NameEntry) => e.visible,
      set: (e: NameEntry, v) => {
        e.visible = !!v;
      },
    },
    scope: { get: () => "Workbook" },
  },
  navs: {},
});
