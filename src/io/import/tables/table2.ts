/**
 * 表二: a stack of blocks (第二十条第（X）项), each with a 信息内容 header row naming its columns and
 * its rows. The edition is told by the printed column headers and blocks; rows are matched against
 * that edition (accepting the other edition's wording of the same row, reported as a deviation).
 */
import { cellKey } from "../../../report/cells";
import { EDITIONS } from "../../../report/editions";
import type { BlockDef, EditionId, Table2Def } from "../../../report/types";
import {
  MATCH_FLOOR,
  bestMatch,
  candidate,
  matchIn,
  printed,
  similarity,
  type Candidate,
} from "../labels/match";
import { T2_LABELS, T2_ROW_HEADERS } from "../labels/vocabulary";
import type { SourceCell, SourceRow } from "../types";
import { tableProblem, type TableIssue } from "./problems";
import { cellsAfter, emptyRead, noteDeviation, splitRow, storeRow, type TableRead } from "./read";
import { extractValues } from "./values";

const VOTE_FLOOR = 0.75;

/** Labels printed in one edition's 表二 only: the ones that tell the editions apart. */
const only = (e: EditionId) => {
  const other = new Set(T2_LABELS.filter((l) => l.data.edition !== e).map((l) => l.norm));
  return T2_LABELS.filter((l) => l.data.edition === e && !other.has(l.norm));
};
const OWN = { "2019": only("2019"), "2021": only("2021") };

/** The edition whose 表二 labels the printed ones match better, or null when they do not tell. */
export function detectTable2Edition(rows: SourceRow[]): EditionId | null {
  const votes = { "2019": 0, "2021": 0 };
  for (const row of rows) {
    for (const cell of splitRow(row).labels) {
      const p = printed(cell.label);
      const a = matchIn(p, OWN["2019"], VOTE_FLOOR);
      const b = matchIn(p, OWN["2021"], VOTE_FLOOR);
      const win = a && (!b || a.sim > b.sim) ? a : b && (!a || b.sim > a.sim) ? b : null;
      if (win) votes[win.cand.data.edition] += win.cand.data.kind === "row" ? 1 : 2;
    }
  }
  return votes["2019"] === votes["2021"] ? null : votes["2019"] > votes["2021"] ? "2019" : "2021";
}

interface RowRef {
  block: BlockDef;
  rowId: string;
  label: string;
}

const rowCandidateCache = new Map<Table2Def, Candidate<RowRef>[]>();

function rowCandidates(def: Table2Def): Candidate<RowRef>[] {
  const hit = rowCandidateCache.get(def);
  if (hit) return hit;
  const out: Candidate<RowRef>[] = [];
  rowCandidateCache.set(def, out);
  for (const block of def.blocks) {
    for (const r of block.rows) {
      const ref = { block, rowId: r.id, label: r.label };
      out.push(candidate(r.label, ref));
      // The other edition's wording of the same row (规范性文件 / 行政规范性文件) still names it.
      for (const other of Object.values(EDITIONS)) {
        for (const ob of other.t2.blocks) {
          const or = ob.rows.find((x) => x.id === r.id);
          if (or && or.label !== r.label) out.push(candidate(or.label, ref));
        }
      }
    }
  }
  return out;
}

const columnCache = new WeakMap<BlockDef, Candidate<BlockDef["columns"][number]>[]>();

function columnCandidates(b: BlockDef) {
  let c = columnCache.get(b);
  if (!c) columnCache.set(b, (c = b.columns.map((col) => candidate(col.label, col))));
  return c;
}

const NUMERAL = /第[（(]?([一二三四五六七八九十]+)[)）]?项/;

/** 第二十条第（X）项 as printed, loosely: a stray character inside 第二十条, the item in any brackets. */
const BLOCK_HEADING = /第.{0,2}二十条|第.{1,3}项|第[（(][一二三四五六七八九十]+[)）]项/;

/** A 表二 block heading (第二十条第（X）项), in the text, HTML and PDF readers alike. */
export function isBlockHeading(text: string): boolean {
  return BLOCK_HEADING.test(printed(text).norm);
}

function headingBlock(
  def: Table2Def,
  text: string
): { block: BlockDef | null; numeral: string | null } | null {
  const p = printed(text);
  if (!isBlockHeading(text)) return null;
  const numeral = NUMERAL.exec(p.norm)?.[1] ?? null;
  const block = def.blocks.find((b) => NUMERAL.exec(b.heading)?.[1] === numeral) ?? null;
  return { block, numeral };
}

export function readTable2(rows: SourceRow[], fallback: EditionId): TableRead {
  return new Table2Reader(rows, fallback).read();
}

/** How far a row step went: 0 for the row itself, 1 when it also took the next row. */
type Step = 0 | 1 | "stop";

function headerScore(b: BlockDef, cells: SourceCell[]): number {
  return cells.reduce(
    (s, cell, k) =>
      s + (b.columns[k] ? similarity(printed(cell.label), printed(b.columns[k].label)) : 0),
    0
  );
}

/** The block whose column headers the cells read most like. */
function blockByHeader(def: Table2Def, cells: SourceCell[]): BlockDef | null {
  return def.blocks.reduce<BlockDef | null>(
    (best, x) => (!best || headerScore(x, cells) > headerScore(best, cells) ? x : best),
    null
  );
}

const rowIdsOf = (b: BlockDef) => b.rows.map((r) => r.id);

/** One pass over 表二's rows, keeping the block it is in and where its columns are. */
class Table2Reader {
  readonly out = emptyRead(2);
  private readonly edition: EditionId;
  private readonly def: Table2Def;
  private readonly candidates: Candidate<RowRef>[];
  /** Row ids read. */
  private readonly seen = new Set<string>();
  private block: BlockDef | null = null;
  /** Inside a block the edition does not have: its rows are not read. */
  private skipping = false;
  /** Grid columns of the block's value columns, when its header placed them all. */
  private cols: number[] | null = null;

