/**
 * Conformance with the samples' `*.expected.md` files: every expectation file in ../shared/samples is
 * parsed (./expectedMd.ts) and its report checked through the CLI path in-process. Nothing here names
 * a sample: hidden samples in the same format are judged the same way.
 *
 * For each file:
 *   - the .md is fully understood (a line the parser cannot read fails the first test, naming it);
 *   - header facts: title, report year, edition (per table), value cells read per table;
 *   - “## Must report”: every finding line is matched by a finding (rule, table, row, column,
 *     expected / actual), “Totals:” counts hold exactly, and every warning / error finding of a
 *     section's rules is listed there (“none” = no such finding); label / structure / heading notes
 *     (L-01..L-03, any severity) must be listed or be a tolerated variant;
 *   - “## Must NOT report”: each sentence, one test per line;
 *   - the CLI: exit code 0/1 exactly as error findings say; `--lang en` gives the same findings in English.
 */
import * as fs from "fs";
import * as path from "path";
import { run, type Io } from "../../src/cli/main";
import { importReport, type ImportResult } from "../../src/io/import";
import { cellsOf } from "../../src/report/cells";
import { checkReport, readNumbers } from "../../src/report/check";
import { editionForYear } from "../../src/report/editions";
import type { CellDef, Report, TableNo } from "../../src/report/types";
import {
  parseExpectedMd,
  type ExpectedMd,
  type FindingLine,
  type LabelLine,
  type MdValue,
  type MustNot,
  type NarrativeLine,
} from "./expectedMd";
import type { JsonCell, JsonFinding, JsonResult } from "../../src/cli/format";
import { SAMPLES_DIR as SAMPLES, sampleFiles } from "../support/samples";

const MD_FILES = sampleFiles((f) => f.endsWith(".expected.md"));
const REPORT_EXTS = [".txt", ".html", ".htm", ".json"];
const L_RULES = new Set(["L-01", "L-02", "L-03"]);
const CN_NUM = "一二三四五六";

function fakeIo(): { io: Io; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      readFile: (p) => fs.readFileSync(p, "utf8"),
      writeFile: (p) => {
        throw new Error(`check must not write files (tried ${p})`);
      },
    },
  };
}

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const f = fakeIo();
  const code = await run(argv, f.io);
  return { code, out: f.out.join("\n"), err: f.err };
}

// ---- matching ----------------------------------------------------------------------------------

const squeeze = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, "");
/** Loose form for locating rows / columns: width-folded, no spaces, no path separators. */
const loose = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/[·・/／]/g, "");
const WILD = new Set([
  "",
  "-",
  "—",
  "–",
  "(any)",
  "(all)",
  "any",
  "all",
  "(table)",
  "(row)",
  "(column)",
]);

function rowMatches(
  mdRow: string,
  c: { table: number; row: string; column: string; group?: string },
  allowGroup = false
): boolean {
  const r = loose(mdRow);
  if (WILD.has(mdRow.trim())) return true;
  const names = [loose(c.row), loose((c.group ?? "") + c.row)];
  if (allowGroup && c.group) names.push(loose(c.group));
  if (c.row === "") {
    // 表四's one row: the md names the column group (行政复议, 行政诉讼·未经复议直接起诉 …).
    const segs = c.column.split("/");
    for (let k = 1; k < segs.length; k++) names.push(loose(segs.slice(0, k).join("")));
    for (let k = 1; k < segs.length; k++) names.push(loose(segs[k - 1]));
  }
  return names.includes(r);
}

function columnMatches(mdCol: string, c: { column: string }): boolean {
  if (WILD.has(mdCol.trim())) return true;
  const want = loose(mdCol);
  const segs = c.column.split("/");
  for (let k = 0; k < segs.length; k++) if (loose(segs.slice(k).join("")) === want) return true;
  return false;
}

const BLANK_SHOWN = new Set(["（空白）", "(空白)", "空白", "(blank)", "blank"]);
const MISSING_SHOWN = new Set(["（缺失）", "(缺失)", "缺失", "(missing)", "missing"]);

