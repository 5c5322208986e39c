/** A1 addresses, rectangles and relative-reference shifting. Pure helpers, 0-based rows and columns. */

export interface CellPos {
  row: number;
  col: number;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function colLetter(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A → 0, AA → 26. */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function a1(pos: CellPos, abs: { row?: boolean; col?: boolean } = {}): string {
  return `${abs.col ? "$" : ""}${colLetter(pos.col)}${abs.row ? "$" : ""}${pos.row + 1}`;
}

export function rectOf(a: CellPos, b: CellPos = a): Rect {
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** "B7:D7", or "B7" for a single cell. */
export function rectAddress(r: Rect, abs: { row?: boolean; col?: boolean } = {}): string {
  const tl = a1({ row: r.top, col: r.left }, abs);
  if (r.top === r.bottom && r.left === r.right) return tl;
  return `${tl}:${a1({ row: r.bottom, col: r.right }, abs)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "D4" or "$D$4" → position; null when not a cell address. */
export function parseA1(address: string): CellPos | null {
  const m = CELL.exec(address.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  if (row < 0) return null;
  return { row, col: colIndex(m[1]) };
}

/** "A1:C3", "'报告'!$A$1:$C$3" or "B7" → rectangle; null when unreadable. The sheet prefix is dropped. */
export function parseRange(address: string): Rect | null {
  const bang = address.lastIndexOf("!");
  const body = bang >= 0 ? address.slice(bang + 1) : address;
  const [a, b] = body.split(":");
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  return rectOf(p, q);
}

export function rectCells(r: Rect): CellPos[] {
  const out: CellPos[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

export function rectSize(r: Rect): { rows: number; cols: number } {
  return { rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 };
}

/** The cells two rectangles share; null when they do not meet. */
export function intersect(a: Rect, b: Rect): Rect | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

/** True when `inner` lies wholly within `outer`. */
export function rectWithin(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.bottom <= outer.bottom &&
    inner.right <= outer.right
  );
}

/** Smallest rectangle holding both. */
export function rectUnion(a: Rect, b: Rect): Rect {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/**
 * Cover a set of cells with few rectangles: runs along each row, then runs of rows with identical
 * column runs stacked. Exact (covers the cells and nothing else); rectangles come out in reading order.
 */
export function rectsOf(cells: CellPos[]): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) {
    const cols = byRow.get(c.row) ?? [];
    cols.push(c.col);
    byRow.set(c.row, cols);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const runsOf = (row: number): [number, number][] => {
    const cols = [...new Set(byRow.get(row)!)].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else runs.push([c, c]);
    }
    return runs;
  };
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  let prevRow = -2;
  for (const row of rows) {
    const runs = runsOf(row);
    const keys = new Set(runs.map(([l, r]) => `${l}:${r}`));
    for (const [k, rect] of open) {
      if (row !== prevRow + 1 || !keys.has(k)) {
        done.push(rect);
        open.delete(k);
      }
    }
    for (const [l, r] of runs) {
      const k = `${l}:${r}`;
      const rect = open.get(k);
      if (rect) rect.bottom = row;
      else open.set(k, { top: row, left: l, bottom: row, right: r });
    }
    prevRow = row;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Sheet name as it appears in a reference: always quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `'报告'!$A$1:$O$53` */
export function sheetRef(sheetName: string, r: Rect): string {
  return `${quoteSheet(sheetName)}!${rectAddress(r, { row: true, col: true })}`;
}
