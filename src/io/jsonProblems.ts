/**
 * What reading a report JSON file can find wrong, as typed facts, and the one place each is worded
 * (zh-CN and en-US). The reader in json.ts detects; this table words.
 */
import type { EditionId, Message } from "../report/types";

/** Where a problem sits: the top-level field, and the key inside it. */
interface At {
  field: string;
  key?: string;
}

export type JsonIssue = At &
  (
    | { kind: "notJson"; why: string }
    | { kind: "notObject"; type: string }
    | { kind: "otherFormat"; format: string }
    | { kind: "noFormat" }
    | { kind: "otherVersion"; version: string; supported: number }
    | { kind: "badYear"; value: string }
    | { kind: "editionFromYear"; edition: EditionId }
    | { kind: "noEdition" }
    | { kind: "badAgency"; type: string }
    | { kind: "notText"; type: string }
    | { kind: "notAnObject" }
    | { kind: "noTable" }
    | { kind: "badTableEdition" }
    | { kind: "badAbsentTables" }
    | { kind: "notACell" }
    | { kind: "badValue"; type: string }
    | { kind: "noSection" }
    | { kind: "badSection"; type: string }
    | { kind: "badFee"; type: string }
  );

export type JsonIssueKind = JsonIssue["kind"];
type Of<K extends JsonIssueKind> = Extract<JsonIssue, { kind: K }>;

const WORDING: { [K in JsonIssueKind]: (p: Of<K>) => Message } = {
  notJson: ({ why }) => ({ zh: `不是有效的 JSON：${why}`, en: `Not valid JSON: ${why}` }),
  notObject: ({ type }) => ({
    zh: "JSON 顶层应为对象",
    en: `The JSON top level must be an object, not ${type}`,
  }),
  otherFormat: ({ format }) => ({
    zh: `不是年度报告文件（format 为 ${format}）`,
    en: `Not an annual-report file (format is ${format})`,
  }),
  noFormat: () => ({
    zh: "缺少格式标记 format，按年度报告读取",
    en: "No format tag; read as an annual report",
  }),
  otherVersion: ({ version, supported }) => ({
    zh: `文件版本 ${version} 与本程序支持的版本 ${supported} 不同，已尽量读取`,
    en: `File version ${version} differs from the supported version ${supported}; read as far as possible`,
  }),
  badYear: ({ value }) => ({
    zh: `年度应为整数，实为 ${value}`,
    en: `The year must be a whole number, not ${value}`,
  }),
  editionFromYear: ({ edition }) => ({
    zh: `版式应为 "2019" 或 "2021"，已按年度取 ${edition}`,
    en: `The edition must be "2019" or "2021"; took ${edition} from the year`,
  }),
  noEdition: () => ({
    zh: `版式应为 "2019" 或 "2021"，又无年度可推断`,
    en: `The edition must be "2019" or "2021", and there is no year to infer it from`,
  }),
  badAgency: ({ type }) => ({
    zh: `单位名称应为文字，实为 ${type}`,
    en: `The agency must be text, not ${type}`,
  }),
  notText: ({ field, type }) => ({
    zh: `${field} 应为文字，实为 ${type}`,
    en: `${field} must be text, not ${type}`,
  }),
  notAnObject: ({ field }) => ({ zh: `${field} 应为对象`, en: `${field} must be an object` }),
  noTable: ({ key }) => ({ zh: `没有表 ${key}，已忽略`, en: `There is no table ${key}; ignored` }),
  badTableEdition: ({ key }) => ({
    zh: `表${key}的版式应为 "2019" 或 "2021"`,
    en: `The edition of table ${key} must be "2019" or "2021"`,
  }),
  badAbsentTables: () => ({
    zh: "absentTables 应为表号（2、3、4）的数组，其余已忽略",
    en: "absentTables must be a list of table numbers (2, 3, 4); the rest was ignored",
  }),
  notACell: ({ key }) => ({
    zh: `${key} 不是本报告表格中的单元格，已忽略`,
    en: `${key} is not a cell of this report's tables; ignored`,
  }),
  badValue: ({ key, type }) => ({
    zh: `单元格 ${key} 的值应为数字、文字或 null，实为 ${type}，已作空白`,
    en: `The value of cell ${key} must be a number, text or null, not ${type}; read as blank`,
  }),
  noSection: ({ key }) => ({
    zh: `没有第 ${key} 部分，已忽略`,
    en: `There is no section ${key}; ignored`,
  }),
  badSection: ({ key, type }) => ({
    zh: `第 ${key} 部分应为文字，实为 ${type}`,
    en: `Section ${key} must be text, not ${type}`,
  }),
  badFee: ({ key, type }) => ({
    zh: `收费项 ${key} 应为数字，实为 ${type}`,
    en: `Fee field ${key} must be a number, not ${type}`,
  }),
};

/** The issue in words. */
export function jsonMessage(p: JsonIssue): Message {
  return (WORDING[p.kind] as (p: JsonIssue) => Message)(p);
}
