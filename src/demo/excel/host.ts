/**
 * createExcelHost(): an in-memory workbook plus the Excel and Office namespaces over it, for the
 * demo page and for Jest. Usage: `const host = createExcelHost(); await host.Excel.run(ctx => …)`.
 */
import { loud } from "./api/clientObject";
import { makeRun, type HostState, type WriteRecord } from "./api/context";
import * as enums from "./api/enums";
import { ErrorCodes as OfficeExtensionErrorCodes, OfficeError } from "./api/errors";
import { Workbook } from "./model/workbook";
import type { WorkbookOptions } from "./model/workbookCore";
import { makeOffice, type DemoOffice, type OfficeOptions } from "./office";
import { HOST_PROFILES, PLAIN_PROFILE, type AnyProfile, type HostProfileName } from "./profiles";

export interface ExcelHostOptions extends Omit<WorkbookOptions, "profile">, OfficeOptions {
  /** Behave as this host does (./profiles.ts); default: the plain API reading, ExcelApi 1.12. */
  profile?: HostProfileName;
}

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
  /** The host behaviour followed. */
  readonly profile: AnyProfile;
  /** Number of context.sync() calls since creation or the last reset. */
  readonly syncCount: number;
  /** The add-in's writes since creation or the last reset (reset with the sync count). */
  readonly writes: readonly WriteRecord[];
  /** Cells of ranges the add-in wrote since the last reset. */
  readonly writtenCells: number;
  resetSyncCount(): void;
  /** Resolves once every worksheet onChanged handler queued so far has run. */
  flushEvents(): Promise<void>;
  /** Puts Excel, Office and OfficeExtension on `target` (default globalThis); returns an undo. */
  install(target?: object): () => void;
}

export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const profile: AnyProfile = options.profile ? HOST_PROFILES[options.profile] : PLAIN_PROFILE;
  const workbook = new Workbook({ ...options, profile });
  const state: HostState = { model: workbook, syncCount: 0, writes: [] };
  const Excel = loud({ ...enums, run: makeRun(state) as DemoRun }, "Excel") as DemoExcel;
  const Office = makeOffice({
    platform: profile.platform,
    maxExcelApi: profile.maxExcelApi,
    ...options,
  });
  const OfficeExtension = loud(
    { Error: OfficeError, ErrorCodes: OfficeExtensionErrorCodes, Promise },
    "OfficeExtension"
  );
  return {
    Excel,
    Office,
    OfficeExtension,
    workbook,
    profile,
    get syncCount() {
      return state.syncCount;
    },
    get writes() {
      return state.writes;
    },
    get writtenCells() {
      return state.writes.reduce((n, w) => n + w.cells, 0);
    },
    resetSyncCount() {
      state.syncCount = 0;
      state.writes = [];
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
