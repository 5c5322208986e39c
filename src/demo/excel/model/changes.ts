/**
 * Worksheet change events. Excel delivers them after the edit, never inside it, so handlers run
 * on a later task; `idle()` lets tests wait until every queued handler has finished.
 */

export interface WorksheetChangedArgs {
  address: string;
  changeType: string; // Excel.DataChangeType
  source: string; // Excel.EventSource
  type: "WorksheetChanged";
  worksheetId: string;
  triggerSource?: string;
}

export type ChangeHandler = (args: WorksheetChangedArgs) => unknown;

export class ChangeDispatcher {
  private pending = new Set<Promise<void>>();
  enabled = true;

  /** `force`: deliver even while events are off (a host that ignores enableEvents, office-js #1786). */
  emit(handlers: Iterable<ChangeHandler>, args: WorksheetChangedArgs, force = false): void {
    if (!this.enabled && !force) return;
    const list = [...handlers];
    if (list.length === 0) return;
    const p = new Promise<void>((resolve) => {
      setTimeout(async () => {
        for (const h of list) {
          try {
            await h({ ...args });
          } catch (e) {
            // A failing handler must not stop the others; Excel reports it to the console too.
            console.error("Demo host: worksheet onChanged handler failed", e);
          }
        }
        resolve();
      }, 0);
    });
    this.pending.add(p);
    void p.then(() => this.pending.delete(p));
  }

  /** Resolves when all handlers queued so far (and any they caused) have run. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}
