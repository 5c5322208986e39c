/**
 * Inserting and deleting entire rows. The engine moves cell formulas and names; this moves
 * everything else the way Excel does: formats (inserted rows take the format of the row above),
 * row heights, merges, validation, conditional formats and their formulas.
 */
import { MAX_COLS } from "./address";
import { adjustAnchoredFormula } from "./anchoredFormula";
import { firstCorner } from "./conditionalFormat";
import { ModelError } from "./errors";
import { mapSpan, shiftKeyedRows, shiftRowMap, type RowChange } from "./rowShift";
import { cellKey, keyCol, keyRow, type SheetModel } from "./sheet";
import { rewriteValidation, type Validation } from "./validation";
import type { WorkbookCore } from "./workbookCore";

function check(s: SheetModel, at: number, count: number): void {
  if (!Number.isInteger(at) || !Number.isInteger(count) || at < 0 || count < 1)
    throw new ModelError("InvalidArgument", `Invalid rows ${at + 1}:${at + count}`);
  if (s.protected)
    throw new ModelError("AccessDenied", "Rows can't be inserted or deleted on a protected sheet");
}

export class RowOps {
  constructor(private readonly wb: WorkbookCore) {}

  insert(s: SheetModel, at: number, count: number): void {
    check(s, at, count);
    const ch: RowChange = { kind: "insert", at, count };
    this.wb.engine.addRows(s.engineId, at, count);
    const validationsBefore = new Map(s.validations);
    moveSheetState(this.wb.sheets, s, ch);
    if (at > 0) {
      // Format Same As Above: the new rows copy the formats of the row above them.
      for (const [key, f] of [...s.formats]) {
        if (keyRow(key) !== at - 1) continue;
        for (let i = 0; i < count; i++) s.formats.set(cellKey(at + i, keyCol(key)), f);
      }
      // Validation grows when rows are inserted inside its area.
      for (const [key, v] of validationsBefore) {
        if (keyRow(key) !== at - 1) continue;
        const below = validationsBefore.get(cellKey(at, keyCol(key)));
        if (below === v)
          for (let i = 0; i < count; i++) s.validations.set(cellKey(at + i, keyCol(key)), v);
      }
    }
    this.changed(s, ch, "RowInserted");
  }

  delete(s: SheetModel, at: number, count: number): void {
    check(s, at, count);
    const ch: RowChange = { kind: "delete", at, count };
    this.wb.engine.removeRows(s.engineId, at, count);
    moveSheetState(this.wb.sheets, s, ch);
    this.changed(s, ch, "RowDeleted");
  }

  private changed(s: SheetModel, ch: RowChange, changeType: string): void {
    this.wb.cf.invalidate();
    this.wb.emitChange(s, `${ch.at + 1}:${ch.at + ch.count}`, changeType);
    this.wb.notify("structure", s);
  }
}

function moveSheetState(sheets: SheetModel[], s: SheetModel, ch: RowChange): void {
  shiftKeyedRows(s.formats, MAX_COLS, ch);
  shiftRowMap(s.rowHeights, ch);
  s.merges = s.merges.flatMap((m) => {
    const span = mapSpan(m.r0, m.r1, ch);
    return span && (span[1] > span[0] || m.c1 > m.c0) ? [{ ...m, r0: span[0], r1: span[1] }] : [];
  });
  const sel = mapSpan(s.selection.r0, s.selection.r1, ch);
  if (sel) s.selection = { ...s.selection, r0: sel[0], r1: sel[1] };

  // Validation: move the cells, then re-anchor each validation at its new top-left cell.
  const oldAnchors = new Map<Validation, { r: number; c: number }>();
  for (const v of s.validations.values()) oldAnchors.set(v, { ...v.anchor });
  shiftKeyedRows(s.validations, MAX_COLS, ch);
  const newAnchors = new Map<Validation, { r: number; c: number }>();
  for (const [key, v] of s.validations) {
    const a = newAnchors.get(v);
    const r = keyRow(key);
    const c = keyCol(key);
    if (!a || r < a.r || (r === a.r && c < a.c)) newAnchors.set(v, { r, c });
  }

  for (const sheet of sheets) {
    for (const rule of sheet.cfRules) {
      const oldAnchor = rule.anchor;
      if (sheet === s) {
        rule.areas = rule.areas.flatMap((a) => {
          const span = mapSpan(a.r0, a.r1, ch);
          return span ? [{ ...a, r0: span[0], r1: span[1] }] : [];
        });
        if (rule.areas.length === 0) {
          rule.deleted = true;
          continue;
        }
        rule.anchor = firstCorner(rule.areas);
      }
      rule.formula = adjustAnchoredFormula(
        rule.formula,
        sheet.name,
        oldAnchor,
        rule.anchor,
        s.name,
        ch
      );
    }
    sheet.cfRules = sheet.cfRules.filter((r) => !r.deleted);
    for (const v of new Set(sheet.validations.values())) {
      const oldAnchor = oldAnchors.get(v) ?? v.anchor;
      const newAnchor = (sheet === s ? newAnchors.get(v) : undefined) ?? v.anchor;
      rewriteValidation(v, (f) =>
        adjustAnchoredFormula(f, sheet.name, oldAnchor, newAnchor, s.name, ch)
      );
      v.anchor = newAnchor;
    }
  }
}
