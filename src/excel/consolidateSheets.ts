/**
 * consolidateSheets: the report sheets of several units (same year and edition) summed onto a new
 * summary sheet (汇总), laid out and checked like any report, with a table beside it listing each unit:
 * agency, sheet, error and warning counts, and a link to the unit's sheet.
 *
 * One Excel.run, two syncs whatever the number of units: one read of every selected sheet, one write.
 */
import { checkReport, consolidate, type Message, type Report, type UnitInput } from "../report";
import { HEADER_FILL, a1, colLetter, quoteSheet, rectAddress, type Lang } from "../sheet";
import { queueThinBorders } from "./apply";
import { eventsOff, eventsOn, runWrite } from "./host";
import { locateIn, queueNewReportSheet, queueRegistry, queueReportSheets } from "./reportSheets";
import type { LocatedFinding } from "./types";

export interface ConsolidateOptions {
  /** Agency name on the summary (e.g. 某某市); default 汇总（n个单位）. */
  agency?: string;
  /** Sheet name to start from; default 汇总. */
  sheetName?: string;
  lang?: Lang;
}

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

export type ConsolidateSheetsResult =
  /** Nothing summed (no unit could be used); nothing written. */
  | { status: "nothing"; units: UnitRow[]; refused: RefusedUnit[] }
  | {
      status: "written";
      sheetName: string;
      key: string;
      summary: Report;
      /** The checker's findings on the summary, placed on its sheet. */
      findings: LocatedFinding[];
      units: UnitRow[];
      refused: RefusedUnit[];
      /** Where the per-unit table is on the summary sheet. */
      unitTable: string;
    };

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

/** Sum the report sheets `keys` (one per unit) onto a new summary sheet. Two syncs. */
export async function consolidateSheets(
  keys: string[],
  opts: ConsolidateOptions = {}
): Promise<ConsolidateSheetsResult> {
  const lang = opts.lang ?? "zh";
  keys = [...new Set(keys)];
  return runWrite(async (context) => {
    const reads = queueReportSheets(context, keys);
    await context.sync();
    const { state, sheets } = reads();

    const refused: RefusedUnit[] = [];
    const inputs: UnitInput[] = [];
    const bySource = new Map<string, (typeof sheets)[number]>();
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
    const c = consolidate(majorityFirst(inputs), opts.agency?.trim() || undefined);
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
    if (!c.summary || !units.length) return { status: "nothing", units, refused };

    const summary = c.summary;
    const findings = checkReport(summary);
    eventsOff(context);
    const { queued, registry } = queueNewReportSheet(context, state, {
      report: summary,
      kind: "summary",
      source: units.map((u) => u.sheetName).join("、"),
      baseName: opts.sheetName?.trim() || (lang === "zh" ? "汇总" : "Summary"),
      findings,
      lang,
      asCurrent: false,
    });
    const grid = unitTableGrid(units, refused, lang);
    const top = queued.layout.rect.top;
    const left = queued.layout.rect.right + 2;
    const area = { top, left, bottom: top + grid.length - 1, right: left + grid[0].length - 1 };
    const sheet = queued.sheet;
    sheet.getRange(rectAddress(area)).formulas = grid;
    const header = sheet.getRange(
      rectAddress({ top: top + 1, left, bottom: top + 1, right: area.right })
    );
    header.format.fill.color = HEADER_FILL;
    header.format.font.bold = true;
    sheet.getRange(a1({ row: top, col: left })).format.font.bold = true;
    queueThinBorders(
      sheet.getRange(
        rectAddress({ top: top + 1, left, bottom: top + 1 + units.length, right: area.right })
      ).format
    );
    sheet.getRange(`${colLetter(left)}:${colLetter(left)}`).format.columnWidth = 150;
    sheet.getRange(`${colLetter(left + 1)}:${colLetter(left + 1)}`).format.columnWidth = 110;
    queueRegistry(context, state, registry);
    sheet.activate();
    sheet.getRange("A1").select();
    eventsOn(context);
    await context.sync();
    return {
      status: "written",
      sheetName: queued.sheetName,
      key: queued.key,
      summary,
      findings: locateIn(findings, queued.sheetName, queued.layout),
      units,
      refused,
      unitTable: rectAddress(area),
    };
  });
}
