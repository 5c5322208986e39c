/**
 * The proxy machinery shared by every Excel object: lazy resolution, queued writes applied at
 * `context.sync()`, `load()` whose values become readable only after that sync, null objects,
 * and loud failure for any member the demo does not implement.
 */
import type { Workbook } from "../model/workbook";
import { notImplementedError, OfficeError, propertyNotLoaded } from "./errors";

/** What a request context offers the proxies. */
export interface ContextLike {
  readonly model: Workbook;
  enqueue(op: () => void, location: string, write?: WriteInfo): void;
}

/** What a queued write changes: its model (a range's, to count cells and report format changes). */
export interface WriteInfo {
  target: () => unknown;
}

/** Queued work that changes nothing in the document: selection, events, calculation, settings. */
const NOT_WRITES =
  /^(Range\.select|Worksheet\.activate|Application\.|Worksheet\.onChanged|Runtime\.)/;

export const INTERNAL = Symbol("demoHost.internal");

export interface Internal {
  ctx: ContextLike;
  type: string;
  resolver: () => unknown;
  nullable: boolean;
  bound: unknown;
  nullKnown: boolean;
  isNull: boolean;
  values: Map<string, unknown>;
  children: Map<string, ClientObject>;
}

/** A scalar property: how to read it from the model and, if writable, how to write it. */
export interface ScalarDef {
  // Method syntax keeps the parameters bivariant, so each type can declare its own model type.
  get(m: unknown, self: ClientObject): unknown;
  set?(m: unknown, v: unknown, self: ClientObject): void;
}

type NavFactory = { make(self: ClientObject): ClientObject }["make"];

export interface TypeInfo {
  type: string;
  scalars: Record<string, ScalarDef>;
  navs: Record<string, NavFactory>;
  /** For collections: the models of the items in a resolved collection model, in order. */
  items?(m: unknown, self: ClientObject): unknown[];
}

/** What defineType takes: a type without scalar or navigation properties may leave them out. */
export type TypeDef = Pick<TypeInfo, "type" | "items"> &
  Partial<Pick<TypeInfo, "scalars" | "navs">>;

const TYPES = new WeakMap<object, TypeInfo>();
/**
 * Proxy classes by type name, for a link back to the object that made this one (a conditional
 * format's Range, a range's Worksheet): the module of that type imports this one's, not the reverse.
 */
const CLASSES = new Map<string, { prototype: object }>();

// Probes made by JavaScript itself, Jest and React; answering undefined keeps them harmless.
const PROBES = new Set([
  "then",
  "$$typeof",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "_isMockFunction",
  "inspect",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
  "toJSON",
  "__esModule",
]);

function findDescriptor(obj: object, prop: string): PropertyDescriptor | undefined {
  for (let o: object | null = obj; o; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, prop);
    if (d) return d;
  }
  return undefined;
}

/** Wraps an object so that reading or writing a member it lacks throws, naming the member. */
export function loud<T extends object>(target: T, label: string): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === "symbol" || prop in t) return Reflect.get(t, prop, receiver);
      if (PROBES.has(prop)) return undefined;
      throw notImplementedError(`${label}.${prop}`);
    },
    set(t, prop, value, receiver) {
      if (typeof prop !== "symbol") {
        const d = findDescriptor(t, prop);
        if (!d || (!d.set && !d.writable)) throw notImplementedError(`setting ${label}.${prop}`);
      }
      return Reflect.set(t, prop, value, receiver);
    },
  });
}

export function st(obj: object): Internal {
  const s = (obj as { [INTERNAL]?: Internal })[INTERNAL];
  if (!s) throw new Error("Demo host: not a proxy object of this host");
  return s;
}

export function isClientObject(x: unknown): x is ClientObject {
  return (
    typeof x === "object" && x !== null && (x as { [INTERNAL]?: Internal })[INTERNAL] !== undefined
  );
}

/** The workbook model a proxy belongs to. */
export function wbOf(obj: object): Workbook {
  return st(obj).ctx.model;
}

