/**
 * The user's own actions in the grid (or tests acting as the user): typing into a cell, pasting,
 * and Ctrl+Z. Each edit goes on the undo stack; the add-in's writes reach it through api/context.ts.
 */
import { cellAddress, formatRect, rect, type Rect } from "./address";
import { parseInput } from "./cellInput";
import type { CellOps } from "./cells";
import { isFormula } from "./engine";
import { shiftRelative } from "./formulaRefs";
import { restorePoint } from "./restorePoint";
import { cellKey, type SheetModel } from "./sheet";
import { passes, type ErrorAlert } from "./validation";
import type { WorkbookCore } from "./workbookCore";

export type EntryResult =
  | { ok: true }
  | { ok: false; reason: "validation"; alert: ErrorAlert }
  | { ok: false; reason: "protected" }
  | { ok: false; reason: "formula" };

export class UserActions {
  constructor(
    private readonly wb: WorkbookCore,
    private readonly cells: CellOps
  ) {}

  /** Runs a user's edit of `sheet` and puts it on the undo stack when `keep` says it happened. */
  edit<T>(sheet: SheetModel, label: string, fn: () => T, keep: (r: T) => boolean = () => true): T {
    const restore = restorePoint(this.wb, [sheet]);
    const result = fn();
    if (keep(result)) this.wb.undo.push({ source: "user", label, restore });
    return result;
  }

  /** Ctrl+V of values (no validation). */
  paste(s: SheetModel, r: Rect, input: unknown): void {
    this.edit(s, `paste ${formatRect(r)}`, () => this.cells.write(s, r, input));
  }

  /**
   * A value typed into a cell in the grid: parsed as Excel parses typing, checked against the
   * cell's data validation (with the new value in place, as Excel evaluates it) and refused with
   * the rule's error alert when it fails. `override` accepts a Warning/Information alert's value.
   */
  enter(s: SheetModel, r: number, c: number, text: string, override = false): EntryResult {
    return this.edit(
      s,
      `type ${text}`,
      () => this.type(s, r, c, text, override),
      (res) => res.ok
    );
  }

  /** Ctrl+Z: undoes the newest entry of the stack, and reports it like an edit. */
  undo(): boolean {
    const { wb } = this;
    const e = wb.undo.undo();
    if (!e) return false;
    for (const s of wb.sheets) {
      const used = this.cells.usedRect(s);
      if (e.source === "user" || wb.profile.formatChangeEvents)
        wb.emitChange(s, used ?? rect(0, 0), "RangeEdited", false);
    }
    wb.notify("cells", null);
    return true;
  }

  private type(s: SheetModel, r: number, c: number, text: string, override: boolean): EntryResult {
    const { engine } = this.wb;
    if (s.protected && s.format(r, c).locked) return { ok: false, reason: "protected" };
    const entry =
      parseInput(text, s.format(r, c).numberFormat, (f) => engine.isValidFormula(f)) ?? null;
    if (isFormula(entry) && !engine.isValidFormula(entry.formula))
      return { ok: false, reason: "formula" };
    const before = engine.content(s.engineId, r, c);
    engine.setContent(s.engineId, r, c, entry);
    const v = s.validations.get(cellKey(r, c));
    if (v && v.rule && v.errorAlert.showAlert && !(override && v.errorAlert.style !== "Stop")) {
      const dr = r - v.anchor.r;
      const dc = c - v.anchor.c;
      const ok = passes(v, engine.value(s.engineId, r, c), (f) =>
        engine.evaluate(shiftRelative(f, dr, dc), s.engineId)
      );
      if (!ok) {
        engine.setContent(s.engineId, r, c, before);
        return { ok: false, reason: "validation", alert: { ...v.errorAlert } };
      }
    }
    this.wb.emitChange(s, cellAddress(r, c), "RangeEdited");
    this.wb.notify("cells", s);
    return { ok: true };
  }
}
