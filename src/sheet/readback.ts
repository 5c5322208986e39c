/**
 * Reading a report back from a worksheet grid, and checking that the printed structure is intact:
 * every label where the layout puts it, every merge present, no row deleted or inserted inside a table.
 *
 * Rows are aligned before anything is compared, so a deleted or inserted row is reported as that
 * (naming the table and the row) rather than as every label below it being wrong, a table that merely
 * moved down is still read correctly, and values are read from where their rows actually are.
 */
import type { EditionId, Message, Report, RawValue, Severity, TableNo } from "../report/types";
import { a1, parseRange, rectAddress, type CellPos, type Rect } from "./a1";
import { layoutOf, type LabelCell, type SheetLayout, type TableLayout } from "./layout";
import type { ReportMeta } from "./metadata";
import { defaultTitle, totalFormulas } from "./plan";

export interface Grid {
  /** Cell values as Excel returns them (numbers, strings, booleans; "" for empty). */
  values: unknown[][];
  /** Range.formulas of the same area, when read. */
  formulas?: unknown[][];
  /** Sheet position of values[0][0]; default the layout's origin (the block read through GK_REPORT). */
  origin?: CellPos;
}

export type ProblemKind =
  | "empty"
  | "tableDamaged"
  | "rowDeleted"
  | "rowInserted"
  | "label"
  | "tableMoved"
  | "mergeMissing"
  | "mergeUnexpected"
  | "textNumber"
  | "totalNotFormula";

export interface SheetProblem {
  kind: ProblemKind;
  severity: Severity;
  table: TableNo | null;
  /** Where to look, in sheet A1 terms (where the cell is now, when rows moved). */
  address?: string;
  expected?: string;
  actual?: string;
  message: Message;
}

const TABLE_ZH = { 2: "表二", 3: "表三", 4: "表四" } as const;
const MAX_LABEL_PROBLEMS = 12;

