/**
 * Summing the report sheets of several units: which units are summed and which refused (and why), and
 * the per-unit table beside the summary (agency, sheet, error and warning counts, a link to each sheet).
 */
import { consolidate, type Message, type Report, type UnitInput } from "../report";
import { a1, quoteSheet, type Rect } from "./a1";
import type { Lang } from "./style";
import type { SheetRead } from "./workbookReports";

export interface UnitRow {
  key: string;
  sheetName: string;
  agency: string;
  errors: number;
  warnings: number;
  /** Top-left of the unit's tables, sheet-qualified, for selectCell. */
  address: string;
}

export interface RefusedUnit {
  key: string;
  /** The unit's sheet, when it was found. */
  sheetName: string | null;
  reason: Message;
}

const TEXT = {
  zh: {
    caption: "各单位情况",
    header: ["单位", "工作表", "错误", "警告", "链接"],
    go: "转到",
    refused: "未汇总",
    reason: "原因",
  },
  en: {
    caption: "Units",
    header: ["Agency", "Sheet", "Errors", "Warnings", "Link"],
    go: "Open",
    refused: "Not summed",
    reason: "Reason",
  },
} as const;

/** Text Excel keeps as text (an agency typed as =… or 123 would otherwise become a formula or number). */
function literal(s: string): string {
  return /^[=+\-@']/.test(s) || /^\s*[+-]?\d+(\.\d+)?\s*$/.test(s) ? `'${s}` : s;
}

/** =HYPERLINK("#'sheet'!A1","label"): a link inside the workbook. */
export function hyperlinkFormula(sheetName: string, cell: string, label: string): string {
  const q = (s: string) => s.replace(/"/g, '""');
  return `=HYPERLINK("${q(`#${quoteSheet(sheetName)}!${cell}`)}","${q(label)}")`;
}

/** The per-unit table as formulas (constants are plain values), top-left at (0,0). */
export function unitTableGrid(
  units: UnitRow[],
  refused: RefusedUnit[],
  lang: Lang
): (string | number)[][] {
  const t = TEXT[lang];
  const width = t.header.length;
  const row = (cells: (string | number)[]) => [
    ...cells,
    ...Array<string>(width - cells.length).fill(""),
  ];
  const grid: (string | number)[][] = [row([t.caption]), [...t.header]];
  for (const u of units) {
    const cell = u.address.slice(u.address.lastIndexOf("!") + 1);
    grid.push([
      literal(u.agency || u.sheetName),
      literal(u.sheetName),
      u.errors,
      u.warnings,
      hyperlinkFormula(u.sheetName, cell, t.go),
    ]);
  }
  if (refused.length) {
    grid.push(row([]));
    grid.push(row([t.refused, "", t.reason]));
    for (const r of refused)
      grid.push(row([literal(r.sheetName ?? r.key), "", literal(r.reason[lang])]));
  }
  return grid;
}

export interface UnitTablePlace {
  /** The whole table. */
  area: Rect;
  /** The header row (filled and bold). */
  header: Rect;
  /** Header and unit rows (thin borders). */
  bordered: Rect;
  /** Column → width in points (agency and sheet columns). */
  widths: { col: number; width: number }[];
  /** The caption cell (bold). */
  caption: string;
}

/** Where the per-unit table goes: two columns right of the summary's tables, level with their top. */
export function unitTablePlace(
  summary: Rect,
  grid: (string | number)[][],
  unitCount: number
): UnitTablePlace {
  const top = summary.top;
  const left = summary.right + 2;
  const right = left + grid[0].length - 1;
  return {
    area: { top, left, bottom: top + grid.length - 1, right },
    header: { top: top + 1, left, bottom: top + 1, right },
    bordered: { top: top + 1, left, bottom: top + 1 + unitCount, right },
    widths: [
      { col: left, width: 150 },
      { col: left + 1, width: 110 },
    ],
    caption: a1({ row: top, col: left }),
  };
}

const shapeOf = (r: Report) =>
  `${r.year}|${r.edition}|${r.tableEditions?.[2] ?? r.edition}|${r.tableEditions?.[3] ?? r.edition}`;

/**
 * consolidate() takes its year and edition from the first unit: put first a unit of the year and edition
 * most units share, so one stray unit selected first does not get all the others refused.
 */
export function majorityFirst(inputs: UnitInput[]): UnitInput[] {
  const count = new Map<string, number>();
  for (const u of inputs) count.set(shapeOf(u.report), (count.get(shapeOf(u.report)) ?? 0) + 1);
  let best = 0;
  inputs.forEach((u, i) => {
    if (count.get(shapeOf(u.report))! > count.get(shapeOf(inputs[best].report))!) best = i;
  });
  return best === 0 ? inputs : [inputs[best], ...inputs.slice(0, best), ...inputs.slice(best + 1)];
}

export interface SheetsConsolidation {
  /** The summed report; null when no unit could be used. */
  summary: Report | null;
  units: UnitRow[];
  refused: RefusedUnit[];
}

/** Sum the sheets as read: those not found or damaged are refused, then those consolidate() refuses. */
export function consolidateReads(sheets: SheetRead[], agency?: string): SheetsConsolidation {
  const refused: RefusedUnit[] = [];
  const inputs: UnitInput[] = [];
  const bySource = new Map<string, SheetRead>();
  for (const s of sheets) {
    if (!s.read || s.problem) {
      refused.push({
        key: s.key,
        sheetName: s.read?.sheetName ?? s.info?.sheetName ?? null,
        reason: s.problem!,
      });
      continue;
    }
    bySource.set(s.read.sheetName, s);
    inputs.push({ source: s.read.sheetName, report: s.read.report });
  }
  const c = consolidate(majorityFirst(inputs), agency);
  for (const r of c.refused)
    refused.push({ key: bySource.get(r.source)!.key, sheetName: r.source, reason: r.reason });
  const units: UnitRow[] = c.units.map((u) => {
    const s = bySource.get(u.source)!;
    const rect = s.read!.block.rect;
    return {
      key: s.key,
      sheetName: u.source,
      agency: u.agency,
      errors: u.errors,
      warnings: u.warnings,
      address: `${quoteSheet(u.source)}!${a1({ row: rect.top, col: rect.left })}`,
    };
  });
  return { summary: c.summary ?? null, units, refused };
}
