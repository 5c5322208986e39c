/**
 * Rendering .docx files through LibreOffice for the render tests: one soffice call for many files,
 * fonts aliased as spec/export.md §4.2 says (LibreOffice has no 仿宋_GB2312 and friends; without the
 * aliases it falls back to a sans JP face), and the words of the PDF with their boxes (pdftotext -bbox).
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { hasSoffice, sofficeConvert } from "../../support/soffice";

export { hasSoffice };

export const hasPoppler = ["pdftotext", "pdfinfo", "pdftoppm"].every(
  (t) => spawnSync("sh", ["-c", `command -v ${t}`]).status === 0
);
export const canRender = hasSoffice && hasPoppler;

export function warnIfSkipped(name: string): void {
  if (canRender) return;
  console.warn(
    `SKIPPED ${name}: ${!hasSoffice ? "LibreOffice (soffice)" : "poppler-utils (pdftotext/pdfinfo/pdftoppm)"} is not installed, ` +
      "so the .docx was not rendered. Install it to run the visual checks."
  );
}

export const FONT_ALIASES = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${[
  ["仿宋_GB2312", "Noto Serif CJK SC"],
  ["仿宋", "Noto Serif CJK SC"],
  ["宋体", "Noto Serif CJK SC"],
  ["方正小标宋简体", "Noto Serif CJK SC"],
  ["楷体_GB2312", "Noto Serif CJK SC"],
  ["楷体", "Noto Serif CJK SC"],
  ["黑体", "Noto Sans CJK SC"],
]
  .map(
    ([from, to]) =>
      `  <alias binding="same"><family>${from}</family><prefer><family>${to}</family></prefer></alias>`
  )
  .join("\n")}
</fontconfig>
`;

/** Converts every .docx in `files` (all in `dir`) to PDF beside it, in one LibreOffice run. */
export function convertToPdf(dir: string, files: string[], timeout = 180_000): void {
  fs.writeFileSync(path.join(dir, "fonts.conf"), FONT_ALIASES);
  sofficeConvert(dir, files, {
    to: "pdf",
    outdir: dir,
    timeout,
    env: { ...process.env, FONTCONFIG_FILE: path.join(dir, "fonts.conf") },
  });
}

export function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
}

export interface Word {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Words with their boxes, from pdftotext -bbox. */
export function pdfWords(pdf: string): Word[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  const words: Word[] = [];
  html
    .split(/<page /)
    .slice(1)
    .forEach((pageHtml, i) => {
      for (const m of pageHtml.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
      ))
        words.push({ page: i + 1, x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: decode(m[5]) });
    });
  return words;
}

/** Height of a word's box: about 1.3 × the font size in points. */
export const wordHeight = (w: Word) => w.y1 - w.y0;

/**
 * A label as the eye reads it in a table cell: it starts a word, and where the cell wraps it goes on in
 * the nearest word below that overlaps horizontally (the next line of the same cell), or in the word
 * right after it on the same line. pdftotext -layout cannot show this: a wrapped label's lines are
 * interleaved with the numbers of its row. Returns the label's printed lines, or null when not found.
 */
export function findLabelLines(
  words: Word[],
  label: string
): { page: number; lines: string[] } | null {
  const want = label.replace(/\s+/g, "");
  const follow = (cur: Word, rest: string, lines: string[]): string[] | null => {
    if (rest === "") return lines;
    const same = words.find(
      (w) =>
        w.page === cur.page &&
        Math.abs(w.y0 - cur.y0) < 2 &&
        w.x0 >= cur.x1 - 0.5 &&
        w.x0 - cur.x1 < 4
    );
    if (same && rest.startsWith(same.text)) {
      const next = [...lines];
      next[next.length - 1] += same.text;
      const done = follow(same, rest.slice(same.text.length), next);
      if (done) return done;
    }
    const below = words
      .filter(
        (w) => w.page === cur.page && w.y0 > cur.y0 + 2 && w.x0 < cur.x1 + 1 && w.x1 > cur.x0 - 1
      )
      .sort((a, b) => a.y0 - b.y0)[0];
    if (below === undefined || !rest.startsWith(below.text)) return null;
    return follow(below, rest.slice(below.text.length), [...lines, below.text]);
  };
  for (const w of words) {
    if (!w.text || !want.startsWith(w.text)) continue;
    const lines = follow(w, want.slice(w.text.length), [w.text]);
    if (lines) return { page: w.page, lines };
  }
  return null;
}

export function findLabel(words: Word[], label: string): boolean {
  return findLabelLines(words, label) !== null;
}

const PUNCTUATION = /[（）()【】《》「」“”‘’、。，,．.；;：:？?！!…]/g;
const visible = (line: string) => [...line.replace(PUNCTUATION, "")].length;

/**
 * Printed lines whose last holds a single character under a longer line (a vertical stack is fine;
 * punctuation does not count: “三、” over “本” is a stack of single characters).
 */
export function loneLastChar(lines: string[]): boolean {
  if (lines.length < 2) return false;
  return visible(lines[lines.length - 1]) === 1 && lines.some((l) => visible(l) > 1);
}

/** The words of one page grouped into lines (same baseline), left to right, joined without spaces. */
export function pageLines(words: Word[], page: number, filter: (w: Word) => boolean = () => true) {
  const on = words
    .filter((w) => w.page === page && filter(w))
    .sort((a, b) => a.y1 - b.y1 || a.x0 - b.x0);
  const lines: { y: number; text: string; x0: number; x1: number }[] = [];
  for (const w of on) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - w.y1) < 2) {
      last.text += w.text;
      last.x1 = Math.max(last.x1, w.x1);
    } else lines.push({ y: w.y1, text: w.text, x0: w.x0, x1: w.x1 });
  }
  return lines;
}
