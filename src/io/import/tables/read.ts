/** What reading one table yields, before the report is assembled. */
import type { EditionId, RawValue, TableNo } from "../../../report/types";
import { deviationOf } from "../labels/normalize";
import type { ImportProblem, SourceCell, SourceRow } from "../types";
import { isValueLike, toRaw } from "./values";

/** A printed label that differs from the official one; turned into an L-01 finding once the edition is known. */
export interface LabelDeviation {
  table: TableNo;
  what: "row" | "group" | "section" | "column" | "heading" | "rowHeader" | "extraRow";
  /** Official label (absent for an extra row). */
  expected?: string;
  actual: string;
  /** The cells concerned: rows and/or columns by id, or the rows of a group or section. */
  rowIds?: string[];
  colIds?: string[];
  group?: string;
  section?: string;
}

/** Records a printed label when it differs from the official one (`expected`). */
export function noteDeviation(
  list: LabelDeviation[],
  d: LabelDeviation & { expected: string }
): void {
  if (deviationOf(d.actual, d.expected)) list.push(d);
}

export interface TableRead {
  table: TableNo;
  /** Some row of the table was seen. */
  found: boolean;
  values: Record<string, RawValue>;
  deviations: LabelDeviation[];
  problems: ImportProblem[];
  /** Edition whose structure the printed table follows, when it tells. */
  edition?: EditionId;
  /** Rows printed with fewer values than columns: the cells not printed are unknown (not read). */
  shortRows: ShortRow[];
  /** Cell keys of those cells. */
  unread: string[];
  /** The table is printed a second time from here on; only the first copy was read. */
  duplicate?: { line?: number };
}

export interface ShortRow {
  label: string;
  line?: number;
  read: number;
  expected: number;
}

export function emptyRead(table: TableNo): TableRead {
  return {
    table,
    found: false,
    values: {},
    deviations: [],
    problems: [],
    shortRows: [],
    unread: [],
  };
}

/**
 * Stores a row's values; a cell the row did not print is recorded as unread (unknown), never blank.
 * `values` are the extractor's strings, `unknown` the positions it could not place.
 */
export function storeRow(
  out: TableRead,
  keys: string[],
  ex: { values: string[] | null; partial: string[]; unknown: number[] },
  label: string,
  line: number | undefined
): void {
  const values = ex.values ?? ex.partial;
  const unknown = new Set(ex.unknown);
  keys.forEach((key, k) => {
    if (unknown.has(k) || (!ex.values && k >= values.length)) out.unread.push(key);
    else out.values[key] = toRaw(values[k] ?? "");
  });
  if (unknown.size || !ex.values)
    out.shortRows.push({ label, line, read: keys.length - unknown.size, expected: keys.length });
}

/** Leading label cells of a row (text before the first value), and how many value-like cells it has. */
export function splitRow(row: SourceRow): {
  labels: SourceCell[];
  values: number;
  filled: SourceCell[];
} {
  const filled = row.cells.filter((c) => c.value !== "");
  const labels: SourceCell[] = [];
  for (const c of filled) {
    if (isValueLike(c.value)) break;
    labels.push(c);
  }
  return { labels, values: filled.filter((c) => isValueLike(c.value)).length, filled };
}

/** The cells to the right of a given cell. */
export function cellsAfter(row: SourceRow, cell: SourceCell | null): SourceCell[] {
  if (!cell) return row.cells;
  const i = row.cells.indexOf(cell);
  return row.cells.slice(i + 1);
}
