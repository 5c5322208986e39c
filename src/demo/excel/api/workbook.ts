/** Excel.Workbook (the proxy), Excel.Application and Excel.Runtime. */
import { rect } from "../model/address";
import type { Workbook as WorkbookModel } from "../model/workbook";
import { ClientObject, defineType, enqueueWith, st, wbOf, type ContextLike } from "./clientObject";
import { CustomXmlPartCollection } from "./customXml";
import { NamedItemCollection } from "./names";
import { Range } from "./range";
import { RangeRef } from "./rangeRef";
import { WorksheetCollection } from "./worksheet";

export class WorkbookProxy extends ClientObject {
  declare readonly worksheets: WorksheetCollection;
  declare readonly names: NamedItemCollection;
  declare readonly customXmlParts: CustomXmlPartCollection;
  declare readonly application: Application;

  constructor(ctx: ContextLike) {
    super(ctx, "Workbook", () => ctx.model);
  }

  getSelectedRange(): Range {
    return new Range(st(this).ctx, () => {
      const s = wbOf(this).activeSheet;
      return new RangeRef(s, s.selection);
    });
  }

  getActiveCell(): Range {
    return new Range(st(this).ctx, () => {
      const s = wbOf(this).activeSheet;
      return new RangeRef(s, rect(s.selection.r0, s.selection.c0));
    });
  }
}

defineType(WorkbookProxy, {
  type: "Workbook",
  scalars: { name: { get: () => "Book1.xlsx" } },
  navs: {
    worksheets: (self: WorkbookProxy) => new WorksheetCollection(st(self).ctx),
    names: (self: WorkbookProxy) => new NamedItemCollection(st(self).ctx),
    customXmlParts: (self: WorkbookProxy) => new CustomXmlPartCollection(st(self).ctx),
    application: (self: WorkbookProxy) => new Application(st(self).ctx),
  },
});

/** Calculation is always automatic and immediate in the demo, so these calls change nothing. */
export class Application extends ClientObject {
  constructor(ctx: ContextLike) {
    super(ctx, "Application", () => ctx.model);
  }

  calculate(calculationType?: string): void {
    enqueueWith<WorkbookModel>(this, "Application.calculate", () => void calculationType);
  }

  suspendApiCalculationUntilNextSync(): void {
    enqueueWith<WorkbookModel>(
      this,
      "Application.suspendApiCalculationUntilNextSync",
      () => undefined
    );
  }

  suspendScreenUpdatingUntilNextSync(): void {
    enqueueWith<WorkbookModel>(
      this,
      "Application.suspendScreenUpdatingUntilNextSync",
      () => undefined
    );
  }
}

defineType(Application, {
  type: "Application",
  scalars: { calculationMode: { get: () => "Automatic" } },
});

/** context.runtime.enableEvents turns worksheet events off, as in Excel 1.8. */
export class Runtime extends ClientObject {
  constructor(ctx: ContextLike) {
    super(ctx, "Runtime", () => ctx.model);
  }
}

defineType(Runtime, {
  type: "Runtime",
  scalars: {
    enableEvents: {
      get: (wb: WorkbookModel) => wb.changes.enabled,
      set: (wb: WorkbookModel, v) => {
        wb.changes.enabled = !!v;
      },
    },
  },
});
