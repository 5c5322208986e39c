/**
 * 表三 out of a PDF: rows by the sequence of markers, not by wording. A marker (一、 （一） 1.) starts
 * a label cell; other label text is the wrapped continuation of the cell above it (when that cell's
 * line ran full, or the text together still begins a label). Groups （三）–（六） are told by item numbering restarting at 1: a （X） label lying
 * within the vertical span of an item run is that run's group (printed centred, at top or bottom);
 * otherwise it is a row of its own (（一） （二） （七）, and the 2019 edition's （六）). Each row owns
 * the band from just above its label to just above the next row's; values belong to the row whose
 * band holds their centre, so a figure printed between two lines of a wrapped label reads right.
 * The stacked 三、本年度办理结果 (one character per line, or lost to a vertical item) is dropped.
 */
import { EDITIONS } from "../../../report/editions";
import { matchIn, printed } from "../labels/match";
import { T3_GROUPS, T3_ROWS, T3_SECTIONS } from "../labels/vocabulary";
import { tableProblem } from "../tables/problems";
import type { ImportProblem, SourceRow } from "../types";
import { columnAt } from "./columns";
import { startsLabel as startsT3 } from "./labelStart";
import { columnsFromValues, findHeader, inZone, type Zone } from "./header";
import { groupLines, wordsOf, type Word } from "./lines";
import { markerAfterPrefix, markerOf, type MarkerKind } from "./markers";
import { cellText, fragments, valueWordPieces } from "./values";
import { centerX, centerY, top, type Piece } from "./types";

const DEF = EDITIONS["2021"].t3;
const NOTE = printed(DEF.note ?? "").norm;
const N = 7;
/** A gap wider than this many font sizes separates two cells on a line. */
const FAR = 2;

interface Cell {
  kind: MarkerKind | "text";
  n?: number;
  text: string;
  x: number;
  right: number;
  /** Baseline of the first and last line. */
  y: number;
  lastY: number;
  lastRight: number;
  size: number;
  page: number;
  /** Top of the first line. */
  top: number;
  role?: "row" | "group" | "context";
}

/**
 * Label cells, line by line. Short text left of the group column (the characters of a stacked
 * 三、本年度办理结果) is dropped.
 */
function labelCells(pieces: Piece[]): Cell[] {
  const lines = groupLines(pieces).map((l) => wordsOf(l.pieces));
  const groupLeft = Math.min(
    ...lines
      .flat()
      .filter((w) => markerOf(w.text)?.kind === "group")
      .map((w) => w.x)
  );
  const itemLeft = Math.min(
    ...lines
      .flat()
      .filter((w) => markerOf(w.text)?.kind === "item")
      .map((w) => w.x)
  );
  const stacked = (w: Word) =>
    !markerOf(w.text) && w.text.trim().length <= 2 && w.right < groupLeft + 0.3 * w.size;
  /**
   * Text on the same line that continues the cell: close to it, not across into the group column (a
   * stacked section label beside a wrapped group label) nor into the item column.
   */
  const joins = (cur: Cell, w: Word) => {
    const gap = w.x - cur.lastRight;
    const across = (left: number) => {
      const edge = left - 0.5 * w.size;
      return gap > 0.3 * w.size && cur.lastRight < edge && w.x >= edge;
    };
    return gap <= FAR * w.size && !across(groupLeft) && !across(itemLeft);
  };
  const cells: Cell[] = [];
  for (const words of lines) {
    let cur: Cell | null = null;
    for (const w of words) {
      if (stacked(w)) continue;
      let text = w.text.trim();
      const cut = markerOf(text) ? -1 : markerAfterPrefix(text);
      if (cut > 0) text = text.slice(cut); // a stacked section character glued to the marker
      const m = markerOf(text);
      // Text far to the right of the cell, or in the item column beside a group label, starts a cell.
      if (cur && !m && joins(cur, w)) {
        cur.text += text;
        cur.right = cur.lastRight = w.right;
        continue;
      }
      cur = {
        kind: m?.kind ?? "text",
        ...(m?.n !== undefined ? { n: m.n } : {}),
        text,
        x: w.x,
        right: w.right,
        y: w.y,
        lastY: w.y,
        lastRight: w.right,
        size: w.size,
        page: w.page,
        top: Math.min(...w.pieces.map(top)),
      };
      cells.push(cur);
    }
  }
  return cells;
}

const LABELS = [...T3_ROWS, ...T3_GROUPS, ...T3_SECTIONS].map((c) => c.norm);
const startsLabel = (text: string) => startsT3(text, LABELS);

/** Item runs: consecutive item numbers; a run restarts at a number that does not follow. */
function itemRuns(cells: Cell[]): Cell[][] {
  const runs: Cell[][] = [];
  for (const c of cells.filter((c) => c.kind === "item")) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (run && prev.n !== undefined && c.n === prev.n + 1) run.push(c);
    else runs.push([c]);
  }
  return runs;
}

export interface PdfTable {
  rows: SourceRow[];
  problems: ImportProblem[];
}

