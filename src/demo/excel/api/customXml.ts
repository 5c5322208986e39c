/** Excel.CustomXmlPartCollection, the namespace-scoped collection and Excel.CustomXmlPart. */
import type { XmlPart, XmlPartStore } from "../model/customXml";
import { ModelError } from "../model/errors";
import {
  ClientObject,
  ClientResult,
  defineType,
  enqueueResult,
  enqueueWith,
  itemOf,
  modelOf,
  st,
  wbOf,
  type ContextLike,
} from "./clientObject";
import { KeyedCollection } from "./keyedCollection";

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

export class CustomXmlPartCollection extends KeyedCollection<CustomXmlPart, XmlPart> {
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
    return itemOf(this, () => made);
  }

  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollection {
    return new CustomXmlPartScopedCollection(st(this).ctx, () =>
      wbOf(this).xmlParts.byNamespace(namespaceUri)
    );
  }

  protected find(id: string): XmlPart | undefined {
    return wbOf(this).xmlParts.get(id);
  }
}

defineType(CustomXmlPartCollection, {
  type: "CustomXmlPartCollection",
  items: (store: XmlPartStore) => store.live(),
});

/** The parts not deleted: a scoped list, taken once, keeps the ones deleted since. */
function live(parts: XmlPart[]): XmlPart[] {
  return parts.filter((p) => !p.deleted);
}

/** The parts whose root element is in one namespace; the list is taken when first used in a sync. */
export class CustomXmlPartScopedCollection extends KeyedCollection<CustomXmlPart, XmlPart> {
  constructor(ctx: ContextLike, resolver: () => XmlPart[]) {
    super(ctx, "CustomXmlPartScopedCollection", resolver);
  }

  itemClass() {
    return CustomXmlPart;
  }

  private part(pick: (parts: XmlPart[]) => XmlPart | null, nullable: boolean): CustomXmlPart {
    return itemOf(
      this,
      () => {
        const parts = modelOf<XmlPart[]>(this);
        return parts ? pick(live(parts)) : null;
      },
      nullable
    );
  }

  protected find(id: string): XmlPart | null {
    const parts = modelOf<XmlPart[]>(this);
    return (parts && live(parts).find((p) => p.id === id)) ?? null;
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
}

defineType(CustomXmlPartScopedCollection, { type: "CustomXmlPartScopedCollection", items: live });

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
});
