/** Public entry of the in-memory Excel host (no DOM): the factory and the model types. */
export {
  createExcelHost,
  type ExcelHost,
  type ExcelHostOptions,
  type DemoExcel,
  type DemoRun,
} from "./host";
export { Workbook } from "./model/workbook";
export type { ModelChangeKind, WorkbookOptions } from "./model/workbookCore";
export type { EntryResult } from "./model/user";
export type { SheetModel } from "./model/sheet";
export { OfficeError } from "./api/errors";
export {
  parseAddress,
  formatRect,
  qualifiedAddress,
  cellAddress,
  columnLetters,
  type Rect,
} from "./model/address";
export { HOST_PROFILES, isProfileName, type HostProfile, type HostProfileName } from "./profiles";