function text(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

const quote = (s: string) => (s === "" ? "（空白）" : `“${s}”`);

type RowKind = "labels" | "blank" | "free";

interface ExpectedRow {
  row: number;
  kind: RowKind;
  labels: LabelCell[];
  table: TableLayout | null;
}

interface Pair {
  exp: number;
  got: number | null;
  match: boolean;
}

export interface Alignment {
  /** Expected sheet row → sheet row where it is now (null: deleted). */
  rowOf: Map<number, number | null>;
  pairs: Pair[];
  /** Sheet rows of the grid paired with no expected row. */
  unpaired: number[];
}

function expectedRows(layout: SheetLayout): ExpectedRow[] {
  const out: ExpectedRow[] = [];
  const labelsAt = new Map<number, LabelCell[]>();
  for (const l of layout.labels)
    if (l.role !== "title") labelsAt.set(l.pos.row, [...(labelsAt.get(l.pos.row) ?? []), l]);
  const valueRows = new Set(layout.cells.map((c) => c.pos.row));
  const tableAt = (row: number) =>
    layout.tables.find((t) => row >= t.caption.pos.row && row <= t.rect.bottom) ?? null;
  for (let row = layout.rect.top; row <= layout.rect.bottom; row++) {
    const labels = labelsAt.get(row) ?? [];
    const kind: RowKind = labels.length
      ? "labels"
      : row === layout.title.pos.row || valueRows.has(row) || tableAt(row)
        ? "free"
        : "blank";
    out.push({ row, kind, labels, table: tableAt(row) });
  }
  return out;
}

class GridReader {
  readonly origin: CellPos;
  constructor(
    readonly grid: Grid,
    layout: SheetLayout
  ) {
    this.origin = grid.origin ?? layout.origin;
  }
  get firstRow() {
    return this.origin.row;
  }
  get rowCount() {
    return this.grid.values.length;
  }
  value(row: number, col: number): unknown {
    return this.grid.values[row - this.origin.row]?.[col - this.origin.col];
  }
  formula(row: number, col: number): unknown {
    return this.grid.formulas?.[row - this.origin.row]?.[col - this.origin.col];
  }
}

function rowMatches(e: ExpectedRow, g: GridReader, row: number, blockRect: Rect): boolean {
  if (e.kind === "labels") return e.labels.every((l) => text(g.value(row, l.pos.col)) === l.text);
  if (e.kind === "blank") {
    for (let c = blockRect.left; c <= blockRect.right; c++)
      if (text(g.value(row, c)).trim() !== "") return false;
  }
  return true;
}

/** Align the layout's rows with the grid's rows (global alignment; leading and trailing grid rows free). */
export function alignRows(layout: SheetLayout, grid: Grid): Alignment {
  const exp = expectedRows(layout);
  const g = new GridReader(grid, layout);
  const n = exp.length;
  const m = g.rowCount;
  const GAP = -1;
  const score = (i: number, j: number) => {
    const e = exp[i];
    const ok = rowMatches(e, g, g.firstRow + j, layout.rect);
    return e.kind === "labels" ? (ok ? 3 : 0) : ok ? 1 : 0;
  };
  const S: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const M: boolean[][] = Array.from({ length: n + 1 }, () => new Array<boolean>(m + 1).fill(false));
  const B: Uint8Array[] = Array.from({ length: n + 1 }, () => new Uint8Array(m + 1)); // 1 diag, 2 up, 3 left
  for (let i = 1; i <= n; i++) {
    S[i][0] = i * GAP;
    B[i][0] = 2;
  }
  for (let j = 1; j <= m; j++) B[0][j] = 3; // leading grid rows are free
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = score(i - 1, j - 1);
      M[i][j] = exp[i - 1].kind === "labels" ? s === 3 : true;
      const diag = S[i - 1][j - 1] + s;
      const up = S[i - 1][j] + GAP;
      const left = S[i][j - 1] + (i === n ? 0 : GAP); // trailing grid rows are free
      if (diag >= up && diag >= left) {
        S[i][j] = diag;
        B[i][j] = 1;
      } else if (up >= left) {
        S[i][j] = up;
        B[i][j] = 2;
      } else {
        S[i][j] = left;
        B[i][j] = 3;
      }
    }
  }
  const pairs: Pair[] = [];
  const paired = new Set<number>();
  let i = n;
  let j = m;
  while (i > 0) {
    const b = j === 0 ? 2 : B[i][j];
    if (b === 1) {
      pairs.push({ exp: exp[i - 1].row, got: g.firstRow + j - 1, match: M[i][j] });
      paired.add(j - 1);
      i--;
      j--;
    } else if (b === 2) {
      pairs.push({ exp: exp[i - 1].row, got: null, match: false });
      i--;
    } else j--;
  }
  pairs.reverse();
  const unpaired: number[] = [];
  for (let k = 0; k < m; k++) if (!paired.has(k)) unpaired.push(g.firstRow + k);
  return { rowOf: new Map(pairs.map((p) => [p.exp, p.got])), pairs, unpaired };
}

function rowName(t: TableLayout, labels: LabelCell[], row: number): { zh: string; en: string } {
  const r = row - t.origin.row + 1;
  const shown = labels.map((l) => l.text).filter(Boolean);
  if (row === t.caption.pos.row)
    return { zh: `标题行（“${t.title}”）`, en: `the caption row (“${t.title}”)` };
  const what = shown.length ? `“${shown.join("”“")}”` : "数据行";
  return {
    zh: `第${r}行（${what}）`,
    en: `row ${r} (${shown.length ? shown.join(" / ") : "the data row"})`,
  };
}

function mergesOf(merges: string[] | undefined): Set<string> | null {
  if (!merges) return null;
  const out = new Set<string>();
  for (const m of merges) {
    const r = parseRange(m.replace(/\$/g, ""));
    if (r) out.add(rectAddress(r));
  }
  return out;
}

interface Verified {
  problems: SheetProblem[];
  alignment: Alignment;
}

