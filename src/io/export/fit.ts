/**
 * Column widths of a printed table from what its cells hold: every figure on one line, labels wrapped
 * without leaving a single character on their last line, the label columns as wide as it takes to make
 * the table shortest. Word and HTML both take their widths from here.
 *
 * Text is measured in em of the table font: CJK and full-width characters 1, digits 0.56 (the widest
 * of the fallback faces: Noto Serif CJK prints them at 0.557 em, 仿宋 and Times New Roman at 0.5),
 * narrow punctuation 0.3, other ASCII 0.6.
 */
import {
  SIZE,
  TABLE_CELL_MARGIN,
  TABLE_CELL_MARGIN_TIGHT,
  TABLE_LINE,
  TEXT_HEIGHT,
  TEXT_WIDTH,
} from "./docx/gbt9704";
import { TABLE_NAMES } from "../../report/editions";
import type { Message, TableNo } from "../../report/types";
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

/** Break units with their widths, per text (the same labels are measured at many widths). */
const unitCache = new Map<string, [string, number][]>();
function measuredUnits(text: string): [string, number][] {
  let units = unitCache.get(text);
  if (!units) {
    units = breakUnits(text.trim()).map((u) => [u, textEm(u)]);
    if (unitCache.size > 5000) unitCache.clear();
    unitCache.set(text, units);
  }
  return units;
}

