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
import { deviationOf } from "../labels/normalize";
import { T3_GROUPS, T3_HEADER, T3_ROWS, T3_SECTIONS, type T3Row } from "../labels/vocabulary";
import { at, problem } from "../problems";
import type { SourceCell, SourceRow } from "../types";
import { HeaderReader } from "./header";
import { cellsAfter, emptyRead, splitRow, storeRow, type TableRead } from "./read";
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
  const out = emptyRead(3);
  out.found = rows.length > 0;
  const header = new HeaderReader(3, T3_HEADER);
  const read = new Set<string>();
  let group: string | null = null;
  let next = 0;
  let fragment: { text: string; line?: number } | null = null;
  let previous = null as { match: Match<T3Row>; text: string } | null;

  const where = (row: SourceRow, label?: string) =>
    at(row.line, 3, row.line === undefined ? label : undefined);

  const matchRow = (text: string): Match<T3Row> | null => {
    const p = printed(text);
    const free = T3_ROWS.filter((c) => !read.has(c.data.id));
    const bonus = (c: Candidate<T3Row>) =>
      (c.data.group && c.data.group === group ? 0.08 : 0) +
      (c.data.order === next ? 0.04 : 0) -
      (c.data.order < next ? 0.05 : 0);
    const m = bestMatch(p, free, MATCH_FLOOR, bonus);
    if (m) return m;
    const expected = free.filter((c) => c.data.order === next);
    return bestMatch(p, expected, POSITION_FLOOR);
  };

  const noteContext = (cell: SourceCell, ctx: Context) => {
    if (ctx.kind === "group") group = ctx.label;
    if (deviationOf(cell.label, ctx.label)) {
      out.deviations.push({
        table: 3,
        what: ctx.kind,
        expected: ctx.label,
        actual: cell.label,
        ...(ctx.kind === "group" ? { group: ctx.label } : { section: ctx.label }),
      });
    }
  };

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const { labels, values } = splitRow(row);
    if (labels.length === 0 && values === 0) continue;
    if (values === 0 && isHeaderRow(labels)) {
      header.feed(row);
      continue;
    }
    // The row's own label is the last label cell that reads as one (text after it is values);
    // the label cells before it are its group or section.
    const own = ownLabel(labels);
    if (own && isFirstRowAgain(own.label)) {
      // 表三 starts over: the table is printed twice. Only the first copy is read.
      out.duplicate = { line: row.line };
      break;
    }
    for (const cell of labels.slice(0, own ? labels.indexOf(own) : 0)) {
      const ctx = contextOf(cell);
      if (ctx) noteContext(cell, ctx);
    }
    const after = cellsAfter(row, own);
    const hasSlots = values > 0 || after.length >= COLUMNS.length;
    const ctx = own && values === 0 ? contextOf(own) : null;
    if (own && ctx) {
      // A group or section label on a line of its own (its cells, if any, blank). （六）其他处理 is
      // also the 2019 edition's single row: it is a group line when item rows of the group follow.
      const m = matchRow(own.label);
      const tie = m && ctx.sim === m.sim;
      if (!m || ctx.sim > m.sim || (tie && (!hasSlots || nextIsItemOf(i, ctx.label)))) {
        noteContext(own, ctx);
        continue;
      }
    }
    if (own && !hasSlots) {
      // A label with no value cells: a label wrapped onto its own line, or a row whose values
      // follow on the next line.
      const m = matchRow(own.label);
      const nextRow = rows[i + 1];
      if (m && nextRow && splitRow(nextRow).labels.length === 0 && splitRow(nextRow).values > 0) {
        i++;
        store(m, own.label, nextRow, nextRow.cells);
        continue;
      }
      const prev = previous;
      if (prev && !m) {
        const joined: string = prev.text + own.label;
        if (printedSim(joined, prev.match) > printedSim(prev.text, prev.match)) {
          replaceDeviation(prev.match, prev.text, joined);
          previous = { match: prev.match, text: joined };
          continue;
        }
      }
      // A label wrapped over three lines or more: the pieces add up while they read better.
      const longer: Match<T3Row> | null = fragment ? matchRow(fragment.text + own.label) : null;
      fragment =
        fragment && longer && (!m || longer.sim > m.sim)
          ? { text: fragment.text + own.label, line: fragment.line }
          : { text: own.label, line: row.line };
      continue;
    }
    if (!own) {
      out.problems.push(
        problem(
          where(row),
          "表三中有一行数值没有行标签，未导入。",
          "A row of values in table 3 has no row label; it was not imported."
        )
      );
      continue;
    }
    let text = own.label;
    let m = matchRow(text);
    if (fragment) {
      const joined = fragment.text + text;
      const mj = matchRow(joined);
      if (mj && (!m || mj.sim > m.sim)) {
        m = mj;
        text = joined;
      }
      fragment = null;
    }
    if (!m) {
      const ctx = contextOf(own);
      if (ctx) noteContext(own, ctx);
      out.deviations.push({ table: 3, what: "extraRow", actual: text });
      continue;
    }
    store(m, text, row, after);
  }
  if (fragment) {
    out.problems.push(
      problem(
        at(fragment.line, 3, fragment.line === undefined ? fragment.text : undefined),
        `表三中的“${fragment.text}”不是表格的行标签，已跳过。`,
        `“${fragment.text}” in table 3 is not a row label of the table; skipped.`
      )
    );
  }
  finish();
  return out;

  function isFirstRowAgain(label: string): boolean {
    const first = T3_ROWS[0];
    return read.has(first.data.id) && similarity(printed(label), first) >= DUPLICATE_FLOOR;
  }

  function nextIsItemOf(i: number, groupLabel: string): boolean {
    for (let j = i + 1; j < rows.length; j++) {
      const { labels } = splitRow(rows[j]);
      const own = ownLabel(labels);
      if (!own) continue;
      const saved = group;
      group = groupLabel;
      const m = matchRow(own.label);
      group = saved;
      return m?.cand.data.group === groupLabel;
    }
    return false;
  }

  function printedSim(text: string, m: Match<T3Row>): number {
    return bestMatch(printed(text), [m.cand], 0)?.sim ?? 0;
  }

  function replaceDeviation(m: Match<T3Row>, oldText: string, newText: string) {
    const i = out.deviations.findIndex(
      (d) => d.what === "row" && d.rowIds?.[0] === m.cand.data.id && d.actual === oldText
    );
    if (i >= 0) out.deviations.splice(i, 1);
    if (deviationOf(newText, m.cand.data.label)) {
      out.deviations.push({
        table: 3,
        what: "row",
        expected: m.cand.data.label,
        actual: newText,
        rowIds: [m.cand.data.id],
      });
    }
  }

  function store(m: Match<T3Row>, text: string, row: SourceRow, after: SourceCell[]) {
    const r = m.cand.data;
    read.add(r.id);
    group = r.group ?? null;
    next = r.order + 1;
    previous = { match: m, text };
    if (deviationOf(text, r.label))
      out.deviations.push({
        table: 3,
        what: "row",
        expected: r.label,
        actual: text,
        rowIds: [r.id],
      });
    const ex = extractValues(after, COLUMNS.length, header.leafCols(COLUMNS), row.exact);
    const keys = COLUMNS.map((col) => cellKey(3, r.id, col));
    storeRow(out, keys, ex, r.group ? `${r.group} ${r.label}` : r.label, row.line);
  }

  function finish() {
    out.deviations.push(...header.deviations);
    const only = (e: EditionId) =>
      T3_ROWS.filter((c) => c.data.editions.length === 1 && c.data.editions[0] === e);
    const seen19 = only("2019").filter((c) => read.has(c.data.id)).length;
    const seen21 = only("2021").filter((c) => read.has(c.data.id)).length;
    if (seen19 || seen21) out.edition = seen19 > seen21 ? "2019" : "2021";
    if (seen19 && seen21) {
      const dropped = out.edition === "2019" ? only("2021") : only("2019");
      for (const c of dropped)
        for (const col of COLUMNS) delete out.values[cellKey(3, c.data.id, col)];
      out.problems.push(
        problem(
          at(undefined, 3, "（六）其他处理"),
          "表三“（六）其他处理”既印成一行又印有分项，只按多数的版式读入。",
          "Table 3 prints （六）其他处理 both as one row and with sub-rows; only the majority layout was read."
        )
      );
    }
  }
}
