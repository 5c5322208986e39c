/**
 * 表三: rows by label (item rows under the group label printed on an earlier row or page),
 * 7 values per row, the header over the columns (repeated after page breaks) and the edition
 * its （六）其他处理 rows follow.
 */
import { cellKey, leafColumns } from "../../../report/cells";
import { EDITIONS } from "../../../report/editions";
import type { EditionId } from "../../../report/types";
import {
  MATCH_FLOOR,
  bestMatch,
  matchIn,
  printed,
  similarity,
  type Candidate,
  type Match,
} from "../labels/match";
import { T3_GROUPS, T3_HEADER, T3_ROWS, T3_SECTIONS, type T3Row } from "../labels/vocabulary";
import type { SourceCell, SourceRow } from "../types";
import { HeaderReader } from "./header";
import { tableProblem, type TableIssue } from "./problems";
import { cellsAfter, emptyRead, noteDeviation, splitRow, storeRow, type TableRead } from "./read";
import { extractValues } from "./values";

const COLUMNS = leafColumns(EDITIONS["2021"].t3.header).map((c) => c.id);
const HEADER_FLOOR = 0.75;
/** Similarity accepted for the row expected next, when nothing else matches. */
const POSITION_FLOOR = 0.4;
/** A label this close to the table's first row, once that row was read, starts a second copy. */
const DUPLICATE_FLOOR = 0.9;

type Context = { kind: "group" | "section"; label: string; sim: number };

function contextOf(cell: SourceCell): Context | null {
  const p = printed(cell.label);
  const g = matchIn(p, T3_GROUPS);
  const s = matchIn(p, T3_SECTIONS);
  if (g && (!s || g.sim >= s.sim)) return { kind: "group", label: g.cand.data, sim: g.sim };
  return s ? { kind: "section", label: s.cand.data, sim: s.sim } : null;
}

function isLabel(cell: SourceCell): boolean {
  const p = printed(cell.label);
  return !!(matchIn(p, T3_ROWS) ?? matchIn(p, T3_GROUPS) ?? matchIn(p, T3_SECTIONS));
}

function ownLabel(labels: SourceCell[]): SourceCell | null {
  for (let i = labels.length - 1; i >= 0; i--) if (isLabel(labels[i])) return labels[i];
  return labels[0] ?? null;
}

function isHeaderRow(labels: SourceCell[]): boolean {
  let header = 0;
  let rows = 0;
  for (const c of labels) {
    const p = printed(c.label);
    const h = matchIn(p, T3_HEADER, HEADER_FLOOR);
    const r = matchIn(p, T3_ROWS) ?? matchIn(p, T3_GROUPS) ?? matchIn(p, T3_SECTIONS);
    if (h && (!r || h.sim > r.sim)) header++;
    else if (r) rows++;
  }
  return header > 0 && header >= rows;
}

export function readTable3(rows: SourceRow[]): TableRead {
  return new Table3Reader(rows).read();
}

/** Label text read so far that names no row yet: the first lines of a wrapped label. */
type Fragment = { text: string; line?: number };

/** How far a row step went: 0 for the row itself, 1 when it also took the next row. */
type Step = 0 | 1 | "stop";

/** One pass over 表三's rows, keeping where it is (group, next row expected, label pieces). */
class Table3Reader {
  readonly out = emptyRead(3);
  private readonly header = new HeaderReader(3, T3_HEADER);
  /** Row ids read. */
  private readonly seen = new Set<string>();
  private group: string | null = null;
  /** Order of the row expected next. */
  private next = 0;
  private fragment: Fragment | null = null;
  /** The last row stored and the label text it was read by (a wrapped label may still grow). */
  private previous: { match: Match<T3Row>; text: string } | null = null;

  constructor(private readonly rows: SourceRow[]) {
    this.out.found = rows.length > 0;
  }

  read(): TableRead {
    for (let i = 0; i < this.rows.length; i++) {
      const step = this.readRow(i);
      if (step === "stop") break;
      i += step;
    }
    const f = this.fragment;
    if (f) this.report({ kind: "notARowLabel", table: 3, line: f.line, text: f.text });
    this.out.deviations.push(...this.header.deviations);
    this.settleEdition();
    return this.out;
  }

