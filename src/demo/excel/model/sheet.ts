/** One worksheet's state besides cell contents (which live in the formula engine). */
import { MAX_COLS, contains, rect, type Rect } from "./address";
import type { ChangeHandler } from "./changes";
import type { CfRule } from "./conditionalFormat";
import { defaultFormat, type CellFormat } from "./format";
import { newGuid } from "./ids";
import type { Validation } from "./validation";

/** Points, as Excel reports them (64 px and 20 px on screen). */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export function cellKey(r: number, c: number): number {
  return r * MAX_COLS + c;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLS);
}

export function keyCol(key: number): number {
  return key % MAX_COLS;
}

/** Excel's WorksheetProtectionOptions defaults: selecting is allowed, changing is not. */
export const DEFAULT_PROTECTION_OPTIONS: Record<string, boolean> = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
};

export class SheetModel {
  /** Excel gives a sheet a new id when the workbook is opened again (office-js-docs #297, office-js #1390). */
  id = newGuid();
  deleted = false;
  defaultFormat: CellFormat;
  readonly formats = new Map<number, CellFormat>();
  readonly colWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  merges: Rect[] = [];
  readonly validations = new Map<number, Validation>();
  /** In priority order: index 0 is evaluated first. */
  cfRules: CfRule[] = [];
  selection: Rect = rect(0, 0);
  protected = false;
  /** WorksheetProtection.options as set by protect() (Excel's defaults otherwise). */
  protectionOptions: Record<string, boolean> = { ...DEFAULT_PROTECTION_OPTIONS };
  tabColor = "";
  showGridlines = true;
  readonly changeHandlers = new Set<ChangeHandler>();

  constructor(
    public name: string,
    readonly engineId: number,
    fontName: string
  ) {
    this.defaultFormat = defaultFormat(fontName);
  }

  format(r: number, c: number): CellFormat {
    return this.formats.get(cellKey(r, c)) ?? this.defaultFormat;
  }

  mergeAt(r: number, c: number): Rect | undefined {
    return this.merges.find((m) => contains(m, r, c));
  }

  columnWidth(c: number): number {
    return this.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(r: number): number {
    return this.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
  }
}
