/**
 * Excel.RequestContext and Excel.run. Work is queued on the context and applied, in order, at
 * `context.sync()`; the first failure rejects the sync and drops the rest of the batch, as in
 * Excel. Every sync call is counted, because tests hold operations to a sync budget.
 */
import type { Workbook as WorkbookModel } from "../model/workbook";
import { isClientObject, loud, st, type ContextLike } from "./clientObject";
import { notImplementedError, OfficeError, toOfficeError } from "./errors";
import { Application, Runtime, WorkbookProxy } from "./workbook";

/** State shared by every context of one host. */
export interface HostState {
  readonly model: WorkbookModel;
  syncCount: number;
}

export class RequestContext implements ContextLike {
  private queue: { op: () => void; location: string }[] = [];
  /** Excel.run calls using this context right now; none means its run has finished. */
  private runs = 0;
  readonly workbook: WorkbookProxy;
  readonly application: Application;
  readonly runtime: Runtime;
  readonly trackedObjects = loud(
    {
      add: () => {
        // Tracked ranges follow inserted rows in Excel; demo ranges keep their address.
        throw notImplementedError("Excel.RequestContext.trackedObjects.add");
      },
      remove: () => undefined,
    },
    "Excel.RequestContext.trackedObjects"
  );
  debugInfo = {};

  constructor(private readonly host: HostState) {
    // Proxies hold the loud wrapper, so `proxy.context` is what the caller got from Excel.run.
    const self = loud(this, "Excel.RequestContext");
    this.workbook = new WorkbookProxy(self);
    this.application = this.workbook.application as Application;
    this.runtime = new Runtime(self);
    return self;
  }

  get model(): WorkbookModel {
    return this.host.model;
  }

  enqueue(op: () => void, location: string): void {
    // office.js refuses work on a context whose Excel.run is over (unless passed to Excel.run again).
    if (this.runs === 0)
      throw new OfficeError(
        "InvalidRequestContext",
        "Cannot use the object across different request contexts (its Excel.run has finished).",
        location
      );
    this.queue.push({ op, location });
  }

  load<T>(object: T, option?: unknown): T {
    if (!isClientObject(object))
      throw new OfficeError("InvalidArgument", "context.load expects a proxy object");
    object.load(option);
    return object;
  }

  trace(message: string): void {
    void message;
  }

  /** Applies everything queued so far. Counted, since each sync is a round trip to Excel. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    this.host.syncCount++;
    await this.flush();
    return passThroughValue as T;
  }

  /** Applies the queue; Excel.run calls it (uncounted) for work left after the batch returns. */
  async flush(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve(); // a real sync never completes synchronously
    for (const { op, location } of ops) {
      try {
        op();
      } catch (e) {
        throw toOfficeError(e, location);
      }
    }
  }

  open(): void {
    this.runs++;
  }

  close(): void {
    this.runs--;
  }
}

type Batch<T> = (context: RequestContext) => Promise<T>;

/**
 * Excel.run(batch), Excel.run(options, batch) or Excel.run(object, batch). Like office.js, the
 * batch must return a promise; work still queued when it settles is applied before run resolves.
 */
export function makeRun(host: HostState) {
  return async function run<T>(a: unknown, b?: unknown): Promise<T> {
    const batch = (typeof a === "function" ? a : b) as Batch<T> | undefined;
    if (typeof batch !== "function")
      throw new OfficeError("InvalidArgument", "Excel.run needs a batch function");
    // An existing context (e.g. an event registration's) or an object's context is used again.
    const ctx =
      a instanceof RequestContext
        ? a
        : isClientObject(a)
          ? (st(a).ctx as RequestContext)
          : new RequestContext(host);
    ctx.open();
    try {
      const result = batch(ctx);
      if (!result || typeof (result as Promise<T>).then !== "function")
        throw new OfficeError(
          "RunMustReturnPromise",
          'The batch function passed to the ".run" method didn\'t return a promise.'
        );
      const value = await result;
      await ctx.flush();
      return value;
    } finally {
      ctx.close();
    }
  };
}
