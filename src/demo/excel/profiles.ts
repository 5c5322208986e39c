/**
 * Host profiles: where real Excel differs from a straightforward reading of the API
 * (../shared/spec/excel-host.md §9). A profile switches the stand-in's behaviour so that the add-in
 * is tested against each host it may meet. Without a profile the stand-in is the plain reading
 * (ExcelApi 1.12, none of the quirks), which the older tests were written against.
 *
 * Sources, per quirk:
 * - undo: hosts before undo support clear the user's undo stack on every API write (office-js #3788,
 *   maintainer: "most of the set operation of Excel API will disable undo/redo … by design"; #3778;
 *   #6170 on Windows 2507 with range.formulas and worksheets.add). From ExcelApi 1.19 writes join the
 *   stack instead (docs "Undo capabilities in Excel add-ins"; office-js-docs-pr #5175: "automatically
 *   enabled starting with ExcelApi 1.19"), and ExcelApi 1.20 adds Excel.run({ mergeUndoGroup }) to make
 *   several syncs one undo step (requirement set 1.20 page).
 * - format events: ExcelApi 1.8–1.13 hosts report format changes through Worksheet.onChanged too,
 *   after the batch, with no triggerSource (that arrived in 1.14); and handlers have been seen firing
 *   while context.runtime.enableEvents was false (office-js #1786, closed without a fix).
 * - merged areas: RangeAreas.address from getMergedAreasOrNullObject lists only each area's top-left
 *   cell (office-js #1590; the maintainers' workaround is areas.items with address), and areas whose
 *   top-left cell lies outside the range are missing altogether (office-js #3611, Desktop and Web, open).
 * - conditional formats: `priority` is an index within the range's own collection; after changing it
 *   the object must be fetched again (the typings' doc comment on ConditionalFormat.priority).
 * - validation: on Excel on the web, setting dataValidation.rule over an existing, different rule
 *   throws InvalidArgument, and the batch is not rolled back (office-js #2594).
 */

export type HostProfileName = "web" | "windows" | "office2019" | "mac";

export interface HostProfile {
  name: HostProfileName;
  /** Shown in the demo page and the README's support table. */
  label: string;
  /** Office.context.platform. */
  platform: "OfficeOnline" | "PC" | "Mac";
  /** Highest ExcelApi set reported as supported. */
  maxExcelApi: string;
  /** What an add-in's write does to the user's undo stack: wipe it, or go onto it. */
  apiWritesUndo: "clear" | "join";
  /** Worksheet.onChanged also fires for format changes, after the batch (1.8–1.13 hosts). */
  formatChangeEvents: boolean;
  /** Handlers fire even while context.runtime.enableEvents is false (#1786). */
  eventsIgnoreEnableEvents: boolean;
  /** RangeAreas.address gives only each merged area's top-left cell (#1590). */
  mergedAreasTopLeftOnly: boolean;
  /** Merged areas whose top-left cell is outside the range are not reported (#3611). */
  mergedAreasOutsideDropped: boolean;
  /** Setting a validation rule over a different existing rule throws InvalidArgument (#2594). */
  validationOverValidationThrows: boolean;
  /** ConditionalFormat.priority re-points the object: later changes through it hit another rule. */
  cfPriorityRefetch: boolean;
  /** CJK font faces the host has (spec §9 “platform font lists”); others are substituted silently. */
  fonts: string[];
}

/** Faces stock Windows 10/11 ships for Simplified Chinese (the _GB2312 and 方正 faces are not among them). */
const WINDOWS_FONTS = ["宋体", "新宋体", "黑体", "仿宋", "楷体", "等线", "微软雅黑"];

/** Quirks seen on every real host, web and desktop alike. */
const EVERY_HOST = {
  mergedAreasTopLeftOnly: true,
  mergedAreasOutsideDropped: true,
  cfPriorityRefetch: true,
} satisfies Partial<HostProfile>;

export const HOST_PROFILES: Record<HostProfileName, HostProfile> = {
  web: {
    ...EVERY_HOST,
    name: "web",
    label: "Excel on the web (ExcelApi 1.20)",
    platform: "OfficeOnline",
    maxExcelApi: "1.20",
    apiWritesUndo: "join",
    formatChangeEvents: false,
    eventsIgnoreEnableEvents: false,
    validationOverValidationThrows: true,
    // The browser's fonts; Excel on the web substitutes the rest. Assumed like Windows: not verified.
    fonts: WINDOWS_FONTS,
  },
  windows: {
    ...EVERY_HOST,
    name: "windows",
    label: "Excel for Windows, Microsoft 365 (ExcelApi 1.20)",
    platform: "PC",
    maxExcelApi: "1.20",
    apiWritesUndo: "join",
    formatChangeEvents: false,
    eventsIgnoreEnableEvents: false,
    validationOverValidationThrows: false,
    fonts: WINDOWS_FONTS,
  },
  office2019: {
    ...EVERY_HOST,
    name: "office2019",
    label: "ExcelApi 1.8–1.13 hosts (Microsoft 365 builds 1808–2107, Excel 2019 retail)",
    platform: "PC",
    maxExcelApi: "1.8",
    apiWritesUndo: "clear",
    formatChangeEvents: true,
    eventsIgnoreEnableEvents: true,
    validationOverValidationThrows: false,
    fonts: WINDOWS_FONTS,
  },
  mac: {
    ...EVERY_HOST,
    name: "mac",
    label: "Excel for Mac 16.70–16.95 (ExcelApi 1.17)",
    platform: "Mac",
    maxExcelApi: "1.17",
    apiWritesUndo: "clear",
    formatChangeEvents: false,
    eventsIgnoreEnableEvents: false,
    validationOverValidationThrows: false,
    // Office for Mac brings the Windows faces it needs for documents; the _GB2312 ones it does not.
    // Not verified on a Mac.
    fonts: WINDOWS_FONTS,
  },
};

/** The plain reading of the API: what the stand-in did before profiles (and still does by default). */
export const PLAIN_PROFILE: Omit<HostProfile, "name"> & { name: "plain" } = {
  name: "plain",
  label: "Plain API reading (no host quirks)",
  platform: "OfficeOnline",
  maxExcelApi: "1.12",
  apiWritesUndo: "join",
  formatChangeEvents: false,
  eventsIgnoreEnableEvents: false,
  mergedAreasTopLeftOnly: false,
  mergedAreasOutsideDropped: false,
  validationOverValidationThrows: false,
  cfPriorityRefetch: false,
  fonts: WINDOWS_FONTS,
};

export type AnyProfile = HostProfile | typeof PLAIN_PROFILE;

export function isProfileName(x: unknown): x is HostProfileName {
  return typeof x === "string" && Object.prototype.hasOwnProperty.call(HOST_PROFILES, x);
}

/** a ≥ b for dotted versions. */
export function versionAtLeast(a: string, b: string): boolean {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return true;
}