  private report(issue: TableIssue): void {
    this.out.problems.push(tableProblem(issue));
  }

  private readRow(i: number): Step {
    const row = this.rows[i];
    const { labels, values } = splitRow(row);
    if (labels.length === 0 && values === 0) return 0;
    if (values === 0 && isHeaderRow(labels)) {
      this.header.feed(row);
      return 0;
    }
    // The row's own label is the last label cell that reads as one (text after it is values);
    // the label cells before it are its group or section.
    const own = ownLabel(labels);
    if (!own) {
      this.report({ kind: "unlabelledValues", table: 3, line: row.line });
      return 0;
    }
    if (this.isFirstRowAgain(own.label)) {
      // 表三 starts over: the table is printed twice. Only the first copy is read.
      this.out.duplicate = { line: row.line };
      return "stop";
    }
    for (const cell of labels.slice(0, labels.indexOf(own))) {
      const ctx = contextOf(cell);
      if (ctx) this.noteContext(cell, ctx);
    }
    const after = cellsAfter(row, own);
    const hasSlots = values > 0 || after.length >= COLUMNS.length;
    if (values === 0 && this.takeContextLine(i, own, hasSlots)) return 0;
    if (!hasSlots) return this.readLabelLine(i, own);
    this.readValueRow(row, own, after);
    return 0;
  }

  /**
   * A group or section label on a line of its own (its cells, if any, blank). （六）其他处理 is
   * also the 2019 edition's single row: it is a group line when item rows of the group follow.
   */
  private takeContextLine(i: number, own: SourceCell, hasSlots: boolean): boolean {
    const ctx = contextOf(own);
    if (!ctx) return false;
    const m = this.matchRow(own.label);
    const tie = m && ctx.sim === m.sim;
    if (m && ctx.sim <= m.sim && !(tie && (!hasSlots || this.nextIsItemOf(i, ctx.label))))
      return false;
    this.noteContext(own, ctx);
    return true;
  }

  /**
   * A label with no value cells: a label wrapped onto its own line, or a row whose values follow
   * on the next line.
   */
  private readLabelLine(i: number, own: SourceCell): Step {
    const m = this.matchRow(own.label);
    const nextRow = this.rows[i + 1];
    if (m && nextRow && splitRow(nextRow).labels.length === 0 && splitRow(nextRow).values > 0) {
      this.store(m, own.label, nextRow, nextRow.cells);
      return 1;
    }
    if (!m && this.extendPrevious(own.label)) return 0;
    // A label wrapped over three lines or more: the pieces add up while they read better.
    const f = this.fragment;
    const longer: Match<T3Row> | null = f ? this.matchRow(f.text + own.label) : null;
    this.fragment =
      f && longer && (!m || longer.sim > m.sim)
        ? { text: f.text + own.label, line: f.line }
        : { text: own.label, line: this.rows[i].line };
    return 0;
  }

  /** The rest of the last row's label, wrapped onto this line: taken when it reads better joined. */
  private extendPrevious(label: string): boolean {
    const prev = this.previous;
    if (!prev) return false;
    const joined = prev.text + label;
    if (printedSim(joined, prev.match) <= printedSim(prev.text, prev.match)) return false;
    this.replaceDeviation(prev.match, prev.text, joined);
    this.previous = { match: prev.match, text: joined };
    return true;
  }

  private readValueRow(row: SourceRow, own: SourceCell, after: SourceCell[]): void {
    let text = own.label;
    let m = this.matchRow(text);
    if (this.fragment) {
      const joined = this.fragment.text + text;
      const mj = this.matchRow(joined);
      if (mj && (!m || mj.sim > m.sim)) {
        m = mj;
        text = joined;
      }
      this.fragment = null;
    }
    if (!m) {
      const ctx = contextOf(own);
      if (ctx) this.noteContext(own, ctx);
      this.out.deviations.push({ table: 3, what: "extraRow", actual: text });
      return;
    }
    this.store(m, text, row, after);
  }

