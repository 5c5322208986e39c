/**
 * Every sample as people really hold it: text copied out of a PDF or a web page. Each sample (text as
 * published; an HTML page rendered to TAB text first) is turned into copies whose TABs became runs of
 * spaces, a mix of spaces and TABs, one cell per line, and a title wrapped over two lines; each copy
 * must give the table findings of the original, and its year and agency. Nothing here names a sample.
 */
import * as fs from "fs";
import * as path from "path";
import { importReport, type ImportResult } from "../../src/io/import";
import { htmlToSource } from "../../src/io/import/html/parse";
import { checkReport } from "../../src/report/check";
import type { Finding } from "../../src/report/types";
import { SAMPLES_DIR as SAMPLES, sampleFiles } from "../support/samples";

const FILES = sampleFiles((f) => /\.(txt|html?)$/.test(f));

/** An HTML page as TAB text: paragraphs as lines, table cells at their grid columns. */
function pageAsText(html: string): string {
  const doc = htmlToSource(html);
  const lines: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === "para") lines.push(b.text);
    else
      for (const row of b.rows) {
        const cells: string[] = [];
        for (const c of row.cells) cells[c.col] = c.value;
        lines.push(Array.from(cells, (c) => c ?? "").join("\t"));
      }
  }
  return lines.join("\n");
}

const isTableLine = (l: string) => l.includes("\t");
/** Blank label cells (the left columns of 表三) vanish with the copy; blank value cells read “-”. */
function blankValuesAsDashes(text: string): string {
  return text
    .split("\n")
    .map((l) => {
      if (!isTableLine(l)) return l;
      const cells = l.split("\t");
      const firstValue = cells.findIndex((c) => /^\s*-?\d/.test(c));
      if (firstValue < 0) return l;
      return cells
        .map((c, i) => (i >= firstValue && c.trim() === "" && i < lastFilled(cells) ? "-" : c))
        .join("\t");
    })
    .join("\n");
}
const lastFilled = (cells: string[]) => {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i].trim() !== "") return i + 1;
  return 0;
};

const VARIANTS: Record<string, (text: string) => string> = {
  "TABs became runs of spaces": (t) => blankValuesAsDashes(t).replace(/\t/g, "   "),
  "spaces and TABs mixed": (t) =>
    blankValuesAsDashes(t)
      .split("\n")
      .map((l) => {
        let k = 0;
        // Every other separator a run of spaces, the others a TAB with spaces around it.
        return l.replace(/\t+/g, () => (k++ % 2 ? "    " : " \t "));
      })
      .join("\n"),
  "one cell per line": (t) =>
    blankValuesAsDashes(t)
      .split("\n")
      .flatMap((l) => (isTableLine(l) ? l.split("\t").filter((c) => c.trim() !== "") : [l]))
      .join("\n"),
};

/**
 * The title line split in two, as every copy out of a PDF has it: after the year (年), or inside the
 * topic (before 公开).
 */
function wrapTitle(text: string, title: string, where: "year" | "topic"): string | null {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.trim() === title);
  if (at < 0) return null;
  const year = /(?:19|20)\d{2}年度?/.exec(title)!;
  const cut = where === "year" ? year.index + year[0].length : title.lastIndexOf("公开");
  lines.splice(at, 1, title.slice(0, cut), title.slice(cut));
  return lines.join("\n");
}

const TABLE_RULES = /^(T3|T4|ALL|S-05|S-01|IMP)-/;

function tableFindings(r: ImportResult): string[] {
  const all: Finding[] = [...r.findings, ...checkReport(r.report!)];
  return all
    .filter((f) => TABLE_RULES.test(f.rule))
    .map((f) => {
      const cells = f.cells.map((c) => c.key).join(",");
      // A dash stands for the blank it replaced: both are ALL-02 with 0 expected.
      const actual = f.rule === "ALL-02" ? "" : String(f.actual ?? "");
      return `${f.rule}|${f.severity}|${cells}|${f.expected ?? ""}|${actual}`;
    })
    .sort();
}

test("the samples folder holds reports", () => {
  expect(FILES.length).toBeGreaterThan(0);
});

describe.each(FILES)("%s", (file) => {
  const raw = fs.readFileSync(path.join(SAMPLES, file), "utf8");
  const text = /\.html?$/.test(file) ? pageAsText(raw) : raw;
  const original = importReport(raw, file);
  const base = importReport(text, "copy.txt");

  test("as TAB text it reads as the original does", () => {
    expect(base.report).not.toBeNull();
    expect(tableFindings(base)).toEqual(tableFindings(original));
    expect(base.report!.year).toBe(original.report!.year);
  });

  test.each(Object.keys(VARIANTS))("%s: the same table findings, year and agency", (name) => {
    const copy = importReport(VARIANTS[name](text), "copy.txt");
    expect(copy.report).not.toBeNull();
    expect(tableFindings(copy)).toEqual(tableFindings(base));
    expect(copy.read).toEqual(base.read);
    expect(copy.report!.year).toBe(base.report!.year);
    expect(copy.report!.agency).toBe(base.report!.agency);
  });

  test.each(["year", "topic"] as const)(
    "a title wrapped over two lines (after the %s): the same year and agency",
    (where) => {
      const title = base.report!.title!;
      const wrapped = wrapTitle(text, title, where);
      expect(wrapped).not.toBeNull();
      const copy = importReport(wrapped!, "copy.txt");
      expect(copy.report!.year).toBe(base.report!.year);
      expect(copy.report!.agency).toBe(base.report!.agency);
      expect(copy.report!.title).toBe(title);
      expect(tableFindings(copy)).toEqual(tableFindings(base));
    }
  );
});
