/**
 * A small scanner for A1 formulas that finds cell references and defined names, so that
 * formulas the engine does not own (conditional formats, validation) can be shifted,
 * qualified and adjusted the way Excel does. It never evaluates anything.
 */
import {
  MAX_COLS,
  MAX_ROWS,
  columnIndex,
  columnLetters,
  quoteSheet,
  quoteSheetIfNeeded,
} from "./address";

/** One end of a reference; a missing row or column means a whole-column or whole-row reference. */
export interface RefPart {
  row?: number;
  col?: number;
  rowAbs: boolean;
  colAbs: boolean;
}

export interface Ref {
  sheet: string | null;
  a: RefPart;
  b?: RefPart;
}

type Token =
  | { t: "text"; s: string }
  | { t: "ref"; ref: Ref }
  | { t: "name"; s: string }
  | { t: "bool"; s: string; call: boolean };

const ERROR_LITERAL = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)/i;
const WORD = /^[A-Za-z0-9_.\\$\u0080-\uFFFF]+/;
const NUMBER = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COL = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d{1,7})$/;

function cellPart(w: string): RefPart | null {
  const m = CELL.exec(w);
  if (!m) return null;
  const col = columnIndex(m[2]);
  const row = Number(m[4]) - 1;
  if (col >= MAX_COLS || row < 0 || row >= MAX_ROWS) return null;
  return { col, row, colAbs: m[1] === "$", rowAbs: m[3] === "$" };
}

function colPart(w: string): RefPart | null {
  const m = COL.exec(w);
  if (!m) return null;
  const col = columnIndex(m[2]);
  return col < MAX_COLS ? { col, colAbs: m[1] === "$", rowAbs: false } : null;
}

function rowPart(w: string): RefPart | null {
  const m = ROW.exec(w);
  if (!m) return null;
  const row = Number(m[2]) - 1;
  return row >= 0 && row < MAX_ROWS ? { row, rowAbs: m[1] === "$", colAbs: false } : null;
}

/** Reads a reference (cell, cell range, row range or column range) at position i. */
function readRef(f: string, i: number): { a: RefPart; b?: RefPart; end: number } | null {
  const w1 = /^[A-Za-z0-9$]+/.exec(f.slice(i));
  if (!w1) return null;
  const after = i + w1[0].length;
  if (f[after] === "(" || /[A-Za-z0-9_.\\\u0080-\uFFFF]/.test(f[after] ?? "")) return null;
  const w2 = f[after] === ":" ? /^[A-Za-z0-9$]+/.exec(f.slice(after + 1)) : null;
  const end2 = w2 ? after + 1 + w2[0].length : after;
  const cell = cellPart(w1[0]);
  if (cell) {
    const b = w2 ? cellPart(w2[0]) : null;
    return b ? { a: cell, b, end: end2 } : { a: cell, end: after };
  }
  if (!w2) return null;
  for (const part of [colPart, rowPart]) {
    const a = part(w1[0]);
    const b = part(w2[0]);
    if (a && b) return { a, b, end: end2 };
  }
  return null;
}

function scan(f: string): Token[] {
  const out: Token[] = [];
  let text = "";
  const flush = () => {
    if (text) out.push({ t: "text", s: text });
    text = "";
  };
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < f.length && !(f[j] === '"' && f[j + 1] !== '"')) j += f[j] === '"' ? 2 : 1;
      text += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "#") {
      const m = ERROR_LITERAL.exec(f.slice(i));
      const s = m ? m[0] : "#";
      text += s;
      i += s.length;
      continue;
    }
    if (ch === "[") {
      const j = f.indexOf("]", i);
      const end = j < 0 ? f.length : j + 1;
      text += f.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "'") {
      const m = /^'((?:[^']|'')+)'!/.exec(f.slice(i));
      const ref = m ? readRef(f, i + m[0].length) : null;
      if (m && ref) {
        flush();
        out.push({ t: "ref", ref: { sheet: m[1].replace(/''/g, "'"), a: ref.a, b: ref.b } });
        i = ref.end;
      } else {
        text += ch;
        i++;
      }
      continue;
    }
    const prevIsWord = i > 0 && /[A-Za-z0-9_.\\$\u0080-\uFFFF]/.test(f[i - 1]);
    if (!prevIsWord && /[0-9.]/.test(ch)) {
      // A row range such as 3:5 starts with a digit; anything else starting with one is a number.
      const ref = /^\$?\d+:\$?\d+/.test(f.slice(i)) ? readRef(f, i) : null;
      if (ref) {
        flush();
        out.push({ t: "ref", ref: { sheet: null, a: ref.a, b: ref.b } });
        i = ref.end;
        continue;
      }
      const n = NUMBER.exec(f.slice(i));
      const s = n ? n[0] : ch;
      text += s;
      i += s.length;
      continue;
    }
    const wm = !prevIsWord ? WORD.exec(f.slice(i)) : null;
    if (!wm) {
      text += ch;
      i++;
      continue;
    }
    const w = wm[0];
    const next = f[i + w.length];
    if (/^(TRUE|FALSE)$/i.test(w) && (next !== "(" || f[i + w.length + 1] === ")")) {
      // A logical constant, written bare or as the function TRUE()/FALSE().
      const call = next === "(";
      flush();
      out.push({ t: "bool", s: w, call });
      i += w.length + (call ? 2 : 0);
      continue;
    }
    if (next === "!") {
      const ref = readRef(f, i + w.length + 1);
      if (ref) {
        flush();
        out.push({ t: "ref", ref: { sheet: w, a: ref.a, b: ref.b } });
        i = ref.end;
        continue;
      }
    }
    if (next !== "(") {
      const ref = readRef(f, i);
      if (ref) {
        flush();
        out.push({ t: "ref", ref: { sheet: null, a: ref.a, b: ref.b } });
        i = ref.end;
        continue;
      }
      if (!w.includes("$")) {
        flush();
        out.push({ t: "name", s: w });
        i += w.length;
        continue;
      }
    }
    text += w;
    i += w.length;
  }
  flush();
  return out;
}

