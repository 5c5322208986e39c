/** Excel.ConditionalFormatCollection and the custom-formula conditional format. */
import type { CfRule } from "../model/conditionalFormat";
import { ModelError, notImplemented } from "../model/errors";
import { normalizeColor } from "../model/format";
import type { SheetModel } from "../model/sheet";
import {
  ClientCollection,
  ClientObject,
  ClientResult,
  defineType,
  enqueueResolve,
  enqueueResult,
  enqueueWith,
  modelOf,
  st,
  wbOf,
  type ContextLike,
} from "./clientObject";
import { Range, RangeRef } from "./range";

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

export class ConditionalFormatCollection extends ClientCollection {
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
      (m) => (made = cfRef(m.sheet, wbOf(this).addCf(m.sheet, m.rect, type)))
    );
    return new ConditionalFormat(st(this).ctx, () => made);
  }

  clearAll(): void {
    enqueueWith<RangeRef>(this, "ConditionalFormatCollection.clearAll", (m) =>
      wbOf(this).clearCf(m.sheet, m.rect)
    );
  }

  getCount(): ClientResult<number> {
    return enqueueResult<RangeRef, number>(
      this,
      "ConditionalFormatCollection.getCount",
      (m) => wbOf(this).cfIntersecting(m.sheet, m.rect).length
    );
  }

  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(st(this).ctx, () => {
      const m = modelOf<RangeRef>(this);
      const rule = m && wbOf(this).cfIntersecting(m.sheet, m.rect)[index];
      if (!m || !rule)
        throw new ModelError("ItemNotFound", `No conditional format at index ${index}`);
      return cfRef(m.sheet, rule);
    });
  }

  getItem(id: string): ConditionalFormat {
    return new ConditionalFormat(st(this).ctx, () => {
      const m = modelOf<RangeRef>(this);
      const rule = m?.sheet.cfRules.find((r) => r.id === id);
      return m && rule ? cfRef(m.sheet, rule) : null;
    });
  }
}

defineType(ConditionalFormatCollection, {
  type: "ConditionalFormatCollection",
  scalars: {},
  navs: {},
  items: (self: ConditionalFormatCollection, m: RangeRef) =>
    wbOf(self)
      .cfIntersecting(m.sheet, m.rect)
      .map((rule) => new ConditionalFormat(st(self).ctx, () => cfRef(m.sheet, rule))),
});

export class ConditionalFormat extends ClientObject {
  constructor(ctx: ContextLike, resolver: () => CfRef | null, nullable = false) {
    super(ctx, "ConditionalFormat", resolver, nullable);
  }

  delete(): void {
    enqueueWith<CfRef>(this, "ConditionalFormat.delete", (m) =>
      wbOf(this).deleteCf(m.sheet, m.rule)
    );
  }

  /** The range it applies to; Excel throws when it applies to several areas. */
  getRange(): Range {
    return new Range(st(this).ctx, () => {
      const m = modelOf<CfRef>(this);
      if (!m) return null;
      if (m.rule.areas.length !== 1)
        throw new ModelError(
          "InvalidOperation",
          "The conditional format applies to multiple ranges"
        );
      return new RangeRef(m.sheet, m.rule.areas[0]);
    });
  }

  getRangeOrNullObject(): Range {
    const r = new Range(
      st(this).ctx,
      () => {
        const m = modelOf<CfRef>(this);
        return m && m.rule.areas.length === 1 ? new RangeRef(m.sheet, m.rule.areas[0]) : null;
      },
      true
    );
    enqueueResolve(r);
    return r;
  }
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
        const list = m.sheet.cfRules.filter((r) => r !== m.rule);
        list.splice(Math.min(v, list.length), 0, m.rule);
        m.sheet.cfRules = list;
        wbOf(self).markCfChanged(m.sheet);
      },
    },
    stopIfTrue: {
      get: (m: CfRef) => m.rule.stopIfTrue,
      set: (m: CfRef, v, self) => {
        m.rule.stopIfTrue = !!v;
        wbOf(self).markCfChanged(m.sheet);
      },
    },
  },
  navs: {
    custom: (self: ConditionalFormat) => new CustomConditionalFormat(st(self).ctx, self),
  },
});

