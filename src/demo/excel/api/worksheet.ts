/** Excel.Worksheet, the worksheet collection, sheet protection and the onChanged event. */
import { MAX_COLS, MAX_ROWS, rect } from "../model/address";
import type { ChangeHandler, WorksheetChangedArgs } from "../model/changes";
import { ModelError } from "../model/errors";
import { DEFAULT_PROTECTION_OPTIONS, type SheetModel } from "../model/sheet";
import type { Workbook as WorkbookModel } from "../model/workbook";
import {
  ChildObject,
  ClientObject,
  defineType,
  enqueueResolve,
  enqueueWith,
  itemOf,
  loud,
  st,
  wbOf,
  type ContextLike,
} from "./clientObject";
import { KeyedCollection } from "./keyedCollection";
import { derivedRange, Range } from "./range";
import { RangeRef } from "./rangeRef";

export class Worksheet extends ClientObject {
  constructor(ctx: ContextLike, resolver: () => SheetModel | null, nullable = false) {
    super(ctx, "Worksheet", resolver, nullable);
  }

  private range(fn: (s: SheetModel) => RangeRef | null, nullable = st(this).nullable): Range {
    return derivedRange(this, fn, nullable);
  }

  /** An address ("A1:B2", "5:7"), a defined name, or nothing for the whole sheet. */
  getRange(address?: string): Range {
    return this.range((s) => {
      if (address === undefined || address === "")
        return new RangeRef(s, rect(0, 0, MAX_ROWS - 1, MAX_COLS - 1));
      const wb = wbOf(this);
      const p = wb.resolveAddress(address, s);
      if (p) {
        if (p.sheet !== s)
          throw new ModelError(
            "InvalidArgument",
            `The address ${address} is not on worksheet ${s.name}`
          );
        return new RangeRef(s, p.rect);
      }
      const named = wb.definedNames.get(address) ? wb.definedNames.range(address) : null;
      if (named && named.sheet === s) return new RangeRef(s, named.rect);
      throw new ModelError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format (address "${address}")`
      );
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): Range {
    return this.range((s) => {
      if (rowCount < 1 || columnCount < 1)
        throw new ModelError("InvalidArgument", "rowCount and columnCount must be at least 1");
      const r = rect(startRow, startColumn, startRow + rowCount - 1, startColumn + columnCount - 1);
      if (r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLS)
        throw new ModelError("InvalidArgument", "The range is outside the sheet");
      return new RangeRef(s, r);
    });
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Excel gives A1 for a sheet with nothing in it. */
  getUsedRange(valuesOnly?: boolean): Range {
    return this.range(
      (s) => new RangeRef(s, wbOf(this).cells.usedRect(s, !!valuesOnly) ?? rect(0, 0))
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    const r = this.range((s) => {
      const u = wbOf(this).cells.usedRect(s, !!valuesOnly);
      return u ? new RangeRef(s, u) : null;
    }, true);
    return enqueueResolve(r);
  }

  activate(): void {
    enqueueWith<SheetModel>(this, "Worksheet.activate", (s) => wbOf(this).activate(s));
  }

  delete(): void {
    enqueueWith<SheetModel>(this, "Worksheet.delete", (s) => wbOf(this).deleteSheet(s));
  }
}

defineType(Worksheet, {
  type: "Worksheet",
  scalars: {
    id: { get: (s: SheetModel) => s.id },
    name: {
      get: (s: SheetModel) => s.name,
      set: (s: SheetModel, v, self) => {
        if (typeof v !== "string")
          throw new ModelError("InvalidArgument", "The name must be a string");
        wbOf(self).renameSheet(s, v);
      },
    },
    position: {
      get: (s: SheetModel, self) => wbOf(self).sheets.indexOf(s),
      set: (s: SheetModel, v, self) => wbOf(self).moveSheet(s, v as number),
    },
    visibility: { get: () => "Visible" },
    tabColor: {
      get: (s: SheetModel) => s.tabColor,
      set: (s: SheetModel, v, self) => {
        s.tabColor = String(v);
        wbOf(self).notify("sheets", s);
      },
    },
    showGridlines: {
      get: (s: SheetModel) => s.showGridlines,
      set: (s: SheetModel, v, self) => {
        s.showGridlines = !!v;
        wbOf(self).notify("structure", s);
      },
    },
    standardWidth: { get: () => 8.43 },
    standardHeight: { get: () => 15 },
  },
  navs: {
    protection: (self: Worksheet) => new WorksheetProtection(st(self).ctx, self),
    onChanged: (self: Worksheet) => new WorksheetChangedEvent(st(self).ctx, self),
  },
});

export class WorksheetCollection extends KeyedCollection<Worksheet, SheetModel> {
  constructor(ctx: ContextLike) {
    super(ctx, "WorksheetCollection", () => ctx.model);
  }

  itemClass() {
    return Worksheet;
  }

  private sheet(
    fn: (wb: WorkbookModel) => SheetModel | null | undefined,
    nullable = false
  ): Worksheet {
    return itemOf(this, () => fn(wbOf(this)), nullable);
  }

  add(name?: string): Worksheet {
    let made: SheetModel | null = null;
    enqueueWith<WorkbookModel>(this, "WorksheetCollection.add", (wb) => (made = wb.addSheet(name)));
    return this.sheet(() => made);
  }

  /** By name or by id, as Excel accepts both. */
  protected find(key: string): SheetModel | undefined {
    const wb = wbOf(this);
    return wb.getSheet(key) ?? wb.getSheetById(key);
  }

  getActiveWorksheet(): Worksheet {
    return this.sheet((wb) => wb.activeSheet);
  }

  getFirst(): Worksheet {
    return this.sheet((wb) => wb.sheets[0]);
  }

  getLast(): Worksheet {
    return this.sheet((wb) => wb.sheets[wb.sheets.length - 1]);
  }
}

defineType(WorksheetCollection, {
  type: "WorksheetCollection",
  items: (wb: WorkbookModel) => wb.sheets,
});

export class WorksheetProtection extends ChildObject {
  /**
   * Locked cells refuse values; formats, merges, rules and validation are refused unless the options
   * allow formatting cells. The options are kept and can be loaded back.
   */
  protect(options?: unknown, password?: string): void {
    enqueueWith<SheetModel>(this, "WorksheetProtection.protect", (s) => {
      if (s.protected)
        throw new ModelError("InvalidOperation", "The worksheet is already protected");
      s.protected = true;
      s.protectionOptions = {
        ...DEFAULT_PROTECTION_OPTIONS,
        ...((typeof options === "object" && options) || {}),
      };
      passwords.set(s, password ?? "");
      wbOf(this).notify("structure", s);
    });
  }

  unprotect(password?: string): void {
    enqueueWith<SheetModel>(this, "WorksheetProtection.unprotect", (s) => {
      if (s.protected && (passwords.get(s) ?? "") !== (password ?? ""))
        throw new ModelError("InvalidArgument", "The password is incorrect");
      s.protected = false;
      wbOf(this).notify("structure", s);
    });
  }
}

const passwords = new WeakMap<SheetModel, string>();

defineType(WorksheetProtection, {
  type: "WorksheetProtection",
  scalars: {
    protected: { get: (s: SheetModel) => s.protected },
    options: { get: (s: SheetModel) => ({ ...s.protectionOptions }) },
  },
});

/** The object add() returns; remove() unregisters at the next sync. */
export interface EventHandlerResult {
  readonly context: ContextLike;
  remove(): void;
}

/** Worksheet.onChanged. Handlers are registered at the next sync and called on a later task. */
export class WorksheetChangedEvent extends ChildObject {
  add(handler: (args: WorksheetChangedArgs) => unknown): EventHandlerResult {
    if (typeof handler !== "function")
      throw new ModelError("InvalidArgument", "The handler must be a function");
    const ctx = st(this).ctx;
    let registered: { sheet: SheetModel; fn: ChangeHandler } | null = null;
    enqueueWith<SheetModel>(this, "Worksheet.onChanged.add", (s) => {
      const fn: ChangeHandler = (args) => handler(withRangeGetters(args));
      s.changeHandlers.add(fn);
      registered = { sheet: s, fn };
      handlerIndex.set(handler, registered);
    });
    const result = {
      context: ctx,
      remove: () =>
        ctx.enqueue(
          () => registered && registered.sheet.changeHandlers.delete(registered.fn),
          "EventHandlerResult.remove"
        ),
    };
    return loud(result, "Excel.EventHandlerResult");
  }

  remove(handler: (args: WorksheetChangedArgs) => unknown): void {
    enqueueWith<SheetModel>(this, "Worksheet.onChanged.remove", (s) => {
      const reg = handlerIndex.get(handler);
      if (reg && reg.sheet === s) s.changeHandlers.delete(reg.fn);
    });
  }
}

const handlerIndex = new WeakMap<object, { sheet: SheetModel; fn: ChangeHandler }>();

defineType(WorksheetChangedEvent, { type: "WorksheetChangedEvent" });

interface RangeSource {
  workbook: { worksheets: WorksheetCollection };
}

/** Event args also offer getRange(ctx), as Excel's WorksheetChangedEventArgs do. */
function withRangeGetters(args: WorksheetChangedArgs) {
  return {
    ...args,
    getRange: (ctx: RangeSource) =>
      ctx.workbook.worksheets.getItem(args.worksheetId).getRange(args.address),
    getRangeOrNullObject: (ctx: RangeSource) =>
      ctx.workbook.worksheets.getItem(args.worksheetId).getRange(args.address),
  };
}
