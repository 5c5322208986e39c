/** Test helpers: what Excel would store for a plan, and a HyperFormula sheet built from it. */
import { HyperFormula } from "hyperformula";
import { parseRange, type SheetPlan } from "../../src/sheet";

/** A value as Excel keeps it after a `values` write: "'text" is stored as text, "" as an empty cell. */
export function stored(v: string | number): string | number {
  return typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
}

/** The block as Excel would hold it after applying the plan's values (formula cells left as written). */
export function storedGrid(plan: SheetPlan): (string | number)[][] {
  return plan.values.values.map((row) => row.map(stored));
}

/**
 * A HyperFormula workbook holding the plan's block at the plan's position on sheet 0: values (with
 * Excel's apostrophe convention, which HyperFormula shares) and total formulas.
 */
export function hyperFormulaOf(
  plan: SheetPlan,
  extraColumns = 0
): { hf: HyperFormula; top: number; left: number } {
  const block = parseRange(plan.values.range)!;
  const rows = block.bottom + 1;
  const cols = block.right + 1 + extraColumns;
  const data: (string | number | null)[][] = Array.from({ length: rows }, () =>
    new Array(cols).fill(null)
  );
  plan.values.values.forEach((row, i) =>
    row.forEach((v, j) => {
      data[block.top + i][block.left + j] = v === "" ? null : v;
    })
  );
  for (const w of plan.formulas) {
    const r = parseRange(w.range)!;
    w.formulas.forEach((row, i) => row.forEach((f, j) => (data[r.top + i][r.left + j] = f)));
  }
  const hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3" });
  return { hf, top: block.top, left: block.left };
}

/** Values of the plan's block as Excel returns them: "" for empty cells. */
export function blockValues(hf: HyperFormula, plan: SheetPlan): unknown[][] {
  const block = parseRange(plan.values.range)!;
  const out: unknown[][] = [];
  for (let r = block.top; r <= block.bottom; r++) {
    const row: unknown[] = [];
    for (let c = block.left; c <= block.right; c++) {
      const v = hf.getCellValue({ sheet: 0, row: r, col: c });
      row.push(
        v === null ? "" : typeof v === "object" ? String((v as { value: unknown }).value) : v
      );
    }
    out.push(row);
  }
  return out;
}
