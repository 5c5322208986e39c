/**
 * The insert plan: a declarative list of what to write to a worksheet to lay out a report, for a thin
 * executor (src/excel) to apply inside one Excel.run. Every field is plain data; ranges are A1
 * rectangles on the plan's sheet (no sheet prefix) unless named otherwise.
 *
 * Apply in field order: values, formulas, merges, formats, numberFormats, columnWidths, rowHeights,
 * validations, conditionalFormats, protection, names, metadata. Writes are whole rectangles: the block
 * is one `values` write; formulas, formats and rules are grouped into as few rectangles as the
 * layout allows, and each merge is listed once.
 */
import { relationsOf } from "../report/relations";
import type { EditionId, RawValue, Report, TableNo, ValueKind } from "../report/types";
import {
  a1,
  colLetter,
  rectAddress,
  rectCells,
  rectsOf,
  sheetRef,
  type CellPos,
  type Rect,
} from "./a1";
import { conditionalFormats, type CfRule } from "./cf";
import { layoutOf, type LabelCell, type LabelRole, type SheetLayout } from "./layout";
import { METADATA_NAMESPACE, metadataXml, type ReportMeta } from "./metadata";
import {
  COLUMN_WIDTHS,
  FONTS,
  HEADER_FILL,
  NAME_COMMENTS,
  NUMBER_FORMATS,
  SIZES,
  VALIDATION_TEXT,
  VALUE_COLUMN_WIDTH,
  textWidth,
  type Lang,
} from "./style";

/** What a value write holds: numbers, text, or "" for an empty cell. */
export type SheetValue = string | number;

export interface CellFormat {
  fill?: string;
  font?: { name?: string; size?: number; bold?: boolean; color?: string };
  horizontalAlignment?: "General" | "Left" | "Center" | "Right";
  verticalAlignment?: "Top" | "Center" | "Bottom";
  wrapText?: boolean;
  /** Degrees (-90..90), or 180 for vertical stacked text (ExcelApi 1.7). */
  textOrientation?: number;
  /** Thin continuous lines on every edge and inside the range. */
  borders?: "thinAll";
}

export interface FormatAction {
  range: string;
  format: CellFormat;
}

/** Shaped like Excel.DataValidationRule (one kind per rule). */
export type ValidationRule =
  | {
      wholeNumber: {
        formula1: number;
        formula2?: number;
        operator: "GreaterThanOrEqualTo" | "Between";
      };
    }
  | {
      decimal: {
        formula1: number;
        formula2?: number;
        operator: "GreaterThanOrEqualTo" | "Between";
      };
    };