  constructor(
    private readonly rows: SourceRow[],
    fallback: EditionId
  ) {
    this.out.found = rows.length > 0;
    this.edition = detectTable2Edition(rows) ?? fallback;
    this.out.edition = this.edition;
    this.def = EDITIONS[this.edition].t2;
    this.candidates = rowCandidates(this.def);
  }

  read(): TableRead {
    for (let i = 0; i < this.rows.length; i++) {
      const step = this.readRow(i);
      if (step === "stop") break;
      i += step;
    }
    return this.out;
  }

  private readRow(i: number): Step {
    const row = this.rows[i];
    const { labels: all, values } = splitRow(row);
    if (all.length === 0) return 0;
    const heading = headingBlock(this.def, all[0].label);
    // The block heading: on a row of its own, or in a column spanning the block's rows.
    if (heading) this.enterBlock(row, all[0].label, heading.block);
    const labels = heading ? all.slice(1) : all;
    if (labels.length === 0) return 0;
    if (this.isFirstRowAgain(labels[0].label)) {
      // 表二 starts over: the table is printed twice. Only the first copy is read.
      this.out.duplicate = { line: row.line };
      return "stop";
    }
    if (values === 0 && matchIn(printed(labels[0].label), T2_ROW_HEADERS))
      return this.readColumnHeader(i, labels);
    if (!this.skipping) this.readValueRow(row, labels[0], values);
    return 0;
  }

  private enterBlock(row: SourceRow, printedHeading: string, block: BlockDef | null): void {
    this.block = block;
    this.skipping = !block;
    this.cols = null;
    if (!block) {
      this.report({
        kind: "blockNotInEdition",
        line: row.line,
        heading: printedHeading,
        edition: this.edition,
      });
      return;
    }
    noteDeviation(this.out.deviations, {
      table: 2,
      what: "heading",
      expected: block.heading,
      actual: printedHeading,
      rowIds: rowIdsOf(block),
    });
  }

  private isFirstRowAgain(label: string): boolean {
    const firstRow = this.def.blocks[0].rows[0];
    return this.seen.has(firstRow.id) && similarity(printed(label), printed(firstRow.label)) >= 0.9;
  }

  /** A 信息内容 row naming the block's columns. */
  private readColumnHeader(i: number, labels: SourceCell[]): Step {
    const first = labels[0];
    const cells = labels.slice(1);
    const b = this.block ?? blockByHeader(this.def, cells);
    if (!b) return 0;
    const joined = this.wrappedHeader(i, b, cells);
    noteDeviation(this.out.deviations, {
      table: 2,
      what: "rowHeader",
      expected: b.rowHeader,
      actual: first.label,
      rowIds: rowIdsOf(b),
    });
    this.block = b;
    this.skipping = false;
    this.readHeader(b, joined ?? cells);
    return joined ? 1 : 0;
  }

  /** Header text wrapped onto the next line: joined cell by cell when that reads better. */
  private wrappedHeader(i: number, b: BlockDef, cells: SourceCell[]): SourceCell[] | null {
    const nextRow = this.rows[i + 1];
    if (!nextRow) return null;
    const nx = splitRow(nextRow);
    if (nx.values !== 0 || !nx.labels.length || headingBlock(this.def, nx.labels[0].label))
      return null;
    const joined = cells.map((c) => {
      const below = nx.labels.find((x) => x.col === c.col);
      return below ? { ...c, label: c.label + below.label, value: c.value + below.value } : c;
    });
    return headerScore(b, joined) > headerScore(b, cells) + 0.1 ? joined : null;
  }

  private readHeader(b: BlockDef, cells: SourceCell[]): void {
    const colCands = columnCandidates(b);
    const positions: number[] = [];
    cells.forEach((cell, k) => {
      const m = bestMatch(printed(cell.label), colCands, MATCH_FLOOR, (c) =>
        c.data === b.columns[k] ? 0.05 : 0
      );
      const col = m?.cand.data ?? (cells.length === b.columns.length ? b.columns[k] : undefined);
      if (!col) return;
      positions.push(cell.col);
      noteDeviation(this.out.deviations, {
        table: 2,
        what: "column",
        expected: col.label,
        actual: cell.label,
        rowIds: rowIdsOf(b),
        colIds: [col.id],
      });
    });
    this.cols = positions.length === b.columns.length ? positions : null;
  }

  private readValueRow(row: SourceRow, first: SourceCell, values: number): void {
    const free = this.candidates.filter((c) => !this.seen.has(c.data.rowId));
    const m = bestMatch(printed(first.label), free, MATCH_FLOOR, (c) =>
      c.data.block === this.block ? 0.05 : 0
    );
    if (!m) {
      if (values > 0) this.out.deviations.push({ table: 2, what: "extraRow", actual: first.label });
      else this.report({ kind: "notARowLabel", table: 2, line: row.line, text: first.label });
      return;
    }
    const { block: b, rowId, label } = m.cand.data;
    if (b !== this.block) {
      this.block = b;
      this.cols = null;
    }
    this.seen.add(rowId);
    noteDeviation(this.out.deviations, {
      table: 2,
      what: "row",
      expected: label,
      actual: first.label,
      rowIds: [rowId],
    });
    const ex = extractValues(cellsAfter(row, first), b.columns.length, this.cols, row.exact);
    const keys = b.columns.map((c) => cellKey(2, rowId, c.id));
    storeRow(this.out, keys, ex, label, row.line);
  }

  private report(issue: TableIssue): void {
    this.out.problems.push(tableProblem(issue));
  }
}
