/**
 * An HTML fragment for the agency's website CMS. CMS sanitisers (js-xss's default whitelist and the
 * like) strip <style>, classes, ids, `style` and `cellspacing`, so everything that matters is carried
 * by what they keep: `border`, `width` and `align` on tables, cells and <col> in a <colgroup>,
 * rowspan/colspan, <th>/<caption> for structure, and paragraph indents as two ideographic spaces.
 * Inline styles only refine the look where they survive. Every piece of user text is escaped.
 */
import { signerOf } from "../../report/narrative/preface";
import type { Report } from "../../report/types";
import {
  formatReportDate,
  prefaceParagraphs,
  reportTitle,
  sectionsOf,
  type NarrativeBlock,
} from "./common";
import { SIZE, TEXT_WIDTH } from "./docx/gbt9704";
import { fitPrinted } from "./fit";
import { titleLines } from "./titleLines";

import { tableGrid, type GridCell, type TableGrid } from "./layout";

export interface HtmlOptions {
  /** A whole page (with <meta charset>) instead of a fragment, for a file that opens by itself. */
  document?: boolean;
  /**
   * Leave out the <h1> title (default: in a fragment yes, in a whole page no): a CMS prints the
   * article's title itself, and a second one in the body repeats it.
   */
  omitTitle?: boolean;
}

/** Two ideographic spaces: the first-line indent that survives when `style` is stripped. */
const INDENT = "\u3000\u3000";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text and attribute values, made inert. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

const SERIF = "'仿宋_GB2312','仿宋',FangSong,STFangsong,serif";
const STYLE = {
  wrap: `font-family:${SERIF};font-size:16pt;line-height:28pt;color:#000;`,
  title:
    "font-family:'方正小标宋简体','华文中宋',STZhongsong,'宋体',SimSun,serif;font-size:22pt;line-height:35pt;font-weight:normal;text-align:center;margin:0 0 28pt 0;",
  h1: "font-family:'黑体',SimHei,sans-serif;font-size:16pt;line-height:28pt;font-weight:normal;margin:0;",
  h2: "font-family:'楷体_GB2312','楷体',KaiTi,STKaiti,serif;font-size:16pt;line-height:28pt;font-weight:normal;margin:0;",
  p: "text-align:justify;margin:0;",
  lead: "font-family:'楷体_GB2312','楷体',KaiTi,STKaiti,serif;font-weight:normal;",
  table: "border-collapse:collapse;width:100%;margin:8pt 0;font-size:10.5pt;line-height:1.5;",
  caption: "font-weight:bold;text-align:center;padding:4pt;",
  cell: "border:1px solid #000;padding:2pt 4pt;",
  sign: "text-align:right;padding-right:2em;margin:0;",
};

function blockHtml(b: NarrativeBlock): string {
  if (b.kind === "heading2") return `<h3 style="${STYLE.h2}">${INDENT}${escapeHtml(b.text)}</h3>`;
  const lead = b.lead ? `<span style="${STYLE.lead}">${escapeHtml(b.lead)}</span>` : "";
  return `<p style="${STYLE.p}">${INDENT}${lead}${escapeHtml(b.text)}</p>`;
}

function cellHtml(c: GridCell): string {
  const tag = c.role === "value" ? "td" : "th";
  const align = c.role === "rowLabel" ? "left" : "center";
  const weight = c.role === "header" ? "bold" : "normal";
  const spans =
    (c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : "") +
    (c.colSpan > 1 ? ` colspan="${c.colSpan}"` : "");
  const style = `${STYLE.cell}text-align:${align};vertical-align:middle;font-weight:${weight};`;
  return `<${tag}${spans} align="${align}" valign="middle" style="${style}">${escapeHtml(c.text)}</${tag}>`;
}

/** Column widths in whole percent summing to 100, from the printed layout (fit.ts). */
export function columnPercents(grid: TableGrid): number[] {
  const w = fitPrinted(grid).widths;
  const total = w.reduce((s, x) => s + x, 0);
  const exact = w.map((x) => (x / total) * 100);
  const out = exact.map(Math.floor);
  // Largest remainders get the leftover points, so the sum is exactly 100.
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  const short = 100 - out.reduce((s, x) => s + x, 0);
  for (let k = 0; k < short; k++) out[order[k][1]]++;
  return out;
}

/**
 * A table; its caption only when asked (when no heading stands right above it). `widths` writes the
 * column widths as <col width> for a CMS, whose sanitiser strips every other hint; a page that opens
 * by itself keeps the browser's own table layout.
 */
export function tableHtml(grid: TableGrid, caption = true, widths = true): string {
  const row = (cells: GridCell[]) => `<tr>${cells.map(cellHtml).join("")}</tr>`;
  const head = grid.rows.slice(0, grid.headerRows);
  const body = grid.rows.slice(grid.headerRows);
  const cols = columnPercents(grid)
    .map((p) => `<col width="${p}%">`)
    .join("");
  return [
    `<table border="1" cellspacing="0" cellpadding="4" width="100%" style="${STYLE.table}">`,
    caption ? `<caption style="${STYLE.caption}">${escapeHtml(grid.title)}</caption>` : "",
    widths ? `<colgroup>${cols}</colgroup>` : "",
    head.length ? `<thead>${head.map(row).join("")}</thead>` : "",
    `<tbody>${body.map(row).join("")}</tbody>`,
    `</table>`,
  ].join("");
}

/** The report as an HTML fragment (or, with `document`, a whole page). */
export function buildHtml(report: Report, options: HtmlOptions = {}): string {
  const title = reportTitle(report);
  const parts: string[] = [];
  if (!(options.omitTitle ?? !options.document)) {
    // Broken where Word breaks it (after the agency / before the year), never inside a word.
    const lines = titleLines(title, report.agency, TEXT_WIDTH / (SIZE.title * 10));
    parts.push(`<h1 style="${STYLE.title}">${lines.map(escapeHtml).join("<br>")}</h1>`);
  }
  parts.push(...prefaceParagraphs(report).map((text) => blockHtml({ kind: "paragraph", text })));
  for (const s of sectionsOf(report)) {
    parts.push(`<h2 style="${STYLE.h1}">${INDENT}${escapeHtml(s.heading)}</h2>`);
    parts.push(...s.blocks.map(blockHtml));
    // The section heading names the table when it stands right above it.
    if (s.table)
      parts.push(tableHtml(tableGrid(report, s.table), s.blocks.length > 0, !options.document));
  }
  const date = formatReportDate(report.date);
  const signer = signerOf(report);
  parts.push(`<p style="${STYLE.sign}">&nbsp;</p>`);
  if (signer) parts.push(`<p style="${STYLE.sign}">${escapeHtml(signer)}</p>`);
  if (date) parts.push(`<p style="${STYLE.sign}">${escapeHtml(date)}</p>`);
  const fragment = `<div style="${STYLE.wrap}">\n${parts.join("\n")}\n</div>\n`;
  if (!options.document) return fragment;
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    `<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`,
    `<body>\n${fragment}</body>`,
    "</html>\n",
  ].join("\n");
}
