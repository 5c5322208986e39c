/** Whether cells read now hold what an earlier read of a larger block held (formulas, or values where none). */
import type { Rect } from "./a1";

/** True when `now`, read at `at`, equals `before` (read at before.rect) cell by cell, compared as text. */
export function sameCells(
  before: { rect: Rect; formulas: unknown[][] },
  at: Rect,
  now: unknown[][]
): boolean {
  return now.every((row, i) =>
    row.every(
      (v, j) =>
        String(v) ===
        String(before.formulas[at.top - before.rect.top + i]?.[at.left - before.rect.left + j])
    )
  );
}