const row = (label: string, values?: string[]): SourceRow => ({
  exact: true,
  cells: [
    { label, value: label, col: 0, span: 1 },
    ...(values ?? []).map((v, k) => ({ label: v, value: v, col: k + 1, span: 1 })),
  ],
});

export function readTable3Pdf(pieces: Piece[]): PdfTable {
  const problems: ImportProblem[] = [];
  const valuePieces = new Set(valueWordPieces(pieces));
  const header = findHeader(pieces, DEF);
  let bounds = header?.bounds ?? null;
  const zones: Zone[] = header?.zones ?? [];
  if (!bounds) {
    bounds = columnsFromValues([...valuePieces], N);
    if (!bounds) {
      problems.push(tableProblem({ kind: "pdfHeaderNotFound", table: 3 }));
      return { rows: [], problems };
    }
  }
  const start = zones.length ? zones[0].top : -Infinity;
  const body = pieces.filter((p) => centerY(p) >= start && !inZone(zones, centerY(p)));
  const labels = body.filter((p) => centerX(p) < bounds![0] && !valuePieces.has(p));
  const values = body.filter((p) => valuePieces.has(p));

  const cells = labelCells(labels).sort((a, b) => a.y - b.y || a.x - b.x);
  const groupLeft = Math.min(...cells.filter((c) => c.kind === "group").map((c) => c.x));
  const itemLeft = Math.min(...cells.filter((c) => c.kind === "item").map((c) => c.x));
  for (const c of cells) {
    if (c.kind === "section" && matchIn(printed(c.text), T3_SECTIONS)) c.role = "context";
  }

  // Continuations: text cells joined to the nearest cell above that overlaps them and ran full.
  const kept: Cell[] = [];
  let page = 0;
  for (const c of cells) {
    // A line of the header's note (勾稽关系…) below the header zone: not a label.
    if (c.kind === "text" && c.text.length >= 3 && NOTE.includes(printed(c.text).norm)) continue;
    // The first label text on a page may continue the last cell of the page before.
    const firstOnPage = c.page !== page;
    page = c.page;
    if (c.kind !== "text") {
      kept.push(c);
      continue;
    }

    const owner = [...kept]
      .reverse()
      .find(
        (o) =>
          Math.min(o.right, c.right) - Math.max(o.x, c.x) > 0 &&
          (c.y - o.lastY <= 2.2 * Math.max(c.size, o.size) ||
            (firstOnPage && o.page === c.page - 1)) &&
          c.y > o.lastY
      );
    const limit = owner && owner.lastRight < itemLeft ? itemLeft : bounds[0];
    // Else the nearest cell above in the same column that the text completes (a centred group
    // label broken over a page, its last characters printed below the next page's first rows).
    const far =
      owner && (owner.lastRight >= limit - 2.5 * owner.size || startsLabel(owner.text + c.text))
        ? owner
        : [...kept]
            .reverse()
            .find(
              (o) =>
                c.y > o.lastY &&
                Math.min(o.right, c.right) - Math.max(o.x, c.x) > 0 &&
                startsLabel(o.text + c.text)
            );
    if (far) {
      far.text += c.text;
      far.lastY = c.y;
      far.lastRight = c.right;
      far.right = Math.max(far.right, c.right);
      continue;
    }
    // A character of the stacked section label, or stray text: not a row.
    if (!(c.text.length <= 2 && c.x < groupLeft)) kept.push({ ...c, role: "context" });
  }

  const runs = itemRuns(kept);
  for (const c of kept) {
    if (c.role || c.kind === "text") continue;
    if (c.kind !== "group") {
      c.role = "row";
      continue;
    }
    const mid = (c.y + c.lastY) / 2 - 0.35 * c.size;
    const inRun = runs.some((r) => {
      const first = r[0];
      const last = r[r.length - 1];
      return mid >= first.top - 0.5 * first.size && mid <= last.lastY + 0.5 * last.size;
    });
    c.role = inRun ? "group" : "row";
  }

  const rowsInOrder = kept.filter((c) => c.role === "row");
  const frs = fragments(values, (p) => columnAt(bounds!, centerX(p)));
  const out: { y: number; row: SourceRow }[] = [];
  rowsInOrder.forEach((c, i) => {
    const from = c.top - 0.2 * c.size;
    const next = rowsInOrder[i + 1];
    const to = next ? next.top - 0.2 * next.size : Infinity;
    const mine = frs.filter((f) => f.cy >= from && f.cy < to);
    const vals = Array.from({ length: N }, (_, k) => cellText(mine.filter((f) => f.col === k)));
    out.push({ y: c.y, row: row(c.text, vals) });
  });
  for (const c of kept.filter((c) => c.role === "group")) {
    const run = runs.find((r) => {
      const mid = (c.y + c.lastY) / 2 - 0.35 * c.size;
      return mid >= r[0].top - 0.5 * r[0].size && mid <= r[r.length - 1].lastY + 0.5 * r[0].size;
    });
    out.push({ y: (run ? run[0].y : c.y) - 0.001, row: row(c.text) });
  }
  out.sort((a, b) => a.y - b.y);
  return { rows: out.map((o) => o.row), problems };
}
