/**
 * The sheet grid: a table of the active sheet's cells (used range plus a margin), the selection,
 * and Excel-style typing through one <input> that always sits over the active cell. Keeping that
 * input focused lets the first keystroke, and IME composition, go straight into it.
 */
import {
  MAX_COLS,
  MAX_ROWS,
  cellAddress,
  columnLetters,
  parseAddress,
  rect,
  type Rect,
} from "../excel/model/address";
import { cellKey, keyCol, keyRow, type SheetModel } from "../excel/model/sheet";
import { cellView, editText } from "../excel/model/view";
import { ModelError } from "../excel/model/errors";
import type { EntryResult } from "../excel/model/user";
import type { Workbook } from "../excel/model/workbook";
import { showAlert } from "./alertDialog";
import { cellCss } from "./cellStyle";
import type { DemoStrings } from "./strings";

const MIN_ROWS = 60;
const MIN_COLS = 20;
const MAX_RENDER_ROWS = 1000; // matches the conditional-format evaluation window
const MAX_RENDER_COLS = 100;
const PX_PER_PT = 4 / 3;

type EditMode = null | "enter" | "edit";

export interface GridEvents {
  /** The active cell or its content changed: the formula bar shows `text` for `address`. */
  onActiveCell(address: string, text: string): void;
  /** The text being typed changed (the formula bar mirrors it). */
  onEditText(text: string): void;
}

export class GridView {
  readonly element: HTMLDivElement;
  private table: HTMLTableElement | null = null;
  private readonly editor: HTMLInputElement;
  private readonly cells = new Map<number, HTMLTableCellElement>();
  private readonly painted = new WeakMap<HTMLElement, string>();
  private selected: HTMLTableCellElement[] = [];
  private rows = 0;
  private cols = 0;
  private sheet: SheetModel | null = null;
  private mode: EditMode = null;
  private busy = false; // a dialog is open

  constructor(
    private readonly wb: Workbook,
    private readonly strings: DemoStrings,
    private readonly dialogHost: HTMLElement,
    private readonly events: GridEvents
  ) {
    const doc = dialogHost.ownerDocument;
    this.element = doc.createElement("div");
    this.element.className = "dw-scroll";
    this.editor = doc.createElement("input");
    this.editor.className = "dw-editor";
    this.editor.setAttribute("aria-label", strings.cellEditor);
    this.editor.autocomplete = "off";
    this.editor.spellcheck = false;
    this.element.appendChild(this.editor);
    this.editor.addEventListener("keydown", (e) => this.onKeyDown(e));
    this.editor.addEventListener("input", () => this.onInput());
    this.editor.addEventListener("compositionstart", () => this.startEditing("enter", null));
    this.element.addEventListener("mousedown", (e) => void this.onMouseDown(e));
    this.element.addEventListener("dblclick", (e) => this.onDoubleClick(e));
  }

  get editing(): boolean {
    return this.mode !== null;
  }

  focus(): void {
    this.editor.focus({ preventScroll: true });
  }

