/**
 * createExcelHost(): an in-memory workbook plus the Excel and Office namespaces over it, for the
 * demo page and for Jest. Usage: `const host = createExcelHost(); await host.Excel.run(ctx => …)`.
 */
import { loud } from "./api/clientObject";
import { makeRun, type HostState } from "./api/context";
import * as enums from "./api/enums";
import { ErrorCodes as OfficeExtensionErrorCodes, OfficeError } from "./api/errors";
import { Workbook, type WorkbookOptions } from "./model/workbook";
import { makeOffice, type DemoOffice, type OfficeOptions } from "./office";

export interface ExcelHostOptions extends WorkbookOptions, OfficeOptions {}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Excel.run typed with office-js's RequestContext, so code written for Excel compiles against it. */
export interface DemoRun {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(options: object, batch: Batch<T>): Promise<T>;
}

export type DemoExcel = typeof enums & { run: DemoRun };

export interface DemoOfficeExtension {
  Error: typeof OfficeError;
  ErrorCodes: typeof OfficeExtensionErrorCodes;
  Promise: PromiseConstructor;
}

export interface ExcelHost {
  readonly Excel: DemoExcel;
  readonly Office: DemoOffice;
  readonly OfficeExtension: DemoOfficeExtension;
  /** The model behind the API, for assertions and for the on-page grid. */
  readonly workbook: Workbook;
  /** Number of context.sync() calls since creation or the last reset. */
  readonly syncCount: number;
  resetSyncCount(): void;
  /** Resolves once every worksheet onChanged handler queued so far has run. */
  flushEvents(): Promise<void>;
  /** Puts Excel, Office and OfficeExtension on `target` (default globalThis); returns an undo. */
  install(target?: object): () => void;
}

export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const workbook = new Workbook(options);
  const state: HostState = { model: workbook, syncCount: 0 };
  const Excel = loud({ ...enums, run: makeRun(state) as DemoRun }, "Excel") as DemoExcel;
  const Office = makeOffice(options);
  const OfficeExtension = loud(
    { Error: OfficeError, ErrorCodes: OfficeExtensionErrorCodes, Promise },
    "OfficeExtension"
  );
  return {
    Excel,
    Office,
    OfficeExtension,
    workbook,
    get syncCount() {
      return state.syncCount;
    },
    resetSyncCount() {
      state.syncCount = 0;
    },
    flushEvents: () => workbook.changes.idle(),
    install(target: object = globalThis) {
      const t = target as Record<string, unknown>;
      const before = { Excel: t.Excel, Office: t.Office, OfficeExtension: t.OfficeExtension };
      Object.assign(t, { Excel, Office, OfficeExtension });
      return () => Object.assign(t, before);
    },
  };
}
