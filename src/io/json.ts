/**
 * The report as JSON, losslessly: every value as typed (numbers and text kept apart, null for a blank),
 * the narrative, headings and fees, under a format tag and version. Reading validates shape and types,
 * ignores keys it does not know, and reports each bad value with where it sits; it never throws.
 *
 * The one thing JSON cannot keep is the sign of zero: a typed -0 reads back as 0.
 */
import { cellsOf } from "../report/cells";
import { editionForYear, isEdition } from "../report/editions";
import type { EditionId, Message, RawValue, Report, SectionId, TableNo } from "../report/types";

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
  if (report.tableEditions !== undefined) doc.tableEditions = report.tableEditions;
  doc.values = values;
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

export function reportFromJson(text: string): JsonReadResult {
  const problems: JsonProblem[] = [];
  const problem = (field: string, key: string | undefined, zh: string, en: string) =>
    problems.push({ where: key === undefined ? { field } : { field, key }, message: { zh, en } });

  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    problem("$", undefined, `不是有效的 JSON：${why}`, `Not valid JSON: ${why}`);
    return { report: null, problems };
  }
  if (!isObj(doc)) {
    problem(
      "$",
      undefined,
      "JSON 顶层应为对象",
      `The JSON top level must be an object, not ${typeName(doc)}`
    );
    return { report: null, problems };
  }
  if (doc.format !== REPORT_JSON_FORMAT) {
    if (doc.format !== undefined) {
      problem(
        "format",
        undefined,
        `不是年度报告文件（format 为 ${String(doc.format)}）`,
        `Not an annual-report file (format is ${String(doc.format)})`
      );
      return { report: null, problems };
    }
    problem(
      "format",
      undefined,
      "缺少格式标记 format，按年度报告读取",
      "No format tag; read as an annual report"
    );
  }
  if (doc.version !== undefined && doc.version !== REPORT_JSON_VERSION) {
    const v = String(doc.version);
    problem(
      "version",
      undefined,
      `文件版本 ${v} 与本程序支持的版本 ${REPORT_JSON_VERSION} 不同，已尽量读取`,
      `File version ${v} differs from the supported version ${REPORT_JSON_VERSION}; read as far as possible`
    );
  }

  let year: number | null = null;
  if (typeof doc.year === "number" && Number.isInteger(doc.year)) year = doc.year;
  else if (doc.year !== null && doc.year !== undefined)
    problem(
      "year",
      undefined,
      `年度应为整数，实为 ${JSON.stringify(doc.year)}`,
      `The year must be a whole number, not ${JSON.stringify(doc.year)}`
    );

  let edition: EditionId;
  if (isEdition(doc.edition)) edition = doc.edition;
  else if (year !== null) {
    edition = editionForYear(year);
    problem(
      "edition",
      undefined,
      `版式应为 "2019" 或 "2021"，已按年度取 ${edition}`,
      `The edition must be "2019" or "2021"; took ${edition} from the year`
    );
  } else {
    problem(
      "edition",
      undefined,
      `版式应为 "2019" 或 "2021"，又无年度可推断`,
      `The edition must be "2019" or "2021", and there is no year to infer it from`
    );
    return { report: null, problems };
  }

  let agency = "";
  if (typeof doc.agency === "string") agency = doc.agency;
  else if (doc.agency !== undefined)
    problem(
      "agency",
      undefined,
      `单位名称应为文字，实为 ${typeName(doc.agency)}`,
      `The agency must be text, not ${typeName(doc.agency)}`
    );

  const report: Report = { edition, year, agency, values: {} };

  for (const f of ["title", "date"] as const) {
    const v = doc[f];
    if (typeof v === "string") report[f] = v;
    else if (v !== undefined)
      problem(
        f,
        undefined,
        `${f} 应为文字，实为 ${typeName(v)}`,
        `${f} must be text, not ${typeName(v)}`
      );
  }

  if (doc.tableEditions !== undefined) {
    if (!isObj(doc.tableEditions))
      problem(
        "tableEditions",
        undefined,
        "tableEditions 应为对象",
        "tableEditions must be an object"
      );
    else {
      const te: Partial<Record<TableNo, EditionId>> = {};
      for (const [k, v] of Object.entries(doc.tableEditions)) {
        const no = Number(k) as TableNo;
        if (!TABLE_NOS.includes(no) || String(no) !== k)
          problem("tableEditions", k, `没有表 ${k}，已忽略`, `There is no table ${k}; ignored`);
        else if (!isEdition(v))
          problem(
            "tableEditions",
            k,
            `表${k}的版式应为 "2019" 或 "2021"`,
            `The edition of table ${k} must be "2019" or "2021"`
          );
        else te[no] = v;
      }
      report.tableEditions = te;
    }
  }

  const cells = new Set(cellsOf(report).map((c) => c.key));
  if (!isObj(doc.values)) {
    if (doc.values !== undefined)
      problem("values", undefined, "values 应为对象", "values must be an object");
  } else {
    for (const [k, v] of Object.entries(doc.values)) {
      if (!cells.has(k)) {
        problem(
          "values",
          k,
          `${k} 不是本报告表格中的单元格，已忽略`,
          `${k} is not a cell of this report's tables; ignored`
        );
      } else if (
        v === null ||
        typeof v === "string" ||
        (typeof v === "number" && Number.isFinite(v))
      ) {
        report.values[k] = v;
      } else {
        problem(
          "values",
          k,
          `单元格 ${k} 的值应为数字、文字或 null，实为 ${typeName(v)}，已作空白`,
          `The value of cell ${k} must be a number, text or null, not ${typeName(v)}; read as blank`
        );
      }
    }
  }

  for (const field of ["narrative", "headings"] as const) {
    const src = doc[field];
    if (src === undefined) continue;
    if (!isObj(src)) {
      problem(field, undefined, `${field} 应为对象`, `${field} must be an object`);
      continue;
    }
    const out: Partial<Record<SectionId, string>> = {};
    for (const [k, v] of Object.entries(src)) {
      const id = Number(k) as SectionId;
      if (!SECTION_IDS.includes(id) || String(id) !== k)
        problem(field, k, `没有第 ${k} 部分，已忽略`, `There is no section ${k}; ignored`);
      else if (typeof v !== "string")
        problem(
          field,
          k,
          `第 ${k} 部分应为文字，实为 ${typeName(v)}`,
          `Section ${k} must be text, not ${typeName(v)}`
        );
      else out[id] = v;
    }
    report[field] = out;
  }

  if (doc.fees !== undefined) {
    if (!isObj(doc.fees)) problem("fees", undefined, "fees 应为对象", "fees must be an object");
    else {
      const fees: NonNullable<Report["fees"]> = {};
      for (const k of FEE_KEYS) {
        const v = doc.fees[k];
        if (typeof v === "number" && Number.isFinite(v)) fees[k] = v;
        else if (v !== undefined)
          problem(
            "fees",
            k,
            `收费项 ${k} 应为数字，实为 ${typeName(v)}`,
            `Fee field ${k} must be a number, not ${typeName(v)}`
          );
      }
      report.fees = fees;
    }
  }

  return { report, problems };
}
