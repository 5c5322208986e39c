/** A workbook as the importer sees it: each sheet's cell values and merges, the defined names, our metadata parts. */
import type { Rect } from "../../../sheet";

export interface SheetGrid {
  name: string;
  /** values[row][col] from A1: numbers, strings, booleans; "" for empty and for the covered cells of a merge. */
  values: (string | number | boolean)[][];
  /** Formulas at the same places ("=SUM(…)"), "" where a cell holds none. */
  formulas: string[][];
  merges: Rect[];
}

export interface DefinedName {
  name: string;
  sheet: string;
  rect: Rect;
}

export interface WorkbookData {
  sheets: SheetGrid[];
  names: DefinedName[];
  /** Custom XML parts in the report metadata namespace (as the add-in writes them). */
  metadataParts: string[];
}
