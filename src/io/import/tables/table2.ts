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
import { deviationOf } from "../labels/normalize";
import { T2_LABELS } from "../labels/vocabulary";
import { at, problem } from "../problems";
import type { SourceCell, SourceRow } from "../types";
import { cellsAfter, emptyRead, splitRow, storeRow, type TableRead } from "./read";
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

const ROW_HEADERS = [
  ...new Set(Object.values(EDITIONS).flatMap((e) => e.t2.blocks.map((b) => b.rowHeader))),
].map((h) => candidate(h, h));

const NUMERAL = /第[（(]?([一二三四五六七八九十]+)[)）]?项/;

function headingBlock(
  def: Table2Def,
  text: string
): { block: BlockDef | null; numeral: string | null } | null {
  const p = printed(text);
  if (!/第二十条|第.{1,3}项/.test(p.norm)) return null;
  const numeral = NUMERAL.exec(p.norm)?.[1] ?? null;
  const block = def.blocks.find((b) => NUMERAL.exec(b.heading)?.[1] === numeral) ?? null;
  return { block, numeral };
}

export function readTable2(rows: SourceRow[], fallback: EditionId): TableRead {
  const out = emptyRead(2);
  out.found = rows.length > 0;
  const edition = detectTable2Edition(rows) ?? fallback;
  out.edition = edition;
  const def = EDITIONS[edition].t2;
  const candidates = rowCandidates(def);
  const read = new Set<string>();
  let block: BlockDef | null = null;
  let skipping = false;
  let cols: number[] | null = null;

  const rowIdsOf = (b: BlockDef) => b.rows.map((r) => r.id);

  const readHeader = (b: BlockDef, cells: SourceCell[]) => {
    const colCands = columnCandidates(b);
    const positions: number[] = [];
    cells.forEach((cell, k) => {
      const m = bestMatch(printed(cell.label), colCands, MATCH_FLOOR, (c) =>
        c.data === b.columns[k] ? 0.05 : 0
      );
      const col = m?.cand.data ?? (cells.length === b.columns.length ? b.columns[k] : undefined);
      if (!col) return;
      positions.push(cell.col);
      if (deviationOf(cell.label, col.label)) {
        out.deviations.push({
          table: 2,
          what: "column",
          expected: col.label,
          actual: cell.label,
          rowIds: rowIdsOf(b),
          colIds: [col.id],
        });
      }
    });
    cols = positions.length === b.columns.length ? positions : null;
  };

  const headerScore = (b: BlockDef, cells: SourceCell[]) =>
    cells.reduce(
      (s, cell, k) =>
        s + (b.columns[k] ? similarity(printed(cell.label), printed(b.columns[k].label)) : 0),
      0
    );

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const split = splitRow(row);
    const values = split.values;
    let labels = split.labels;
    if (labels.length === 0) continue;
    const heading = headingBlock(def, labels[0].label);
    if (heading) {
      // The block heading: on a row of its own, or in a column spanning the block's rows.
      const printedHeading = labels[0].label;
      block = heading.block;
      skipping = !block;
      cols = null;
      if (block && deviationOf(printedHeading, block.heading)) {
        out.deviations.push({
          table: 2,
          what: "heading",
          expected: block.heading,
          actual: printedHeading,
          rowIds: rowIdsOf(block),
        });
      }
      if (!block) {
        out.problems.push(
          problem(
            at(row.line, 2, row.line === undefined ? printedHeading : undefined),
            `表二“${printedHeading}”不属于${EDITIONS[edition].name.zh}，该栏目未导入。`,
            `Table 2 block “${printedHeading}” is not part of the ${EDITIONS[edition].name.en}; its rows were not imported.`
          )
        );
      }
      labels = labels.slice(1);
      if (labels.length === 0) continue;
    }
    const first = labels[0];
    const firstRow = def.blocks[0].rows[0];
    if (read.has(firstRow.id) && similarity(printed(first.label), printed(firstRow.label)) >= 0.9) {
      // 表二 starts over: the table is printed twice. Only the first copy is read.
      out.duplicate = { line: row.line };
      break;
    }
    const rowHeader = matchIn(printed(first.label), ROW_HEADERS);
    if (rowHeader && values === 0) {
      let cells = labels.slice(1);
      const b: BlockDef | null =
        block ??
        def.blocks.reduce<BlockDef | null>(
          (best, x) => (!best || headerScore(x, cells) > headerScore(best, cells) ? x : best),
          null
        );
      if (!b) continue;
      // Header text wrapped onto the next line: join cell by cell when that reads better.
      const nextRow = rows[i + 1];
      if (nextRow) {
        const nx = splitRow(nextRow);
        if (nx.values === 0 && nx.labels.length && !headingBlock(def, nx.labels[0].label)) {
          const joined = cells.map((c) => {
            const below = nx.labels.find((x) => x.col === c.col);
            return below ? { ...c, label: c.label + below.label, value: c.value + below.value } : c;
          });
          if (headerScore(b, joined) > headerScore(b, cells) + 0.1) {
            cells = joined;
            i++;
          }
        }
      }
      if (deviationOf(first.label, b.rowHeader)) {
        out.deviations.push({
          table: 2,
          what: "rowHeader",
          expected: b.rowHeader,
          actual: first.label,
          rowIds: rowIdsOf(b),
        });
      }
      block = b;
      skipping = false;
      readHeader(b, cells);
      continue;
    }
    if (skipping) continue;
    const free = candidates.filter((c) => !read.has(c.data.rowId));
    const m = bestMatch(printed(first.label), free, MATCH_FLOOR, (c) =>
      c.data.block === block ? 0.05 : 0
    );
    if (!m) {
      if (values > 0) out.deviations.push({ table: 2, what: "extraRow", actual: first.label });
      else {
        out.problems.push(
          problem(
            at(row.line, 2, row.line === undefined ? first.label : undefined),
            `表二中的“${first.label}”不是表格的行标签，已跳过。`,
            `“${first.label}” in table 2 is not a row label of the table; skipped.`
          )
        );
      }
      continue;
    }
    const { block: b, rowId, label } = m.cand.data;
    if (b !== block) {
      block = b;
      cols = null;
    }
    read.add(rowId);
    if (deviationOf(first.label, label))
      out.deviations.push({
        table: 2,
        what: "row",
        expected: label,
        actual: first.label,
        rowIds: [rowId],
      });
    const n = b.columns.length;
    const ex = extractValues(cellsAfter(row, first), n, cols, row.exact);
    storeRow(
      out,
      b.columns.map((c) => cellKey(2, rowId, c.id)),
      ex,
      label,
      row.line
    );
  }
  return out;
}