  /** Rebuilds the table (sheet switch, structure change, or the used range outgrew it). */
  build(): void {
    const s = this.wb.activeSheet;
    const doc = this.element.ownerDocument;
    const used = this.wb.cells.usedRect(s);
    const sel = s.selection;
    this.rows = Math.min(
      MAX_RENDER_ROWS,
      Math.max(MIN_ROWS, (used ? used.r1 + 1 : 0) + 20, Math.min(sel.r1, MAX_ROWS - 1) + 11)
    );
    this.cols = Math.min(
      MAX_RENDER_COLS,
      Math.max(MIN_COLS, (used ? used.c1 + 1 : 0) + 5, Math.min(sel.c1, MAX_COLS - 1) + 3)
    );
    this.sheet = s;
    this.cells.clear();
    this.selected = [];

    const table = doc.createElement("table");
    table.className = "dw-grid";
    table.setAttribute("role", "grid");
    table.setAttribute("aria-label", this.strings.grid(s.name));
    table.setAttribute("aria-rowcount", String(this.rows + 1));
    table.setAttribute("aria-colcount", String(this.cols + 1));

    const colgroup = doc.createElement("colgroup");
    const head = doc.createElement("col");
    head.style.width = "40px";
    colgroup.appendChild(head);
    let width = 40;
    for (let c = 0; c < this.cols; c++) {
      const col = doc.createElement("col");
      const px = Math.round(s.columnWidth(c) * PX_PER_PT);
      col.style.width = `${px}px`;
      width += px;
      colgroup.appendChild(col);
    }
    table.style.width = `${width}px`;
    table.appendChild(colgroup);

    const thead = doc.createElement("thead");
    const hr = doc.createElement("tr");
    hr.setAttribute("role", "row");
    const corner = doc.createElement("th");
    corner.className = "dw-corner";
    hr.appendChild(corner);
    for (let c = 0; c < this.cols; c++) {
      const th = doc.createElement("th");
      th.setAttribute("role", "columnheader");
      th.textContent = columnLetters(c);
      hr.appendChild(th);
    }
    thead.appendChild(hr);
    table.appendChild(thead);

    const covered = new Set<number>();
    const spans = new Map<number, Rect>();
    for (const m of s.merges) {
      if (m.r0 >= this.rows || m.c0 >= this.cols) continue;
      spans.set(cellKey(m.r0, m.c0), m);
      for (let r = m.r0; r <= Math.min(m.r1, this.rows - 1); r++)
        for (let c = m.c0; c <= Math.min(m.c1, this.cols - 1); c++)
          if (r !== m.r0 || c !== m.c0) covered.add(cellKey(r, c));
    }

    const tbody = doc.createElement("tbody");
    for (let r = 0; r < this.rows; r++) {
      const tr = doc.createElement("tr");
      tr.setAttribute("role", "row");
      tr.style.height = `${Math.round(s.rowHeight(r) * PX_PER_PT)}px`;
      const th = doc.createElement("th");
      th.setAttribute("role", "rowheader");
      th.textContent = String(r + 1);
      tr.appendChild(th);
      for (let c = 0; c < this.cols; c++) {
        const key = cellKey(r, c);
        if (covered.has(key)) continue;
        const td = doc.createElement("td");
        td.setAttribute("role", "gridcell");
        td.dataset.address = cellAddress(r, c);
        td.dataset.sheet = s.name;
        td.setAttribute("aria-selected", "false");
        const m = spans.get(key);
        if (m) {
          td.rowSpan = Math.min(m.r1, this.rows - 1) - m.r0 + 1;
          td.colSpan = Math.min(m.c1, this.cols - 1) - m.c0 + 1;
        }
        this.cells.set(key, td);
        tr.appendChild(td);
      }
      tbody.appendChild(tr);
    }
    table.appendChild(tbody);
    this.table?.remove();
    this.table = table;
    this.element.insertBefore(table, this.editor);
    this.paint();
    this.showSelection();
  }

  /** Whether the table must be rebuilt to show the sheet as it is now. */
  needsBuild(): boolean {
    const s = this.wb.activeSheet;
    if (s !== this.sheet || !this.table) return true;
    const used = this.wb.cells.usedRect(s);
    const sel = s.selection;
    const wantRows = Math.min(MAX_RENDER_ROWS, Math.max(used ? used.r1 + 1 : 0, sel.r1 + 2));
    const wantCols = Math.min(MAX_RENDER_COLS, Math.max(used ? used.c1 + 1 : 0, sel.c1 + 2));
    return wantRows > this.rows || wantCols > this.cols;
  }

  /** Updates every cell's text and look; only cells whose look changed touch the DOM. */
  paint(): void {
    const s = this.sheet;
    if (!s) return;
    const cf = this.wb.rules.cfStyles(s);
    for (const [key, td] of this.cells) {
      const v = cellView(this.wb, s, keyRow(key), keyCol(key), cf);
      const css = cellCss(v);
      if (this.painted.get(td) !== css) {
        td.style.cssText = css;
        this.painted.set(td, css);
      }
      if (td.textContent !== v.text) td.textContent = v.text;
    }
    if (!this.editing) this.reportActive();
  }

