/** The sheet tabs (role="tablist"), one tab per worksheet. */
import type { SheetModel } from "../excel/model/sheet";
import type { DemoStrings } from "./strings";

export class SheetTabs {
  readonly element: HTMLDivElement;

  constructor(
    doc: Document,
    strings: DemoStrings,
    private readonly onSelect: (sheet: SheetModel) => void
  ) {
    this.element = doc.createElement("div");
    this.element.className = "dw-tabs";
    this.element.setAttribute("role", "tablist");
    this.element.setAttribute("aria-label", strings.sheetTabs);
  }

  render(sheets: SheetModel[], active: SheetModel): void {
    const doc = this.element.ownerDocument;
    this.element.replaceChildren(
      ...sheets.map((s) => {
        const tab = doc.createElement("button");
        tab.type = "button";
        tab.setAttribute("role", "tab");
        tab.setAttribute("aria-selected", String(s === active));
        tab.dataset.sheet = s.name;
        tab.textContent = s.name;
        if (s.tabColor) tab.style.borderBottom = `3px solid ${s.tabColor}`;
        tab.addEventListener("click", () => this.onSelect(s));
        return tab;
      })
    );
  }
}
