/**
 * Which statistics table each printed table row belongs to, by the official labels it carries.
 * Rows without labels (values only, blank lines of a grid) stay with the table above them; rows of
 * no table (the CMS page-information table) are dropped. Tables split over several blocks (page
 * breaks, several <table> elements) are joined in document order.
 */
import type { TableNo } from "../../../report/types";
import { matchIn, printed } from "../labels/match";
import { TABLE_VOCABULARY } from "../labels/vocabulary";
import type { SourceBlock, SourceRow } from "../types";
import { splitRow } from "./read";

const CLASSIFY_FLOOR = 0.75;
const TABLES: TableNo[] = [2, 3, 4];
const T4_WIDTH = 15;

/** The table a row belongs to by its labels; null when it names none (or several equally). */
export function tableOf(row: SourceRow): TableNo | null {
  const score: Record<TableNo, number> = { 2: 0, 3: 0, 4: 0 };
  const { labels, values } = splitRow(row);
  for (const cell of labels) {
    const p = printed(cell.label);
    for (const t of TABLES) score[t] += matchIn(p, TABLE_VOCABULARY[t], CLASSIFY_FLOOR)?.sim ?? 0;
  }
  const best = Math.max(score[2], score[3], score[4]);
  if (best > 0) {
    const winners = TABLES.filter((t) => score[t] === best);
    return winners.length === 1 ? winners[0] : null;
  }
  // An unlabelled row of 15 values is 表四's, wherever it stands.
  return labels.length === 0 && values === T4_WIDTH ? 4 : null;
}

export function rowsByTable(blocks: SourceBlock[]): Record<TableNo, SourceRow[]> {
  const out: Record<TableNo, SourceRow[]> = { 2: [], 3: [], 4: [] };
  for (const block of blocks) {
    if (block.kind !== "table") continue;
    let current: TableNo | null = null;
    for (const row of block.rows) {
      const t = tableOf(row);
      if (t !== null) current = t;
      else if (splitRow(row).labels.length > 0 && current === null) continue;
      if (current !== null) out[current].push(row);
    }
  }
  return out;
}
