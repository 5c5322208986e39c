/** Excel.CustomXmlPartCollection, the namespace-scoped collection and Excel.CustomXmlPart. */
import type { XmlPart, XmlPartStore } from "../model/customXml";
import { ModelError } from "../model/errors";
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

function xmlArg(xml: unknown): string {
  if (typeof xml !== "string") throw new ModelError("InvalidArgument", "The XML must be a string");
  return xml;
}

function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw e instanceof ModelError ? e : new ModelError("InvalidArgument", (e as Error).message);
  }
}

export class CustomXmlPartCollection extends ClientCollection {
  constructor(ctx: ContextLike) {
    super(ctx, "CustomXmlPartCollection", () => ctx.model.xmlParts);
  }

  itemClass() {
    return CustomXmlPart;
  }

  add(xml: string): CustomXmlPart {
    let made: XmlPart | null = null;
    enqueueWith<XmlPartStore>(
      this,
      "CustomXmlPartCollection.add",
      (store) => (made = guard(() => store.add(xmlArg(xml))))
    );
    return new CustomXmlPart(st(this).ctx, () => made);
  }

  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollection {
    return new CustomXmlPartScopedCollection(st(this).ctx, () =>
      wbOf(this).xmlParts.byNamespace(namespaceUri)
    );
  }

  getItem(id: string): CustomXmlPart {
    return new CustomXmlPart(st(this).ctx, () => wbOf(this).xmlParts.get(id) ?? null);
  }

  getItemOrNullObject(id: string): CustomXmlPart {
    const p = new CustomXmlPart(st(this).ctx, () => wbOf(this).xmlParts.get(id) ?? null, true);
    enqueueResolve(p);
    return p;
  }

  getCount(): ClientResult<number> {
    return enqueueResult<XmlPartStore, number>(
      this,
      "CustomXmlPartCollection.getCount",
      (s) => s.live().length
    );
  }
}

defineType(CustomXmlPartCollection, {
  type: "CustomXmlPartCollection",
  scalars: {},
  navs: {},
  items: (self: CustomXmlPartCollection, store: XmlPartStore) =>
    store.live().map((p) => new CustomXmlPart(st(self).ctx, () => p)),
});

/** The parts whose root element is in one namespace; the list is taken when first used in a sync. */
export class CustomXmlPartScopedCollection extends ClientCollection {
  constructor(ctx: ContextLike, resolver: () => XmlPart[]) {
    super(ctx, "CustomXmlPartScopedCollection", resolver);
  }

  itemClass() {
    return CustomXmlPart;
  }

  private part(pick: (parts: XmlPart[]) => XmlPart | null, nullable: boolean): CustomXmlPart {
    const p = new CustomXmlPart(
      st(this).ctx,
      () => {
        const parts = modelOf<XmlPart[]>(this);
        return parts ? pick(parts.filter((x) => !x.deleted)) : null;
      },
      nullable
    );
    if (nullable) enqueueResolve(p);
    return p;
  }

  getItem(id: string): CustomXmlPart {
    return this.part((parts) => parts.find((p) => p.id === id) ?? null, false);
  }

  getItemOrNullObject(id: string): CustomXmlPart {
    return this.part((parts) => parts.find((p) => p.id === id) ?? null, true);
  }

  /** Excel throws unless exactly one part is in the namespace. */
  getOnlyItem(): CustomXmlPart {
    return this.part((parts) => {
      if (parts.length !== 1)
        throw new ModelError(
          "InvalidOperation",
          `Expected exactly one custom XML part, found ${parts.length}`
        );
      return parts[0];
    }, false);
  }

  getOnlyItemOrNullObject(): CustomXmlPart {
    return this.part((parts) => (parts.length === 1 ? parts[0] : null), true);
  }

  getCount(): ClientResult<number> {
    return enqueueResult<XmlPart[], number>(
      this,
      "CustomXmlPartScopedCollection.getCount",
      (parts) => parts.filter((p) => !p.deleted).length
    );
  }
}

defineType(CustomXmlPartScopedCollection, {
  type: "CustomXmlPartScopedCollection",
  scalars: {},
  navs: {},
  items: (self: CustomXmlPartScopedCollection, parts: XmlPart[]) =>
    parts.filter((p) => !p.deleted).map((p) => new CustomXmlPart(st(self).ctx, () => p)),
});

export class CustomXmlPart extends ClientObject {
  constructor(ctx: ContextLike, resolver: () => XmlPart | null, nullable = false) {
    super(ctx, "CustomXmlPart", resolver, nullable);
  }

  getXml(): ClientResult<string> {
    return enqueueResult<XmlPart, string>(this, "CustomXmlPart.getXml", (p) => p.xml);
  }

  setXml(xml: string): void {
    enqueueWith<XmlPart>(this, "CustomXmlPart.setXml", (p) =>
      guard(() => wbOf(this).xmlParts.setXml(p, xmlArg(xml)))
    );
  }

  delete(): void {
    enqueueWith<XmlPart>(this, "CustomXmlPart.delete", (p) => wbOf(this).xmlParts.delete(p));
  }
}

defineType(CustomXmlPart, {
  type: "CustomXmlPart",
  scalars: {
    id: { get: (p: XmlPart) => p.id },
    namespaceUri: { get: (p: XmlPart) => p.namespaceUri },
  },
  navs: {},
});
