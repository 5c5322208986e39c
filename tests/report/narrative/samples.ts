/**
 * The shared samples as reports, for the narrative tests: sections split at their headings, tables
 * read as the runs of numbers in printed order. A deliberately simple reader (the real importer lives
 * in src/io/import); it only has to cope with the six sample files.
 */
import * as fs from "fs";
import * as path from "path";
import { cellsOf } from "../../../src/report/cells";
import type { EditionId, RawValue, Report, SectionId, TableNo } from "../../../src/report/types";
import { SAMPLES_DIR } from "../../support/samples";

export { SAMPLES_DIR };

export interface SampleInfo {
  file: string;
  year: number;
  edition: EditionId;
  tableEditions?: Partial<Record<TableNo, EditionId>>;
}

export const SAMPLES: SampleInfo[] = [
  { file: "2020-haizhu-investment.txt", year: 2020, edition: "2019" },
  { file: "2022-synthetic-clean.txt", year: 2022, edition: "2021" },
  { file: "2023-shuyang-fgj.html", year: 2023, edition: "2021" },
  { file: "2024-hongze-district.txt", year: 2024, edition: "2021", tableEditions: { 3: "2019" } },
  { file: "2024-huaian-city.txt", year: 2024, edition: "2021" },
  { file: "2025-shuyang-county.html", year: 2025, edition: "2021" },
];

const NUMBER = /^-?\d+(\.\d+)?$/;

/** Rows of cells: tab-separated lines of a text file, <tr>/<td> of an HTML page (statistics tables only). */
function rowsOf(file: string, raw: string): { cells: string[]; table: number }[] {
  if (file.endsWith(".txt")) {
    return raw
      .split(/\r?\n/)
      .filter((l) => l.includes("\t"))
      .map((l) => ({ cells: l.split("\t").map((c) => c.trim()), table: 0 }));
  }
  const tables = raw.match(/<table[\s\S]*?<\/table>/g) ?? [];
  // The first table is the CMS page-information table.
  return tables.slice(1).flatMap((t, i) =>
    (t.match(/<tr[\s\S]*?<\/tr>/g) ?? []).map((tr) => ({
      cells: (tr.match(/<td[\s\S]*?<\/td>/g) ?? []).map((td) =>
        decode(td.replace(/<[^>]+>/g, "")).replace(/\s+/g, "")
      ),
      table: i + 2,
    }))
  );
}

function decode(s: string): string {
  return s
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"');
}

/** Values in printed order: 表二 row by row, 表三 the last seven cells of each row, 表四 the fifteen. */
function valuesOf(file: string, raw: string, report: Report): Record<string, RawValue> {
  const cells = cellsOf(report);
  const t2 = cells.filter((c) => c.table === 2);
  const t3 = cells.filter((c) => c.table === 3);
  const t4 = cells.filter((c) => c.table === 4);
  const seq: Record<number, RawValue[]> = { 2: [], 3: [], 4: [] };
  let stage = 2;
  for (const { cells: row, table } of rowsOf(file, raw)) {
    const nonEmpty = row.filter((c) => c !== "");
    const numbers = nonEmpty.filter((c) => NUMBER.test(c));
    if (numbers.length === 0) continue;
    if (numbers.length === 15 && nonEmpty.length === 15) stage = 4;
    else if (row.some((c) => /^一、本年新收/.test(c)) || table === 3) stage = Math.max(stage, 3);
    if (stage === 3) {
      const last = file.endsWith(".txt") ? nonEmpty.slice(-7) : row.slice(-7);
      seq[3].push(...last.map((c) => (c === "" ? null : Number(c))));
    } else seq[stage].push(...numbers.map(Number));
  }
  const values: Record<string, RawValue> = {};
  t2.forEach((c, i) => (values[c.key] = seq[2][i] ?? null));
  t3.forEach((c, i) => (values[c.key] = seq[3][i] ?? null));
  t4.forEach((c, i) => (values[c.key] = seq[4][i] ?? null));
  if (seq[2].length !== t2.length || seq[3].length !== t3.length || seq[4].length !== t4.length) {
    throw new Error(
      `${file}: read ${seq[2].length}/${seq[3].length}/${seq[4].length} values, want ${t2.length}/${t3.length}/${t4.length}`
    );
  }
  return values;
}

