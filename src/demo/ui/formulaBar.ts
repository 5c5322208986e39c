/** The name box and the formula bar (aria-label "编辑栏"), which also edits the active cell. */
import type { DemoStrings } from "./strings";

export interface FormulaBarEvents {
  /** Enter (or Tab) in the bar: commit the text to the active cell. */
  commit(text: string, move: [number, number]): Promise<boolean>;
  /** Escape in the bar: give up and go back to the grid. */
  cancel(): void;
}

export class FormulaBar {
  readonly element: HTMLDivElement;
  private readonly nameBox: HTMLInputElement;
  private readonly input: HTMLInputElement;
  private shown = "";

  constructor(doc: Document, strings: DemoStrings, events: FormulaBarEvents) {
    this.element = doc.createElement("div");
    this.element.className = "dw-bar";
    this.nameBox = doc.createElement("input");
    this.nameBox.className = "dw-name";
    this.nameBox.readOnly = true;
    this.nameBox.setAttribute("aria-label", strings.nameBox);
    const fx = doc.createElement("span");
    fx.className = "dw-fx";
    fx.textContent = "fx";
    fx.setAttribute("aria-hidden", "true");
    this.input = doc.createElement("input");
    this.input.className = "dw-formula";
    this.input.setAttribute("aria-label", "编辑栏");
    this.input.autocomplete = "off";
    this.input.spellcheck = false;
    this.element.append(this.nameBox, fx, this.input);

    this.input.addEventListener("keydown", (e) => {
      if (e.isComposing || e.keyCode === 229) return;
      if (e.key === "Enter" || e.key === "Tab") {
        e.preventDefault();
        const move: [number, number] =
          e.key === "Tab" ? [0, e.shiftKey ? -1 : 1] : [e.shiftKey ? -1 : 1, 0];
        void events.commit(this.input.value, move);
      } else if (e.key === "Escape") {
        e.preventDefault();
        this.input.value = this.shown;
        events.cancel();
      }
    });
  }

  /** Shows the active cell; ignored while the user is typing in the bar. */
  show(address: string, text: string): void {
    this.nameBox.value = address;
    this.shown = text;
    if (this.input.ownerDocument.activeElement !== this.input) this.input.value = text;
  }

  /** Mirrors what is being typed in the cell. */
  mirror(text: string): void {
    this.input.value = text;
  }
}
