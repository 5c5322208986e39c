/**
 * Title, year and agency: from the title line (…2024年政府信息公开工作年度报告 / …2020年度…), or a
 * title wrapped over two or three lines (every copy out of a PDF); else the year from the 统计期限
 * sentence; else year and agency from the file name (洪泽区2023.pdf).
 */
import { chineseNumber } from "../../report/chineseNumber";
import type { SourceDoc } from "./types";

const YEAR = /((?:19|20)\d{2})\s*年/;
const CN_YEAR = /([〇○零一二三四五六七八九]{4})\s*年/;
const MAX_TITLE = 80;
const FIRST_PARAS = 12;

export interface Meta {
  title?: string;
  year: number | null;
  agency: string;
}

function yearIn(text: string): { year: number; index: number } | null {
  const m = YEAR.exec(text);
  if (m) return { year: Number(m[1]), index: m.index };
  const c = CN_YEAR.exec(text);
  if (!c) return null;
  return { year: chineseNumber(c[1])!, index: c.index };
}

function isTitle(text: string): boolean {
  return (
    text.length <= MAX_TITLE &&
    /政府信息公开/.test(text) &&
    /报告/.test(text) &&
    !/[。；]/.test(text) &&
    yearIn(text) !== null
  );
}

const TRIM_END = /[\s（(《“【[]+$|关于$/;

/** The agency: the title before its year, or between the year and the topic (2020年XX局政府信息公开…). */
function agencyOf(title: string): string {
  const y = yearIn(title)!;
  const topic = title.indexOf("政府信息公开");
  const before = title
    .slice(0, topic >= 0 ? Math.min(y.index, topic) : y.index)
    .replace(TRIM_END, "")
    .trim();
  if (before || topic < 0) return before;
  const yearEnd = /^[^年]*年度?/.exec(title.slice(y.index))![0].length + y.index;
  return title.slice(yearEnd, topic).replace(TRIM_END, "").trim();
}

/** A piece of a wrapped title: short, no sentence punctuation. */
const isTitlePiece = (t: string) => t.length <= 40 && !/[。；，]/.test(t);
const ENDS_AS_TITLE = /报告[)）】]?$/;
const MAX_TITLE_LINES = 3;

/**
 * The first title that two or three short lines join into: found by its last line (ending in 报告),
 * joined with as few lines above as make a title (a menu line above it stays out).
 */
function findTitle(lines: string[]): { title: string; at: number } | null {
  for (let end = 0; end < lines.length; end++) {
    if (!isTitlePiece(lines[end]) || !ENDS_AS_TITLE.test(lines[end])) continue;
    let joined = lines[end];
    for (let start = end - 1; start >= Math.max(0, end - MAX_TITLE_LINES + 1); start--) {
      if (!isTitlePiece(lines[start])) break;
      joined = lines[start] + joined;
      if (isTitle(joined)) return { title: joined, at: start };
    }
  }
  return null;
}

const PERIOD = /统计期限[^。]{0,12}?((?:19|20)\d{2})\s*年/;
const OPENING = /((?:19|20)\d{2})\s*年(?:度)?(?:政府信息公开|1月1日)/;

/** Year and agency a file name gives: 洪泽区2023.pdf → 2023, 洪泽区. */
export function metaFromFileName(fileName: string | undefined): {
  year: number | null;
  agency: string;
} {
  const base = (fileName ?? "").replace(/^.*[\\/]/, "").replace(/\.[A-Za-z0-9]+$/, "");
  const y = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(base);
  const agency = base
    .replace(/(?:19|20)\d{2}\s*年?度?/g, "")
    .replace(/政府信息公开工作年度报告|政府信息公开年度报告|政府信息公开|年度报告|年报|报告/g, "")
    .replace(/[^\u4e00-\u9fff]/g, "");
  return { year: y ? Number(y[1]) : null, agency: agency.length >= 2 ? agency : "" };
}

/** Candidate title lines: page title hints, then the paragraphs before the first section heading. */
export function readMeta(
  doc: SourceDoc,
  firstHeading: number | undefined,
  signature?: string,
  fileName?: string
): Meta {
  const paras: string[] = [];
  const limit = firstHeading ?? FIRST_PARAS;
  for (let i = 0; i < Math.min(limit, doc.blocks.length) && paras.length < FIRST_PARAS; i++) {
    const b = doc.blocks[i];
    if (b.kind === "para") paras.push(b.text);
  }
  const candidates = [...doc.titleHints, ...paras]
    // Site name _ title; a line in columns (名称   某某2024年…报告) copied from a page's info box.
    .flatMap((t) => t.split(/\s*[_|｜]\s*|\s+-\s+|[ \u00a0\u3000]{2,}|\t/))
    .map((t) => t.trim());
  let title = candidates.find(isTitle) ?? findTitle(paras)?.title;
  if (title && /^\s*(?:19|20)\d{2}/.test(title)) {
    // A title wrapped after the agency name: join the line above it.
    const i = paras.indexOf(title);
    const above = i > 0 ? paras[i - 1] : undefined;
    if (above && above.length <= 30 && !/[。，；：]/.test(above) && yearIn(above) === null)
      title = above + title;
  }
  if (title) {
    const agency = agencyOf(title) || signature || "";
    return { title, year: yearIn(title)!.year, agency };
  }
  // No title line: the year from the 统计期限 or an opening sentence (…2022年1月1日至…), read across
  // the line breaks of a PDF copy; else from the file name.
  const opening = paras.join("");
  const m = PERIOD.exec(opening) ?? OPENING.exec(opening);
  const byName = metaFromFileName(fileName);
  const agency = signature || byName.agency;
  if (m) return { year: Number(m[1]), agency };
  return { year: byName.year, agency };
}
