/** Title, year and agency: from the title line (…2024年政府信息公开工作年度报告 / …2020年度…). */
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

/** Candidate title lines: page title hints, then the paragraphs before the first section heading. */
export function readMeta(
  doc: SourceDoc,
  firstHeading: number | undefined,
  signature?: string
): Meta {
  const paras: string[] = [];
  const limit = firstHeading ?? FIRST_PARAS;
  for (let i = 0; i < Math.min(limit, doc.blocks.length) && paras.length < FIRST_PARAS; i++) {
    const b = doc.blocks[i];
    if (b.kind === "para") paras.push(b.text);
  }
  const candidates = [...doc.titleHints, ...paras]
    .flatMap((t) => t.split(/\s*[_|｜]\s*|\s+-\s+/))
    .map((t) => t.trim());
  let title = candidates.find(isTitle);
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
  // No title line: the year from an opening sentence (…2022年1月1日至…, …2020年度政府信息公开…).
  for (const p of paras) {
    const m = /((?:19|20)\d{2})\s*年(?:度)?(?:政府信息公开|1月1日)/.exec(p);
    if (m) return { year: Number(m[1]), agency: signature ?? "" };
  }
  return { year: null, agency: signature ?? "" };
}