function fromParent(parent: ClientObject) {
  return () => modelOf<CfRef>(parent);
}

export class CustomConditionalFormat extends ClientObject {
  constructor(ctx: ContextLike, parent: ClientObject) {
    super(ctx, "CustomConditionalFormat", fromParent(parent), st(parent).nullable);
  }
}

defineType(CustomConditionalFormat, {
  type: "CustomConditionalFormat",
  scalars: {},
  navs: {
    rule: (self: ClientObject) => new ConditionalFormatRule(st(self).ctx, self),
    format: (self: ClientObject) => new ConditionalRangeFormat(st(self).ctx, self),
  },
});

export class ConditionalFormatRule extends ClientObject {
  constructor(ctx: ContextLike, parent: ClientObject) {
    super(ctx, "ConditionalFormatRule", fromParent(parent), st(parent).nullable);
  }
}

const formulaDef = {
  get: (m: CfRef) => m.rule.formula,
  set: (m: CfRef, v: unknown, self: ClientObject) => {
    if (typeof v !== "string")
      throw new ModelError("InvalidArgument", "The formula must be a string");
    wbOf(self).setCfFormula(m.sheet, m.rule, v);
  },
};

defineType(ConditionalFormatRule, {
  type: "ConditionalFormatRule",
  scalars: { formula: formulaDef, formulaLocal: formulaDef },
  navs: {},
});

export class ConditionalRangeFormat extends ClientObject {
  constructor(ctx: ContextLike, parent: ClientObject) {
    super(ctx, "ConditionalRangeFormat", fromParent(parent), st(parent).nullable);
  }
}

defineType(ConditionalRangeFormat, {
  type: "ConditionalRangeFormat",
  scalars: {},
  navs: {
    fill: (self: ClientObject) => new ConditionalRangeFill(st(self).ctx, self),
    font: (self: ClientObject) => new ConditionalRangeFont(st(self).ctx, self),
  },
});

function styleField(key: "fill" | "fontColor" | "bold" | "italic") {
  return {
    get: (m: CfRef) => m.rule.style[key],
    set: (m: CfRef, v: unknown, self: ClientObject) => {
      let value: string | boolean | null;
      if (key === "fill" || key === "fontColor") {
        try {
          value = v === null ? null : normalizeColor(v);
        } catch (e) {
          throw new ModelError("InvalidArgument", (e as Error).message);
        }
      } else value = v === null ? null : !!v;
      (m.rule.style as Record<string, unknown>)[key] = value;
      wbOf(self).markCfChanged(m.sheet);
    },
  };
}

export class ConditionalRangeFill extends ClientObject {
  constructor(ctx: ContextLike, parent: ClientObject) {
    super(ctx, "ConditionalRangeFill", fromParent(parent), st(parent).nullable);
  }

  clear(): void {
    enqueueWith<CfRef>(this, "ConditionalRangeFill.clear", (m) => {
      m.rule.style.fill = null;
      wbOf(this).markCfChanged(m.sheet);
    });
  }
}

defineType(ConditionalRangeFill, {
  type: "ConditionalRangeFill",
  scalars: { color: styleField("fill") },
  navs: {},
});

export class ConditionalRangeFont extends ClientObject {
  constructor(ctx: ContextLike, parent: ClientObject) {
    super(ctx, "ConditionalRangeFont", fromParent(parent), st(parent).nullable);
  }

  clear(): void {
    enqueueWith<CfRef>(this, "ConditionalRangeFont.clear", (m) => {
      Object.assign(m.rule.style, { fontColor: null, bold: null, italic: null });
      wbOf(this).markCfChanged(m.sheet);
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
  navs: {},
});