  /** Marks the selection and moves the editor over the active cell. */
  showSelection(): void {
    const s = this.sheet;
    if (!s) return;
    for (const td of this.selected) {
      td.setAttribute("aria-selected", "false");
      td.classList.remove("dw-in-selection");
    }
    this.selected = [];
    const sel = s.selection;
    const multi = sel.r1 > sel.r0 || sel.c1 > sel.c0;
    const m = s.mergeAt(sel.r0, sel.c0);
    const activeIsWholeSelection =
      m && m.r0 === sel.r0 && m.c0 === sel.c0 && m.r1 === sel.r1 && m.c1 === sel.c1;
    for (let r = sel.r0; r <= Math.min(sel.r1, this.rows - 1); r++)
      for (let c = sel.c0; c <= Math.min(sel.c1, this.cols - 1); c++) {
        const td = this.cells.get(cellKey(r, c));
        if (!td) continue;
        if (r === sel.r0 && c === sel.c0) td.setAttribute("aria-selected", "true");
        else if (multi && !activeIsWholeSelection) td.classList.add("dw-in-selection");
        this.selected.push(td);
      }
    this.placeEditor();
    if (!this.editing) this.reportActive();
  }

  private activeCell(): { s: SheetModel; r: number; c: number } {
    const s = this.wb.activeSheet;
    return { s, r: s.selection.r0, c: s.selection.c0 };
  }

  private reportActive(): void {
    const { s, r, c } = this.activeCell();
    this.events.onActiveCell(cellAddress(r, c), editText(this.wb, s, r, c));
  }

  private placeEditor(): void {
    const { r, c } = this.activeCell();
    const td = this.cells.get(cellKey(r, c));
    if (!td) return;
    this.editor.style.top = `${td.offsetTop}px`;
    this.editor.style.left = `${td.offsetLeft}px`;
    this.editor.style.width = `${Math.max(td.offsetWidth, 64)}px`;
    this.editor.style.height = `${td.offsetHeight}px`;
  }

