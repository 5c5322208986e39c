/**
 * Column widths of a printed table from what its cells hold: every figure on one line, labels wrapped
 * without leaving a single character on their last line, the label columns as wide as it takes to make
 * the table shortest. Word and HTML both take their widths from here.
 *
 * Text is measured in em of the table font: CJK and full-width characters 1, digits 0.56 (the widest
 * of the fallback faces: Noto Serif CJK prints them at 0.557 em, 仿宋 and Times New Roman at 0.5),
 * narrow punctuation 0.3, other ASCII 0.6.
 */
import { SIZE, TABLE_CELL_MARGIN, TEXT_WIDTH } from "./docx/gbt9704";
import type { GridCell, TableGrid } from "./layout";

const OPENING = "（([【〔〈《「『“‘";
const CLOSING = "）)]】〕〉》」』”’、。，,．.；;：:？?！!…";

function charEm(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c > 0xff) return 1;
  if (c >= 0x30 && c <= 0x39) return 0.56;
  if (".,:;'!|il ".includes(ch)) return 0.3;
  return 0.6;
}

export function textEm(s: string): number {
  let w = 0;
  for (const ch of s) w += charEm(ch);
  return w;
}

/**
 * Units a line never breaks inside: a run of ASCII letters and digits (a figure, "1."), an opening
 * bracket with what follows it, closing punctuation with what precedes it (the usual 禁则).
 */
function breakUnits(text: string): string[] {
  const units: string[] = [];
  let glueNext = false;
  for (const ch of text) {
    const ascii = /[\x21-\x7e]/.test(ch) && !OPENING.includes(ch);
    const prev = units[units.length - 1];
    const prevAscii = prev !== undefined && /[\x21-\x7e]$/.test(prev);
    if (prev !== undefined && (glueNext || CLOSING.includes(ch) || (ascii && prevAscii)))
      units[units.length - 1] = prev + ch;
    else units.push(ch);
    glueNext = OPENING.includes(ch);
  }
  return units;
}

