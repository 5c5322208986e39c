/** How row positions move when rows are inserted or deleted (0-based row indexes). */

export interface RowChange {
  kind: "insert" | "delete";
  at: number;
  count: number;
}

/** New index of a row, or null if the row was deleted. */
export function mapRow(row: number, ch: RowChange): number | null {
  if (ch.kind === "insert") return row >= ch.at ? row + ch.count : row;
  if (row < ch.at) return row;
  return row >= ch.at + ch.count ? row - ch.count : null;
}

/**
 * New span of rows r0..r1, or null if all of it was deleted. A span grows when rows are
 * inserted strictly inside it or right below its first row, and shrinks when part of it is deleted.
 */
export function mapSpan(r0: number, r1: number, ch: RowChange): [number, number] | null {
  if (ch.kind === "insert") {
    if (ch.at <= r0) return [r0 + ch.count, r1 + ch.count];
    if (ch.at <= r1) return [r0, r1 + ch.count];
    return [r0, r1];
  }
  const end = ch.at + ch.count - 1;
  if (r0 >= ch.at && r1 <= end) return null;
  const n0 = r0 < ch.at ? r0 : r0 > end ? r0 - ch.count : ch.at;
  const n1 = r1 < ch.at ? r1 : r1 > end ? r1 - ch.count : ch.at - 1;
  return [n0, n1];
}

/** Re-keys a map whose keys are row * width + col. Deleted rows' entries are dropped. */
export function shiftKeyedRows<T>(map: Map<number, T>, width: number, ch: RowChange): void {
  const entries = [...map.entries()];
  map.clear();
  for (const [key, v] of entries) {
    const r = Math.floor(key / width);
    const nr = mapRow(r, ch);
    if (nr !== null) map.set(nr * width + (key % width), v);
  }
}

/** Re-keys a map whose keys are row indexes. */
export function shiftRowMap<T>(map: Map<number, T>, ch: RowChange): void {
  const entries = [...map.entries()];
  map.clear();
  for (const [r, v] of entries) {
    const nr = mapRow(r, ch);
    if (nr !== null) map.set(nr, v);
  }
}
