/** Conditional formats and data validation: where they apply and how they change. */
import { cellCount, contains, intersect, subtract, type Rect } from "./address";
import { firstCorner, newCfRule, sortAreas, type CfRule, type CfStyle } from "./conditionalFormat";
import { ModelError } from "./errors";
import { FORMAT_CELL_LIMIT } from "./formatOps";
import { shiftRelative } from "./formulaRefs";
import { cellKey, keyCol, keyRow, type SheetModel } from "./sheet";
import { newValidation, passes, type Validation } from "./validation";
import type { WorkbookCore } from "./workbookCore";

export class RuleOps {
  constructor(private readonly wb: WorkbookCore) {}

  /** New rules go to the top of the sheet's priority order, as in Excel. */
  addCf(s: SheetModel, r: Rect, type: string): CfRule {
    const rule = newCfRule(r, type);
    s.cfRules.unshift(rule);
    this.wb.cf.invalidate();
    this.wb.notify("format", s);
    return rule;
  }

  setCfFormula(s: SheetModel, rule: CfRule, formula: string): void {
    const f = formula.startsWith("=") ? formula : "=" + formula;
    if (!this.wb.engine.isValidFormula(f))
      throw new ModelError("InvalidArgument", `The formula ${formula} contains an error`);
    rule.formula = f;
    this.wb.cf.invalidate();
    this.wb.notify("format", s);
  }

  deleteCf(s: SheetModel, rule: CfRule): void {
    s.cfRules = s.cfRules.filter((x) => x !== rule);
    rule.deleted = true;
    this.wb.cf.invalidate();
    this.wb.notify("format", s);
  }

  cfIntersecting(s: SheetModel, r: Rect): CfRule[] {
    return s.cfRules.filter((rule) => rule.areas.some((a) => intersect(a, r)));
  }

  /** Removes conditional formatting from the cells of `r`, splitting rules that extend beyond it. */
  clearCf(s: SheetModel, r: Rect): void {
    for (const rule of this.cfIntersecting(s, r)) {
      const areas = sortAreas(rule.areas.flatMap((a) => subtract(a, r)));
      if (areas.length === 0) {
        this.deleteCf(s, rule);
        continue;
      }
      const anchor = firstCorner(areas);
      rule.formula = shiftRelative(
        rule.formula,
        anchor.r - rule.anchor.r,
        anchor.c - rule.anchor.c
      );
      rule.areas = areas;
      rule.anchor = anchor;
    }
    this.wb.cf.invalidate();
    this.wb.notify("format", s);
  }

  markCfChanged(s: SheetModel): void {
    this.wb.cf.invalidate();
    this.wb.notify("format", s);
  }

  cfStyles(s: SheetModel): Map<number, CfStyle> {
    return this.wb.cf.styles(s);
  }

  validationsIn(s: SheetModel, r: Rect): (Validation | undefined)[] {
    const out: (Validation | undefined)[] = [];
    if (cellCount(r) > 100_000) return [...new Set(s.validations.values())];
    for (let row = r.r0; row <= r.r1; row++)
      for (let col = r.c0; col <= r.c1; col++) out.push(s.validations.get(cellKey(row, col)));
    return out;
  }

  /**
   * Changes validation on a range. The range shares one validation object anchored at its
   * top-left; a property set earlier on the same range (errorAlert before rule) is kept.
   */
  updateValidation(s: SheetModel, r: Rect, patch: (v: Validation) => void): void {
    if (cellCount(r) > FORMAT_CELL_LIMIT)
      throw new ModelError(
        "NotImplemented",
        `Demo host: validation on more than ${FORMAT_CELL_LIMIT} cells is not implemented`
      );
    const all = this.validationsIn(s, r);
    const shared = all[0];
    let v: Validation;
    if (
      shared &&
      all.every((x) => x === shared) &&
      shared.anchor.r === r.r0 &&
      shared.anchor.c === r.c0
    )
      v = shared;
    else {
      v = shared
        ? { ...(JSON.parse(JSON.stringify(shared)) as Validation), anchor: { r: r.r0, c: r.c0 } }
        : newValidation({ r: r.r0, c: r.c0 });
      for (let row = r.r0; row <= r.r1; row++)
        for (let col = r.c0; col <= r.c1; col++) s.validations.set(cellKey(row, col), v);
    }
    patch(v);
    this.wb.notify("format", s);
  }

  clearValidation(s: SheetModel, r: Rect): void {
    for (const key of [...s.validations.keys()])
      if (contains(r, keyRow(key), keyCol(key))) s.validations.delete(key);
    this.wb.notify("format", s);
  }

  /** Range.dataValidation.valid: true if every value passes, false if none does, null if mixed. */
  isValid(s: SheetModel, r: Rect): boolean | null {
    let bad = 0;
    for (const [key, v] of s.validations) {
      const row = keyRow(key);
      const col = keyCol(key);
      if (!contains(r, row, col)) continue;
      const ok = passes(v, this.wb.engine.value(s.engineId, row, col), (f) =>
        this.wb.engine.evaluate(shiftRelative(f, row - v.anchor.r, col - v.anchor.c), s.engineId)
      );
      if (!ok) bad++;
    }
    return bad === 0 ? true : bad === cellCount(r) ? false : null;
  }
}