/** Prose lines: text files as they are; HTML without tables, one line per block element. */
function proseLines(file: string, raw: string): string[] {
  if (file.endsWith(".txt")) return raw.split(/\r?\n/).filter((l) => !l.includes("\t"));
  const body = raw
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, "")
    .replace(/<table[\s\S]*?<\/table>/g, "\n")
    .replace(/<\/(p|div|h\d|li)>|<br\s*\/?>/g, "\n")
    .replace(/<[^>]+>/g, "");
  return decode(body).split("\n");
}

/** Sections split at the lines “一、…” … “六、…”, taken in order. */
export function splitSections(lines: string[]): {
  narrative: Partial<Record<SectionId, string>>;
  headings: Partial<Record<SectionId, string>>;
} {
  const narrative: Partial<Record<SectionId, string>> = {};
  const headings: Partial<Record<SectionId, string>> = {};
  let current: SectionId | null = null;
  let next = 0;
  const buf: string[] = [];
  const flush = () => {
    if (current) narrative[current] = buf.join("\n").trim();
    buf.length = 0;
  };
  for (const raw of lines) {
    const line = raw.trim();
    const m = /^([一二三四五六])、\S{2,40}$/.exec(line);
    const n = m ? "一二三四五六".indexOf(m[1]) : -1;
    if (m && n >= next && !/\d/.test(line)) {
      flush();
      current = (n + 1) as SectionId;
      headings[current] = line;
      next = n + 1;
      continue;
    }
    if (current && line) buf.push(line);
  }
  flush();
  return { narrative, headings };
}

export function readSample(info: SampleInfo): Report {
  const raw = fs.readFileSync(path.join(SAMPLES_DIR, info.file), "utf8");
  const report: Report = {
    edition: info.edition,
    year: info.year,
    agency: "",
    values: {},
    ...(info.tableEditions ? { tableEditions: info.tableEditions } : {}),
  };
  report.values = valuesOf(info.file, raw, report);
  const { narrative, headings } = splitSections(proseLines(info.file, raw));
  report.narrative = narrative;
  report.headings = headings;
  return report;
}

/** The “S-0x | … | expected N (table) | actual M (narrative)” lines of an expected.md, by part. */
export function expectedLines(info: SampleInfo): {
  must: ExpectedLine[];
  mustNot: ExpectedLine[];
  headings: string[];
} {
  const md = fs.readFileSync(
    path.join(SAMPLES_DIR, info.file.replace(/\.(txt|html)$/, ".expected.md")),
    "utf8"
  );
  const [mustPart, mustNotPart = ""] = md.split("## Must NOT report");
  const parse = (part: string) =>
    part
      .split("\n")
      .map((l) =>
        /^\s*- (S-0\d) \| ([^|]+) \| ([^|]+) \| expected ([\d.]+)%? \(table\) \| actual ([\d.]+)%? \(narrative\)/.exec(
          l
        )
      )
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({
        rule: m[1],
        where: m[2].trim(),
        what: m[3].trim(),
        expected: Number(m[4]),
        actual: Number(m[5]),
      }));
  const headings = mustPart
    .split("\n")
    .map((l) =>
      /^- heading variant \| section (\S+) \| canonical “([^”]+)” \| actual “([^”]+)”/.exec(l)
    )
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => m[3]);
  return { must: parse(mustPart), mustNot: parse(mustNotPart), headings };
}

export interface ExpectedLine {
  rule: string;
  where: string;
  what: string;
  expected: number;
  actual: number;
}