export interface ValidationAction {
  range: string;
  kind: ValueKind;
  rule: ValidationRule;
  errorAlert: { showAlert: true; style: "Stop"; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface NameAction {
  /** Workbook-scope defined name, e.g. GK_T3. */
  name: string;
  /** Reference formula for names.add: `='报告'!$A$20:$J$47`. */
  formula: string;
  /** The same rectangle without sheet, e.g. "A20:J47". */
  range: string;
  comment: string;
}

export interface SheetPlan {
  sheetName: string;
  edition: EditionId;
  tableEditions: Partial<Record<TableNo, EditionId>>;
  /** The whole block (title to the last row of 表四). */
  range: string;
  /** One write of the whole block, row by row; "" = empty cell. Text a user typed into a value cell is
   *  prefixed with an apostrophe so Excel keeps it as text ("'12件"); labels never start with = + - @. */
  values: { range: string; values: SheetValue[][] };
  /** Total cells filled as =SUM(...) of their parts (only with totalsAsFormulas). */
  formulas: { range: string; formulas: string[][] }[];
  merges: string[];
  /** Applied in order; a later action overrides an earlier one on the cells they share. */
  formats: FormatAction[];
  numberFormats: { range: string; format: string }[];
  /** Points. */
  columnWidths: { range: string; width: number }[];
  /** Points; rows whose wrapped labels need more than one line ("27:27"). */
  rowHeights: { range: string; height: number }[];
  validations: ValidationAction[];
  conditionalFormats: CfRule[];
  protection: {
    /** Value cells (merged ones whole): unlock before protecting. Everything else stays locked. */
    unlocked: string[];
    /** Protect the sheet after unlocking (Worksheet.protection.protect). */
    protect: boolean;
    options: {
      allowFormatCells: boolean;
      allowFormatColumns: boolean;
      allowFormatRows: boolean;
      allowInsertRows: boolean;
      allowDeleteRows: boolean;
      allowInsertColumns: boolean;
      allowDeleteColumns: boolean;
      allowSort: boolean;
      allowAutoFilter: boolean;
    };
  };
  names: NameAction[];
  metadata: { namespace: string; meta: ReportMeta; xml: string };
}

export interface PlanOptions {
  sheetName: string;
  /** Top-left of the block; default A1. */
  origin?: CellPos;
  /** Write the total cells as =SUM formulas of their parts (overwrites typed totals). Default false. */
  totalsAsFormulas?: boolean;
  /** Language of validation messages and name comments; labels are always the official Chinese. */
  lang?: Lang;
  /** Report title in the title cell; default report.title or “{agency}{year}年政府信息公开工作年度报告”. */
  title?: string;
  /** Amber conditional format for blank value cells. Default false. */
  flagBlanks?: boolean;
  /** Typeset 三、本年度办理结果 vertically. Default true. */
  verticalSection?: boolean;
  /** Protect the sheet (value cells stay editable). Default false. */
  protect?: boolean;
  /** Prefix of the defined names. Default "GK_". */
  namePrefix?: string;
  /** Worksheet.id, when the sheet exists already (goes into the metadata). */
  sheetId?: string;
}

const NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * How a raw value is written: numbers as numbers; text that Excel would itself read as a plain number
 * ("12", "-3") as that number, so the workbook's formulas see what the checker sees; other text with
 * a leading apostrophe so Excel stores it as typed (not as a formula, date or number); blank as "".
 */
export function sheetValue(raw: RawValue | undefined): SheetValue {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : `'${String(raw)}`;
  if (raw === "") return "";
  // The checker reads text the same way after dropping white space (src/report/values.ts).
  const compact = raw.replace(/[\s\u00a0\u3000]/g, "");
  if (NUMBER.test(compact)) return Number(compact);
  return `'${raw}`;
}

/** Text for a cell that must stay text (the title): apostrophe only when Excel would otherwise parse it. */
function literal(text: string): string {
  return /^[=+\-@']/.test(text) || NUMBER.test(text.trim()) ? `'${text}` : text;
}

export function defaultTitle(report: Pick<Report, "agency" | "year" | "title">): string {
  return report.title ?? `${report.agency}${report.year ?? ""}年政府信息公开工作年度报告`;
}

function cellsOfRects(rects: Rect[]): CellPos[] {
  return rects.flatMap(rectCells);
}

function blockValues(
  report: Report,
  layout: SheetLayout,
  title: string,
  formulaKeys: Set<string>
): SheetValue[][] {
  const { rect } = layout;
  const grid: SheetValue[][] = Array.from({ length: rect.bottom - rect.top + 1 }, () =>
    Array<SheetValue>(rect.right - rect.left + 1).fill("")
  );
  const put = (p: CellPos, v: SheetValue) => {
    grid[p.row - rect.top][p.col - rect.left] = v;
  };
  for (const l of layout.labels) put(l.pos, l.role === "title" ? literal(title) : l.text);
  for (const c of layout.cells)
    put(c.pos, formulaKeys.has(c.key) ? "" : sheetValue(report.values[c.key]));
  return grid;
}

/** =SUM formulas for the total cells, from the sum relations (T3-02 wins where it meets T3-03, as in withTotals). */
export function totalFormulas(
  report: Pick<Report, "edition" | "tableEditions">,
  layout: SheetLayout
): Map<string, string> {
  const out = new Map<string, string>();
  const sums = relationsOf(report).filter((r) => r.actual.length === 1 && r.rule !== "T3-01");
  for (const rel of [
    ...sums.filter((r) => r.rule !== "T3-02"),
    ...sums.filter((r) => r.rule === "T3-02"),
  ]) {
    const parts = rectsOf(rel.expected.map((k) => layout.byKey[k].pos)).map((r) => rectAddress(r));
    out.set(rel.actual[0], `=SUM(${parts.join(",")})`);
  }
  return out;
}

function formulaWrites(layout: SheetLayout, formulas: Map<string, string>): SheetPlan["formulas"] {
  const at = new Map<string, string>();
  for (const [k, f] of formulas) at.set(layout.byKey[k].address, f);
  return rectsOf([...formulas.keys()].map((k) => layout.byKey[k].pos)).map((r) => ({
    range: rectAddress(r),
    formulas: Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
      Array.from({ length: r.right - r.left + 1 }, (_, j) =>
        at.get(a1({ row: r.top + i, col: r.left + j }))!
      )
    ),
  }));
}

const HEADER_ROLES: LabelRole[] = ["note", "heading", "rowHeader", "header"];

function formats(layout: SheetLayout, verticalSection: boolean): FormatAction[] {
  const out: FormatAction[] = [];
  const add = (rects: Rect[], format: CellFormat) => {
    for (const r of rects) out.push({ range: rectAddress(r), format });
  };
  const labelsWith = (pred: (l: LabelCell) => boolean) =>
    rectsOf(cellsOfRects(layout.labels.filter(pred).map((l) => l.rect)));
  add([layout.rect], {
    font: { name: FONTS.label, size: SIZES.label },
    verticalAlignment: "Center",
  });
  add(
    layout.tables.map((t) => t.rect),
    { borders: "thinAll", wrapText: true }
  );
  add(
    labelsWith((l) => HEADER_ROLES.includes(l.role)),
    { fill: HEADER_FILL, font: { bold: true }, horizontalAlignment: "Center" }
  );
  add(
    labelsWith((l) => l.role === "note"),
    { font: { bold: false, size: SIZES.note } }
  );
  add(
    labelsWith((l) => l.role === "group"),
    { horizontalAlignment: "Center" }
  );
  add(
    labelsWith((l) => l.role === "section"),
    {
      horizontalAlignment: "Center",
      font: { bold: true },
      ...(verticalSection ? { textOrientation: 180 } : {}),
    }
  );
  add(
    labelsWith((l) => l.role === "row"),
    { horizontalAlignment: "Left" }
  );
  add(rectsOf(cellsOfRects(layout.cells.map((c) => c.rect))), {
    font: { name: FONTS.value, size: SIZES.value },
    horizontalAlignment: "Center",
  });
  add([layout.title.rect], {
    font: { name: FONTS.label, size: SIZES.title, bold: true },
    horizontalAlignment: "Center",
  });
  add(
    layout.tables.map((t) => t.caption.rect),
    {
      font: { name: FONTS.label, size: SIZES.caption, bold: true },
      horizontalAlignment: "Left",
      wrapText: false,
    }
  );
  return out;
}

function columnWidths(layout: SheetLayout): SheetPlan["columnWidths"] {
  const out: SheetPlan["columnWidths"] = [];
  for (let c = layout.rect.left; c <= layout.rect.right; c++) {
    const i = c - layout.rect.left;
    const width = i < COLUMN_WIDTHS.length ? COLUMN_WIDTHS[i] : VALUE_COLUMN_WIDTH;
    const last = out[out.length - 1];
    const letter = colLetter(c);
    if (last && last.width === width) last.range = `${last.range.split(":")[0]}:${letter}`;
    else out.push({ range: `${letter}:${letter}`, width });
  }
  return out;
}

/** Heights for rows whose single-row labels wrap (merged cells never autofit in Excel). */
function rowHeights(layout: SheetLayout): SheetPlan["rowHeights"] {
  const widthOf = (r: Rect) => {
    let w = 0;
    for (let c = r.left; c <= r.right; c++) {
      const i = c - layout.rect.left;
      w += i < COLUMN_WIDTHS.length ? COLUMN_WIDTHS[i] : VALUE_COLUMN_WIDTH;
    }
    return w;
  };
  const need = new Map<number, number>();
  for (const l of layout.labels) {
    if (l.role === "title" || l.role === "caption" || l.role === "section") continue;
    const size = l.role === "note" ? SIZES.note : SIZES.label;
    const lines = Math.ceil(textWidth(l.text, size) / Math.max(1, widthOf(l.rect) - 6));
    const rows = l.rect.bottom - l.rect.top + 1;
    const perRow = Math.ceil((lines * size * 1.4 + 4) / rows);
    if (lines > rows)
      for (let r = l.rect.top; r <= l.rect.bottom; r++)
        need.set(r, Math.max(need.get(r) ?? 0, perRow));
  }
  need.set(layout.title.pos.row, Math.max(need.get(layout.title.pos.row) ?? 0, 28));
  return [...need.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([r, h]) => ({ range: `${r + 1}:${r + 1}`, height: Math.round(h) }));
}

function validations(layout: SheetLayout, lang: Lang, locked: Set<string>): ValidationAction[] {
  const out: ValidationAction[] = [];
  const kinds: ValueKind[] = ["count", "signedCount", "amount"];
  for (const kind of kinds) {
    const cells = layout.cells.filter((c) => c.kind === kind && !locked.has(c.key));
    if (!cells.length) continue;
    const rule: ValidationRule =
      kind === "count"
        ? { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } }
        : kind === "amount"
          ? { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } }
          : { wholeNumber: { formula1: -1e9, formula2: 1e9, operator: "Between" } };
    const text = VALIDATION_TEXT[kind][lang];
    for (const r of rectsOf(cellsOfRects(cells.map((c) => c.rect))))
      out.push({
        range: rectAddress(r),
        kind,
        rule,
        errorAlert: { showAlert: true, style: "Stop", ...text },
        ignoreBlanks: true,
      });
  }
  return out;
}

/** Prefix of the defined names of the workbook's own report, and the name over its whole block. */
export const DEFAULT_NAME_PREFIX = "GK_";
export const REPORT_BLOCK_NAME = `${DEFAULT_NAME_PREFIX}REPORT`;

export function namesOf(
  layout: SheetLayout,
  sheetName: string,
  prefix = DEFAULT_NAME_PREFIX,
  lang: Lang = "zh"
): NameAction[] {
  const c = NAME_COMMENTS[lang];
  const name = (n: string, r: Rect, comment: string): NameAction => ({
    name: `${prefix}${n}`,
    formula: `=${sheetRef(sheetName, r)}`,
    range: rectAddress(r),
    comment,
  });
  return [
    name("REPORT", layout.rect, c.block),
    ...layout.tables.map((t) => name(`T${t.no}`, t.rect, c.table(t.title))),
  ];
}

export function insertPlan(report: Report, options: PlanOptions): SheetPlan {
  const lang = options.lang ?? "zh";
  const layout = layoutOf(report, options.origin);
  const title = options.title ?? defaultTitle(report);
  const formulas = options.totalsAsFormulas
    ? totalFormulas(report, layout)
    : new Map<string, string>();
  const formulaKeys = new Set(formulas.keys());
  const names = namesOf(layout, options.sheetName, options.namePrefix, lang);
  const meta: ReportMeta = {
    edition: report.edition,
    year: report.year,
    agency: report.agency,
    ...(report.title !== undefined ? { title: report.title } : {}),
    ...(report.date !== undefined ? { date: report.date } : {}),
    ...(report.tableEditions && Object.keys(report.tableEditions).length
      ? { tableEditions: { ...report.tableEditions } }
      : {}),
    sheet: {
      name: options.sheetName,
      ...(options.sheetId !== undefined ? { id: options.sheetId } : {}),
    },
    origin: a1(layout.origin),
    names: names.map((n) => ({ name: n.name, ref: n.formula.slice(1) })),
    totalsAsFormulas: !!options.totalsAsFormulas,
    ...(report.narrative && Object.keys(report.narrative).length
      ? { narrative: { ...report.narrative } }
      : {}),
    ...(report.preface !== undefined ? { preface: report.preface } : {}),
    ...(report.signer !== undefined ? { signer: report.signer } : {}),
  };
  const editable = layout.cells.filter((c) => !formulaKeys.has(c.key));
  return {
    sheetName: options.sheetName,
    edition: report.edition,
    tableEditions: { ...(report.tableEditions ?? {}) },
    range: layout.range,
    values: { range: layout.range, values: blockValues(report, layout, title, formulaKeys) },
    formulas: formulaWrites(layout, formulas),
    merges: layout.merges.map((r) => rectAddress(r)),
    formats: formats(layout, options.verticalSection ?? true),
    numberFormats: (["count", "signedCount", "amount"] as ValueKind[]).flatMap((kind) =>
      rectsOf(cellsOfRects(layout.cells.filter((c) => c.kind === kind).map((c) => c.rect))).map(
        (r) => ({ range: rectAddress(r), format: NUMBER_FORMATS[kind] })
      )
    ),
    columnWidths: columnWidths(layout),
    rowHeights: rowHeights(layout),
    validations: validations(layout, lang, formulaKeys),
    conditionalFormats: conditionalFormats(report, layout, { flagBlanks: options.flagBlanks }),
    protection: {
      unlocked: rectsOf(cellsOfRects(editable.map((c) => c.rect))).map((r) => rectAddress(r)),
      protect: options.protect ?? false,
      options: {
        allowFormatCells: true,
        allowFormatColumns: true,
        allowFormatRows: true,
        allowInsertRows: false,
        allowDeleteRows: false,
        allowInsertColumns: false,
        allowDeleteColumns: false,
        allowSort: false,
        allowAutoFilter: false,
      },
    },
    names,
    metadata: { namespace: METADATA_NAMESPACE, meta, xml: metadataXml(meta) },
  };
}