/** The lines of `text` in a cell `capacity` em wide (greedy, as word processors fill lines). */
export function wrapText(text: string, capacity: number): string[] {
  const lines: string[] = [];
  let line = "";
  let width = 0;
  for (const [u, w] of measuredUnits(text)) {
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

/** Characters of a line that count for the eye: punctuation rides along with its neighbour. */
function visibleChars(line: string): number {
  return [...line].filter((ch) => !OPENING.includes(ch) && !CLOSING.includes(ch)).length;
}

/** Wrapped lines whose last holds one character under a longer line (a stack of single characters is fine). */
export function leavesLoneChar(lines: string[]): boolean {
  if (lines.length < 2) return false;
  return visibleChars(lines[lines.length - 1]) === 1 && lines.some((l) => visibleChars(l) > 1);
}

/** Why a width does not suit a label: it leaves a lone character, or it cuts the label unreadably. */
type LabelFault = "lone" | "unreadable";

/** Room kept free on every label line: cell borders, and digits a little wider than estimated. */
const LINE_SAFETY_EM = 0.2;

/**
 * The lines a label is printed in at `capacity` em: as few as greedy filling needs, but evened out
 * (the narrowest width that still gives that many lines), with LINE_SAFETY_EM to spare. The Word
 * export writes these breaks itself, so no renderer re-breaks a label its own way.
 */
export function labelBreaks(text: string, capacity: number): string[] {
  const cap = capacity - LINE_SAFETY_EM;
  const lines = wrapText(text, cap);
  if (lines.length < 2) return lines;
  let lo = textEm(text) / lines.length - 1e-6;
  let hi = cap;
  for (let i = 0; i < 20; i++) {
    const mid = (lo + hi) / 2;
    if (wrapText(text, mid).length <= lines.length) hi = mid;
    else lo = mid;
  }
  return wrapText(text, hi);
}

/**
 * labelBreaks, or where those leave a lone character, the breaks of the widest narrower capacity
 * that does not (3 characters over 2 lines; a header column widened after it was sized).
 */
export function safeBreaks(text: string, capacity: number): string[] {
  const lines = labelBreaks(text, capacity);
  if (!leavesLoneChar(lines)) return lines;
  for (let cap = capacity - 0.25; cap >= 1; cap -= 0.25) {
    const narrower = labelBreaks(text, cap);
    if (!leavesLoneChar(narrower)) return narrower;
  }
  return lines;
}

/**
 * The narrowest width, in em, at which a column header prints whole words: at least two characters
 * a line (其他 never stacks as 其/他), none left alone on the last line.
 */
function headerEm(text: string): number {
  const full = textEm(text) + LINE_SAFETY_EM;
  for (let cap = Math.min(2, textEm(text)) + LINE_SAFETY_EM; cap < full; cap += 0.25) {
    const lines = labelBreaks(text, cap);
    if (!leavesLoneChar(lines) && lines.every((l) => [...l].length > 1)) return cap;
  }
  return full;
}

/** Lines a label takes at `capacity` em, or what is wrong with that width. */
function labelLines(
  text: string,
  capacity: number,
  rowLabel = false,
  mayStack = false
): number | LabelFault {
  const lines = labelBreaks(text, capacity);
  if (leavesLoneChar(lines)) return "lone";
  if (rowLabel && lines.length > 1) {
    // A row label either stacks one character a line or keeps three a line: two-character lines
    // read as a stutter and part brackets (“（三” / “）不”).
    if (capacity >= 1.5 && capacity < 3) return "unreadable";
    // Only a plain name in a merged cell stacks (三、本年度办理结果); a bracketed number such as
    // （三） does not, nor a label of a single row.
    if (capacity < 1.5 && (!mayStack || /[（(]/.test(text))) return "unreadable";
  }
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
  /** Left plus right padding of a table whose figures do not fit even shrunk. */
  tightPadding?: number;
  /** Lines of table text a page holds: a taller table is tried smaller, so that it keeps to one page. */
  pageLines?: number;
}

export interface TableFit {
  /** Column widths in the unit of `total`, summing to it. */
  widths: number[];
  /** Value cells are printed at the `shrink` size because the figures do not fit otherwise. */
  shrunk: boolean;
  /** Cells use `tightPadding` because even shrunk figures did not fit. */
  tight: boolean;
  /** Even so, some figure is wider than its column (it will wrap). */
  overflow: boolean;
  /** How much wider, in the unit of `total` (0 when it fits). */
  excess: number;
  /** Row labels that could not be kept from leaving a single character on their last line. */
  lone: number;
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

/**
 * Tries the table at 五号, then with value cells at 小五 (the figures are too wide to leave the labels
 * room), then with tight cell padding, and takes the first that keeps every figure on one line, no
 * label with a lone last character, and the table within a page (else the least bad one).
 */
export function fitColumns(grid: TableGrid, o: FitOptions): TableFit {
  const tries: { scale: number; padding: number; shrunk: boolean; tight: boolean }[] = [
    { scale: 1, padding: o.padding, shrunk: false, tight: false },
  ];
  if (o.shrink) tries.push({ scale: o.shrink, padding: o.padding, shrunk: true, tight: false });
  if (o.shrink && o.tightPadding !== undefined)
    tries.push({ scale: o.shrink, padding: o.tightPadding, shrunk: true, tight: true });
  let best: TableFit | null = null;
  const tall = (f: TableFit) => Math.max(0, f.lines - (o.pageLines ?? Infinity));
  for (const t of tries) {
    const fit = {
      ...fitAt(grid, o.total, o.em, t.padding, t.scale),
      shrunk: t.shrunk,
      tight: t.tight,
    };
    if (!fit.overflow && !fit.lone && !tall(fit)) return fit;
    if (
      !best ||
      fit.excess < best.excess - 1e-6 ||
      (Math.abs(fit.excess - best.excess) < 1e-6 &&
        (fit.lone < best.lone || (fit.lone === best.lone && tall(fit) < tall(best))))
    )
      best = fit;
  }
  return best!;
}

function fitAt(
  grid: TableGrid,
  total: number,
  em: number,
  padding: number,
  scale: number
): Omit<TableFit, "shrunk" | "tight"> {
  const n = grid.widths.length;
  const L = grid.labelColumns;
  const cells: Placed[] = grid.rows.flat().map((c) => ({
    cell: c,
    first: c.col,
    last: c.col + c.colSpan - 1,
  }));
  const inValues = (p: Placed) => p.first >= L;
  const inLabels = (p: Placed) => p.last < L;

  // Least width of each value column: its figures on one line, its own header words whole.
  const mins = Array<number>(n).fill(0);
  for (const p of cells.filter(inValues)) {
    const span = p.last - p.first + 1;
    let need: number;
    if (p.cell.role === "value") {
      need = (textEm(p.cell.text) + (p.cell.text ? FIGURE_SLACK_EM : 0)) * em * scale;
    } else {
      need = headerEm(p.cell.text) * em;
    }
    const each = (need + span * padding) / span;
    for (let k = p.first; k <= p.last; k++) mins[k] = Math.max(mins[k], each);
  }
  const valueTotal = mins.slice(L).reduce((s, w) => s + w, 0);
  const labelFloor = L * (em + padding);
  const excess = Math.max(0, valueTotal - (total - labelFloor));
  const overflow = excess > 1e-6;

  // Heights from the value side are fixed; only the label cells change with the label widths.
  const baseRows = Array<number>(grid.rows.length).fill(1);
  const spanning: [Placed, number][] = [];
  for (const p of cells.filter((p) => !inLabels(p))) {
    const width = mins.slice(p.first, p.last + 1).reduce((s, w) => s + w, 0);
    const cap = (width - (p.last - p.first + 1) * padding) / em;
    const lines = p.cell.role === "value" ? 1 : safeBreaks(p.cell.text, cap).length;
    if (p.cell.rowSpan === 1) baseRows[p.cell.row] = Math.max(baseRows[p.cell.row], lines);
    else spanning.push([p, lines]);
  }
  const labelCells = cells.filter(inLabels);
  // Per label cell and summed width of its columns in em: lines, -lines when a lone character is
  // left, NaN when the width is unreadable for it.
  const memo = labelCells.map(() => new Map<number, number>());
  const linesOf = (i: number, sum: number): number => {
    let v = memo[i].get(sum);
    if (v === undefined) {
      const p = labelCells[i];
      const cap = sum + ((p.last - p.first) * padding) / em;
      const lines = labelLines(p.cell.text, cap, true, p.cell.rowSpan > 1);
      v =
        lines === "unreadable"
          ? NaN
          : lines === "lone"
            ? -labelBreaks(p.cell.text, cap).length
            : lines;
      memo[i].set(sum, v);
    }
    return v;
  };
  /** Row labels left with a lone character, table height in lines, lines the labels take. */
  const score = (caps: number[]): [number, number, number] | null => {
    const rowLines = [...baseRows];
    const tall: [Placed, number][] = [...spanning];
    let lone = 0;
    let labelTotal = 0;
    for (let i = 0; i < labelCells.length; i++) {
      const p = labelCells[i];
      let sum = 0;
      for (let k = p.first; k <= p.last; k++) sum += caps[k];
      let lines = linesOf(i, sum);
      if (Number.isNaN(lines)) return null;
      if (lines < 0) {
        lone++;
        lines = -lines;
      }
      labelTotal += lines;
      if (p.cell.rowSpan === 1) rowLines[p.cell.row] = Math.max(rowLines[p.cell.row], lines);
      else tall.push([p, lines]);
    }
    let height = rowLines.reduce((s, x) => s + x, 0);
    for (const [p, lines] of tall) {
      const covered = rowLines
        .slice(p.cell.row, p.cell.row + p.cell.rowSpan)
        .reduce((s, x) => s + x, 0);
      height += Math.max(0, lines - covered);
    }
    return [lone, height, labelTotal];
  };

  // Label widths, within the room the value columns leave: fewest labels left with a lone character,
  // then the shortest table, then labels that wrap least, then the narrowest.
  const room = Math.max(labelFloor, total - valueTotal);
  const maxCap = Math.max(L, Math.min(MAX_LABEL_EM, Math.floor((room - L * padding) / em)));
  let best: { caps: number[]; key: number[] } | null = null;
  const caps = Array<number>(L).fill(1);
  const better = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
    return false;
  };
  const search = (k: number, used: number) => {
    if (k === L) {
      const scored = score(caps);
      if (!scored) return;
      const [lone, height, labels] = scored;
      const key = [lone, height, labels, used];
      if (!best || better(key, best.key)) best = { caps: [...caps], key };
      return;
    }
    for (let c = 1; used + c + (L - k - 1) <= maxCap; c++) {
      caps[k] = c;
      search(k + 1, used + c);
    }
  };
  search(0, 0);
  // Every width unreadable for some label (a table far too narrow): share the room out evenly.
  const even = Math.max(1, Math.floor(maxCap / Math.max(1, L)));
  const chosen = (best as { caps: number[]; key: number[] } | null) ?? {
    caps: Array<number>(L).fill(even),
    key: [grid.rows.length, 0],
  };
  const widths = [...chosen.caps.map((c) => c * em + padding), ...mins.slice(L)];
  distribute(widths, L, total);
  return { widths, overflow, excess, lone: chosen.key[0], lines: chosen.key[1] };
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

/** What the layout had to give up on a table, said to the user (empty when nothing). */
export function fitNotes(no: TableNo, fit: TableFit): Message[] {
  const out: Message[] = [];
  const zh = TABLE_NAMES[no].zh;
  if (fit.shrunk)
    out.push({
      zh: `${zh}的数字较宽，数值改用小五号字${fit.tight ? "并收窄单元格边距" : ""}，以便整表排在一页、数字不折行。`,
      en: `Table ${no}'s figures are wide: its values are set in 小五 (9 pt)${fit.tight ? " with narrower cell margins" : ""} so that the table keeps to one page and no figure wraps.`,
    });
  if (fit.overflow)
    out.push({
      zh: `${zh}的数字仍比栏宽，部分数字会折行，请在 Word 中检查该表。`,
      en: `Table ${no}'s figures are still wider than their columns; some will wrap. Check the table in Word.`,
    });
  if (fit.lone)
    out.push({
      zh: `${zh}有 ${fit.lone} 个栏目名称无法避免末行只剩一个字。`,
      en: `${fit.lone} label(s) of table ${no} could not avoid a single character on their last line.`,
    });
  return out;
}

/** A table as printed: the 版心 width at 五号, value cells at 小五 only when the figures need it. */
export function fitPrinted(grid: TableGrid): TableFit {
  return fitColumns(grid, {
    total: TEXT_WIDTH,
    em: SIZE.table * 10,
    padding: 2 * TABLE_CELL_MARGIN,
    shrink: SIZE.tableSmall / SIZE.table,
    tightPadding: 2 * TABLE_CELL_MARGIN_TIGHT,
    // Four lines short of the 版心: the section heading kept above the table, and the row borders.
    pageLines: Math.floor(TEXT_HEIGHT / TABLE_LINE[SIZE.table]) - 4,
  });
}