  private matchRow(text: string): Match<T3Row> | null {
    const p = printed(text);
    const free = T3_ROWS.filter((c) => !this.seen.has(c.data.id));
    const bonus = (c: Candidate<T3Row>) =>
      (c.data.group && c.data.group === this.group ? 0.08 : 0) +
      (c.data.order === this.next ? 0.04 : 0) -
      (c.data.order < this.next ? 0.05 : 0);
    const m = bestMatch(p, free, MATCH_FLOOR, bonus);
    if (m) return m;
    const expected = free.filter((c) => c.data.order === this.next);
    return bestMatch(p, expected, POSITION_FLOOR);
  }

  private noteContext(cell: SourceCell, ctx: Context): void {
    if (ctx.kind === "group") this.group = ctx.label;
    noteDeviation(this.out.deviations, {
      table: 3,
      what: ctx.kind,
      expected: ctx.label,
      actual: cell.label,
      ...(ctx.kind === "group" ? { group: ctx.label } : { section: ctx.label }),
    });
  }

  private isFirstRowAgain(label: string): boolean {
    const first = T3_ROWS[0];
    return this.seen.has(first.data.id) && similarity(printed(label), first) >= DUPLICATE_FLOOR;
  }

  private nextIsItemOf(i: number, groupLabel: string): boolean {
    for (let j = i + 1; j < this.rows.length; j++) {
      const own = ownLabel(splitRow(this.rows[j]).labels);
      if (!own) continue;
      const saved = this.group;
      this.group = groupLabel;
      const m = this.matchRow(own.label);
      this.group = saved;
      return m?.cand.data.group === groupLabel;
    }
    return false;
  }

  private replaceDeviation(m: Match<T3Row>, oldText: string, newText: string): void {
    const i = this.out.deviations.findIndex(
      (d) => d.what === "row" && d.rowIds?.[0] === m.cand.data.id && d.actual === oldText
    );
    if (i >= 0) this.out.deviations.splice(i, 1);
    this.noteRowDeviation(m.cand.data, newText);
  }

  private noteRowDeviation(r: T3Row, text: string): void {
    noteDeviation(this.out.deviations, {
      table: 3,
      what: "row",
      expected: r.label,
      actual: text,
      rowIds: [r.id],
    });
  }

  private store(m: Match<T3Row>, text: string, row: SourceRow, after: SourceCell[]): void {
    const r = m.cand.data;
    this.seen.add(r.id);
    this.group = r.group ?? null;
    this.next = r.order + 1;
    this.previous = { match: m, text };
    this.noteRowDeviation(r, text);
    const ex = extractValues(after, COLUMNS.length, this.header.leafCols(COLUMNS), row.exact);
    const keys = COLUMNS.map((col) => cellKey(3, r.id, col));
    storeRow(this.out, keys, ex, r.group ? `${r.group} ${r.label}` : r.label, row.line);
  }

  /** The edition its （六）其他处理 rows follow; with both printed, the majority's rows are kept. */
  private settleEdition(): void {
    const seen = (e: EditionId) => onlyIn(e).filter((c) => this.seen.has(c.data.id)).length;
    const seen19 = seen("2019");
    const seen21 = seen("2021");
    if (seen19 || seen21) this.out.edition = seen19 > seen21 ? "2019" : "2021";
    if (!(seen19 && seen21)) return;
    for (const c of onlyIn(this.out.edition === "2019" ? "2021" : "2019"))
      for (const col of COLUMNS) delete this.out.values[cellKey(3, c.data.id, col)];
    this.report({ kind: "bothLayouts" });
  }
}

/** Rows printed in one edition's 表三 only. */
function onlyIn(e: EditionId): Candidate<T3Row>[] {
  return T3_ROWS.filter((c) => c.data.editions.length === 1 && c.data.editions[0] === e);
}

function printedSim(text: string, m: Match<T3Row>): number {
  return bestMatch(printed(text), [m.cand], 0)?.sim ?? 0;
}
