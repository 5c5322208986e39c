/**
 * A parser for the samples' `*.expected.md` files (“what a correct checker must report”). It knows the
 * line shapes of the format, never a particular sample, and records every line it cannot understand
 * as a parse error (with its line number) instead of skipping it: the conformance test fails on those.
 *
 * Shapes understood:
 *   header      - Title: … / - Report year: **N** / - Edition detected: **E edition[, with a E-style 表X]** — … /
 *               - Cells read: 表二 N; 表三 R rows × 7 = N; 表四 N. / - Source: … / - Agency: …
 *   must report ### <family heading (rule ids in parentheses, or “Structure …”)>, then “- none”,
 *               “Totals: RULE in 表X[, actual V]: N cells”, or finding lines:
 *                 RULE | [severity |] 表X | row label | column label | expected V | actual V
 *                 RULE | [severity |] section | what | expected V | actual V          (narrative)
 *                 label [(kind)] | 表X | row label / group label / … column headers | expected V | actual V
 *                 structure | 表X | row label | expected … | actual …
 *                 heading [variant] | section N | canonical “…” | actual “…”
 *   must not    free sentences naming rule ids (“T3-01 for A、B…”, “X-01..X-04 (…)”, “S-05: …”,
 *               “ALL-01 for 152.36 …”, “S-03 for “…””), a block “S-03 / S-06 for these narrative figures…:”
 *               with narrative finding lines, “Any error for these tolerated variants …:” with label
 *               lines, “An edition mismatch…”, “A missing section N…”, “A missing row for X…”,
 *               “Any problem with the page break…”.
 */
import type { EditionId, TableNo } from "../../src/report/types";

// ---- values ------------------------------------------------------------------------------------

/** One side (expected / actual) of a finding line. */
export type MdValue =
  | { kind: "number"; n: number; percent: boolean; cmp?: string }
  | { kind: "blank" }
  | { kind: "missing" }
  | { kind: "text"; s: string }
  | { kind: "list"; items: string[] }
  /** Prose (structure lines); `edition` when it names one (“2021 edition”). */
  | { kind: "prose"; s: string; edition?: EditionId };

export interface Place {
  /** 1-based line in the .md file. */
  line: number;
  text: string;
}

export interface CellLine extends Place {
  kind: "cell";
  rule: string;
  severity?: string;
  table: TableNo;
  row: string;
  column: string;
  expected?: MdValue;
  actual?: MdValue;
}

export interface NarrativeLine extends Place {
  kind: "narrative";
  rule: string;
  severity?: string;
  section: string;
  what: string;
  expected?: MdValue;
  actual?: MdValue;
}

export interface LabelLine extends Place {
  kind: "label";
  rule: "L-01";
  /** (wording) / (numbering) / (punctuation/spacing) … when given. */
  deviation?: string;
  table: TableNo;
  /** A row label (“group item” allowed), or how the label is placed: group / column headers. */
  target:
    | { kind: "row"; row: string }
    | { kind: "group" }
    | { kind: "columns"; block: string }
    | { kind: "column"; column: string };
  expected: MdValue;
  actual: MdValue;
}

export interface StructureLine extends Place {
  kind: "structure";
  rule: "L-02";
  table: TableNo;
  row: string;
  expected?: MdValue;
  actual?: MdValue;
}

export interface HeadingLine extends Place {
  kind: "heading";
  rule: "L-03";
  variant: string;
  section: number;
  expected?: MdValue;
  actual?: MdValue;
}

export type FindingLine = CellLine | NarrativeLine | LabelLine | StructureLine | HeadingLine;

export interface Totals extends Place {
  rule: string;
  table: TableNo;
  actual?: MdValue;
  count: number;
}

export interface MustReportSection extends Place {
  heading: string;
  /** Rule ids this section speaks for (a “none” section: none of them may be reported). */
  rules: string[];
  none: boolean;
  lines: FindingLine[];
  totals: Totals[];
}

/** What a “Must NOT report” sentence restricts. */
export type NotScope =
  | { kind: "all" }
  | { kind: "labels"; labels: string[] }
  | { kind: "rows"; table: TableNo; count: number }
  | { kind: "value"; value: MdValue }
  | { kind: "quote"; quote: string }
  | { kind: "section"; section: number }
  | { kind: "tables"; tables: TableNo[] };