  private scrollToActive(): void {
    const { r, c } = this.activeCell();
    const td = this.cells.get(cellKey(r, c));
    if (td && typeof td.scrollIntoView === "function")
      td.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  /** Selects one cell, or the merged area it belongs to. */
  selectCell(r: number, c: number): void {
    const s = this.wb.activeSheet;
    const rr = Math.max(0, Math.min(MAX_ROWS - 1, r));
    const cc = Math.max(0, Math.min(MAX_COLS - 1, c));
    this.wb.select(s, s.mergeAt(rr, cc) ?? rect(rr, cc));
  }

  /** Moves the active cell as Enter, Tab and the arrows do, stepping over merged areas. */
  private move(dr: number, dc: number): void {
    const { s, r, c } = this.activeCell();
    const m = s.mergeAt(r, c) ?? rect(r, c);
    const nr = dr > 0 ? m.r1 + dr : dr < 0 ? m.r0 + dr : r;
    const nc = dc > 0 ? m.c1 + dc : dc < 0 ? m.c0 + dc : c;
    const target = s.mergeAt(nr, nc);
    this.selectCell(target ? target.r0 : nr, target ? target.c0 : nc);
    this.scrollToActive();
  }

  // ---- editing ---------------------------------------------------------------------------------

  private startEditing(mode: Exclude<EditMode, null>, text: string | null): void {
    if (this.mode) return;
    this.mode = mode;
    if (text !== null) this.editor.value = text;
    this.editor.classList.add("dw-editing");
    this.placeEditor();
    this.events.onEditText(this.editor.value);
  }

  private stopEditing(): void {
    this.mode = null;
    this.editor.value = "";
    this.editor.classList.remove("dw-editing");
    this.reportActive();
  }

  cancelEdit(): void {
    this.stopEditing();
  }

  /** Starts editing the active cell with its content (F2, double-click). */
  editActive(): void {
    const { s, r, c } = this.activeCell();
    this.startEditing("edit", editText(this.wb, s, r, c));
    const end = this.editor.value.length;
    this.editor.setSelectionRange(end, end);
    this.focus();
  }

  /**
   * Commits `text` (the editor's, or the formula bar's) to the active cell, then moves. A refused
   * entry shows Excel's alert and leaves the cell as it was; returns whether the value went in.
   */
  async commit(text: string, move: [number, number] | null): Promise<boolean> {
    const { s, r, c } = this.activeCell();
    let result: EntryResult;
    try {
      result = this.wb.user.enter(s, r, c, text);
    } catch (e) {
      if (!(e instanceof ModelError)) throw e;
      result = { ok: false, reason: "formula" };
    }
    if (!result.ok) {
      this.busy = true;
      const alert = result.reason === "validation" ? result.alert : null;
      const answer = await showAlert(this.dialogHost, {
        title: alert?.title || this.strings.defaultAlertTitle,
        message: alert
          ? alert.message || this.strings.defaultAlertMessage
          : result.reason === "protected"
            ? this.strings.protectedMessage
            : this.strings.formulaMessage,
        okLabel: this.strings.ok,
        cancelLabel: alert && alert.style !== "Stop" ? this.strings.cancel : undefined,
      });
      this.busy = false;
      // Warning and Information alerts let the user keep the value; Stop never does.
      const keep = alert !== null && alert.style !== "Stop" && answer === "ok";
      if (keep) this.wb.user.enter(s, r, c, text, true);
      this.stopEditing();
      this.focus();
      if (!keep) return false;
    } else this.stopEditing();
    if (move) this.move(move[0], move[1]);
    return true;
  }

  private onInput(): void {
    if (!this.mode) this.startEditing("enter", null);
    this.events.onEditText(this.editor.value);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (this.busy) return;
    // Keys that belong to an IME composition are not commands.
    if (e.isComposing || e.keyCode === 229) return;
    // Ctrl+Z (⌘Z): the workbook's undo stack, which the add-in's writes may have wiped or joined.
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z" && !this.mode) {
      e.preventDefault();
      this.wb.user.undo();
      return;
    }
    const arrows: Record<string, [number, number]> = {
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowRight: [0, 1],
      ArrowLeft: [0, -1],
    };
    if (e.key === "Enter") {
      e.preventDefault();
      const step: [number, number] = e.shiftKey ? [-1, 0] : [1, 0];
      if (this.mode) void this.commit(this.editor.value, step);
      else this.move(step[0], step[1]);
    } else if (e.key === "Tab") {
      e.preventDefault();
      const step: [number, number] = e.shiftKey ? [0, -1] : [0, 1];
      if (this.mode) void this.commit(this.editor.value, step);
      else this.move(step[0], step[1]);
    } else if (e.key === "Escape") {
      if (this.mode) {
        e.preventDefault();
        this.cancelEdit();
      }
    } else if (e.key === "F2") {
      e.preventDefault();
      if (!this.mode) this.editActive();
    } else if (arrows[e.key]) {
      // While typing a new value the arrows commit and move; in F2 edit mode they move the caret.
      if (this.mode === "edit") return;
      e.preventDefault();
      const [dr, dc] = arrows[e.key];
      if (this.mode === "enter") void this.commit(this.editor.value, [dr, dc]);
      else this.move(dr, dc);
    } else if (e.key === "Delete" && !this.mode) {
      e.preventDefault();
      const s = this.wb.activeSheet;
      try {
        this.wb.user.edit(s, "delete", () => this.wb.cells.clear(s, s.selection, "Contents"));
      } catch (err) {
        if (!(err instanceof ModelError)) throw err;
        void showAlert(this.dialogHost, {
          title: this.strings.defaultAlertTitle,
          message: this.strings.protectedMessage,
          okLabel: this.strings.ok,
        }).then(() => this.focus());
      }
    }
  }

  private cellFrom(e: Event): HTMLTableCellElement | null {
    const t = e.target as Element | null;
    return (t?.closest?.("td[data-address]") as HTMLTableCellElement | null) ?? null;
  }

  private async onMouseDown(e: MouseEvent): Promise<void> {
    const td = this.cellFrom(e);
    if (!td || this.busy) return;
    e.preventDefault(); // keep focus in the editor
    if (this.mode) {
      const ok = await this.commit(this.editor.value, null);
      if (!ok) return;
    }
    const p = keyOf(td);
    this.selectCell(p.r, p.c);
    this.focus();
  }

  private onDoubleClick(e: MouseEvent): void {
    const td = this.cellFrom(e);
    if (!td || this.busy) return;
    const p = keyOf(td);
    this.selectCell(p.r, p.c);
    this.editActive();
  }
}

function keyOf(td: HTMLTableCellElement): { r: number; c: number } {
  const p = parseAddress(td.dataset.address ?? "A1");
  return p ? { r: p.rect.r0, c: p.rect.c0 } : { r: 0, c: 0 };
}