/** The number a finding side holds (“51.8%”, “≤ 5”, “1,234” read as numbers). */
function numberOf(v: unknown): number | null {
  if (typeof v === "number") return v;
  if (typeof v !== "string") return null;
  const m = /^(?:≤|≥|<=|>=|<|>)?\s*([+-]?\d+(?:\.\d+)?)\s*%?$/.exec(
    v.normalize("NFKC").replace(/,/g, "").trim()
  );
  return m ? Number(m[1]) : null;
}

/**
 * One side of a finding against the md. `blankIsZero`: in a sum a blank cell counts as 0 (format.md
 * conventions), so “actual (blank)” on a balancing or narrative line is the 0 the rule computed.
 */
function valueMatches(want: MdValue | undefined, got: unknown, blankIsZero = false): boolean {
  if (!want) return true;
  if (want.kind === "blank" && blankIsZero && got === 0) return true;
  switch (want.kind) {
    case "number": {
      if (want.cmp && typeof got === "string") {
        const cmp = want.cmp.replace("<=", "≤").replace(">=", "≥");
        if (!got.trim().replace("<=", "≤").replace(">=", "≥").startsWith(cmp)) return false;
      }
      const n = numberOf(got);
      return n !== null && Math.abs(n - want.n) < 1e-6;
    }
    case "blank":
      return (
        got === null ||
        got === undefined ||
        (typeof got === "string" && (got.trim() === "" || BLANK_SHOWN.has(got.trim())))
      );
    case "missing":
      return (
        got === null ||
        got === undefined ||
        (typeof got === "string" && (got.trim() === "" || MISSING_SHOWN.has(got.trim())))
      );
    case "text":
      return (
        (typeof got === "string" || typeof got === "number") &&
        squeeze(String(got)) === squeeze(want.s)
      );
    case "list":
      return false;
    case "prose":
      return want.edition ? typeof got === "string" && got.includes(want.edition) : true;
  }
}

/** A label-line string side compares as printed (punctuation matters; outer spaces do not). */
function labelEquals(want: MdValue, got: unknown): boolean {
  return want.kind === "text" && typeof got === "string" && got.trim() === want.s.trim();
}

/** The (expected, actual) label pairs a label line stands for: one, or the differing items of two lists. */
function labelPairs(l: LabelLine): [string, string][] {
  if (l.expected.kind === "list" && l.actual.kind === "list") {
    const a = l.expected.items;
    const b = l.actual.items;
    return a.map((x, i) => [x, b[i]] as [string, string]).filter(([x, y]) => x !== y);
  }
  if (l.expected.kind === "text" && l.actual.kind === "text") return [[l.expected.s, l.actual.s]];
  return [];
}

/** Rules that report the blank cell itself (everything else computes with it as 0). */
const BLANK_RULES = new Set(["ALL-01", "ALL-02", "S-05"]);

/** Rules that run down a column of 表三: the column names the relation, the row label only describes it. */
const COLUMN_RULES = new Set(["T3-01", "T3-02"]);

/**
 * The row label of a cell line, as a matcher. A label that names no row of its table (“一+二”, “(七)总计+四”
 * for T3-01, a name for 表四's single row) is read as “any row” for the column rules and 表四 only.
 */
function rowMatcher(
  l: { rule: string; table: TableNo; row: string },
  cells: CellDef[]
): (c: JsonCell) => boolean {
  const known = cells.some((c) => c.table === l.table && rowMatches(l.row, refCell(c)));
  if (!known && (COLUMN_RULES.has(l.rule) || l.table === 4)) return () => true;
  return (c) => rowMatches(l.row, c);
}

