/**
 * Aligning printed column headers (表三, 表四) with the official header cells in reading order.
 * Labels repeat (结果维持 ×3, 总计 ×4), so each printed cell takes the nearest unused entry; a header
 * repeated after a page break starts a new page. Records each leaf's position for blank-aware value
 * reading, and every label deviation.
 */
import type { TableNo } from "../../../report/types";
import { bestMatch, printed, similarity, type Candidate } from "../labels/match";
import type { HeaderEntry } from "../labels/vocabulary";
import type { SourceCell, SourceRow } from "../types";
import { noteDeviation, type LabelDeviation } from "./read";

const RESTART = 0.8;

export class HeaderReader {
  readonly deviations: LabelDeviation[] = [];
  private used = new Set<number>();
  private pointer = 0;
  private cols = new Map<string, number>();
  private loose = new Map<number, string>();

  constructor(
    private readonly table: TableNo,
    private readonly entries: Candidate<HeaderEntry>[]
  ) {}

  feed(row: SourceRow): void {
    const loose = new Map<number, string>();
    for (const cell of row.cells) {
      if (cell.label === "") continue;
      if (!this.take(cell, cell.label)) {
        const above = this.loose.get(cell.col);
        if (above === undefined || !this.take(cell, above + cell.label))
          loose.set(cell.col, cell.label);
      }
    }
    this.loose = loose;
  }

  private take(cell: SourceCell, text: string): boolean {
    const p = printed(text);
    if (similarity(p, this.entries[0]) >= RESTART && (this.used.has(0) || this.pointer > 0)) {
      this.used.clear();
      this.cols = new Map();
      this.pointer = 0;
    }
    const free = this.entries.map((e, i) => ({ e, i })).filter(({ i }) => !this.used.has(i));
    const order = new Map(free.map(({ e, i }) => [e, i]));
    const m = bestMatch(
      p,
      free.map(({ e }) => e),
      undefined,
      (c) => -0.02 * Math.abs(order.get(c)! - this.pointer)
    );
    if (!m) return false;
    const i = order.get(m.cand)!;
    this.used.add(i);
    this.pointer = i + 1;
    const entry = m.cand.data;
    if (entry.leaf) this.cols.set(entry.leaf, cell.col);
    if (!entry.isNote)
      noteDeviation(this.deviations, {
        table: this.table,
        what: "column",
        expected: entry.label,
        actual: text,
        colIds: entry.colIds,
      });
    return true;
  }

  /** Leaf positions of the current page, in official order, when all are known and increasing. */
  leafCols(leafOrder: string[]): number[] | null {
    const cols = leafOrder.map((id) => this.cols.get(id));
    if (cols.some((c) => c === undefined)) return null;
    for (let i = 1; i < cols.length; i++) if (cols[i]! <= cols[i - 1]!) return null;
    return cols as number[];
  }
}
