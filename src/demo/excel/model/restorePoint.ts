/**
 * Restore points for undo: whole sheet states taken just before a change (simple, and the demo's
 * sheets are small). The stack that holds them is undo.ts.
 */
import type { Rect } from "./address";
import type { CellContent } from "./engine";
import type { SheetModel } from "./sheet";
import type { WorkbookCore } from "./workbookCore";

interface SheetState {
  sheet: SheetModel;
  bounds: Rect | null;
  contents: CellContent[][];
  formats: SheetModel["formats"] extends Map<infer K, infer V> ? [K, V][] : never;
  merges: Rect[];
  validations: string;
  validationKeys: [number, number][];
  cfRules: string;
  colWidths: [number, number][];
  rowHeights: [number, number][];
}

function capture(wb: WorkbookCore, s: SheetModel): SheetState {
  const bounds = wb.engine.contentBounds(s.engineId);
  const contents: CellContent[][] = [];
  if (bounds)
    for (let r = bounds.r0; r <= bounds.r1; r++) {
      const line: CellContent[] = [];
      for (let c = bounds.c0; c <= bounds.c1; c++) line.push(wb.engine.content(s.engineId, r, c));
      contents.push(line);
    }
  // Validation objects are shared by the cells of one rule: keep that sharing through an index.
  const unique = [...new Set(s.validations.values())];
  return {
    sheet: s,
    bounds,
    contents,
    formats: [...s.formats.entries()],
    merges: s.merges.map((m) => ({ ...m })),
    validations: JSON.stringify(unique),
    validationKeys: [...s.validations.entries()].map(([k, v]) => [k, unique.indexOf(v)]),
    cfRules: JSON.stringify(s.cfRules),
    colWidths: [...s.colWidths.entries()],
    rowHeights: [...s.rowHeights.entries()],
  };
}

function apply(wb: WorkbookCore, st: SheetState): void {
  const s = st.sheet;
  if (s.deleted) return;
  const now = wb.engine.contentBounds(s.engineId);
  wb.engine.batch(() => {
    if (now)
      for (let r = now.r0; r <= now.r1; r++)
        for (let c = now.c0; c <= now.c1; c++) wb.engine.setContent(s.engineId, r, c, null);
    if (st.bounds)
      st.contents.forEach((line, i) =>
        line.forEach((v, j) => {
          if (v !== null) wb.engine.setContent(s.engineId, st.bounds!.r0 + i, st.bounds!.c0 + j, v);
        })
      );
  });
  s.formats.clear();
  for (const [k, f] of st.formats) s.formats.set(k, f);
  s.merges = st.merges.map((m) => ({ ...m }));
  const unique = JSON.parse(st.validations) as unknown[];
  s.validations.clear();
  for (const [k, i] of st.validationKeys) s.validations.set(k, unique[i] as never);
  s.cfRules = JSON.parse(st.cfRules) as SheetModel["cfRules"];
  s.colWidths.clear();
  for (const [k, v] of st.colWidths) s.colWidths.set(k, v);
  s.rowHeights.clear();
  for (const [k, v] of st.rowHeights) s.rowHeights.set(k, v);
  wb.cf.invalidate();
  wb.notify("structure", s);
}

/** A restore point for the given sheets (every sheet when none are given). */
export function restorePoint(wb: WorkbookCore, sheets: SheetModel[] = wb.sheets): () => void {
  const states = sheets.map((s) => capture(wb, s));
  return () => states.forEach((st) => apply(wb, st));
}
