/**
 * The user's undo stack (Ctrl+Z). User edits push an entry; what an add-in's write does to the stack
 * depends on the host profile: hosts before undo support wipe it (office-js #3788), ExcelApi 1.19+
 * hosts push the add-in's batch as an entry of its own (see ../profiles.ts). Entries restore whole
 * sheet states (restorePoint.ts).
 */
export interface UndoEntry {
  source: "user" | "addin";
  label: string;
  restore(): void;
}

export class UndoStack {
  private entries: UndoEntry[] = [];
  /** How many times an add-in's write wiped the stack (for tests and the demo page). */
  cleared = 0;

  get size(): number {
    return this.entries.length;
  }

  /** The entries, oldest first (labels and sources, for assertions). */
  list(): Pick<UndoEntry, "source" | "label">[] {
    return this.entries.map(({ source, label }) => ({ source, label }));
  }

  top(): UndoEntry | undefined {
    return this.entries[this.entries.length - 1];
  }

  push(entry: UndoEntry): void {
    this.entries.push(entry);
  }

  clear(): void {
    if (this.entries.length) this.cleared++;
    this.entries = [];
  }

  /** Ctrl+Z: undoes the newest entry; false when there is nothing to undo. */
  undo(): UndoEntry | null {
    const e = this.entries.pop();
    if (!e) return null;
    e.restore();
    return e;
  }
}
