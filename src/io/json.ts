/**
 * The report as JSON, losslessly: every value as typed (numbers and text kept apart, null for a blank),
 * the preface, signer, narrative, headings and fees, and the tables an import did not find
 * (absentTables, so that re-importing does not turn them into blank cells), under a format tag and version. Reading validates shape and types,
 * ignores keys it does not know, and reports each bad value with where it sits; it never throws.
 *
 * The one thing JSON cannot keep is the sign of zero: a typed -0 reads back as 0.
 */
import { cellsOf } from "../report/cells";
import { editionForYear, isEdition } from "../report/editions";
import type { EditionId, Message, RawValue, Report, SectionId, TableNo } from "../report/types";
import { jsonMessage, type JsonIssue } from "./jsonProblems";

export const REPORT_JSON_FORMAT = "gov-info-annual-report";
export const REPORT_JSON_VERSION = 1;

export interface JsonProblem {
  /** The top-level field, and the key inside it (a cell key, a section number, a table number). */
  where: { field: string; key?: string };
  message: Message;
}

export interface JsonReadResult {
  /** null when the text is not a report at all. */
  report: Report | null;
  problems: JsonProblem[];
}

const SECTION_IDS: SectionId[] = [1, 2, 3, 4, 5, 6];
const TABLE_NOS: TableNo[] = [2, 3, 4];
const FEE_KEYS = ["notices", "billed", "collected"] as const;

export function reportToJson(report: Report): string {
  const cellOrder = cellsOf(report).map((c) => c.key);
  const known = new Set(cellOrder);
  const values: Record<string, RawValue> = {};
  for (const k of [...cellOrder, ...Object.keys(report.values).filter((k) => !known.has(k))]) {
    if (!(k in report.values)) continue;
    const v = report.values[k];
    values[k] = typeof v === "number" && !Number.isFinite(v) ? null : v;
  }
  const doc: Record<string, unknown> = {
    format: REPORT_JSON_FORMAT,
    version: REPORT_JSON_VERSION,
    edition: report.edition,
    year: report.year,
    agency: report.agency,
  };
  if (report.title !== undefined) doc.title = report.title;
  if (report.date !== undefined) doc.date = report.date;
  if (report.signer !== undefined) doc.signer = report.signer;
  if (report.tableEditions !== undefined) doc.tableEditions = report.tableEditions;
  if (report.absentTables !== undefined) doc.absentTables = report.absentTables;
  doc.values = values;
  if (report.preface !== undefined) doc.preface = report.preface;
  if (report.narrative !== undefined) doc.narrative = report.narrative;
  if (report.headings !== undefined) doc.headings = report.headings;
  if (report.fees !== undefined) doc.fees = report.fees;
  return JSON.stringify(doc, null, 2) + "\n";
}

type Obj = Record<string, unknown>;

function isObj(x: unknown): x is Obj {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function typeName(x: unknown): string {
  if (x === null) return "null";
  if (Array.isArray(x)) return "array";
  return typeof x;
}

/** Collects what reading finds wrong, in reading order. */
export type Note = (issue: JsonIssue) => void;

export function reportFromJson(text: string): JsonReadResult {
  const issues: JsonIssue[] = [];
  const report = readReport(text, (i) => issues.push(i));
  return { report, problems: issues.map(toProblem) };
}

function toProblem(issue: JsonIssue): JsonProblem {
  const { field, key } = issue;
  return { where: key === undefined ? { field } : { field, key }, message: jsonMessage(issue) };
}

function readReport(text: string, note: Note): Report | null {
  const doc = parseDoc(text, note);
  if (!doc || !readFormat(doc, note)) return null;
  const year = readYear(doc, note);
  const edition = readEdition(doc, year, note);
  if (!edition) return null;
  const report: Report = { edition, year, agency: readAgency(doc, note), values: {} };
  readTextFields(doc, report, note);
  readTableEditions(doc, report, note);
  readAbsentTables(doc, report, note);
  readValues(doc, report, note);
  for (const field of ["narrative", "headings"] as const) readSections(doc, field, report, note);
  readFees(doc, report, note);
  return report;
}

/** The top-level object, or null (noted) when the text is not JSON or not an object. */
export function parseDoc(text: string, note: Note): Obj | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    note({ kind: "notJson", field: "$", why: e instanceof Error ? e.message : String(e) });
    return null;
  }
  if (isObj(doc)) return doc;
  note({ kind: "notObject", field: "$", type: typeName(doc) });
  return null;
}