function matchesLine(l: FindingLine, f: JsonFinding, cells: CellDef[]): boolean {
  if (f.rule !== l.rule) return false;
  switch (l.kind) {
    case "cell": {
      const row = rowMatcher(l, cells);
      return (
        f.cells.some((c) => c.table === l.table && row(c) && columnMatches(l.column, c)) &&
        valueMatches(l.expected, f.expected, !BLANK_RULES.has(l.rule)) &&
        valueMatches(l.actual, f.actual, !BLANK_RULES.has(l.rule))
      );
    }
    case "narrative":
      return valueMatches(l.expected, f.expected, true) && valueMatches(l.actual, f.actual, true);
    case "label": {
      const pairs = labelPairs(l);
      if (
        !pairs.some(
          ([e, a]) =>
            f.expected === e && typeof f.actual === "string" && f.actual.trim() === a.trim()
        )
      )
        return false;
      if (!f.cells.length) return false;
      const t = l.target;
      return f.cells.some(
        (c) =>
          c.table === l.table &&
          (t.kind === "row"
            ? rowMatches(t.row, c)
            : t.kind === "group"
              ? (c.group !== undefined && labelEquals(l.expected, c.group)) ||
                labelEquals(l.expected, c.row)
              : t.kind === "column"
                ? columnMatches(t.column, c)
                : true)
      );
    }
    case "structure": {
      // The row label may name a block or a layout rather than a row (“第二十条第（九）项”).
      const known = cells.some((c) => c.table === l.table && rowMatches(l.row, refCell(c), true));
      return (
        f.cells.some((c) => c.table === l.table && (!known || rowMatches(l.row, c, true))) &&
        valueMatches(l.expected, f.expected) &&
        valueMatches(l.actual, f.actual)
      );
    }
    case "heading": {
      const canonical = typeof f.expected === "string" ? squeeze(f.expected) : "";
      const sectionOk = canonical.startsWith(CN_NUM[l.section - 1]);
      return sectionOk && valueMatches(l.expected, f.expected) && valueMatches(l.actual, f.actual);
    }
  }
}

function show(f: JsonFinding): string {
  const cells = f.cells
    .slice(0, 2)
    .map(
      (c) =>
        `表${"零一二三四"[c.table]} ${[c.group, c.row].filter(Boolean).join(" ")} / ${c.column}`
    )
    .join("; ");
  return `${f.rule} ${f.severity} [${cells}${f.cells.length > 2 ? ` +${f.cells.length - 2}` : ""}] expected=${JSON.stringify(f.expected)} actual=${JSON.stringify(f.actual)} — ${f.message}`;
}

const mdLine = (p: { line: number; text: string }) => `line ${p.line}: ${p.text}`;

// ---- per sample --------------------------------------------------------------------------------

test("the samples folder holds expectation files", () => {
  expect(MD_FILES.length).toBeGreaterThan(0);
});