function verify(layout: SheetLayout, grid: Grid, merges?: string[]): Verified {
  const problems: SheetProblem[] = [];
  const alignment = alignRows(layout, grid);
  if (!grid.values.length) {
    problems.push({
      kind: "empty",
      severity: "error",
      table: null,
      message: {
        zh: "读取到的区域是空的，找不到报告表格。",
        en: "The area read is empty; the report tables are not there.",
      },
    });
    return { problems, alignment };
  }
  const g = new GridReader(grid, layout);
  const exp = expectedRows(layout);
  const byRow = new Map(exp.map((e) => [e.row, e]));
  const given = mergesOf(merges);
  for (const t of layout.tables) {
    const tz = TABLE_ZH[t.no as 2 | 3 | 4];
    const own: SheetProblem[] = [];
    const pairs = alignment.pairs.filter(
      (p) => p.exp >= t.caption.pos.row && p.exp <= t.rect.bottom
    );
    const gots = pairs.map((p) => p.got).filter((x): x is number => x !== null);
    const deleted = pairs.filter((p) => p.got === null);
    const inserted = gots.length
      ? alignment.unpaired.filter((r) => r > Math.min(...gots) && r < Math.max(...gots))
      : [];
    for (const p of deleted) {
      const name = rowName(t, byRow.get(p.exp)!.labels, p.exp);
      own.push({
        kind: "rowDeleted",
        severity: "error",
        table: t.no,
        address: a1({ row: p.exp, col: t.rect.left }),
        expected: byRow
          .get(p.exp)!
          .labels.map((l) => l.text)
          .join(" "),
        message: {
          zh: `${tz}${name.zh}被删除了。`,
          en: `Table ${t.no}: ${name.en} has been deleted.`,
        },
      });
    }
    for (const r of inserted) {
      const before = pairs.filter((p) => p.got !== null && p.got < r).pop();
      const after = before ? before.exp - t.origin.row + 1 : 0;
      own.push({
        kind: "rowInserted",
        severity: "error",
        table: t.no,
        address: a1({ row: r, col: t.rect.left }),
        message: {
          zh: `${tz}第${after}行之后多出了一行（工作表第${r + 1}行）。`,
          en: `Table ${t.no}: an extra row after row ${after} (sheet row ${r + 1}).`,
        },
      });
    }
    let labelProblems = 0;
    for (const p of pairs) {
      const e = byRow.get(p.exp)!;
      if (p.got === null || e.kind !== "labels" || p.match) continue;
      for (const l of e.labels) {
        const actual = text(g.value(p.got, l.pos.col));
        if (actual === l.text) continue;
        labelProblems++;
        if (labelProblems > MAX_LABEL_PROBLEMS) continue;
        const address = a1({ row: p.got, col: l.pos.col });
        own.push({
          kind: "label",
          severity: "error",
          table: t.no,
          address,
          expected: l.text,
          actual,
          message: {
            zh: `${address} 应为${quote(l.text)}，现为${quote(actual)}。`,
            en: `${address} must read “${l.text}” but reads ${actual === "" ? "(blank)" : `“${actual}”`}.`,
          },
        });
      }
    }
    if (labelProblems > MAX_LABEL_PROBLEMS) {
      own.push({
        kind: "label",
        severity: "error",
        table: t.no,
        message: {
          zh: `${tz}另有 ${labelProblems - MAX_LABEL_PROBLEMS} 处标签不符（可能插入或删除了列）。`,
          en: `Table ${t.no}: ${labelProblems - MAX_LABEL_PROBLEMS} more labels differ (a column may have been inserted or deleted).`,
        },
      });
    }
    const offsets = new Set(pairs.filter((p) => p.got !== null).map((p) => p.got! - p.exp));
    const rowsIntact = !deleted.length && !inserted.length && offsets.size === 1;
    const shift = rowsIntact ? [...offsets][0] : 0;
    if (rowsIntact && shift !== 0) {
      own.push({
        kind: "tableMoved",
        severity: "info",
        table: t.no,
        address: a1({ row: t.origin.row + shift, col: t.origin.col }),
        message: {
          zh: `${tz}整体${shift > 0 ? "下移" : "上移"}了 ${Math.abs(shift)} 行（现从第${t.origin.row + shift + 1}行开始），已按新位置读取。`,
          en: `Table ${t.no} has moved ${shift > 0 ? "down" : "up"} by ${Math.abs(shift)} row(s) (it now starts at row ${t.origin.row + shift + 1}); read from there.`,
        },
      });
    }
    // Merges are only compared when the rows are intact: a deleted row shrinks a merge, and that is already said.
    if (given && rowsIntact) {
      const mine = layout.merges.filter(
        (r) =>
          r.top >= t.rect.top &&
          r.bottom <= t.rect.bottom &&
          r.left >= t.rect.left &&
          r.right <= t.rect.right
      );
      const shifted = (r: Rect): Rect => ({ ...r, top: r.top + shift, bottom: r.bottom + shift });
      const want = new Set(mine.map((r) => rectAddress(shifted(r))));
      for (const r of mine) {
        const addr = rectAddress(shifted(r));
        // Some hosts report a merged area by its top-left cell alone (office-js #1590).
        const topLeft = a1({ row: r.top + shift, col: r.left });
        if (given.has(addr) || given.has(topLeft)) continue;
        const label = layout.labels.find((l) => l.rect.top === r.top && l.rect.left === r.left);
        const what = label ? `（${quote(label.text)}）` : "（填数格）";
        // Values are read by position, so a merge the host reports differently never stops the check.
        own.push({
          kind: "mergeMissing",
          severity: "warning",
          table: t.no,
          address: addr,
          message: {
            zh: `${addr} 应合并为一格${what}，现在没有合并。`,
            en: `${addr} must be one merged cell${label ? ` (“${label.text}”)` : " (an input cell)"} but is not merged.`,
          },
        });
      }
      const area = shifted(t.rect);
      for (const addr of given) {
        const r = parseRange(addr)!;
        const inside =
          r.top >= area.top &&
          r.bottom <= area.bottom &&
          r.left >= area.left &&
          r.right <= area.right;
        const topLefts = new Set(mine.map((m) => a1({ row: m.top + shift, col: m.left })));
        if (!inside || want.has(addr) || topLefts.has(addr)) continue;
        own.push({
          kind: "mergeUnexpected",
          severity: "warning",
          table: t.no,
          address: addr,
          message: {
            zh: `${tz}中 ${addr} 多出了合并单元格。`,
            en: `Table ${t.no}: ${addr} is merged but should not be.`,
          },
        });
      }
    }
    const damage = own.filter((p) => p.severity === "error");
    if (damage.length) {
      const kinds = new Set(damage.map((p) => p.kind));
      const what = [
        kinds.has("rowDeleted") ? `删除了 ${deleted.length} 行` : "",
        kinds.has("rowInserted") ? `插入了 ${inserted.length} 行` : "",
        kinds.has("label") ? `${labelProblems} 处标签被改动` : "",
        kinds.has("mergeMissing") ? "合并单元格被拆开" : "",
      ].filter(Boolean);
      const whatEn = [
        kinds.has("rowDeleted") ? `${deleted.length} row(s) deleted` : "",
        kinds.has("rowInserted") ? `${inserted.length} row(s) inserted` : "",
        kinds.has("label") ? `${labelProblems} label(s) changed` : "",
        kinds.has("mergeMissing") ? "merged cells split" : "",
      ].filter(Boolean);
      problems.push({
        kind: "tableDamaged",
        severity: "error",
        table: t.no,
        address: t.range,
        message: {
          zh: `${tz}（${t.title}）的格式被改动：${what.join("，")}。请撤销修改或重新插入表格，否则数据可能读错位置。`,
          en: `Table ${t.no} (${t.title}) has been altered: ${whatEn.join(", ")}. Undo the change or insert the table again, or values may be read from the wrong cells.`,
        },
      });
    }
    problems.push(...own);
  }
  return { problems, alignment };
}

