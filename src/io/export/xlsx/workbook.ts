/**
 * The insert plan (src/sheet) written as a worksheet with exceljs: the same values, merges, formats,
 * validation, conditional formats and names the add-in applies through Office.js, so that a file made
 * here and a sheet made by the add-in are one thing. Only plain ECMA-376 elements are used (no x14
 * extensions, no _xlfn functions) so that WPS and LibreOffice read every part.
 *
 * exceljs pitfalls met here: cells of a merge share one style object (styles are set after merging,
 * whole, never changed in place); conditional-format formulas carry no leading “=”; priorities are unique and 1-based; a
 * dxf fill needs bgColor; column widths are characters; the print area is built as “$A1” from what is
 * given, so rows are passed absolute (“A$1”).
 */
import type { Borders, Fill, Style, Workbook, Worksheet } from "exceljs";
import {
  a1,
  colIndex,
  layoutOf,
  parseRange,
  type CfRule,
  type SheetPlan,
  type ValidationAction,
} from "../../../sheet";
import { pageSetupOf } from "../../../sheet/page";
import { resolveFormats, type ResolvedFormat } from "./cellFormats";
import { formulaResults } from "./formulaResults";

/** ARGB as exceljs wants it, from the plan's #RRGGBB. */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/**
 * Excel column width in characters of the default font (Calibri 11: 7 px a digit, 5 px padding) for
 * a width in points, which is what the plan holds (Office.js's unit).
 */
export function pointsToChars(points: number): number {
  const px = (points * 96) / 72;
  return Math.max(0, Math.round(((px - 5) / 7) * 100) / 100);
}

const THIN = { style: "thin" as const, color: { argb: "FF000000" } };
const THIN_ALL: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const H_ALIGN = {
  General: undefined,
  Left: "left",
  Center: "center",
  Right: "right",
} as const;
const V_ALIGN = { Top: "top", Center: "middle", Bottom: "bottom" } as const;

/** A complete, new style object for one cell (never shared: see the merge pitfall above). */
export function cellStyle(f: ResolvedFormat): Partial<Style> {
  const style: Partial<Style> = {};
  if (f.font)
    style.font = {
      ...(f.font.name !== undefined ? { name: f.font.name } : {}),
      ...(f.font.size !== undefined ? { size: f.font.size } : {}),
      ...(f.font.bold !== undefined ? { bold: f.font.bold } : {}),
      ...(f.font.color !== undefined ? { color: { argb: argb(f.font.color) } } : {}),
    };
  if (f.fill !== undefined)
    style.fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: argb(f.fill) },
    } satisfies Fill;
  const alignment: Partial<Style["alignment"]> = {};
  const h = f.horizontalAlignment ? H_ALIGN[f.horizontalAlignment] : undefined;
  if (h) alignment.horizontal = h;
  if (f.verticalAlignment) alignment.vertical = V_ALIGN[f.verticalAlignment];
  if (f.wrapText !== undefined) alignment.wrapText = f.wrapText;
  if (f.textOrientation !== undefined)
    alignment.textRotation = f.textOrientation === 180 ? "vertical" : f.textOrientation;
  if (Object.keys(alignment).length) style.alignment = alignment;
  if (f.borders === "thinAll") style.border = { ...THIN_ALL };
  if (f.numberFormat && f.numberFormat !== "General") style.numFmt = f.numberFormat;
  style.protection = { locked: !f.unlocked };
  return style;
}

/** A value of the plan's grid as the cell holds it: the apostrophe that keeps text text is Office.js's, not the file's. */
function cellValue(v: string | number): string | number | null {
  if (typeof v === "number") return v;
  if (v === "") return null;
  return v.startsWith("'") ? v.slice(1) : v;
}

function validationModel(v: ValidationAction) {
  const [type, rule] =
    "wholeNumber" in v.rule
      ? (["whole", v.rule.wholeNumber] as const)
      : (["decimal", v.rule.decimal] as const);
  return {
    type,
    operator: rule.operator === "Between" ? ("between" as const) : ("greaterThanOrEqual" as const),
    formulae: rule.formula2 === undefined ? [rule.formula1] : [rule.formula1, rule.formula2],
    allowBlank: v.ignoreBlanks,
    showErrorMessage: true,
    errorStyle: "stop" as const,
    errorTitle: v.errorAlert.title,
    error: v.errorAlert.message,
  };
}

