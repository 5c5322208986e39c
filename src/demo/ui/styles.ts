/** The demo workbook's stylesheet, added once per document. */
const CSS = `
.dw-root { display: flex; flex-direction: column; height: 100%; min-height: 0; font: 13px system-ui, "Microsoft YaHei", sans-serif; color: #201f1e; background: #fff; position: relative; }
.dw-bar { display: flex; align-items: center; gap: 6px; padding: 4px 6px; border-bottom: 1px solid #d1d1d1; background: #f3f2f1; }
.dw-bar .dw-name { width: 80px; font: inherit; padding: 2px 4px; border: 1px solid #c8c6c4; background: #fff; }
.dw-bar .dw-fx { color: #605e5c; font-style: italic; padding: 0 4px; }
.dw-bar .dw-formula { flex: 1; font: inherit; padding: 2px 4px; border: 1px solid #c8c6c4; }
.dw-scroll { flex: 1; overflow: auto; position: relative; min-height: 0; }
.dw-grid { border-collapse: collapse; table-layout: fixed; }
.dw-grid th { background: #f3f2f1; color: #605e5c; font-weight: normal; font-size: 12px; border: 1px solid #d1d1d1; position: sticky; z-index: 2; user-select: none; }
.dw-grid thead th { top: 0; height: 20px; }
.dw-grid tbody th { left: 0; width: 40px; z-index: 1; }
.dw-grid thead th.dw-corner { left: 0; z-index: 3; }
.dw-grid td { border: 1px solid #e1e1e1; padding: 0 3px; overflow: hidden; white-space: nowrap; text-overflow: clip; cursor: cell; box-sizing: border-box; }
.dw-grid td.dw-in-selection { box-shadow: inset 0 0 0 9999px rgba(33, 115, 70, 0.12); }
.dw-grid td[aria-selected="true"] { outline: 2px solid #217346; outline-offset: -2px; }
.dw-editor { position: absolute; box-sizing: border-box; margin: 0; border: 2px solid #217346; padding: 0 2px; font: inherit; background: #fff; z-index: 4; opacity: 0; pointer-events: none; }
.dw-editor.dw-editing { opacity: 1; pointer-events: auto; }
.dw-tabs { display: flex; gap: 2px; padding: 2px 6px; border-top: 1px solid #d1d1d1; background: #f3f2f1; }
.dw-tabs [role="tab"] { font: inherit; border: 1px solid transparent; background: transparent; padding: 3px 12px; cursor: pointer; }
.dw-tabs [role="tab"][aria-selected="true"] { background: #fff; border-color: #d1d1d1; border-top-color: #fff; color: #217346; font-weight: 600; }
.dw-dialog-backdrop { position: absolute; inset: 0; background: rgba(0, 0, 0, 0.2); display: flex; align-items: center; justify-content: center; z-index: 10; }
.dw-dialog { background: #fff; border: 1px solid #8a8886; box-shadow: 0 6px 20px rgba(0,0,0,.25); min-width: 280px; max-width: 420px; padding: 16px; }
.dw-dialog h2 { font-size: 14px; margin: 0 0 8px; }
.dw-dialog p { margin: 0 0 16px; white-space: pre-wrap; }
.dw-dialog .dw-buttons { display: flex; justify-content: flex-end; gap: 8px; }
.dw-dialog button { font: inherit; min-width: 72px; padding: 3px 10px; }
`;

export function ensureStyles(doc: Document): void {
  if (doc.getElementById("dw-styles")) return;
  const el = doc.createElement("style");
  el.id = "dw-styles";
  el.textContent = CSS;
  doc.head.appendChild(el);
}