function renderPart(p: RefPart): string {
  const col = p.col === undefined ? "" : (p.colAbs ? "$" : "") + columnLetters(p.col);
  const row = p.row === undefined ? "" : (p.rowAbs ? "$" : "") + (p.row + 1);
  return col + row;
}

export function renderRef(ref: Ref, quoteAll = false): string {
  const sheet =
    ref.sheet === null
      ? ""
      : (quoteAll ? quoteSheet(ref.sheet) : quoteSheetIfNeeded(ref.sheet)) + "!";
  return sheet + renderPart(ref.a) + (ref.b ? ":" + renderPart(ref.b) : "");
}

export interface MapOptions {
  /** Return a new Ref, "#REF!" to invalidate it, or undefined to keep it. */
  ref?: (ref: Ref) => Ref | "#REF!" | undefined;
  /** Return a replacement for a defined-name token, or undefined to keep it. */
  name?: (name: string) => string | undefined;
  /** Quote every sheet prefix (the engine needs this for non-ASCII names). */
  quoteAll?: boolean;
  /** Rewrites TRUE/FALSE (`call` when written TRUE()); kept as written by default. */
  bool?: (word: string, call: boolean) => string;
}

/** Rewrites references and names in a formula; everything else is kept verbatim. */
export function mapFormula(formula: string, opts: MapOptions): string {
  let out = "";
  for (const tok of scan(formula)) {
    if (tok.t === "text") out += tok.s;
    else if (tok.t === "name") out += opts.name?.(tok.s) ?? tok.s;
    else if (tok.t === "bool")
      out += opts.bool ? opts.bool(tok.s, tok.call) : tok.s + (tok.call ? "()" : "");
    else {
      const r = opts.ref ? opts.ref(tok.ref) : undefined;
      out += r === "#REF!" ? "#REF!" : renderRef(r ?? tok.ref, opts.quoteAll);
    }
  }
  return out;
}

/** All references in a formula, in order. */
export function listRefs(formula: string): Ref[] {
  return scan(formula).flatMap((t) => (t.t === "ref" ? [t.ref] : []));
}

function inBounds(p: RefPart): boolean {
  return (
    (p.row === undefined || (p.row >= 0 && p.row < MAX_ROWS)) &&
    (p.col === undefined || (p.col >= 0 && p.col < MAX_COLS))
  );
}

/** Moves the relative parts of each reference by (dr, dc), as when a formula is filled from its anchor. */
export function shiftRelative(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  const move = (p: RefPart): RefPart => ({
    ...p,
    row: p.row === undefined || p.rowAbs ? p.row : p.row + dr,
    col: p.col === undefined || p.colAbs ? p.col : p.col + dc,
  });
  return mapFormula(formula, {
    ref: (ref) => {
      const a = move(ref.a);
      const b = ref.b && move(ref.b);
      return inBounds(a) && (!b || inBounds(b)) ? { sheet: ref.sheet, a, b } : "#REF!";
    },
  });
}

export function sameSheet(a: string | null, b: string): boolean {
  return a !== null && a.toLowerCase() === b.toLowerCase();
}

/** Follows a sheet rename in a formula's references. */
export function renameSheetRefs(formula: string, oldName: string, newName: string): string {
  return mapFormula(formula, {
    ref: (ref) => (sameSheet(ref.sheet, oldName) ? { ...ref, sheet: newName } : undefined),
  });
}

/** References to a deleted sheet become #REF!. */
export function dropSheetRefs(formula: string, name: string): string {
  return mapFormula(formula, { ref: (ref) => (sameSheet(ref.sheet, name) ? "#REF!" : undefined) });
}
