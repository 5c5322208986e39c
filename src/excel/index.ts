/**
 * The only code that touches Office.js. Each function is one Excel.run with the fewest syncs; the pane
 * calls these and nothing else of Excel.
 */
export { insertReport } from "./insert";
export { readReport, type ReadResult } from "./read";
export { checkWorkbook } from "./check";
export { selectCell } from "./navigate";
export { writeValues, type CellWrite } from "./writeValues";
export { onTablesChanged } from "./events";
export { readMetadata, updateMetadata, writeMetadata } from "./metadata";
export type * from "./types";
export { HostError } from "./types";
export { consolidateSheets, type ConsolidateSheetsResult } from "./consolidateSheets";
export { importToWorkbook, isReadable, writeImported, type ImportSheetResult } from "./importSheet";
export {
  carryOverFromLastYear,
  compareWithLastYear,
  type CarryConflict,
  type CarryOverResult,
  type CrossYearResult,
  type LastYearSource,
} from "./lastYear";
export {
  emptyNarrative,
  narrativeStorageSupported,
  readNarrative,
  writeNarrative,
  type FeeInputs,
  type NarrativeRead,
  type StoredNarrative,
} from "./narrative";
export { PRINT_DEFAULT_FONTS, writePrintSheet } from "./printSheet";
export { listReportSheets, type ReportSheetInfo } from "./reportSheets";