/** The model behind a proxy, resolved on first use and kept; null for a missing nullable object. */
export function modelOf<M>(obj: object): M | null {
  const s = st(obj);
  if (s.bound !== undefined) {
    if ((s.bound as { deleted?: boolean }).deleted === true)
      throw new OfficeError("ItemNotFound", `The requested ${s.type} has been deleted`, s.type);
    return s.bound as M;
  }
  const m = s.resolver();
  s.nullKnown = true;
  s.isNull = m === null || m === undefined;
  if (s.isNull) {
    if (s.nullable) return null;
    throw new OfficeError(
      "ItemNotFound",
      `The requested resource (${s.type}) doesn't exist.`,
      s.type
    );
  }
  s.bound = m;
  return m as M;
}

export abstract class ClientObject {
  declare readonly [INTERNAL]: Internal;

  constructor(ctx: ContextLike, type: string, resolver: () => unknown, nullable = false) {
    const internal: Internal = {
      ctx,
      type,
      resolver,
      nullable,
      bound: undefined,
      nullKnown: false,
      isNull: false,
      values: new Map(),
      children: new Map(),
    };
    Object.defineProperty(this, INTERNAL, { value: internal, enumerable: false });
    return loud(this, `Excel.${type}`);
  }

  get context(): ContextLike {
    return st(this).ctx;
  }

  get isNullObject(): boolean {
    const s = st(this);
    if (!s.nullKnown) throw propertyNotLoaded(s.type, "isNullObject");
    return s.isNull;
  }

  /** Queues the load; values are readable after the next `context.sync()`. */
  load(spec?: unknown): this {
    const paths = parseLoadSpec(spec);
    checkPaths(this, paths);
    st(this).ctx.enqueue(() => applyLoad(this, paths), `${st(this).type}.load`);
    return this;
  }

  /** Sets several properties at once, as office.js `set()` does. */
  set(props: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(props)) {
      const info = typeInfo(this);
      if (info.navs[k] && typeof v === "object" && v !== null)
        (this as unknown as Record<string, ClientObject>)[k].set(v as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[k] = v;
    }
  }

  /** The loaded values, as office.js `toJSON()` gives them. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of st(this).values)
      out[k] =
        Array.isArray(v) && v.every(isClientObject) ? v.map((x: ClientObject) => x.toJSON()) : v;
    for (const [k, c] of st(this).children) {
      const j = c.toJSON();
      if (Object.keys(j).length) out[k] = j;
    }
    return out;
  }

  /** Proxies are not tracked across syncs in the demo, so untracking is a no-op. */
  untrack(): this {
    return this;
  }
}

export function typeInfo(obj: object): TypeInfo {
  for (let p = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
    const t = TYPES.get(p);
    if (t) return t;
  }
  throw new Error("Demo host: unregistered proxy type");
}

/** Installs a type's scalar properties and navigation properties on its prototype. */
export function defineType(cls: { prototype: object }, spec: TypeDef): void {
  const info: TypeInfo = { ...spec, scalars: spec.scalars ?? {}, navs: spec.navs ?? {} };
  TYPES.set(cls.prototype, info);
  CLASSES.set(info.type, cls);
  for (const [name, def] of Object.entries(info.scalars)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: ClientObject) {
        const s = st(this);
        if (s.values.has(name)) return s.values.get(name);
        if (s.nullKnown && s.isNull) return undefined; // office.js: a null object's properties read as undefined
        throw propertyNotLoaded(info.type, name);
      },
      set: def.set
        ? function (this: ClientObject, v: unknown) {
            const s = st(this);
            s.values.set(name, v); // office.js echoes a set value locally until the next load
            enqueueWith(this, `${info.type}.${name}`, (m) => def.set!(m, v, this));
          }
        : undefined,
    });
  }
  for (const [name, make] of Object.entries(info.navs)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: ClientObject) {
        const s = st(this);
        let c = s.children.get(name);
        if (!c) {
          c = make(this);
          s.children.set(name, c);
        }
        return c;
      },
    });
  }
}

