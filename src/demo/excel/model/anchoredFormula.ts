/**
 * Conditional-format and validation formulas are stored relative to the top-left cell of the
 * range they apply to (Excel keeps them as offsets, like a shared formula). When rows move,
 * their relative parts follow the anchor and only their absolute parts are remapped.
 */
import { MAX_ROWS } from "./address";
import { mapFormula, sameSheet, type RefPart } from "./formulaRefs";
import { mapRow, type RowChange } from "./rowShift";

export interface Anchor {
  r: number;
  c: number;
}

export function adjustAnchoredFormula(
  formula: string,
  owner: string,
  oldAnchor: Anchor,
  newAnchor: Anchor,
  changedSheet: string,
  ch: RowChange
): string {
  const dr = newAnchor.r - oldAnchor.r;
  const dc = newAnchor.c - oldAnchor.c;
  return mapFormula(formula, {
    ref: (ref) => {
      const onChanged =
        ref.sheet === null
          ? owner.toLowerCase() === changedSheet.toLowerCase()
          : sameSheet(ref.sheet, changedSheet);
      const move = (p: RefPart, end: "start" | "end"): RefPart | null => {
        let row = p.row;
        if (row !== undefined) {
          if (!p.rowAbs) row += dr;
          else if (onChanged) {
            const m = mapRow(row, ch);
            if (m !== null) row = m;
            else if (ref.b)
              row = end === "start" ? ch.at : ch.at - 1; // a deleted end of a range clamps to what remains
            else return null;
          }
          if (row < 0 || row >= MAX_ROWS) return null;
        }
        const col = p.col === undefined || p.colAbs ? p.col : p.col + dc;
        if (col !== undefined && col < 0) return null;
        return { ...p, row, col };
      };
      const a = move(ref.a, "start");
      const b = ref.b ? move(ref.b, "end") : undefined;
      if (!a || b === null) return "#REF!";
      if (b && a.row !== undefined && b.row !== undefined && a.row > b.row) return "#REF!";
      return { sheet: ref.sheet, a, b };
    },
  });
}