describe.each(MD_FILES)("%s", (mdName) => {
  const mdPath = path.join(SAMPLES, mdName);
  const md: ExpectedMd = parseExpectedMd(fs.readFileSync(mdPath, "utf8"));
  const base = mdName.replace(/\.expected\.md$/, "");
  const candidates = REPORT_EXTS.map((e) => base + e).filter((f) =>
    fs.existsSync(path.join(SAMPLES, f))
  );
  const reportFile = path.join(SAMPLES, candidates[0] ?? `${base}.txt`);

  let imported: ImportResult;
  let report: Report;
  let cells: CellDef[];
  let json: JsonResult;
  let code: number;
  /** Findings matched by “Must report” lines (they are allowed wherever a “Must NOT” line also points). */
  const accounted = new Set<JsonFinding>();
  const findingsOf = () => json.findings;

  beforeAll(async () => {
    imported = importReport(fs.readFileSync(reportFile, "utf8"), path.basename(reportFile));
    report = imported.report!;
    cells = report ? cellsOf(report) : [];
    const r = await cli(["check", reportFile, "--json"]);
    code = r.code;
    json = (JSON.parse(r.out) as JsonResult[])[0];
    for (const s of md.mustReport)
      for (const l of s.lines)
        for (const f of json.findings) if (matchesLine(l, f, cells)) accounted.add(f);
    for (const n of md.mustNot)
      if (n.kind === "tolerated")
        for (const l of n.items)
          for (const f of json.findings)
            if (matchesLine(l, f, cells) && f.severity === "info") accounted.add(f);
  });

  test("the expectation file is understood, line by line", () => {
    const errors = md.errors.map(
      (e) => `${mdName} line ${e.line}: ${e.why}${e.text ? ` — “${e.text}”` : ""}`
    );
    expect(errors).toEqual([]);
  });

  test("the report file it describes is there and reads", () => {
    expect(candidates).toHaveLength(1);
    if (md.file) expect(path.basename(reportFile)).toBe(md.file);
    // Import problems only about tables the md says were not read (a report without 表四, say).
    const read = md.cellsRead ?? {};
    const unexpected = imported.problems.filter((p) => !(p.where.table && !read[p.where.table]));
    expect(unexpected.map((p) => p.message.zh)).toEqual([]);
    expect(report).not.toBeNull();
    expect(json.error).toBeUndefined();
  });

  test("the CLI reports what importReport + checkReport find", () => {
    const direct = [...imported.findings, ...checkReport(report)];
    const strip = (f: {
      rule: string;
      severity: string;
      cells: { table: number; row: string; column: string }[];
      expected?: unknown;
      actual?: unknown;
    }) => ({
      rule: f.rule,
      severity: f.severity,
      cells: f.cells.map((c) => `${c.table}|${c.row}|${c.column}`),
      expected: f.expected ?? null,
      actual: f.actual ?? null,
    });
    expect(json.findings.map(strip)).toEqual(direct.map(strip));
    expect(json.year).toBe(report.year);
    expect(json.edition).toBe(report.edition);
  });

  test("header facts: title, report year, edition, cells read", () => {
    if (md.title) expect(report.title).toBe(md.title);
    if (md.agency) expect(report.agency).toBe(md.agency);
    expect(report.year).toBe(md.year);
    const e = md.edition!;
    expect(report.edition).toBe(e.report);
    if (e.byYear) {
      expect(e.byYear.year).toBe(md.year);
      expect(editionForYear(e.byYear.year)).toBe(e.byYear.edition);
    }
    const used = (no: TableNo) => report.tableEditions?.[no] ?? report.edition;
    const wanted: Record<TableNo, string> = {
      2: e.tables[2] ?? e.report,
      3: e.tables[3] ?? e.report,
      4: e.tables[4] ?? e.report,
    };
    expect({ 2: used(2), 3: used(3), 4: used(4) }).toEqual(wanted);
    const counts = (r: Partial<Record<TableNo, number>> | undefined) => ({
      2: r?.[2] ?? 0,
      3: r?.[3] ?? 0,
      4: r?.[4] ?? 0,
    });
    expect(counts(imported.read)).toEqual(counts(md.cellsRead));
    if (md.t3Rows !== undefined)
      expect(new Set(cells.filter((c) => c.table === 3).map((c) => c.rowId)).size).toBe(md.t3Rows);
  });

  // ---- must report ----

  for (const section of md.mustReport) {
    describe(`Must report — ${section.heading}`, () => {
      if (section.lines.length) {
        test("every listed finding is reported", () => {
          const missing = section.lines
            .filter((l) => !findingsOf().some((f) => matchesLine(l, f, cells)))
            .map((l) => {
              const near = findingsOf()
                .filter((f) => f.rule === l.rule)
                .slice(0, 3)
                .map(show);
              return `${mdLine(l)}${unknownPlace(l, cells)}${near.length ? `\n      reported ${l.rule} findings include:\n        ${near.join("\n        ")}` : `\n      no ${l.rule} finding at all`}`;
            });
          expect(missing).toEqual([]);
        });
      }
      for (const t of section.totals) {
        test(`totals: ${t.text}`, () => {
          const n = findingsOf().filter(
            (f) =>
              f.rule === t.rule &&
              f.cells.some((c) => c.table === t.table) &&
              valueMatches(t.actual, f.actual)
          ).length;
          expect(n).toBe(t.count);
        });
      }
      test(
        section.none
          ? "none: no finding of these rules (warning or error; label notes only where listed)"
          : "nothing else of these rules is reported",
        () => {
          const listedL = (f: JsonFinding) =>
            md.mustReport.some((s) => s.lines.some((l) => matchesLine(l, f, cells))) ||
            md.mustNot.some(
              (n) => n.kind === "tolerated" && n.items.some((l) => matchesLine(l, f, cells))
            );
          const extra = findingsOf()
            .filter((f) => section.rules.includes(f.rule))
            .filter((f) =>
              L_RULES.has(f.rule)
                ? !listedL(f)
                : f.severity !== "info" && !section.lines.some((l) => matchesLine(l, f, cells))
            )
            .map(show);
          expect(extra).toEqual([]);
        }
      );
    });
  }

  // ---- must NOT report ----

  for (const n of md.mustNot) {
    test(`Must NOT report — ${mdLine(n)}`, () => {
      const bad = mustNotViolations(n, {
        findings: findingsOf(),
        accounted,
        report,
        cells,
        imported,
        md,
      });
      expect(bad).toEqual([]);
    });
  }

  // ---- the CLI ----

  test("CLI: exit code 1 exactly when an error is reported, the same in text and JSON", async () => {
    const errors = json.findings.filter((f) => f.severity === "error");
    expect(code).toBe(errors.length ? 1 : 0);
    const text = await cli(["check", reportFile]);
    expect(text.code).toBe(code);
    expect(text.err).toEqual([]);
    expect(text.out).toMatch(/错误 \d+，警告 \d+，提示 \d+/);
  });

  test("CLI: --lang en gives the same findings with English messages", async () => {
    const en = await cli(["check", reportFile, "--json", "--lang", "en"]);
    expect(en.code).toBe(code);
    const [r] = JSON.parse(en.out) as JsonResult[];
    const sameness = (f: JsonFinding) => ({ ...f, message: "" });
    expect(r.findings.map(sameness)).toEqual(json.findings.map(sameness));
    const notEnglish = r.findings
      .map((f, i) => ({ f, zh: json.findings[i].message }))
      .filter(({ f, zh }) => !isEnglish(f) || f.message === zh)
      .map(({ f }) => show(f));
    expect(notEnglish).toEqual([]);
    const text = await cli(["check", reportFile, "--lang", "en"]);
    expect(text.code).toBe(code);
    expect(text.out).toMatch(/\d+ errors, \d+ warnings, \d+ notes/);
    expect(text.out).not.toMatch(/错误 \d+|警告 \d+|提示 \d+/);
  });
});

