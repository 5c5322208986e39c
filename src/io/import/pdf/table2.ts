/**
 * 表二 out of a PDF: blocks headed 第二十条第（X）项, each with a header line (信息内容 and its columns)
 * and rows. Columns come from the header words (boundaries in the middle of the gaps between them);
 * a row's label is accumulated from label lines until it spells a known row name (a label wrapped in
 * a narrow column), and the row owns the band down to the next row's label.
 */
import { MATCH_FLOOR, matchIn, printed } from "../labels/match";
import { withoutSpaces } from "../labels/normalize";
import { T2_LABELS, T2_ROW_HEADERS } from "../labels/vocabulary";
import { isBlockHeading } from "../tables/table2";
import type { SourceRow } from "../types";
import { boundsOf, columnAt, stacksOf } from "./columns";
import { isLabel, startsLabel } from "./labelStart";
import { groupLines, wordsOf, type Line } from "./lines";
import type { PdfTable } from "./table3";
import { centerX, top, type Piece } from "./types";
import { cellText, fragments, valueWordPieces } from "./values";

const ROW_LABELS = T2_LABELS.filter((l) => l.data.kind === "row");
const WHOLE = 0.85;
const ROW_NORMS = ROW_LABELS.map((l) => l.norm);

const rowSim = (text: string) => matchIn(printed(text), ROW_LABELS, MATCH_FLOOR)?.sim ?? 0;

function block(lines: Line[], values: Set<Piece>): SourceRow[] {
  const rows: SourceRow[] = [];
  // The header: from the 信息内容 line on, the lines with no value and nothing in the label column
  // (a column header wrapped in a narrow column); without a 信息内容 word, the lines before the
  // first value.
  const hasValue = (l: Line) => l.pieces.some((p) => values.has(p));
  const at = lines.findIndex((l) =>
    wordsOf(l.pieces).some((w) => matchIn(printed(w.text), T2_ROW_HEADERS, MATCH_FLOOR))
  );
  let first = lines.findIndex(hasValue);
  if (at >= 0 && (first < 0 || at < first)) {
    const rowHeader = wordsOf(lines[at].pieces).find((w) =>
      matchIn(printed(w.text), T2_ROW_HEADERS, MATCH_FLOOR)
    )!;
    first = at + 1;
    while (
      first < lines.length &&
      !hasValue(lines[first]) &&
      !lines[first].pieces.some((p) => p.x < rowHeader.right)
    )
      first++;
    if (first >= lines.length) first = -1;
  }
  const headerLines = first < 0 ? lines : lines.slice(Math.max(at, 0), first);
  const words = headerLines.flatMap((l) => wordsOf(l.pieces));
  const stacks = stacksOf(words);
  if (stacks.length < 2) return rows;
  const isRowHeader = matchIn(printed(stacks[0].text), T2_ROW_HEADERS, MATCH_FLOOR) !== null;
  const bounds = boundsOf(stacks);
  const labelRight = isRowHeader ? bounds[1] : bounds[0];
  const valueStacks = isRowHeader ? stacks.slice(1) : stacks;
  rows.push({
    exact: true,
    cells: stacks.map((s, k) => ({ label: s.text, value: s.text, col: k, span: 1 })),
  });
  if (first < 0) return rows;
  const body = lines.slice(first === 0 ? 0 : first);
  const pieces = body.flatMap((l) => l.pieces);
  const labelLines = groupLines(pieces.filter((p) => !values.has(p) && centerX(p) < labelRight));
  const valueBounds = [labelRight, ...boundsOf(valueStacks).slice(1)];
  const frs = fragments(
    pieces.filter((p) => values.has(p)),
    (p) => columnAt(valueBounds, centerX(p))
  );
  // Row labels: lines accumulated while together they read better as a row name.
  const labels: { text: string; top: number; size: number }[] = [];
  for (const l of labelLines) {
    const prev = labels[labels.length - 1];
    const text = withoutSpaces(l.text);
    if (
      prev &&
      !isLabel(prev.text, ROW_NORMS) &&
      (startsLabel(prev.text + text, ROW_NORMS) ||
        (rowSim(prev.text) < WHOLE && rowSim(prev.text + text) > rowSim(prev.text)))
    ) {
      prev.text += text;
      continue;
    }
    labels.push({ text, top: Math.min(...l.pieces.map(top)), size: l.size });
  }
  labels.forEach((lab, i) => {
    const from = lab.top - 0.2 * lab.size;
    const next = labels[i + 1];
    const to = next ? next.top - 0.2 * next.size : Infinity;
    const mine = frs.filter((f) => f.cy >= from && f.cy < to);
    const vals = valueStacks.map((_, k) => cellText(mine.filter((f) => f.col === k)));
    rows.push({
      exact: true,
      cells: [
        { label: lab.text, value: lab.text, col: 0, span: 1 },
        ...vals.map((v, k) => ({ label: v, value: v, col: k + 1, span: 1 })),
      ],
    });
  });
  return rows;
}

export function readTable2Pdf(pieces: Piece[]): PdfTable {
  const values = new Set(valueWordPieces(pieces));
  const lines = groupLines(pieces);
  const rows: SourceRow[] = [];
  let cur: Line[] | null = null;
  const flush = () => {
    if (cur?.length) rows.push(...block(cur, values));
  };
  for (const l of lines) {
    if (isBlockHeading(l.text) && !l.pieces.some((p) => values.has(p))) {
      flush();
      const text = withoutSpaces(l.text);
      rows.push({ exact: true, cells: [{ label: text, value: text, col: 0, span: 1 }] });
      cur = [];
      continue;
    }
    if (cur) cur.push(l);
  }
  flush();
  return { rows, problems: [] };
}