/** The plan's CF rule as a plain `expression` rule with its dxf; `priority` is 1-based and unique per sheet. */
export function cfRuleModel(rule: CfRule, priority: number) {
  const color = { argb: argb(rule.fill) };
  return {
    type: "expression" as const,
    priority,
    ...(rule.stopIfTrue ? { stopIfTrue: true } : {}),
    formulae: [rule.formula.replace(/^=/, "")],
    style: {
      fill: { type: "pattern" as const, pattern: "solid" as const, fgColor: color, bgColor: color },
      font: { color: { argb: argb(rule.fontColor) } },
    },
  };
}

interface ValidationStore {
  add(range: string, validation: ReturnType<typeof validationModel>): void;
}

/** Write `plan` as a new worksheet of `wb`. */
export function addPlanSheet(wb: Workbook, plan: SheetPlan): Worksheet {
  const block = parseRange(plan.values.range);
  if (!block) throw new Error(`xlsx: bad block range ${plan.values.range}`);
  const layout = layoutOf(plan, { row: block.top, col: block.left });
  const page = pageSetupOf(plan, layout);
  const ws = wb.addWorksheet(plan.sheetName, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: page.orientation === "Portrait" ? "portrait" : "landscape",
      fitToPage: true,
      fitToWidth: page.fitToWidth,
      fitToHeight: page.fitToHeight,
      horizontalCentered: page.horizontalCentered,
      margins: {
        top: page.margins.top / 72,
        bottom: page.margins.bottom / 72,
        left: page.margins.left / 72,
        right: page.margins.right / 72,
        header: page.margins.header / 72,
        footer: page.margins.footer / 72,
      },
      // exceljs prefixes each end with “$”: rows go in absolute, columns bare.
      printArea: page.printArea
        .slice(page.printArea.lastIndexOf("!") + 1)
        .replace(/\$([A-Z]+)/g, "$1"),
    },
  });

  plan.values.values.forEach((row, i) =>
    row.forEach((v, j) => {
      const value = cellValue(v);
      if (value !== null) ws.getCell(block.top + i + 1, block.left + j + 1).value = value;
    })
  );
  const results = formulaResults(plan);
  for (const f of plan.formulas) {
    const r = parseRange(f.range)!;
    f.formulas.forEach((row, i) =>
      row.forEach((formula, j) => {
        const address = a1({ row: r.top + i, col: r.left + j });
        ws.getCell(address).value = {
          formula: formula.replace(/^=/, ""),
          result: results.get(address) ?? 0,
        };
      })
    );
  }
  for (const m of plan.merges) ws.mergeCells(m);
  // After merging, and nothing changes a style afterwards: cells formatted alike share one style
  // object, which exceljs then renders once (it caches by object).
  const styles = new Map<string, Partial<Style>>();
  for (const [address, f] of resolveFormats(plan)) {
    const key = JSON.stringify(f);
    if (!styles.has(key)) styles.set(key, cellStyle(f));
    ws.getCell(address).style = styles.get(key)!;
  }

  for (const w of plan.columnWidths) {
    const [from, to = from] = w.range.split(":");
    for (let c = colIndex(from); c <= colIndex(to); c++)
      ws.getColumn(c + 1).width = pointsToChars(w.width);
  }
  // exceljs breaks after the row it is given (1-based): the row above, in 0-based terms the same number.
  // The columns are given: exceljs's default end (16838) is past Excel's last column index (16383).
  for (const row of page.breaksBefore) if (row > 0) ws.getRow(row).addPageBreak(1, 16384);
  for (const h of plan.rowHeights) {
    const [from, to = from] = h.range.split(":").map(Number);
    for (let r = from; r <= to; r++) ws.getRow(r).height = h.height;
  }
  // exceljs keeps range validations in worksheet.dataValidations (not in its typings); one entry per rectangle.
  const validations = (ws as unknown as { dataValidations: ValidationStore }).dataValidations;
  for (const v of plan.validations) validations.add(v.range, validationModel(v));
  // One rectangle per rule: Excel and LibreOffice anchor the relative references of a multi-area rule differently.
  plan.conditionalFormats.forEach((rule, i) =>
    ws.addConditionalFormatting({ ref: rule.range, rules: [cfRuleModel(rule, i + 1)] })
  );
  if (plan.protection.protect)
    void ws.protect("", {
      formatCells: plan.protection.options.allowFormatCells,
      formatColumns: plan.protection.options.allowFormatColumns,
      formatRows: plan.protection.options.allowFormatRows,
      insertRows: false,
      deleteRows: false,
      insertColumns: false,
      deleteColumns: false,
      sort: false,
      autoFilter: false,
    });
  for (const n of plan.names) wb.definedNames.add(n.formula.replace(/^=/, ""), n.name);
  return ws;
}