/**
 * English prose: Latin words, and no Chinese sentence punctuation outside the official labels it
 * names (quoted, or the labels of its cells).
 */
function isEnglish(f: JsonFinding): boolean {
  let unquoted = f.message.replace(/“[^”]*”/g, "").replace(/"[^"]*"/g, "");
  const labels = f.cells
    .flatMap((c) => [c.group ?? "", c.row, c.column, ...c.column.split("/")])
    .filter(Boolean);
  for (const l of labels.sort((a, b) => b.length - a.length)) unquoted = unquoted.split(l).join("");
  return (
    (unquoted.match(/\b[A-Za-z]{2,}\b/g) ?? []).length >= 3 && !/[。，；：？！]/.test(unquoted)
  );
}

// ---- must-not sentences ------------------------------------------------------------------------

interface Ctx {
  findings: JsonFinding[];
  accounted: Set<JsonFinding>;
  report: Report;
  cells: CellDef[];
  imported: ImportResult;
  md: ExpectedMd;
}

const isNumberish = (raw: unknown, n: number) => {
  const v = numberOf(raw);
  return v !== null && Math.abs(v - n) < 1e-6;
};

function mustNotViolations(n: MustNot, ctx: Ctx): string[] {
  const { findings, accounted, report, cells, imported } = ctx;
  const freeAll = (rules: string[]) =>
    findings.filter((f) => rules.includes(f.rule) && !accounted.has(f));
  const free = freeAll;
  switch (n.kind) {
    case "rules": {
      const s = n.scope;
      const free = (rules: string[]) =>
        freeAll(rules).filter((f) => !n.infoOk || f.severity !== "info");
      switch (s.kind) {
        case "all":
          return free(n.rules).map(show);
        case "rows": {
          const rows = new Set(cells.filter((c) => c.table === s.table).map((c) => c.rowId));
          const out = free(n.rules).map(show);
          if (rows.size !== s.count)
            out.push(`表${"零一二三四"[s.table]} has ${rows.size} rows, the line says ${s.count}`);
          return out;
        }
        case "labels": {
          const out: string[] = [];
          const scoped = (c: JsonCell, label: string) =>
            columnMatches(label, { column: c.column.split("/").pop()! }) || rowMatches(label, c);
          for (const label of s.labels) {
            if (!cells.some((c) => scoped(refCell(c), label)))
              out.push(`“${label}” names no row or column of the report`);
          }
          for (const f of free(n.rules))
            if (f.cells.some((c) => s.labels.some((l) => scoped(c, l)))) out.push(show(f));
          return out;
        }
        case "value": {
          const v = s.value;
          if (v.kind !== "number") return [`unsupported value scope`];
          const nums = readNumbers(report, null);
          const holders = cells.filter((c) => isNumberish(nums.get(c.key), v.n));
          const out: string[] = [];
          if (!holders.length) out.push(`no cell of the report holds ${v.n}`);
          const keys = new Set(holders.map((c) => `${c.table}|${c.row}|${c.column}`));
          for (const f of free(n.rules))
            if (
              isNumberish(f.actual, v.n) ||
              isNumberish(f.expected, v.n) ||
              f.cells.some((c) => keys.has(`${c.table}|${c.row}|${c.column}`))
            )
              out.push(show(f));
          return out;
        }
        case "section": {
          const cn = CN_NUM[s.section - 1];
          return free(n.rules)
            .filter(
              (f) =>
                (typeof f.expected === "string" && squeeze(f.expected).startsWith(cn)) ||
                f.message.includes(`第${cn}部分`)
            )
            .map(show);
        }
        case "tables":
          return free(n.rules)
            .filter((f) => f.cells.some((c) => s.tables.includes(c.table)))
            .map(show);
        case "quote": {
          const q = squeeze(s.quote);
          const out: string[] = [];
          const text = squeeze(Object.values(report.narrative ?? {}).join("\n"));
          if (!text.includes(q)) out.push(`the narrative does not contain “${s.quote}”`);
          const numbers = [...s.quote.matchAll(/(\d+(?:\.\d+)?)(?!\d|\.\d|\s*年)/g)].map((m) =>
            Number(m[1])
          );
          for (const f of free(n.rules))
            if (squeeze(f.message).includes(q) || numbers.some((x) => isNumberish(f.actual, x)))
              out.push(show(f));
          return out;
        }
      }
      return [];
    }
    case "figures": {
      const out: string[] = [];
      for (const item of n.items) {
        for (const f of free([item.rule]))
          if (figureHit(item, f)) out.push(`${mdLine(item)}\n      ${show(f)}`);
      }
      return out;
    }
    case "tolerated": {
      const out: string[] = [];
      for (const item of n.items) {
        for (const f of findings)
          if (f.severity !== "info" && matchesLine(item, f, cells))
            out.push(`${mdLine(item)}\n      ${show(f)}`);
        const printed = labelPairs(item).map(([, a]) => a);
        for (const f of findings)
          if (
            f.severity !== "info" &&
            L_RULES.has(f.rule) &&
            printed.some((a) => f.message.includes(a))
          )
            out.push(`${mdLine(item)}\n      ${show(f)}`);
        // The variant is recognised: the cells under it were read.
        const under = cellsUnder(item, cells);
        if (!under.length) out.push(`${mdLine(item)}: names no cell of the report`);
        const unread = under.filter((c) => !(c.key in report.values));
        if (unread.length)
          out.push(
            `${mdLine(item)}: ${unread.length} cells under it were not read (${unread[0].key} …)`
          );
      }
      return out;
    }
    case "edition":
      return free(["L-02"]).map(show);
    case "missingSection": {
      const out: string[] = [];
      const h = report.headings?.[n.section as 1];
      if (!h) out.push(`section ${CN_NUM[n.section - 1]} was not found`);
      else if (n.heading && squeeze(h) !== squeeze(n.heading))
        out.push(`section ${CN_NUM[n.section - 1]} was read as “${h}”`);
      for (const f of findings)
        if (
          f.rule === "L-03" &&
          f.severity !== "info" &&
          typeof f.expected === "string" &&
          squeeze(f.expected).startsWith(CN_NUM[n.section - 1])
        )
          out.push(show(f));
      return out;
    }
    case "missingRow": {
      const out: string[] = [];
      const row = cells.filter((c) => loose(c.row) === loose(n.label));
      if (!row.length) return [`no row “${n.label}” in the report's tables`];
      const unread = row.filter((c) => !(c.key in report.values));
      if (unread.length) out.push(`${unread.length} cells of “${n.label}” were not read`);
      if (n.values) {
        const got = row.map((c) => numberOf(report.values[c.key]));
        if (JSON.stringify(got) !== JSON.stringify(n.values))
          out.push(`“${n.label}” read as ${JSON.stringify(got)}, not ${JSON.stringify(n.values)}`);
      }
      for (const p of imported.problems)
        if ([n.label, n.printed].some((x) => x && p.message.zh.includes(x)))
          out.push(`import problem: ${p.message.zh}`);
      const keys = new Set(row.map((c) => `${c.table}|${c.row}|${c.column}`));
      for (const f of findings)
        if (
          f.rule !== "L-01" &&
          f.severity !== "info" &&
          f.cells.some((c) => keys.has(`${c.table}|${c.row}|${c.column}`))
        )
          out.push(show(f));
      return out;
    }
    case "pageBreak": {
      const out: string[] = [];
      for (const p of imported.problems)
        if (p.where.table === 3 || p.where.table === undefined)
          out.push(`import problem: ${p.message.zh}`);
      const t3 = cells.filter((c) => c.table === 3);
      for (const label of n.rows) {
        const rows = t3.filter(
          (c) => rowMatches(label, refCell(c)) || loose(c.row) === loose(label)
        );
        if (!rows.length) out.push(`“${label}” names no row of 表三`);
        for (const c of rows) if (!(c.key in report.values)) out.push(`${c.key} was not read`);
      }
      for (const g of n.groups) {
        const rows = t3.filter((c) => c.group !== undefined && loose(c.group) === loose(g));
        if (!rows.length) out.push(`“${g}” names no group of 表三`);
        for (const c of rows) if (!(c.key in report.values)) out.push(`${c.key} was not read`);
      }
      return out;
    }
  }
}