/** False when the file says it is some other format; a missing tag or another version only noted. */
export function readFormat(doc: Obj, note: Note): boolean {
  if (doc.format !== REPORT_JSON_FORMAT) {
    if (doc.format !== undefined) {
      note({ kind: "otherFormat", field: "format", format: String(doc.format) });
      return false;
    }
    note({ kind: "noFormat", field: "format" });
  }
  if (doc.version !== undefined && doc.version !== REPORT_JSON_VERSION)
    note({
      kind: "otherVersion",
      field: "version",
      version: String(doc.version),
      supported: REPORT_JSON_VERSION,
    });
  return true;
}

export function readYear(doc: Obj, note: Note): number | null {
  if (typeof doc.year === "number" && Number.isInteger(doc.year)) return doc.year;
  if (doc.year !== null && doc.year !== undefined)
    note({ kind: "badYear", field: "year", value: JSON.stringify(doc.year) });
  return null;
}

/** The edition as given, else the year's; null when neither tells. */
export function readEdition(doc: Obj, year: number | null, note: Note): EditionId | null {
  if (isEdition(doc.edition)) return doc.edition;
  if (year === null) {
    note({ kind: "noEdition", field: "edition" });
    return null;
  }
  const edition = editionForYear(year);
  note({ kind: "editionFromYear", field: "edition", edition });
  return edition;
}

function readAgency(doc: Obj, note: Note): string {
  if (typeof doc.agency === "string") return doc.agency;
  if (doc.agency !== undefined)
    note({ kind: "badAgency", field: "agency", type: typeName(doc.agency) });
  return "";
}

function readTextFields(doc: Obj, report: Report, note: Note): void {
  for (const f of ["title", "date", "signer", "preface"] as const) {
    const v = doc[f];
    if (typeof v === "string") report[f] = v;
    else if (v !== undefined) note({ kind: "notText", field: f, type: typeName(v) });
  }
}

/** The field when it is an object; noted when it is present but something else. */
function objectField(doc: Obj, field: string, note: Note): Obj | null {
  const v = doc[field];
  if (v !== undefined && !isObj(v)) note({ kind: "notAnObject", field });
  return isObj(v) ? v : null;
}

function readTableEditions(doc: Obj, report: Report, note: Note): void {
  const src = objectField(doc, "tableEditions", note);
  if (!src) return;
  const te: Partial<Record<TableNo, EditionId>> = {};
  for (const [k, v] of Object.entries(src)) {
    const no = Number(k) as TableNo;
    if (!TABLE_NOS.includes(no) || String(no) !== k)
      note({ kind: "noTable", field: "tableEditions", key: k });
    else if (!isEdition(v)) note({ kind: "badTableEdition", field: "tableEditions", key: k });
    else te[no] = v;
  }
  report.tableEditions = te;
}

function readAbsentTables(doc: Obj, report: Report, note: Note): void {
  if (doc.absentTables === undefined) return;
  const list = Array.isArray(doc.absentTables) ? doc.absentTables : null;
  const absent = (list ?? []).filter((n): n is TableNo => TABLE_NOS.includes(n as TableNo));
  if (!list || absent.length !== list.length)
    note({ kind: "badAbsentTables", field: "absentTables" });
  if (absent.length) report.absentTables = [...new Set(absent)].sort();
}

function readValues(doc: Obj, report: Report, note: Note): void {
  const src = objectField(doc, "values", note);
  if (!src) return;
  const cells = new Set(cellsOf(report).map((c) => c.key));
  for (const [k, v] of Object.entries(src)) {
    if (!cells.has(k)) note({ kind: "notACell", field: "values", key: k });
    else if (v === null || typeof v === "string" || (typeof v === "number" && Number.isFinite(v)))
      report.values[k] = v;
    else note({ kind: "badValue", field: "values", key: k, type: typeName(v) });
  }
}

function readSections(doc: Obj, field: "narrative" | "headings", report: Report, note: Note): void {
  const src = objectField(doc, field, note);
  if (!src) return;
  const out: Partial<Record<SectionId, string>> = {};
  for (const [k, v] of Object.entries(src)) {
    const id = Number(k) as SectionId;
    if (!SECTION_IDS.includes(id) || String(id) !== k) note({ kind: "noSection", field, key: k });
    else if (typeof v !== "string") note({ kind: "badSection", field, key: k, type: typeName(v) });
    else out[id] = v;
  }
  report[field] = out;
}

function readFees(doc: Obj, report: Report, note: Note): void {
  const src = objectField(doc, "fees", note);
  if (!src) return;
  const fees: NonNullable<Report["fees"]> = {};
  for (const k of FEE_KEYS) {
    const v = src[k];
    if (typeof v === "number" && Number.isFinite(v)) fees[k] = v;
    else if (v !== undefined) note({ kind: "badFee", field: "fees", key: k, type: typeName(v) });
  }
  report.fees = fees;
}