/** The proxy class of a type made as `new (ctx, resolver, nullable)` (Range, Worksheet). */
export function proxyClass<M>(type: string): ItemClass<ClientObject, M> {
  const cls = CLASSES.get(type);
  if (!cls) throw new Error(`Demo host: proxy type ${type} is not loaded`);
  return cls as ItemClass<ClientObject, M>;
}

/** A `type` proxy worked out from `owner`'s model when first used; null if it has none or `fn` finds none. */
export function derivedProxy<M, R>(
  type: string,
  owner: ClientObject,
  fn: (m: M) => R | null,
  nullable: boolean
): ClientObject {
  const Cls = proxyClass<R>(type);
  return new Cls(
    st(owner).ctx,
    () => {
      const m = modelOf<M>(owner);
      return m ? fn(m) : null;
    },
    nullable
  );
}

/** Queues `fn` with this object's model; a missing nullable object makes it a no-op. */
export function enqueueWith<M>(obj: object, location: string, fn: (m: M) => void): void {
  const s = st(obj);
  s.ctx.enqueue(
    () => {
      const m = modelOf<M>(obj);
      if (m !== null) fn(m);
    },
    location,
    NOT_WRITES.test(location) ? undefined : { target: () => modelOf(obj) }
  );
}

/** Queues resolution so that `isNullObject` is known after the next sync; gives `obj` back. */
export function enqueueResolve<T extends object>(obj: T): T {
  st(obj).ctx.enqueue(() => void modelOf(obj), `${st(obj).type}.isNullObject`);
  return obj;
}

/**
 * A part of another object (range.format, format.fill, cf.custom, …): it resolves to its parent's
 * model and is a null object when the parent is one. Its type is the one defineType registered.
 */
export abstract class ChildObject extends ClientObject {
  constructor(ctx: ContextLike, parent: ClientObject) {
    const info = infoOf(new.target);
    if (!info) throw new Error("Demo host: unregistered proxy type");
    super(ctx, info.type, () => modelOf(parent), st(parent).nullable);
  }
}

/** The navigation property that makes a `cls` part of its owner. */
export function child(cls: new (ctx: ContextLike, parent: ClientObject) => ClientObject) {
  return (self: ClientObject) => new cls(st(self).ctx, self);
}

/** The value returned by methods such as getCount() and getXml(): readable after sync. */
export class ClientResult<T> {
  private v: T | undefined;
  private done = false;

  get value(): T {
    if (!this.done)
      throw new OfficeError(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.'
      );
    return this.v as T;
  }

  resolve(v: T): void {
    this.v = v;
    this.done = true;
  }
}

/** A method result computed at sync time; on a null object it comes back as null. */
export function enqueueResult<M, T>(
  obj: object,
  location: string,
  fn: (m: M) => T
): ClientResult<T> {
  const r = new ClientResult<T>();
  st(obj).ctx.enqueue(() => {
    const m = modelOf<M>(obj);
    r.resolve(m === null ? (null as T) : fn(m));
  }, location);
  return r;
}

// ---- load ----------------------------------------------------------------------------------

/** Normalises every form office.js accepts: "a, b/c", ["a"], {select, expand}, {a: true, b: {c: true}}. */
export function parseLoadSpec(spec: unknown): string[] {
  if (spec === undefined || spec === null || spec === "") return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap(parseLoadSpec);
  if (typeof spec === "object") {
    const o = spec as Record<string, unknown>;
    if ("select" in o || "expand" in o)
      return [...parseLoadSpec(o.select), ...parseLoadSpec(o.expand)];
    const out: string[] = [];
    for (const [k, v] of Object.entries(o)) {
      if (v === true) out.push(k);
      else if (typeof v === "object" && v !== null) {
        const sub = parseLoadSpec(v);
        out.push(...(sub.length ? sub.map((p) => `${k}/${p}`) : [k]));
      }
    }
    return out;
  }
  throw new OfficeError("InvalidArgument", `Invalid load option ${String(spec)}`);
}

function itemPrototypeInfo(obj: ClientObject): TypeInfo | undefined {
  return obj instanceof ClientCollection ? infoOf(obj.itemClass()) : undefined;
}

