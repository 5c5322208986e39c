/** Test helpers: plain snapshots of a workbook (what src/excel's read brings back), built from plans. */
import type { Report } from "../../src/report";
import {
  PROBE_RECT,
  insertPlan,
  parseRange,
  rectUnion,
  type CellPos,
  type FoundBlock,
  type Rect,
  type ReportMeta,
  type SheetProtectionOptions,
  type Snapshot,
} from "../../src/sheet";
import { storedGrid } from "./helpers";

export interface SheetSpec {
  sheetName?: string;
  sheetId?: string;
  origin?: CellPos;
  protected?: boolean;
  protectionOptions?: SheetProtectionOptions;
  /** Bounding box of what the sheet holds, when more than the block. */
  used?: Rect;
  totalsAsFormulas?: boolean;
}

/** A report laid out as insertReport writes it, read back: the block and the metadata part. */
export function reportOnSheet(
  report: Report,
  spec: SheetSpec = {}
): { block: FoundBlock; meta: ReportMeta } {
  const sheetName = spec.sheetName ?? "2024年报表格";
  const sheetId = spec.sheetId ?? `{${sheetName}}`;
  const plan = insertPlan(report, {
    sheetName,
    sheetId,
    origin: spec.origin ?? { row: 0, col: 0 },
    totalsAsFormulas: spec.totalsAsFormulas ?? false,
  });
  const rect = parseRange(plan.values.range)!;
  const values: unknown[][] = storedGrid(plan);
  const formulas = values.map((row) => [...row]);
  for (const w of plan.formulas) {
    const r = parseRange(w.range)!;
    w.formulas.forEach((row, i) =>
      row.forEach((f, j) => (formulas[r.top - rect.top + i][r.left - rect.left + j] = f))
    );
  }
  return {
    block: {
      sheetName,
      sheetId,
      rect,
      values,
      formulas,
      protected: spec.protected ?? false,
      ...(spec.protectionOptions ? { protectionOptions: spec.protectionOptions } : {}),
      used: spec.used ? rectUnion(spec.used, rect) : rect,
    },
    meta: plan.metadata.meta,
  };
}

/** The probe of a sheet (PROBE_RECT from A1) holding `block` (when given) and the cells of `extra`. */
export function probeOf(
  sheetName: string,
  sheetId: string,
  opts: { block?: FoundBlock; extra?: [CellPos, unknown][]; protected?: boolean } = {}
): FoundBlock {
  const grid: unknown[][] = Array.from({ length: PROBE_RECT.bottom + 1 }, () =>
    Array<unknown>(PROBE_RECT.right + 1).fill("")
  );
  let used: Rect | null = null;
  const put = (p: CellPos, v: unknown) => {
    grid[p.row][p.col] = v;
    const cell = { top: p.row, left: p.col, bottom: p.row, right: p.col };
    if (v !== "") used = used ? rectUnion(used, cell) : cell;
  };
  const b = opts.block;
  if (b)
    b.values.forEach((row, i) =>
      row.forEach((v, j) => put({ row: b.rect.top + i, col: b.rect.left + j }, v))
    );
  for (const [p, v] of opts.extra ?? []) put(p, v);
  return {
    sheetName,
    sheetId,
    rect: PROBE_RECT,
    values: grid,
    formulas: grid.map((row) => [...row]),
    protected: opts.protected ?? false,
    used,
  };
}

/** A snapshot: nothing of ours in a workbook of one empty sheet, unless given. */
export function snapshotOf(parts: Partial<Snapshot> = {}): Snapshot {
  return {
    meta: null,
    metaProblem: "no metadata part",
    partIds: [],
    block: null,
    names: [],
    probe: null,
    sheetNames: ["Sheet1"],
    ...parts,
  };
}

/** The snapshot of a workbook whose own report is `report` (found through GK_REPORT). */
export function withReport(
  report: Report,
  spec: SheetSpec = {},
  parts: Partial<Snapshot> = {}
): Snapshot {
  const { block, meta } = reportOnSheet(report, spec);
  return snapshotOf({
    meta,
    metaProblem: null,
    partIds: ["{part}"],
    block,
    names: ["GK_REPORT"],
    sheetNames: ["Sheet1", block.sheetName],
    ...parts,
  });
}
