/** Excel.ConditionalFormatCollection and the custom-formula conditional format. */
import type { CfRule } from "../model/conditionalFormat";
import { ModelError, notImplemented } from "../model/errors";
import type { SheetModel } from "../model/sheet";
import {
  ChildObject,
  ClientCollection,
  ClientObject,
  child,
  defineType,
  derivedProxy,
  enqueueResolve,
  enqueueWith,
  itemOf,
  modelOf,
  st,
  wbOf,
  type ContextLike,
} from "./clientObject";
import { RangeRef } from "./rangeRef";
import { color } from "./rangeFormat";

const CF_TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

interface CfRef {
  sheet: SheetModel;
  rule: CfRule;
  readonly deleted: boolean;
}

function cfRef(sheet: SheetModel, rule: CfRule): CfRef {
  return {
    sheet,
    rule,
    get deleted() {
      return rule.deleted || sheet.deleted;
    },
  };
}

export class ConditionalFormatCollection extends ClientCollection<ConditionalFormat, CfRef> {
  constructor(ctx: ContextLike, range: ClientObject) {
    super(ctx, "ConditionalFormatCollection", () => modelOf<RangeRef>(range), st(range).nullable);
  }

  itemClass() {
    return ConditionalFormat;
  }

  add(type: string): ConditionalFormat {
    if (!CF_TYPES.includes(type))
      throw new ModelError("InvalidArgument", `Invalid conditional format type ${type}`);
    if (type !== "Custom") throw notImplemented(`Excel.ConditionalFormatCollection.add("${type}")`);
    let made: CfRef | null = null;
    enqueueWith<RangeRef>(
      this,
      "ConditionalFormatCollection.add",
      (m) => (made = cfRef(m.sheet, wbOf(this).rules.addCf(m.sheet, m.rect, type)))
    );
    return itemOf(this, () => made);
  }

  clearAll(): void {
    enqueueWith<RangeRef>(this, "ConditionalFormatCollection.clearAll", (m) =>
      wbOf(this).rules.clearCf(m.sheet, m.rect)
    );
  }

  getItemAt(index: number): ConditionalFormat {
    return itemOf(this, () => {
      const m = modelOf<RangeRef>(this);
      const rule = m && wbOf(this).rules.cfIntersecting(m.sheet, m.rect)[index];
      if (!m || !rule)
        throw new ModelError("ItemNotFound", `No conditional format at index ${index}`);
      return cfRef(m.sheet, rule);
    });
  }

  getItem(id: string): ConditionalFormat {
    return itemOf(this, () => {
      const m = modelOf<RangeRef>(this);
      const rule = m?.sheet.cfRules.find((r) => r.id === id);
      return m && rule ? cfRef(m.sheet, rule) : null;
    });
  }
}

defineType(ConditionalFormatCollection, {
  type: "ConditionalFormatCollection",
  items: (m: RangeRef, self) =>
    wbOf(self)
      .rules.cfIntersecting(m.sheet, m.rect)
      .map((rule) => cfRef(m.sheet, rule)),
});

function styleField(key: "fill" | "fontColor" | "bold" | "italic") {
  return {
    get: (m: CfRef) => m.rule.style[key],
    set: (m: CfRef, v: unknown, self: ClientObject) => {
      const asColor = key === "fill" || key === "fontColor";
      const value = v === null ? null : asColor ? color(v) : !!v;
      (m.rule.style as Record<string, unknown>)[key] = value;
      wbOf(self).rules.markCfChanged(m.sheet);
    },
  };
}

export class ConditionalRangeFill extends ChildObject {
  clear(): void {
    enqueueWith<CfRef>(this, "ConditionalRangeFill.clear", (m) => {
      m.rule.style.fill = null;
      wbOf(this).rules.markCfChanged(m.sheet);
    });
  }
}

defineType(ConditionalRangeFill, {
  type: "ConditionalRangeFill",
  scalars: { color: styleField("fill") },
});

export class ConditionalRangeFont extends ChildObject {
  clear(): void {
    enqueueWith<CfRef>(this, "ConditionalRangeFont.clear", (m) => {
      Object.assign(m.rule.style, { fontColor: null, bold: null, italic: null });
      wbOf(this).rules.markCfChanged(m.sheet);
    });
  }
}

