/**
 * Small pieces every Excel call shares: the global `Excel` (so the demo host can provide it), feature
 * checks, and the bookkeeping that lets the change listener ignore the add-in's own writes.
 */

/** Requirement-set check; true when the host cannot tell (the demo host, tests). */
export function supports(set: string, version: string): boolean {
  try {
    const req = (globalThis as { Office?: typeof Office }).Office?.context?.requirements;
    return req ? req.isSetSupported(set, version) : true;
  } catch {
    return true;
  }
}

/** How long after one of our own write batches a change event is still taken as ours (hosts < ExcelApi 1.14). */
export const OWN_WRITE_GRACE_MS = 300;

let writesInFlight = 0;
let lastWriteEnded = -Infinity;

/**
 * True while the add-in itself writes to the workbook, or — on hosts that cannot switch events off
 * (below ExcelApi 1.8) — just after.
 */
export function isOwnWriteTime(now: number = Date.now()): boolean {
  if (writesInFlight > 0) return true;
  return !supports("ExcelApi", "1.8") && now - lastWriteEnded < OWN_WRITE_GRACE_MS;
}

/**
 * Run a write batch. Events are switched off for the batch where the host allows it (ExcelApi 1.8), and
 * the time window is recorded for hosts that report our writes anyway.
 */
export async function runWrite<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options: { undoGroup?: boolean } = {}
): Promise<T> {
  writesInFlight++;
  try {
    // ExcelApi 1.20: the run's writes are one step of the user's undo stack (RunOptions.mergeUndoGroup).
    if (options.undoGroup && supports("ExcelApi", "1.20"))
      return await Excel.run({ mergeUndoGroup: true }, batch);
    return await Excel.run(batch);
  } catch (e) {
    // A failed sync drops the rest of its batch, including the eventsOn at its end: switch them back on.
    await Excel.run(async (context) => {
      eventsOn(context);
      await context.sync();
    }).catch(() => undefined);
    throw e;
  } finally {
    writesInFlight--;
    lastWriteEnded = Date.now();
  }
}

/** Queue: turn this add-in's worksheet events off (restore with `eventsOn` in the same batch). */
export function eventsOff(context: Excel.RequestContext): void {
  if (supports("ExcelApi", "1.8")) context.runtime.enableEvents = false;
}

export function eventsOn(context: Excel.RequestContext): void {
  if (supports("ExcelApi", "1.8")) context.runtime.enableEvents = true;
}
