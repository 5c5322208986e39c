/**
 * Plain text → source blocks. Lines split into cells by TABs or by runs of 2+ spaces (text copied out
 * of a PDF or a web page) are table rows; table rows separated only by blank lines stay in one block
 * (page breaks); any other non-blank line is a paragraph. A copy with one cell per line is rebuilt:
 * inside a table, a line holding only a value joins the row above it, and a short label fragment
 * stays in the table. Wrapped cells are rejoined: a TAB-quoted cell ("…") spanning lines as a
 * spreadsheet copies it, and a cell broken by a bare line break as a word processor copies it.
 */
import { matchIn, printed } from "../labels/match";
import { T2_LABELS, T2_ROW_HEADERS, TABLE_VOCABULARY } from "../labels/vocabulary";
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

/** A TAB (with any spaces around it) or a run of two or more spaces separates cells. */
const SEPARATOR = /[ \u00a0\u3000]*\t[ \u00a0\u3000]*|[ \u00a0\u3000]{2,}/;
const hasSeparator = (line: string) => line.includes("\t") || SEPARATOR.test(line.trim());

function cellsOf(text: string): SourceCell[] {
  // Spaces only separate cells between text: a TAB line keeps its blank cells, a space line has none.
  const parts = text.includes("\t") ? text.split(SEPARATOR) : text.trim().split(SEPARATOR);
  return parts.map((raw, col) => {
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
const MAX_LABEL = 60;
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

/** 表二's header cells (信息内容 and the column labels): one row, even when printed one per line. */
const T2_HEADER = T2_LABELS.filter((l) => l.data.kind === "column" || l.data.kind === "rowHeader");
const isT2Header = (text: string, rowHeader = false) =>
  matchIn<unknown>(printed(text), rowHeader ? T2_ROW_HEADERS : T2_HEADER, 0.85) !== null;

/** The lone row above is 表二's header row so far, and this line continues it. */
function continuesT2Header(last: SourceRow | undefined, text: string): boolean {
  return (
    !!last &&
    isT2Header(last.cells[0].label, true) &&
    last.cells.every((c) => isT2Header(c.label)) &&
    isT2Header(text) &&
    !isT2Header(text, true)
  );
}

/** A line of its own that reads as a value (a number, a dash, 22（其中修订16件）): a cell of the row above. */
const isLoneValue = (text: string) => text !== "" && isValueLike(text);

export function textToSource(text: string): SourceDoc {
  const blocks: SourceBlock[] = [];
  let table: SourceRow[] | null = null;
  /** Rows built from lines holding a single cell (a one-cell-per-line copy): values join them. */
  const lone = new WeakSet<SourceRow>();
  for (const { text: line, line: no } of logicalLines(text)) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    let row: SourceRow | null = null;
    if (hasSeparator(line)) {
      const cells = cellsOf(line);
      const filled = cells.filter((c) => c.value !== "");
      // A lone cell is a table row when it is a table label or, inside a table, a short fragment of one;
      // otherwise it is a paragraph with a stray TAB.
      const single = filled.length === 1 ? filled[0].label : null;
      const fragment = single !== null && isFragment(single, table !== null);
      const spaced = !line.includes("\t");
      if (
        spaced
          ? isSpacedRow(filled, table !== null)
          : single === null || fragment || isVocabulary(single, 0.75)
      )
        row = { cells, line: no, exact: false };
    } else if (table && isLoneValue(trimmed)) {
      const last = table[table.length - 1];
      if (last && lone.has(last)) {
        last.cells.push({ label: trimmed, value: trimmed, col: last.cells.length, span: 1 });
        continue;
      }
      row = {
        cells: [{ label: trimmed, value: trimmed, col: 0, span: 1 }],
        line: no,
        exact: false,
      };
    } else if (
      table &&
      lone.has(table[table.length - 1]) &&
      continuesT2Header(table[table.length - 1], trimmed)
    ) {
      const last = table[table.length - 1];
      last.cells.push({ label: trimmed, value: trimmed, col: last.cells.length, span: 1 });
      continue;
    } else if (
      (table && (isVocabulary(trimmed, 0.85) || isFragment(trimmed, true))) ||
      (!table && opensTable(trimmed))
    ) {
      // A table label on a line of its own (a group label, or every cell of a one-cell-per-line copy),
      // or a piece of a label wrapped over lines.
      row = {
        cells: [{ label: trimmed, value: trimmed, col: 0, span: 1 }],
        line: no,
        exact: false,
      };
      lone.add(row);
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

/**
 * Inside a table, a short piece of text that is no sentence, no section heading, and no title or
 * note (a year, 报告, 注：): a piece of a label wrapped over lines.
 */
function isFragment(text: string, inTable: boolean): boolean {
  return (
    inTable &&
    text.length <= MAX_FRAGMENT &&
    !SENTENCE.test(text) &&
    !looksLikeHeading(text) &&
    !NOT_A_LABEL.test(text)
  );
}
const NOT_A_LABEL = /(?:19|20)\d{2}|报告|^注/;

/** A label on a line of its own that starts a table: a table label, not a heading or a sentence. */
function opensTable(text: string): boolean {
  return (
    text.length <= MAX_LABEL &&
    !SENTENCE.test(text) &&
    !looksLikeHeading(text) &&
    isVocabulary(text, 0.85)
  );
}

/**
 * A line split by runs of spaces is a table row when it is no sentence nor heading and holds a table
 * label or two values (inside a table, any such line: a label wrapped beside its values).
 */
function isSpacedRow(filled: SourceCell[], inTable: boolean): boolean {
  if (filled.length === 0) return false;
  const text = filled.map((c) => c.label).join("");
  if (SENTENCE.test(text)) return false;
  const labels = filled.filter((c) => !isValueLike(c.value));
  if (labels.length && looksLikeHeading(labels[0].label) && !isVocabulary(labels[0].label, 0.75))
    return false;
  if (filled.length === 1) return isFragment(filled[0].label, inTable) || opensTable(text);
  if (inTable) return true;
  return filled.length - labels.length >= 2 || labels.some((c) => isVocabulary(c.label, 0.75));
}