defineType(ConditionalRangeFont, {
  type: "ConditionalRangeFont",
  scalars: {
    color: styleField("fontColor"),
    bold: styleField("bold"),
    italic: styleField("italic"),
  },
});

export class ConditionalRangeFormat extends ChildObject {}

defineType(ConditionalRangeFormat, {
  type: "ConditionalRangeFormat",
  navs: { fill: child(ConditionalRangeFill), font: child(ConditionalRangeFont) },
});

export class ConditionalFormatRule extends ChildObject {}

const formulaDef = {
  get: (m: CfRef) => m.rule.formula,
  set: (m: CfRef, v: unknown, self: ClientObject) => {
    if (typeof v !== "string")
      throw new ModelError("InvalidArgument", "The formula must be a string");
    wbOf(self).rules.setCfFormula(m.sheet, m.rule, v);
  },
};

defineType(ConditionalFormatRule, {
  type: "ConditionalFormatRule",
  scalars: { formula: formulaDef, formulaLocal: formulaDef },
});

export class CustomConditionalFormat extends ChildObject {}

defineType(CustomConditionalFormat, {
  type: "CustomConditionalFormat",
  navs: { rule: child(ConditionalFormatRule), format: child(ConditionalRangeFormat) },
});

export class ConditionalFormat extends ClientObject {
  constructor(ctx: ContextLike, resolver: () => CfRef | null, nullable = false) {
    super(ctx, "ConditionalFormat", resolver, nullable);
  }

  delete(): void {
    enqueueWith<CfRef>(this, "ConditionalFormat.delete", (m) =>
      wbOf(this).rules.deleteCf(m.sheet, m.rule)
    );
  }

  /** The range it applies to; Excel throws when it applies to several areas. */
  getRange(): ClientObject {
    return appliesTo(this, false);
  }

  getRangeOrNullObject(): ClientObject {
    return enqueueResolve(appliesTo(this, true));
  }
}

/**
 * The one area a format applies to; a nullable range is a null object where getRange() throws.
 * A Range made by name: range.ts imports this module for Range.conditionalFormats.
 */
function appliesTo(cf: ConditionalFormat, nullable: boolean): ClientObject {
  return derivedProxy<CfRef, RangeRef>(
    "Range",
    cf,
    (m) => {
      if (m.rule.areas.length === 1) return new RangeRef(m.sheet, m.rule.areas[0]);
      if (nullable) return null;
      throw new ModelError("InvalidOperation", "The conditional format applies to multiple ranges");
    },
    nullable
  );
}

defineType(ConditionalFormat, {
  type: "ConditionalFormat",
  scalars: {
    id: { get: (m: CfRef) => m.rule.id },
    type: { get: (m: CfRef) => m.rule.type },
    priority: {
      get: (m: CfRef) => m.sheet.cfRules.indexOf(m.rule),
      set: (m: CfRef, v, self) => {
        if (typeof v !== "number" || !Number.isInteger(v) || v < 0)
          throw new ModelError("InvalidArgument", "priority must be a whole number ≥ 0");
        const wb = wbOf(self);
        const area = m.rule.areas[0];
        const own = () => (area ? wb.rules.cfIntersecting(m.sheet, area) : []);
        const at = own().indexOf(m.rule);
        const list = m.sheet.cfRules.filter((r) => r !== m.rule);
        list.splice(Math.min(v, list.length), 0, m.rule);
        m.sheet.cfRules = list;
        wb.rules.markCfChanged(m.sheet);
        // Real hosts: the object is an index into the range's collection, so after a priority change
        // it must be fetched again; changes made through it land on the rule now at its old place
        // (the typings' note on `priority`). See ../profiles.ts.
        const other = own()[at];
        if (wb.profile.cfPriorityRefetch && other && other !== m.rule)
          st(self).bound = cfRef(m.sheet, other);
      },
    },
    stopIfTrue: {
      get: (m: CfRef) => m.rule.stopIfTrue,
      set: (m: CfRef, v, self) => {
        m.rule.stopIfTrue = !!v;
        wbOf(self).rules.markCfChanged(m.sheet);
      },
    },
  },
  navs: { custom: child(CustomConditionalFormat) },
});