export type MustNot =
  /** `infoOk`: the sentence allows an info note (“an info note is acceptable”, “info only”). */
  | (Place & { kind: "rules"; rules: string[]; scope: NotScope; infoOk: boolean })
  | (Place & { kind: "figures"; rules: string[]; items: NarrativeLine[] })
  | (Place & { kind: "tolerated"; items: LabelLine[] })
  | (Place & { kind: "edition" })
  | (Place & { kind: "missingSection"; section: number; heading?: string })
  | (Place & { kind: "missingRow"; label: string; printed?: string; values?: number[] })
  | (Place & { kind: "pageBreak"; rows: string[]; groups: string[] });

export interface ExpectedMd {
  /** The report file named in the “# file — …” title line. */
  file?: string;
  title?: string;
  agency?: string;
  year?: number;
  edition?: {
    report: EditionId;
    byYear?: { year: number; edition: EditionId };
    tables: Partial<Record<TableNo, EditionId>>;
  };
  cellsRead?: Partial<Record<TableNo, number>>;
  /** 表三 rows as counted in “Cells read” (23 / 25). */
  t3Rows?: number;
  mustReport: MustReportSection[];
  mustNot: MustNot[];
  errors: { line: number; text: string; why: string }[];
}

// ---- small helpers -----------------------------------------------------------------------------

const CN_TABLE: Record<string, TableNo> = { 二: 2, 三: 3, 四: 4 };
const CN_NUM = "一二三四五六";
const RULE = String.raw`[A-Z]+\d*-\d{2}`;
const RULE_LIST = new RegExp(
  String.raw`^(${RULE}(?:\s*(?:\.\.|…|/|,|，|、|and)\s*(?:${RULE}|\d{2}))*)`
);
const SEVERITIES = new Set(["error", "warning", "format", "info", "note"]);

export function tableOf(s: string): TableNo | null {
  const m = /^表([二三四])$/.exec(s.trim());
  return m ? CN_TABLE[m[1]] : null;
}

/** “T3-01..03, T4-01..03” / “X-01..X-04” / “S-03 / S-06” → the rule ids. */
export function expandRules(s: string): string[] {
  const out: string[] = [];
  const parts = s.split(/\s*(?:,|，|、|\/|\band\b)\s*/).filter(Boolean);
  for (const p of parts) {
    const range = new RegExp(
      String.raw`^([A-Z]+\d*)-(\d{2})\s*(?:\.\.|…|–)\s*(?:([A-Z]+\d*)-)?(\d{2})$`
    ).exec(p.trim());
    if (range) {
      if (range[3] && range[3] !== range[1]) return [];
      for (let n = Number(range[2]); n <= Number(range[4]); n++)
        out.push(`${range[1]}-${String(n).padStart(2, "0")}`);
      continue;
    }
    if (!new RegExp(`^${RULE}$`).test(p.trim())) return [];
    out.push(p.trim());
  }
  return out;
}

