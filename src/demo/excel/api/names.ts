/** Excel.NamedItemCollection and Excel.NamedItem (workbook-scoped names). */
import { ModelError } from "../model/errors";
import { rangeFormula } from "../model/names";
import type { Workbook as WorkbookModel } from "../model/workbook";
import type { NameEntry } from "../model/workbookCore";
import {
  ClientObject,
  defineType,
  enqueueResolve,
  enqueueWith,
  isClientObject,
  itemOf,
  modelOf,
  st,
  wbOf,
  type ContextLike,
} from "./clientObject";
import { KeyedCollection } from "./keyedCollection";
import { derivedRange, Range } from "./range";
import { RangeRef } from "./rangeRef";

export class NamedItemCollection extends KeyedCollection<NamedItem, NameEntry> {
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
        formula = rangeFormula(r.sheet.name, r.rect);
      } else if (typeof reference === "string") formula = reference;
      else
        throw new ModelError(
          "InvalidArgument",
          "The reference must be a Range or a formula string"
        );
      made = wb.definedNames.add(name, formula, comment ?? "");
    });
    return itemOf(this, () => made);
  }

  protected find(name: string): NameEntry | undefined {
    return wbOf(this).definedNames.get(name);
  }
}

defineType(NamedItemCollection, {
  type: "NamedItemCollection",
  items: (wb: WorkbookModel) => [...wb.names.values()],
});

export class NamedItem extends ClientObject {
  constructor(ctx: ContextLike, resolver: () => NameEntry | null, nullable = false) {
    super(ctx, "NamedItem", resolver, nullable);
  }

  /** The range it refers to; Excel throws when the name is not a range (a constant, or #REF!). */
  getRange(): Range {
    return namedRange(this, false);
  }

  getRangeOrNullObject(): Range {
    return enqueueResolve(namedRange(this, true));
  }

  delete(): void {
    enqueueWith<NameEntry>(this, "NamedItem.delete", (e) => wbOf(this).definedNames.delete(e.name));
  }
}

/** The range a name refers to; a nullable one is a null object where getRange() throws. */
function namedRange(item: NamedItem, nullable: boolean): Range {
  return derivedRange<NameEntry>(
    item,
    (e) => {
      const r = wbOf(item).definedNames.range(e.name);
      if (r) return new RangeRef(r.sheet, r.rect);
      if (nullable) return null;
      throw new ModelError("InvalidOperation", `The name "${e.name}" does not refer to a range`);
    },
    nullable
  );
}

defineType(NamedItem, {
  type: "NamedItem",
  scalars: {
    name: { get: (e: NameEntry) => e.name },
    type: { get: (e: NameEntry, self) => wbOf(self).definedNames.type(e.name) },
    value: { get: (e: NameEntry, self) => wbOf(self).definedNames.value(e.name) },
    formula: {
      get: (e: NameEntry, self) => wbOf(self).definedNames.formula(e.name),
      set: (e: NameEntry, v, self) => wbOf(self).definedNames.setFormula(e.name, String(v)),
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
});
