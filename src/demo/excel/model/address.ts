/** A1 addresses: parsing, formatting and sheet-name quoting, as Excel writes them. */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface ParsedAddress {
  sheet: string | null;
  rect: Rect;
}

export function rect(r0: number, c0: number, r1 = r0, c1 = c0): Rect {
  return { r0, c0, r1, c1 };
}

export function rowCount(r: Rect): number {
  return r.r1 - r.r0 + 1;
}

export function colCount(r: Rect): number {
  return r.c1 - r.c0 + 1;
}

export function cellCount(r: Rect): number {
  return rowCount(r) * colCount(r);
}

export function isEntireRows(r: Rect): boolean {
  return r.c0 === 0 && r.c1 === MAX_COLS - 1;
}

export function isEntireCols(r: Rect): boolean {
  return r.r0 === 0 && r.r1 === MAX_ROWS - 1;
}

export function contains(outer: Rect, r: number, c: number): boolean {
  return r >= outer.r0 && r <= outer.r1 && c >= outer.c0 && c <= outer.c1;
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1
  );
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : null;
}

export function boundingRect(a: Rect, b: Rect): Rect {
  return {
    r0: Math.min(a.r0, b.r0),
    c0: Math.min(a.c0, b.c0),
    r1: Math.max(a.r1, b.r1),
    c1: Math.max(a.c1, b.c1),
  };
}

/** Parts of `a` not covered by `b` (at most four rectangles). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const i = intersect(a, b);
  if (!i) return [a];
  const out: Rect[] = [];
  if (a.r0 < i.r0) out.push({ r0: a.r0, c0: a.c0, r1: i.r0 - 1, c1: a.c1 });
  if (i.r1 < a.r1) out.push({ r0: i.r1 + 1, c0: a.c0, r1: a.r1, c1: a.c1 });
  if (a.c0 < i.c0) out.push({ r0: i.r0, c0: a.c0, r1: i.r1, c1: i.c0 - 1 });
  if (i.c1 < a.c1) out.push({ r0: i.r0, c0: i.c1 + 1, r1: i.r1, c1: a.c1 });
  return out;
}

export function columnLetters(c: number): string {
  let s = "";
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(r: number, c: number): string {
  return columnLetters(c) + (r + 1);
}

/** "A1", "A1:B2", "5:7" or "A:B" — the form Excel uses in Range.address. */
export function formatRect(r: Rect): string {
  if (isEntireRows(r)) return `${r.r0 + 1}:${r.r1 + 1}`;
  if (isEntireCols(r)) return `${columnLetters(r.c0)}:${columnLetters(r.c1)}`;
  const a = cellAddress(r.r0, r.c0);
  return r.r0 === r.r1 && r.c0 === r.c1 ? a : `${a}:${cellAddress(r.r1, r.c1)}`;
}

const CELL_LIKE = /^[A-Za-z]{1,3}\d+$/;
const R1C1_LIKE = /^([Rr]\d*)?([Cc]\d*)?$/;
const PLAIN_SHEET = /^[\p{L}_][\p{L}\p{N}_.]*$/u;

/** Excel quotes a sheet name in a reference only when it would not read as a plain name. */
export function quoteSheetIfNeeded(name: string): string {
  if (PLAIN_SHEET.test(name) && !CELL_LIKE.test(name) && !R1C1_LIKE.test(name)) return name;
  return quoteSheet(name);
}

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheet: string, r: Rect): string {
  return `${quoteSheetIfNeeded(sheet)}!${formatRect(r)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function parseCell(s: string): { r: number; c: number } | null {
  const m = CELL.exec(s);
  if (!m) return null;
  const c = columnIndex(m[1]);
  const r = Number(m[2]) - 1;
  return r >= 0 && r < MAX_ROWS && c < MAX_COLS ? { r, c } : null;
}

/** Splits an optional sheet prefix ('quoted''name'! or plain!) from the rest. */
export function splitSheet(text: string): { sheet: string | null; rest: string } {
  const t = text.trim();
  if (t.startsWith("'")) {
    const m = /^'((?:[^']|'')+)'!(.*)$/s.exec(t);
    if (m) return { sheet: m[1].replace(/''/g, "'"), rest: m[2] };
    return { sheet: null, rest: t };
  }
  const bang = t.lastIndexOf("!");
  if (bang > 0) return { sheet: t.slice(0, bang), rest: t.slice(bang + 1) };
  return { sheet: null, rest: t };
}

/** Parses one area ("A1", "$A$1:B2", "5:7", "A:B", optionally sheet-qualified); null if it isn't one. */
export function parseAddress(text: string): ParsedAddress | null {
  const { sheet, rest } = splitSheet(text);
  const parts = rest.split(":");
  if (parts.length === 1) {
    const p = parseCell(parts[0]);
    return p ? { sheet, rect: rect(p.r, p.c) } : null;
  }
  if (parts.length !== 2) return null;
  const [a, b] = parts;
  const pa = parseCell(a);
  const pb = parseCell(b);
  if (pa && pb) return { sheet, rect: normalize(rect(pa.r, pa.c, pb.r, pb.c)) };
  const ra = ROW.exec(a);
  const rb = ROW.exec(b);
  if (ra && rb) {
    const r0 = Number(ra[1]) - 1;
    const r1 = Number(rb[1]) - 1;
    if (r0 < 0 || r1 < 0 || r0 >= MAX_ROWS || r1 >= MAX_ROWS) return null;
    return { sheet, rect: normalize(rect(r0, 0, r1, MAX_COLS - 1)) };
  }
  const ca = COL.exec(a);
  const cb = COL.exec(b);
  if (ca && cb) {
    const c0 = columnIndex(ca[1]);
    const c1 = columnIndex(cb[1]);
    if (c0 >= MAX_COLS || c1 >= MAX_COLS) return null;
    return { sheet, rect: normalize(rect(0, c0, MAX_ROWS - 1, c1)) };
  }
  return null;
}

function normalize(r: Rect): Rect {
  return {
    r0: Math.min(r.r0, r.r1),
    c0: Math.min(r.c0, r.c1),
    r1: Math.max(r.r0, r.r1),
    c1: Math.max(r.c0, r.c1),
  };
}
