/**
 * Evaluates custom conditional formats with the formula engine. Each (rule, cell) pair gets a
 * formula in a hidden engine sheet: the rule's formula with its relative references moved from
 * the anchor to that cell and qualified with the owner sheet. The engine then keeps every result
 * current incrementally, so an edit costs only the formulas that depend on it.
 */
import { MAX_COLS } from "./address";
import type { CfRule, CfStyle } from "./conditionalFormat";
import { isError, toPlain, type Engine } from "./engine";
import { mapFormula } from "./formulaRefs";

export interface CfSheet {
  name: string;
  cfRules: CfRule[];
}

/** Cells beyond this window are not evaluated (the demo never shows them). */
export interface CfWindow {
  rows: number;
  cols: number;
}

// "[" cannot appear in an Excel sheet name, so this never collides with a user's sheet.
const SCRATCH = "[demo-cf]";

interface Slot {
  key: number;
  rule: CfRule;
}

/** The rule's formula as seen from the cell (dr, dc) away from its anchor, on `sheet`. */
export function formulaAt(formula: string, sheet: string, dr: number, dc: number): string {
  return mapFormula(formula, {
    ref: (ref) => {
      const move = (p: typeof ref.a) => ({
        ...p,
        row: p.row === undefined || p.rowAbs ? p.row : p.row + dr,
        col: p.col === undefined || p.colAbs ? p.col : p.col + dc,
      });
      const a = move(ref.a);
      const b = ref.b && move(ref.b);
      if ((a.row ?? 0) < 0 || (a.col ?? 0) < 0 || (b && ((b.row ?? 0) < 0 || (b.col ?? 0) < 0)))
        return "#REF!";
      return { sheet: ref.sheet ?? sheet, a, b };
    },
  });
}

export class CfEvaluator {
  private readonly scratch: number;
  private readonly slots = new Map<CfSheet, { start: number; slots: Slot[] }>();
  private dirty = true;

  constructor(
    private readonly engine: Engine,
    private readonly sheets: () => CfSheet[],
    private readonly window: CfWindow = { rows: 1000, cols: 100 }
  ) {
    this.scratch = engine.addSheet(SCRATCH);
  }

  /** Call after rules, their ranges or formulas, or the sheet structure change. */
  invalidate(): void {
    this.dirty = true;
  }

  private rebuild(): void {
    this.slots.clear();
    const rows: string[][] = [];
    for (const sheet of this.sheets()) {
      const start = rows.length;
      const slots: Slot[] = [];
      for (const rule of sheet.cfRules) {
        if (rule.deleted || rule.type !== "Custom" || !rule.formula) continue;
        for (const area of rule.areas) {
          const r1 = Math.min(area.r1, this.window.rows - 1);
          const c1 = Math.min(area.c1, this.window.cols - 1);
          for (let r = area.r0; r <= r1; r++)
            for (let c = area.c0; c <= c1; c++) {
              const f = formulaAt(rule.formula, sheet.name, r - rule.anchor.r, c - rule.anchor.c);
              rows.push([this.engine.toEngine(f.startsWith("=") ? f : "=" + f)]);
              slots.push({ key: r * MAX_COLS + c, rule });
            }
        }
      }
      this.slots.set(sheet, { start, slots });
    }
    this.engine.hf.setSheetContent(this.scratch, rows);
    this.dirty = false;
  }

  /** The conditional look of each cell of `sheet` that has one, keyed row * MAX_COLS + col. */
  styles(sheet: CfSheet): Map<number, CfStyle> {
    if (this.dirty) this.rebuild();
    const out = new Map<number, CfStyle>();
    const entry = this.slots.get(sheet);
    if (!entry || entry.slots.length === 0) return out;
    const values = this.engine.hf.getRangeValues({
      start: { sheet: this.scratch, row: entry.start, col: 0 },
      end: { sheet: this.scratch, row: entry.start + entry.slots.length - 1, col: 0 },
    });
    const stopped = new Set<number>();
    // Slots are in priority order, so the first true rule for a cell wins each property.
    entry.slots.forEach((slot, i) => {
      if (stopped.has(slot.key)) return;
      const v = toPlain(values[i][0]);
      const on = v === true || (typeof v === "number" && v !== 0 && !isError(v));
      if (!on) return;
      const s = out.get(slot.key) ?? {};
      const st = slot.rule.style;
      if (s.fill === undefined && st.fill !== null) s.fill = st.fill;
      if (s.fontColor === undefined && st.fontColor !== null) s.fontColor = st.fontColor;
      if (s.bold === undefined && st.bold !== null) s.bold = st.bold;
      if (s.italic === undefined && st.italic !== null) s.italic = st.italic;
      out.set(slot.key, s);
      if (slot.rule.stopIfTrue) stopped.add(slot.key);
    });
    return out;
  }
}