export function infoOf(cls: { prototype: object }): TypeInfo | undefined {
  return TYPES.get(cls.prototype);
}

/** The proxy type of a collection's items (P), made from a resolver of an item model (T). */
export interface ItemClass<P extends ClientObject, T> {
  new (ctx: ContextLike, resolver: () => T | null, nullable?: boolean): P;
  prototype: object;
}

/**
 * A collection: `items` is readable after load("items") (or load of an item property) and sync.
 * Its items are proxies of the item models its type's `items` gives, which getCount() counts.
 */
export abstract class ClientCollection<
  P extends ClientObject = ClientObject,
  T = unknown,
> extends ClientObject {
  abstract itemClass(): ItemClass<P, T>;

  get items(): P[] {
    const s = st(this);
    if (s.values.has("items")) return s.values.get("items") as P[];
    throw propertyNotLoaded(s.type, "items");
  }

  getCount(): ClientResult<number> {
    const info = typeInfo(this);
    return enqueueResult(this, `${info.type}.getCount`, (m) => info.items!(m, this).length);
  }
}

/**
 * An item of `coll` whose model `find` gives when first used. A nullable one is a null object
 * when there is none, and is resolved at the next sync so that isNullObject can be read.
 */
export function itemOf<P extends ClientObject, T>(
  coll: ClientCollection<P, T>,
  find: () => T | null | undefined,
  nullable = false
): P {
  const Item = coll.itemClass();
  const item = new Item(st(coll).ctx, () => find() ?? null, nullable);
  return nullable ? enqueueResolve(item) : item;
}

/** Rejects unknown property names at load() time, naming them. */
function checkPaths(obj: ClientObject, paths: string[]): void {
  const info = typeInfo(obj);
  for (const p of paths) {
    const [head, ...rest] = p.split("/");
    if (info.scalars[head]) continue;
    if (info.navs[head]) {
      const child = (obj as unknown as Record<string, ClientObject>)[head];
      checkPaths(child, rest.length ? [rest.join("/")] : []);
      continue;
    }
    if (info.items) {
      const item = itemPrototypeInfo(obj);
      const sub = head === "items" ? rest : [head, ...rest];
      if (!item || sub.length === 0 || item.scalars[sub[0]] || item.navs[sub[0]]) continue;
      throw notImplementedError(`Excel.${item.type}.${sub[0]} (in load)`);
    }
    if (head === "isNullObject") continue;
    throw notImplementedError(`Excel.${info.type}.${head} (in load)`);
  }
}

/** Runs a load now (inside a sync): copies values from the model into the proxy. */
export function applyLoad(obj: ClientObject, paths: string[]): void {
  const s = st(obj);
  const info = typeInfo(obj);
  const m = modelOf(obj);
  if (m === null) return;
  const own = paths.length === 0 ? Object.keys(info.scalars) : [];
  const childPaths = new Map<string, string[]>();
  const itemPaths: string[] = [];
  let loadItems = paths.length === 0 && !!info.items;
  for (const p of paths) {
    const [head, ...rest] = p.split("/");
    if (info.scalars[head]) own.push(head);
    else if (info.navs[head]) {
      const list = childPaths.get(head) ?? [];
      if (rest.length) list.push(rest.join("/"));
      childPaths.set(head, list);
    } else if (info.items) {
      loadItems = true;
      const sub = head === "items" ? rest : [head, ...rest];
      if (sub.length) itemPaths.push(sub.join("/"));
    }
  }
  for (const name of own) s.values.set(name, clone(info.scalars[name].get(m, obj)));
  for (const [name, sub] of childPaths)
    applyLoad((obj as unknown as Record<string, ClientObject>)[name], sub);
  if (loadItems && info.items && obj instanceof ClientCollection) {
    const items = info.items(m, obj).map((t) => itemOf(obj, () => t));
    for (const it of items) applyLoad(it, itemPaths);
    s.values.set("items", items);
  }
}

function clone(v: unknown): unknown {
  return typeof v === "object" && v !== null ? JSON.parse(JSON.stringify(v)) : v;
}