/** A hint when a line names a row or column its table does not have. */
function unknownPlace(l: FindingLine, cells: CellDef[]): string {
  if (l.kind !== "cell") return "";
  const inTable = cells.filter((c) => c.table === l.table).map(refCell);
  const out: string[] = [];
  if (!inTable.some((c) => rowMatches(l.row, c))) out.push(`row label “${l.row}”`);
  if (!inTable.some((c) => columnMatches(l.column, c))) out.push(`column label “${l.column}”`);
  return out.length
    ? `\n      (${out.join(" and ")} names nothing in 表${"零一二三四"[l.table]} of this report)`
    : "";
}

function refCell(c: CellDef): JsonCell {
  return { table: c.table, row: c.row, column: c.column, ...(c.group ? { group: c.group } : {}) };
}

/** A narrative finding about the figure a “Must NOT” item names (its printed value). */
function figureHit(item: NarrativeLine, f: JsonFinding): boolean {
  const a = item.actual ?? item.expected;
  return !!a && valueMatches(a, f.actual);
}

/** The cells a tolerated label variant stands over. */
function cellsUnder(l: LabelLine, cells: CellDef[]): CellDef[] {
  const inTable = cells.filter((c) => c.table === l.table);
  const t = l.target;
  switch (t.kind) {
    case "row":
      return inTable.filter((c) => rowMatches(t.row, refCell(c)));
    case "group":
      return inTable.filter(
        (c) =>
          (c.group !== undefined && labelEquals(l.expected, c.group)) ||
          labelEquals(l.expected, c.row)
      );
    case "column":
      return inTable.filter((c) => columnMatches(t.column, c));
    case "columns": {
      const official = labelPairs(l).map(([e]) => e);
      return inTable.filter((c) => official.some((e) => columnMatches(e, c)));
    }
  }
}
