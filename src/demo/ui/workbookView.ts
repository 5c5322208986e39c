/**
 * The page's workbook: formula bar, grid and sheet tabs over one model. Model changes are
 * gathered and drawn once per microtask, so a sync that writes hundreds of cells redraws once.
 */
import type { Workbook } from "../excel/model/workbook";
import type { ModelChangeKind } from "../excel/model/workbookCore";
import { FormulaBar } from "./formulaBar";
import { GridView } from "./grid";
import { stringsFor } from "./strings";
import { ensureStyles } from "./styles";
import { SheetTabs } from "./tabs";

export class WorkbookView {
  readonly root: HTMLDivElement;
  readonly grid: GridView;
  private readonly bar: FormulaBar;
  private readonly tabs: SheetTabs;
  private pending = new Set<ModelChangeKind>();
  private scheduled = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly wb: Workbook,
    container: HTMLElement,
    displayLanguage = "zh-CN"
  ) {
    const doc = container.ownerDocument;
    ensureStyles(doc);
    const strings = stringsFor(displayLanguage);
    this.root = doc.createElement("div");
    this.root.className = "dw-root";
    this.grid = new GridView(wb, strings, this.root, {
      onActiveCell: (address, text) => this.bar.show(address, text),
      onEditText: (text) => this.bar.mirror(text),
    });
    this.bar = new FormulaBar(doc, strings, {
      commit: async (text, move) => {
        const ok = await this.grid.commit(text, move);
        this.grid.focus();
        return ok;
      },
      cancel: () => this.grid.focus(),
    });
    this.tabs = new SheetTabs(doc, strings, (s) => wb.activate(s));
    this.root.append(this.bar.element, this.grid.element, this.tabs.element);
    container.replaceChildren(this.root);
    this.unsubscribe = wb.subscribe((kind) => this.schedule(kind));
    this.tabs.render(wb.sheets, wb.activeSheet);
    this.grid.build();
  }

  private schedule(kind: ModelChangeKind): void {
    this.pending.add(kind);
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => this.flush());
  }

  /** Draws pending changes now. */
  flush(): void {
    this.scheduled = false;
    const kinds = this.pending;
    this.pending = new Set();
    if (kinds.size === 0) return;
    if (kinds.has("sheets") || kinds.has("selection"))
      this.tabs.render(this.wb.sheets, this.wb.activeSheet);
    if (kinds.has("sheets") || kinds.has("structure") || this.grid.needsBuild()) {
      this.grid.build();
      return;
    }
    if (kinds.has("cells") || kinds.has("format")) this.grid.paint();
    if (kinds.has("selection")) this.grid.showSelection();
  }

  destroy(): void {
    this.unsubscribe();
    this.root.remove();
  }
}