/** The lines of `text` in a cell `capacity` em wide (greedy, as word processors fill lines). */
export function wrapText(text: string, capacity: number): string[] {
  const lines: string[] = [];
  let line = "";
  let width = 0;
  for (const u of breakUnits(text.trim())) {
    const w = textEm(u);
    if (line && width + w > capacity + 1e-6) {
      lines.push(line);
      line = "";
      width = 0;
    }
    line += u;
    width += w;
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}

/** Wrapped lines whose last holds one character under a longer line (a stack of single characters is fine). */
export function leavesLoneChar(lines: string[]): boolean {
  if (lines.length < 2) return false;
  return [...lines[lines.length - 1]].length === 1 && lines.some((l) => [...l].length > 1);
}

/**
 * Lines a label takes, or null when some renderer could leave a lone character: checked at the
 * estimated width and at up to 0.6 em more (hanging punctuation, narrower digits), since the real
 * break may fall anywhere in between.
 */
function labelLines(text: string, capacity: number): number | null {
  const lines = wrapText(text, capacity);
  if (leavesLoneChar(lines)) return null;
  for (const extra of [0.3, 0.6]) if (leavesLoneChar(wrapText(text, capacity + extra))) return null;
  return lines.length;
}

export interface FitOptions {
  /** Table width, in any unit (twips for Word). */
  total: number;
  /** One em of the table font in that unit (五号 10.5 pt = 210 twips). */
  em: number;
  /** Left plus right cell padding in that unit. */
  padding: number;
  /** Value-cell font size relative to `em` when figures must shrink (小五 9 pt / 五号 10.5 pt). */
  shrink?: number;
}

export interface TableFit {
  /** Column widths in the unit of `total`, summing to it. */
  widths: number[];
  /** Value cells are printed at the `shrink` size because the figures do not fit otherwise. */
  shrunk: boolean;
  /** Even shrunk, some figure is wider than its column (it will wrap). */
  overflow: boolean;
  /** Estimated height in lines of table text. */
  lines: number;
}

/** Extra room a figure gets over its measured width, so a slightly wider face still keeps it on one line. */
const FIGURE_SLACK_EM = 0.3;
/** Label widths are tried in these steps of one em. */
const MAX_LABEL_EM = 40;

interface Placed {
  cell: GridCell;
  first: number;
  last: number;
}

export function fitColumns(grid: TableGrid, o: FitOptions): TableFit {
  const n = grid.widths.length;
  const L = grid.labelColumns;
  const cells: Placed[] = grid.rows.flat().map((c) => ({
    cell: c,
    first: c.col,
    last: c.col + c.colSpan - 1,
  }));
  const inValues = (p: Placed) => p.first >= L;
  const inLabels = (p: Placed) => p.last < L;

  /** Least width of each value column: its figures on one line, its own header words whole. */
  const valueMins = (scale: number): number[] => {
    const min = Array<number>(n).fill(0);
    for (const p of cells.filter(inValues)) {
      const span = p.last - p.first + 1;
      let need: number;
      if (p.cell.role === "value") {
        need = (textEm(p.cell.text) + (p.cell.text ? FIGURE_SLACK_EM : 0)) * o.em * scale;
      } else {
        // A header: the narrowest whole-em width (2 em at least, so 其他 never stacks) with no lone character.
        let cap = Math.min(2, Math.ceil(textEm(p.cell.text)));
        while (labelLines(p.cell.text, cap) === null && cap < textEm(p.cell.text)) cap++;
        need = cap * o.em;
      }
      const each = (need + span * o.padding) / span;
      for (let k = p.first; k <= p.last; k++) min[k] = Math.max(min[k], each);
    }
    return min;
  };

  let shrunk = false;
  let mins = valueMins(1);
  const sumValues = (m: number[]) => m.slice(L).reduce((s, w) => s + w, 0);
  const labelFloor = L * (o.em + o.padding);
  if (o.shrink && sumValues(mins) > o.total - labelFloor) {
    shrunk = true;
    mins = valueMins(o.shrink);
  }
  const valueTotal = sumValues(mins);
  const overflow = valueTotal > o.total - labelFloor;

  // Rows' heights in lines for a choice of label widths (in em); null when a label leaves a lone character.
  const valueLines = new Map<Placed, number>();
  for (const p of cells.filter((p) => !inLabels(p))) {
    const width = mins.slice(p.first, p.last + 1).reduce((s, w) => s + w, 0);
    const cap = (width - (p.last - p.first + 1) * o.padding) / o.em;
    valueLines.set(p, p.cell.role === "value" ? 1 : wrapText(p.cell.text, cap).length);
  }
  const labelCells = cells.filter(inLabels);
  const memo = new Map<string, number | null>();
  const linesOf = (p: Placed, capEm: number): number | null => {
    const k = `${p.cell.text}|${capEm}`;
    if (!memo.has(k)) memo.set(k, labelLines(p.cell.text, capEm));
    return memo.get(k)!;
  };
  // Heights from the value side are fixed; only the label cells change with the label widths.
  const baseRows = Array<number>(grid.rows.length).fill(1);
  const spanning: [Placed, number][] = [];
  for (const [p, lines] of valueLines) {
    if (p.cell.rowSpan === 1) baseRows[p.cell.row] = Math.max(baseRows[p.cell.row], lines);
    else spanning.push([p, lines]);
  }
  const height = (caps: number[]): number | null => {
    const rowLines = [...baseRows];
    const tall: [Placed, number][] = [...spanning];
    for (const p of labelCells) {
      const cap =
        caps.slice(p.first, p.last + 1).reduce((s, c) => s + c, 0) +
        ((p.last - p.first) * o.padding) / o.em;
      const lines = linesOf(p, cap);
      if (lines === null) return null;
      if (p.cell.rowSpan === 1) rowLines[p.cell.row] = Math.max(rowLines[p.cell.row], lines);
      else tall.push([p, lines]);
    }
    let total = rowLines.reduce((s, x) => s + x, 0);
    for (const [p, lines] of tall) {
      const covered = rowLines
        .slice(p.cell.row, p.cell.row + p.cell.rowSpan)
        .reduce((s, x) => s + x, 0);
      total += Math.max(0, lines - covered);
    }
    return total;
  };

  // Label widths: the shortest table that fits beside the value columns, then the narrowest such.
  const room = Math.max(labelFloor, o.total - valueTotal);
  const maxCap = Math.max(1, Math.min(MAX_LABEL_EM, Math.floor((room - L * o.padding) / o.em)));
  let best: { caps: number[]; lines: number; width: number } | null = null;
  const caps = Array<number>(L).fill(1);
  const search = (k: number, used: number) => {
    if (k === L) {
      const lines = height(caps);
      if (lines === null) return;
      if (!best || lines < best.lines || (lines === best.lines && used < best.width))
        best = { caps: [...caps], lines, width: used };
      return;
    }
    for (let c = 1; used + c <= maxCap; c++) {
      caps[k] = c;
      search(k + 1, used + c);
    }
  };
  search(0, 0);
  const chosen: { caps: number[]; lines: number } = best ?? {
    caps: Array<number>(L).fill(Math.max(1, Math.floor(maxCap / Math.max(1, L)))),
    lines: height(Array<number>(L).fill(1)) ?? grid.rows.length,
  };

  const widths = [...chosen.caps.map((c) => c * o.em + o.padding), ...mins.slice(L)];
  distribute(widths, L, o.total);
  return { widths, shrunk, overflow, lines: chosen.lines };
}

/**
 * Spreads what is left over the value columns, raising the narrowest first so they even out; when the
 * columns are over the total (figures that cannot fit), scales everything down to it.
 */
function distribute(widths: number[], from: number, total: number): void {
  let left = total - widths.reduce((s, w) => s + w, 0);
  if (left < 0 || from >= widths.length) {
    const scale = total / widths.reduce((s, w) => s + w, 0);
    for (let i = 0; i < widths.length; i++) widths[i] *= scale;
    return;
  }
  const idx = widths.map((_, i) => i).slice(from);
  while (left > 1e-9) {
    const low = Math.min(...idx.map((i) => widths[i]));
    const lows = idx.filter((i) => widths[i] - low < 1e-9);
    const next = Math.min(...idx.map((i) => widths[i]).filter((w) => w - low > 1e-9), Infinity);
    const step = Math.min(left / lows.length, next - low);
    for (const i of lows) widths[i] += step;
    left -= step * lows.length;
  }
}

/** A table as printed: the 版心 width at 五号, value cells at 小五 only when the figures need it. */
export function fitPrinted(grid: TableGrid): TableFit {
  return fitColumns(grid, {
    total: TEXT_WIDTH,
    em: SIZE.table * 10,
    padding: 2 * TABLE_CELL_MARGIN,
    shrink: SIZE.tableSmall / SIZE.table,
  });
}
