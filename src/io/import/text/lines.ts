/**
 * Plain text → source blocks. Lines with TABs are table rows; table rows separated only by blank
 * lines stay in one block (page breaks); any other non-blank line is a paragraph. Wrapped cells are
 * rejoined: a TAB-quoted cell ("…") spanning lines as a spreadsheet copies it, and a cell broken by
 * a bare line break as a word processor copies it.
 */
import { matchIn, printed } from "../labels/match";
import { TABLE_VOCABULARY } from "../labels/vocabulary";
import { isValueLike } from "../tables/values";
import type { SourceBlock, SourceCell, SourceDoc, SourceRow } from "../types";

const MAX_WRAPPED_LINES = 5;

function lastCellOpen(line: string): boolean {
  const last = line.slice(line.lastIndexOf("\t") + 1).trimStart();
  if (!last.startsWith('"')) return false;
  return (last.match(/"/g)?.length ?? 0) % 2 === 1;
}

function unquote(cell: string): string {
  const t = cell.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"'))
    return t.slice(1, -1).replace(/""/g, '"');
  return cell;
}

interface LogicalLine {
  text: string;
  line: number;
}

function logicalLines(text: string): LogicalLine[] {
  const physical = text
    .replace(/^\ufeff/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const out: LogicalLine[] = [];
  for (let i = 0; i < physical.length; i++) {
    let joined = physical[i];
    let end = i;
    if (joined.includes("\t") && lastCellOpen(joined)) {
      let probe = joined;
      for (let k = i + 1; k < physical.length && k <= i + MAX_WRAPPED_LINES; k++) {
        probe += "\n" + physical[k];
        if (!lastCellOpen(probe)) {
          joined = probe;
          end = k;
          break;
        }
      }
    }
    out.push({ text: joined, line: i + 1 });
    i = end;
  }
  return out;
}

function cellsOf(text: string): SourceCell[] {
  return text.split("\t").map((raw, col) => {
    const t = unquote(raw)
      .replace(/\s*\n\s*/g, "")
      .trim();
    return { label: t, value: t, col, span: 1 };
  });
}

const isVocabulary = (text: string, floor: number) => {
  const p = printed(text);
  return ([2, 3, 4] as const).some((t) => matchIn(p, TABLE_VOCABULARY[t], floor) !== null);
};
const JOIN_FLOOR = 0.75;
const MAX_FRAGMENT = 24;
const SENTENCE = /[。；！？]/;
/** 一、… 六、 section headings end a table even when a TAB trails them. */
const looksLikeHeading = (text: string) => /^[一二三四五六]、/.test(text.trim());

/**
 * A cell broken by an unquoted line break (copied from a word processor): the last cell of a row
 * and the first cell of the next line are fragments that only read as a label together.
 */
function joinBrokenCell(prev: SourceRow, row: SourceRow): boolean {
  const last = [...prev.cells].reverse().find((c) => c.value !== "");
  const first = row.cells[0];
  if (!last || !first || first.value === "" || last !== prev.cells[prev.cells.length - 1])
    return false;
  if (isValueLike(last.value) || isValueLike(first.value)) return false;
  if (isVocabulary(last.label, JOIN_FLOOR) || isVocabulary(first.label, JOIN_FLOOR)) return false;
  const label = last.label + first.label;
  if (!isVocabulary(label, JOIN_FLOOR)) return false;
  last.label = last.value = label;
  const base = last.col;
  for (const c of row.cells.slice(1)) prev.cells.push({ ...c, col: base + c.col });
  return true;
}

export function textToSource(text: string): SourceDoc {
  const blocks: SourceBlock[] = [];
  let table: SourceRow[] | null = null;
  for (const { text: line, line: no } of logicalLines(text)) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    let row: SourceRow | null = null;
    if (line.includes("\t")) {
      const cells = cellsOf(line);
      const filled = cells.filter((c) => c.value !== "");
      // A lone cell is a table row when it is a table label or, inside a table, a short fragment of one;
      // otherwise it is a paragraph with a stray TAB.
      const lone = filled.length === 1 ? filled[0].label : null;
      const fragment =
        lone !== null &&
        table !== null &&
        lone.length <= MAX_FRAGMENT &&
        !SENTENCE.test(lone) &&
        !looksLikeHeading(lone);
      if (lone === null || fragment || isVocabulary(lone, 0.75))
        row = { cells, line: no, exact: false };
    } else if (table && isVocabulary(trimmed, 0.85)) {
      // A table label on a line of its own inside a table (e.g. a group label).
      row = {
        cells: [{ label: trimmed, value: trimmed, col: 0, span: 1 }],
        line: no,
        exact: false,
      };
    }
    if (row) {
      if (!table) {
        table = [];
        blocks.push({ kind: "table", rows: table });
      }
      if (!(table.length && joinBrokenCell(table[table.length - 1], row))) table.push(row);
    } else {
      table = null;
      blocks.push({ kind: "para", text: trimmed, line: no });
    }
  }
  return { format: "text", blocks, titleHints: [] };
}
