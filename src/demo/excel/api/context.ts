/**
 * Excel.RequestContext and Excel.run. Work is queued on the context and applied, in order, at
 * `context.sync()`; the first failure rejects the sync and drops the rest of the batch, as in
 * Excel. Every sync call is counted, because tests hold operations to a sync budget.
 */
import { cellCount, type Rect } from "../model/address";
import { ModelError } from "../model/errors";
import type { SheetModel } from "../model/sheet";
import { restorePoint } from "../model/restorePoint";
import type { UndoEntry } from "../model/undo";
import type { Workbook as WorkbookModel } from "../model/workbook";
import { versionAtLeast } from "../profiles";
import { isClientObject, loud, st, type ContextLike, type WriteInfo } from "./clientObject";
import { formatRect as formatRectOf } from "../model/address";
import { notImplementedError, OfficeError, toOfficeError } from "./errors";
import { Application, Runtime, WorkbookProxy } from "./workbook";

/** State shared by every context of one host. */
export interface HostState {
  readonly model: WorkbookModel;
  syncCount: number;
  /** Every write the add-in made, in order (cleared with the sync count). */
  writes: WriteRecord[];
}

/** One queued write as applied: where, and how many cells of a range it touched (0 for others). */
export interface WriteRecord {
  location: string;
  sheet: string | null;
  address: string | null;
  cells: number;
}

/** Format writes, which ExcelApi 1.8–1.13 hosts also report through onChanged (see ../profiles.ts). */
const FORMAT_WRITE =
  /^(RangeFill|RangeFont|RangeFormat|RangeBorder|FormatProtection|Range\.(merge|unmerge|numberFormat)|DataValidation|ConditionalFormat|ConditionalRange|ConditionalFormatRule)/;

/** A protected sheet takes no format, merge, rule or validation change unless its options allow formatting. */
function refuseOnProtected(sheet: SheetModel, location: string): void {
  if (!sheet.protected) return;
  const formatOnly =
    /^(RangeFill|RangeFont|RangeBorder|RangeFormat\.(horizontal|vertical|wrap|indent|textOrientation))/;
  if (sheet.protectionOptions.allowFormatCells && formatOnly.test(location)) return;
  throw new ModelError(
    "AccessDenied",
    "The cell or chart you're trying to change is on a protected sheet."
  );
}

function rangeOf(m: unknown): { sheet: SheetModel; rect: Rect } | null {
  const r = m as { sheet?: SheetModel; rect?: Rect } | null;
  return r && r.sheet && r.rect && typeof r.rect.r0 === "number"
    ? { sheet: r.sheet, rect: r.rect }
    : null;
}

export class RequestContext implements ContextLike {
  private queue: { op: () => void; location: string; write?: WriteInfo }[] = [];
  /** Excel.run({ mergeUndoGroup: true }): the run's syncs are one undo entry (ExcelApi 1.20). */
  mergeUndoGroup = false;
  private groupEntry: UndoEntry | null = null;
  /** Format changes to report after the batch, on hosts that do (see ../profiles.ts). */
  private formatEvents: { sheet: SheetModel; rect: Rect }[] = [];
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

  enqueue(op: () => void, location: string, write?: WriteInfo): void {
    // office.js refuses work on a context whose Excel.run is over (unless passed to Excel.run again).
    if (this.runs === 0)
      throw new OfficeError(
        "InvalidRequestContext",
        "Cannot use the object across different request contexts (its Excel.run has finished).",
        location
      );
    this.queue.push({ op, location, ...(write ? { write } : {}) });
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
    const model = this.host.model;
    let restore: (() => void) | null = null;
    model.apiDepth++;
    try {
      for (const { op, location, write } of ops) {
        try {
          if (write && !restore) restore = this.beforeFirstWrite();
          const target = write ? rangeOf(write.target()) : null;
          if (target && FORMAT_WRITE.test(location)) refuseOnProtected(target.sheet, location);
          op();
          if (write) this.record(location, target);
        } catch (e) {
          throw toOfficeError(e, location);
        }
      }
    } finally {
      model.apiDepth--;
      // A failed batch is not rolled back: what ran before the failure stays, and is undoable as one.
      if (restore) this.afterWrites(restore);
    }
  }

  /** The undo stack on the add-in's first write of a sync: wiped, or a restore point for the entry. */
  private beforeFirstWrite(): () => void {
    const model = this.host.model;
    if (model.profile.apiWritesUndo === "clear") {
      model.undo.clear();
      return () => undefined;
    }
    return restorePoint(model);
  }

  private afterWrites(restore: () => void): void {
    const model = this.host.model;
    if (model.profile.apiWritesUndo === "clear") return;
    // One entry per sync, or one for the whole run when its undo group is merged.
    if (this.mergeUndoGroup && this.groupEntry && model.undo.top() === this.groupEntry) return;
    const entry: UndoEntry = { source: "addin", label: "add-in", restore };
    model.undo.push(entry);
    if (this.mergeUndoGroup) this.groupEntry = entry;
  }

  private record(location: string, target: { sheet: SheetModel; rect: Rect } | null): void {
    this.host.writes.push({
      location,
      sheet: target?.sheet.name ?? null,
      address: target ? formatRectOf(target.rect) : null,
      cells: target ? cellCount(target.rect) : 0,
    });
    if (target && this.host.model.profile.formatChangeEvents && FORMAT_WRITE.test(location))
      this.formatEvents.push(target);
  }

  open(): void {
    this.runs++;
  }

  close(): void {
    this.runs--;
    if (this.runs > 0) return;
    // Reported once the batch is over, as ExcelApi 1.8–1.13 hosts do.
    const events = this.formatEvents;
    this.formatEvents = [];
    for (const e of events) this.host.model.emitChange(e.sheet, e.rect, "RangeEdited", true);
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
    const options =
      typeof a === "object" && a !== null && !isClientObject(a) && !(a instanceof RequestContext)
        ? (a as { mergeUndoGroup?: unknown })
        : null;
    if (options?.mergeUndoGroup) {
      // RunOptions.mergeUndoGroup is ExcelApi 1.20; the stand-in refuses it where the host lacks it.
      if (!versionAtLeast(host.model.profile.maxExcelApi, "1.20"))
        throw new OfficeError("ApiNotFound", "Excel.run: mergeUndoGroup needs ExcelApi 1.20");
      ctx.mergeUndoGroup = true;
    }
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