/**
 * Problems with the printed structure of the tables in `grid` (labels, rows, merges), each naming the
 * cell address and what is wrong. `merges` are the merged areas read from the sheet (any A1 form).
 */
export function verifyStructure(
  layout: SheetLayout,
  grid: Grid,
  merges?: string[]
): SheetProblem[] {
  return verify(layout, grid, merges).problems;
}

/** What Excel returned for a value cell, as typed: numbers stay numbers, text stays text, "" → null. */
export function rawValue(v: unknown): RawValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

const NUMERIC_TEXT = /^[+-]?\d+(\.\d+)?$/;

/**
 * Read the report back from a grid: values where the layout (after row alignment) puts them, plus the
 * structure problems and value notes. `meta` supplies what the grid does not hold (year, agency …).
 */
export function reportFromGrid(
  layout: SheetLayout,
  grid: Grid,
  meta: Partial<Omit<ReportMeta, "edition" | "sheet" | "names">> = {},
  merges?: string[]
): { report: Report; problems: SheetProblem[] } {
  const { problems, alignment } = verify(layout, grid, merges);
  const g = new GridReader(grid, layout);
  const values: Record<string, RawValue> = {};
  for (const c of layout.cells) {
    const row = alignment.rowOf.get(c.pos.row);
    if (row === null || row === undefined) {
      values[c.key] = null;
      continue;
    }
    const raw = rawValue(g.value(row, c.pos.col));
    values[c.key] = raw;
    if (typeof raw === "string" && NUMERIC_TEXT.test(raw.trim())) {
      const address = a1({ row, col: c.pos.col });
      problems.push({
        kind: "textNumber",
        severity: "info",
        table: c.table,
        address,
        actual: raw,
        message: {
          zh: `${address} 中的“${raw}”是以文本形式存放的数字，表格里的公式不会把它算进去；请重新输入为数字。`,
          en: `${address} holds “${raw}” as text; the sheet's formulas do not count it. Re-enter it as a number.`,
        },
      });
    }
  }
  if (meta.totalsAsFormulas && grid.formulas) {
    for (const key of totalFormulas(layout, layout).keys()) {
      const c = layout.byKey[key];
      const row = alignment.rowOf.get(c.pos.row);
      if (row === null || row === undefined) continue;
      const f = g.formula(row, c.pos.col);
      if (typeof f === "string" && f.startsWith("=")) continue;
      const address = a1({ row, col: c.pos.col });
      problems.push({
        kind: "totalNotFormula",
        severity: "info",
        table: c.table,
        address,
        message: {
          zh: `${address} 原为自动求和公式，现在是手填的数，不会随分项自动更新。`,
          en: `${address} was a SUM formula and now holds a typed number; it no longer follows its parts.`,
        },
      });
    }
  }
  const titleText = text(
    g.value(alignment.rowOf.get(layout.title.pos.row) ?? layout.title.pos.row, layout.title.pos.col)
  ).trim();
  const report: Report = {
    edition: layout.edition,
    year: meta.year ?? null,
    agency: meta.agency ?? "",
    values,
  };
  if (Object.keys(layout.tableEditions).length) report.tableEditions = { ...layout.tableEditions };
  // The default title is derived, not typed: keep report.title for a title the user chose.
  const derived = defaultTitle({ agency: report.agency, year: report.year });
  const title = meta.title ?? (titleText && titleText !== derived ? titleText : undefined);
  if (title !== undefined) report.title = title;
  if (meta.date !== undefined) report.date = meta.date;
  if (meta.narrative) report.narrative = { ...meta.narrative };
  if (meta.preface !== undefined) report.preface = meta.preface;
  if (meta.signer !== undefined) report.signer = meta.signer;
  return { report, problems };
}

const EDITIONS: EditionId[] = ["2021", "2019"];

/**
 * Read the block found through the defined name (its top-left at `grid.origin`) with the metadata's
 * edition, or, when the metadata is lost, with the edition whose structure fits (fewest errors).
 */
export function readBlock(
  grid: Grid & { origin: CellPos },
  meta: ReportMeta | null,
  merges?: string[]
): { report: Report; layout: SheetLayout; problems: SheetProblem[] } {
  const candidates: Pick<Report, "edition" | "tableEditions">[] = meta
    ? [
        {
          edition: meta.edition,
          ...(meta.tableEditions ? { tableEditions: meta.tableEditions } : {}),
        },
      ]
    : EDITIONS.map((edition) => ({ edition }));
  const errors = (ps: SheetProblem[]) => ps.filter((p) => p.severity === "error").length;
  let best: { report: Report; layout: SheetLayout; problems: SheetProblem[] } | null = null;
  for (const c of candidates) {
    const layout = layoutOf(c, grid.origin);
    const read = reportFromGrid(layout, grid, meta ?? {}, merges);
    if (!best || errors(read.problems) < errors(best.problems)) best = { ...read, layout };
  }
  return best!;
}