/** The value after “expected” / “actual” / “canonical”, with annotations like “(table)” dropped. */
export function parseValue(raw: string): MdValue | null {
  let s = raw.trim();
  if (/^\((blank|空白)\)/i.test(s) || /^blank$/i.test(s)) return { kind: "blank" };
  if (/^\((missing|缺失)\)/i.test(s) || /^missing$/i.test(s)) return { kind: "missing" };
  const q = /^[“"「]([^”"」]*)[”"」]\s*(\([^()]*\))?\s*$/.exec(s);
  if (q) return { kind: "text", s: q[1] };
  if (s.startsWith("[")) {
    const m = /^\[(.*)\]\s*(\([^()]*\))?$/.exec(s);
    if (!m) return null;
    const items = m[1].split(/\s*,\s*/).map((x) => /^['"“](.*)['"”]$/.exec(x.trim())?.[1]);
    return items.every((x): x is string => x !== undefined) ? { kind: "list", items } : null;
  }
  const num =
    /^(≤|≥|<=|>=|<|>)?\s*([+-]?\d[\d,]*(?:\.\d+)?)(%?)(?=\s|$|\()\s*(\([^()]*\))?\s*$/.exec(s);
  if (num) {
    return {
      kind: "number",
      n: Number(num[2].replace(/,/g, "")),
      percent: num[3] === "%",
      ...(num[1] ? { cmp: num[1] } : {}),
    };
  }
  // A raw cell text as printed (“１２”, “12件”, “-”), possibly followed by an annotation.
  const tok = /^(\S+)\s*(\([^()]*\))?\s*$/.exec(s);
  if (tok && !/^[A-Za-z]/.test(tok[1])) return { kind: "text", s: tok[1] };
  s = s.replace(/\s+/g, " ");
  const ed = /\b(2019|2021)(?:-style| edition)/.exec(s)?.[1] as EditionId | undefined;
  return { kind: "prose", s, ...(ed ? { edition: ed } : {}) };
}

/** Fields “expected X” / “actual Y” / “canonical Z” at the end of a finding line. */
function sides(fields: string[]): {
  expected?: MdValue;
  actual?: MdValue;
  rest: string[];
  bad?: string;
} {
  const rest: string[] = [];
  let expected: MdValue | undefined;
  let actual: MdValue | undefined;
  for (const f of fields) {
    const m = /^(expected|canonical|actual)\b\s*(.*)$/s.exec(f.trim());
    if (!m) {
      if (expected || actual)
        return { rest, bad: `unexpected field after expected/actual: “${f}”` };
      rest.push(f.trim());
      continue;
    }
    // “expected —”: nothing to compare on that side.
    if (m[1] !== "actual" && /^(?:[-—–]|n\/a|none)$/i.test(m[2].trim())) continue;
    const v = parseValue(m[2]);
    if (!v) return { rest, bad: `cannot read the value “${m[2]}”` };
    if (m[1] === "actual") actual = v;
    else expected = v;
  }
  return { expected, actual, rest };
}

// ---- finding lines -----------------------------------------------------------------------------

/** One finding line of the `a | b | c …` form, or why it cannot be read. */
export function parseFindingLine(text: string, line: number): FindingLine | string {
  const fields = text.split("|").map((f) => f.trim());
  if (fields.length < 3) return "not a `rule | … | expected | actual` line";
  const head = fields[0];
  const { expected, actual, rest, bad } = sides(fields.slice(1));
  if (bad) return bad;
  const place = { line, text };

  const ruleHead = new RegExp(`^(${RULE})$`).exec(head);
  if (ruleHead) {
    const rule = ruleHead[1];
    let i = 0;
    let severity: string | undefined;
    if (SEVERITIES.has(rest[0]?.toLowerCase())) severity = rest[i++].toLowerCase();
    const table = rest[i] !== undefined ? tableOf(rest[i]) : null;
    if (table) {
      const more = rest.slice(i + 1);
      if (more.length !== 2)
        return `a cell line needs 表X | row label | column label (got ${more.length} fields after the table)`;
      if (!expected && !actual) return "no expected / actual side";
      return {
        kind: "cell",
        ...place,
        rule,
        ...(severity ? { severity } : {}),
        table,
        row: more[0],
        column: more[1],
        expected,
        actual,
      };
    }
    const more = rest.slice(i);
    if (more.length !== 2)
      return `a narrative line needs section | what (got ${more.length} fields)`;
    if (!expected && !actual) return "no expected / actual side";
    return {
      kind: "narrative",
      ...place,
      rule,
      ...(severity ? { severity } : {}),
      section: more[0],
      what: more[1],
      expected,
      actual,
    };
  }

  const label = /^label(?:\s*\(([^()]*)\))?$/i.exec(head);
  if (label) {
    const table = tableOf(rest[0] ?? "");
    if (!table || rest.length !== 2)
      return "a label line reads label (kind) | 表X | row label | expected “…” | actual “…”";
    if (!expected || !actual) return "a label line needs both expected and actual";
    const where = rest[1];
    const target: LabelLine["target"] = /^group label$/i.test(where)
      ? { kind: "group" }
      : /column headers?$/i.test(where)
        ? { kind: "columns", block: where.replace(/\s*column headers?$/i, "") }
        : /^column\s+/i.test(where)
          ? { kind: "column", column: where.replace(/^column\s+/i, "") }
          : { kind: "row", row: where };
    return {
      kind: "label",
      ...place,
      rule: "L-01",
      ...(label[1] ? { deviation: label[1] } : {}),
      table,
      target,
      expected,
      actual,
    };
  }

  if (/^structure\b/i.test(head)) {
    const table = tableOf(rest[0] ?? "");
    if (!table || rest.length > 2)
      return "a structure line reads structure | 表X | row label | expected … | actual …";
    return {
      kind: "structure",
      ...place,
      rule: "L-02",
      table,
      row: rest[1] ?? "",
      expected,
      actual,
    };
  }

  const heading = /^heading\b\s*(.*)$/i.exec(head);
  if (heading) {
    const sec = /^section\s+([一二三四五六1-6])$/.exec(rest[0] ?? "");
    if (!sec || rest.length !== 1)
      return "a heading line reads heading … | section N | canonical “…” | actual “…”";
    const n = /\d/.test(sec[1]) ? Number(sec[1]) : CN_NUM.indexOf(sec[1]) + 1;
    return {
      kind: "heading",
      ...place,
      rule: "L-03",
      variant: heading[1].trim(),
      section: n,
      expected,
      actual,
    };
  }
  return `unknown line kind “${head}”`;
}

// ---- header facts ------------------------------------------------------------------------------

function parseEdition(v: string): ExpectedMd["edition"] | string {
  const bold = /^\*\*(.+?)\*\*\s*(.*)$/.exec(v.trim());
  if (!bold) return "the detected edition must be in **bold**";
  const main = /^(2019|2021) edition(?:,\s*with a (2019|2021)-style 表([二三四]))?$/.exec(
    bold[1].trim()
  );
  if (!main) return `cannot read the edition “${bold[1]}”`;
  const out: NonNullable<ExpectedMd["edition"]> = { report: main[1] as EditionId, tables: {} };
  if (main[2]) out.tables[CN_TABLE[main[3]]] = main[2] as EditionId;
  const tail = bold[2].replace(/^\([^()]*(?:\([^()]*\)[^()]*)*\)\s*/, "").trim();
  if (!tail) return out;
  const body = /^[—–-]+\s*(.*)$/.exec(tail);
  if (!body) return `cannot read “${tail}” after the edition`;
  for (const clause of body[1].split(/\s*;\s*/).filter(Boolean)) {
    const byYear = /^by report year (\d{4}):\s*(2019|2021)\b(?:\s*\(.*\))?$/.exec(clause);
    if (byYear) {
      out.byYear = { year: Number(byYear[1]), edition: byYear[2] as EditionId };
      continue;
    }
    const cols =
      /^表([二三四]) (?:columns|rows|layout):\s*(2019|2021) edition\b(?:\s*\(.*\))?$/.exec(clause);
    if (cols) {
      setTable(out, CN_TABLE[cols[1]], cols[2] as EditionId);
      continue;
    }
    const rows = /^表([二三四]) has the (?:three )?(2019|2021)(?:-style)?\b.*$/.exec(clause);
    if (rows) {
      setTable(out, CN_TABLE[rows[1]], rows[2] as EditionId);
      continue;
    }
    return `cannot read the edition clause “${clause}”`;
  }
  return out;
}

function setTable(e: NonNullable<ExpectedMd["edition"]>, no: TableNo, ed: EditionId) {
  if (e.tables[no] && e.tables[no] !== ed)
    throw new Error(`表${"零一二三四"[no]} is said to be both ${e.tables[no]} and ${ed}`);
  e.tables[no] = ed;
}

function parseCellsRead(v: string, md: ExpectedMd): string | null {
  const read: Partial<Record<TableNo, number>> = {};
  for (const part of v
    .replace(/\.\s*$/, "")
    .split(/\s*[;；]\s*/)
    .filter(Boolean)) {
    const m = /^表([二三四])\s+(.*)$/.exec(part.trim());
    if (!m) return `cannot read “${part}”`;
    const no = CN_TABLE[m[1]];
    const eq = /=\s*(\d+)\s*$/.exec(m[2]);
    const first = /^(\d+)/.exec(m[2]);
    if (!eq && !first) return `no count in “${part}”`;
    read[no] = Number((eq ?? first)![1]);
    const rows = /^(\d+)\s*rows?\s*[×x*]\s*(\d+)\s*=\s*(\d+)$/.exec(m[2]);
    if (rows) {
      if (Number(rows[1]) * Number(rows[2]) !== Number(rows[3]))
        return `the arithmetic of “${part}” is off`;
      if (no === 3) md.t3Rows = Number(rows[1]);
    }
    const sum = [...m[2].matchAll(/(\d+)\s*rows?\s*[×x*]\s*(\d+)/g)];
    if (
      !rows &&
      sum.length &&
      sum.reduce((s, x) => s + Number(x[1]) * Number(x[2]), 0) !== read[no]
    )
      return `the breakdown of “${part}” does not add up`;
  }
  md.cellsRead = read;
  return null;
}

// ---- must not ----------------------------------------------------------------------------------

function parseMustNot(
  text: string,
  line: number,
  subs: { line: number; text: string }[]
): MustNot | string {
  const place = { line, text };
  const wantNoSubs = () =>
    subs.length ? `line ${subs[0].line}: unexpected sub-item under this line` : null;

  if (/^Any error for (?:these|the) tolerated variants/i.test(text)) {
    if (!subs.length) return "a tolerated-variants line needs its sub-items";
    const items: LabelLine[] = [];
    for (const s of subs) {
      const f = parseFindingLine(s.text, s.line);
      if (typeof f === "string") return `line ${s.line}: ${f}`;
      if (f.kind !== "label") return `line ${s.line}: a tolerated variant must be a label line`;
      items.push(f);
    }
    return { kind: "tolerated", ...place, items };
  }
  if (/^An edition mismatch\b/i.test(text)) return wantNoSubs() ?? { kind: "edition", ...place };
  const sec = /^A missing section ([一二三四五六])(?![\u4e00-\u9fff])(.*)$/.exec(text);
  if (sec) {
    const heading = /[“"]([^”"]+)[”"]/.exec(sec[2])?.[1];
    return (
      wantNoSubs() ?? {
        kind: "missingSection",
        ...place,
        section: CN_NUM.indexOf(sec[1]) + 1,
        ...(heading ? { heading } : {}),
      }
    );
  }
  const row = /^A missing row for ([^:：]+)[:：]?(.*)$/.exec(text);
  if (row) {
    const printed = /printed as [“"]([^”"]+)[”"]/.exec(row[2])?.[1];
    const nums = /\((\s*-?\d+(?:\.\d+)?(?:\s*\/\s*-?\d+(?:\.\d+)?)+\s*)\)/.exec(row[2])?.[1];
    return (
      wantNoSubs() ?? {
        kind: "missingRow",
        ...place,
        label: row[1].trim(),
        ...(printed ? { printed } : {}),
        ...(nums ? { values: nums.split("/").map((x) => Number(x.trim())) } : {}),
      }
    );
  }
  if (/^Any problem with the page break/i.test(text)) {
    const rows = [...text.matchAll(/[“"]([^”"]+)[”"]/g)].map((m) => m[1]);
    const groups = [...text.matchAll(/（[一二三四五六七]）[\u4e00-\u9fff]+/g)]
      .map((m) => m[0])
      .filter((g) => !rows.includes(g));
    return wantNoSubs() ?? { kind: "pageBreak", ...place, rows, groups };
  }

  const head = RULE_LIST.exec(text);
  if (!head) return "cannot read this line: it names no rule id and is not a known sentence";
  const rules = expandRules(head[1]);
  if (!rules.length) return `cannot expand the rule ids “${head[1]}”`;
  const rest = text.slice(head[1].length).trim();
  const infoOk =
    /\binfo(?:-level)?\b[^.;]*\b(?:acceptable|allowed|only|note)\b|\binfo only\b/i.test(rest);

  if (/^for (?:these|the following) narrative figures\b.*:$/i.test(rest)) {
    if (!subs.length) return "a narrative-figures line needs its sub-items";
    const items: NarrativeLine[] = [];
    for (const s of subs) {
      const f = parseFindingLine(s.text, s.line);
      if (typeof f === "string") return `line ${s.line}: ${f}`;
      if (f.kind !== "narrative" && f.kind !== "cell")
        return `line ${s.line}: a narrative figure must be a rule line`;
      if (!rules.includes(f.rule))
        return `line ${s.line}: rule ${f.rule} is not among ${rules.join(", ")}`;
      if (f.kind === "cell")
        return `line ${s.line}: expected a narrative figure (section | what), not a table cell`;
      items.push(f);
    }
    return { kind: "figures", ...place, rules, items };
  }
  const none = wantNoSubs();
  if (none) return none;
  if (rest === "" || /^[:：(（]/.test(rest))
    return { kind: "rules", ...place, rules, infoOk, scope: { kind: "all" } };
  const forM = /^for\s+(.*)$/s.exec(rest);
  if (!forM) return `cannot read “${rest}” after the rule ids`;
  const what = forM[1].trim();
  const anyRows = /^any of the (\d+) rows of 表([二三四])(?![\u4e00-\u9fff])/.exec(what);
  if (anyRows)
    return {
      kind: "rules",
      ...place,
      rules,
      infoOk,
      scope: { kind: "rows", table: CN_TABLE[anyRows[2]], count: Number(anyRows[1]) },
    };
  const section = /^section ([一二三四五六1-6])(?![\u4e00-\u9fff])/.exec(what);
  if (section) {
    const n = /\d/.test(section[1]) ? Number(section[1]) : CN_NUM.indexOf(section[1]) + 1;
    return { kind: "rules", ...place, rules, infoOk, scope: { kind: "section", section: n } };
  }
  const quote = /^[“"]([^”"]+)[”"]/.exec(what);
  if (quote)
    return { kind: "rules", ...place, rules, infoOk, scope: { kind: "quote", quote: quote[1] } };
  const value = /^([+-]?\d[\d,]*(?:\.\d+)?%?)(?=[\s(（:：]|$)/.exec(what);
  if (value) {
    const v = parseValue(value[1]);
    if (!v || v.kind !== "number") return `cannot read the value “${value[1]}”`;
    return { kind: "rules", ...place, rules, infoOk, scope: { kind: "value", value: v } };
  }
  if (/^the\s/i.test(what))
    return { kind: "rules", ...place, rules, infoOk, scope: { kind: "all" } };
  const list = /^([^\s(（:：]+)/.exec(what)?.[1];
  if (list && /^表[二三四](?:[、，,]表[二三四])*$/.test(list)) {
    const tables = list.split(/[、，,]/).map((t) => CN_TABLE[t.slice(1)]);
    return { kind: "rules", ...place, rules, infoOk, scope: { kind: "tables", tables } };
  }
  if (list && /[\u4e00-\u9fff]/.test(list)) {
    return {
      kind: "rules",
      ...place,
      rules,
      infoOk,
      scope: { kind: "labels", labels: list.split(/[、，,]/).filter(Boolean) },
    };
  }
  return `cannot read the scope “${what}”`;
}

// ---- the file ----------------------------------------------------------------------------------

/** Rule ids a “### …” heading under “## Must report” speaks for. */
export function familyOf(heading: string): string[] {
  if (/structure|heading|label/i.test(heading) && /no rule id|§5\.4|structure/i.test(heading))
    return ["L-01", "L-02", "L-03"];
  const paren = /\(([^()]*)\)\s*$/.exec(heading)?.[1];
  return paren ? expandRules(paren) : [];
}

export function parseExpectedMd(source: string): ExpectedMd {
  const md: ExpectedMd = { mustReport: [], mustNot: [], errors: [] };
  const lines = source.split(/\r?\n/);
  const fail = (line: number, text: string, why: string) => md.errors.push({ line, text, why });
  let part: "top" | "header" | "skip" | "report" | "not" = "top";
  let section: MustReportSection | null = null;
  const notItems: { line: number; text: string; subs: { line: number; text: string }[] }[] = [];

  lines.forEach((raw, i) => {
    const n = i + 1;
    const text = raw.replace(/\s+$/, "");
    if (!text.trim()) return;
    const h1 = /^# (\S+)\s+[—–-]/.exec(text);
    if (h1 && part === "top") {
      md.file = h1[1];
      part = "header";
      return;
    }
    const h2 = /^## (.*)$/.exec(text);
    if (h2) {
      section = null;
      const name = h2[1].trim();
      if (/^Must report\b/i.test(name)) part = "report";
      else if (/^Must NOT report\b/i.test(name)) part = "not";
      else if (/^(Conventions|Notes\b)/i.test(name)) part = "skip";
      else fail(n, text, "unknown section");
      return;
    }
    if (part === "skip") return;
    if (part === "top") return fail(n, text, "text before the “# file — …” title");
    if (part === "header") {
      const m = /^- ([^:]+):\s*(.*)$/.exec(text);
      if (!m) return fail(n, text, "a header line reads “- Key: value”");
      const [key, v] = [m[1].trim(), m[2].trim()];
      if (key === "Title") md.title = v;
      else if (key === "Agency") md.agency = v;
      else if (key === "Source") return;
      else if (key === "Report year") {
        const y = /^\*{0,2}(\d{4})\*{0,2}/.exec(v);
        if (!y) return fail(n, text, "cannot read the year");
        md.year = Number(y[1]);
      } else if (key === "Edition detected") {
        try {
          const e = parseEdition(v);
          if (typeof e === "string") return fail(n, text, e);
          md.edition = e;
        } catch (err) {
          return fail(n, text, (err as Error).message);
        }
      } else if (key === "Cells read") {
        const why = parseCellsRead(v, md);
        if (why) return fail(n, text, why);
      } else return fail(n, text, `unknown header key “${key}”`);
      return;
    }
    if (part === "report") {
      const h3 = /^### (.*)$/.exec(text);
      if (h3) {
        const rules = familyOf(h3[1]);
        if (!rules.length) fail(n, text, "cannot tell which rules this section is about");
        section = {
          line: n,
          text,
          heading: h3[1].trim(),
          rules,
          none: false,
          lines: [],
          totals: [],
        };
        md.mustReport.push(section);
        return;
      }
      const sec = section as MustReportSection | null;
      if (!sec) return fail(n, text, "a line under “## Must report” outside any ### section");
      const totals = new RegExp(
        String.raw`^Totals:\s*(${RULE}) in 表([二三四])(?:,\s*actual\s+(.+?))?:\s*(\d+)\s*cells?\b`
      ).exec(text);
      if (totals) {
        const actual = totals[3] ? parseValue(totals[3]) : undefined;
        if (actual === null) return fail(n, text, "cannot read the actual value");
        sec.totals.push({
          line: n,
          text,
          rule: totals[1],
          table: CN_TABLE[totals[2]],
          ...(actual ? { actual } : {}),
          count: Number(totals[4]),
        });
        return;
      }
      const item = /^- (.*)$/.exec(text);
      if (!item) return fail(n, text, "not a list item");
      if (/^none\.?$/i.test(item[1].trim())) {
        sec.none = true;
        return;
      }
      const f = parseFindingLine(item[1].trim(), n);
      if (typeof f === "string") return fail(n, text, f);
      if (!sec.rules.includes(f.rule))
        return fail(
          n,
          text,
          `rule ${f.rule} is not one of this section's (${sec.rules.join(", ")})`
        );
      sec.lines.push(f);
      return;
    }
    if (part === "not") {
      const sub = /^\s{2,}- (.*)$/.exec(text);
      if (sub) {
        const last = notItems[notItems.length - 1];
        if (!last) return fail(n, text, "a sub-item without a line above it");
        last.subs.push({ line: n, text: sub[1].trim() });
        return;
      }
      const item = /^- (.*)$/.exec(text);
      if (!item) return fail(n, text, "not a list item");
      notItems.push({ line: n, text: item[1].trim(), subs: [] });
    }
  });

  for (const it of notItems) {
    const r = parseMustNot(it.text, it.line, it.subs);
    if (typeof r === "string") fail(it.line, it.text, r);
    else md.mustNot.push(r);
  }
  for (const s of md.mustReport) {
    if (s.none && s.lines.length)
      fail(s.line, s.text, "a section that says “none” and lists findings");
    if (!s.none && !s.lines.length)
      fail(s.line, s.text, "a section with neither “none” nor findings");
    for (const t of s.totals) {
      const listed = s.lines.filter(
        (l) =>
          l.rule === t.rule &&
          "table" in l &&
          l.table === t.table &&
          (!t.actual || sameMd(l.actual, t.actual))
      );
      if (listed.length !== t.count)
        fail(
          t.line,
          t.text,
          `the totals line says ${t.count} but ${listed.length} lines are listed`
        );
    }
  }
  if (md.year === undefined) fail(0, "", "no “Report year” line");
  if (!md.edition) fail(0, "", "no “Edition detected” line");
  if (!md.cellsRead) fail(0, "", "no “Cells read” line");
  if (!md.mustReport.length) fail(0, "", "no “## Must report” sections");
  return md;
}

function sameMd(a: MdValue | undefined, b: MdValue): boolean {
  return !!a && JSON.stringify(a) === JSON.stringify(b);
}
