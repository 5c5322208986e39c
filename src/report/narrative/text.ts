/**
 * Reading narrative text: normalising what agencies type (full-width digits, stray spaces), cutting it
 * into sentences and clauses, and reading the numbers written in it.
 */

import { chineseNumber } from "../chineseNumber";

/** One sentence of a section, normalised, with where it came from. */
export interface Sentence {
  section: number;
  text: string;
}

/**
 * Digits as written in the narrative: Arabic (with thousands separators) or, rarely, Chinese. Every
 * repeat is bounded, so a regex starting at each position of a long run of digits does bounded work
 * (a scan stays linear in the text; unbounded, a 1 MB run of digits never finished). A longer run is
 * no figure: the digit before a match makes the reader reject it.
 */
export const NUM = String.raw`(\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,6})?|\d{1,15}(?:\.\d{1,6})?|[零〇一二两三四五六七八九十百千]{1,12})`;
/** What may follow a number: an approximation mark and a unit. */
export const UNIT = String.raw`(余|多)?(万元|元|件|条|个|项|宗|起|次|份|部|%)?`;

const TABLE_ROW = /\t|\d[ \u00a0\u3000]+\d/;

const COUNT_UNITS = new Set(["件", "条", "个", "项", "宗", "起", "次", "份", "部"]);

/** Full-width digits and signs to ASCII; spaces dropped (Chinese needs none, HTML runs leave many). */
export function normalize(text: string): string {
  return text
    .replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/．/g, ".")
    .replace(/％/g, "%")
    .replace(/[ \u00a0\u3000\u2002\u2003\u2009\u200b]+/g, "");
}

/**
 * Sentences of the narrative sections, in order. Lines holding a tab, or numbers separated by spaces
 * only (“行政许可 5 2 7”), are table rows pasted into the text, not prose, and are skipped.
 */
export function sentencesOf(narrative: Partial<Record<number, string>> | undefined): Sentence[] {
  const out: Sentence[] = [];
  if (!narrative) return out;
  for (let section = 1; section <= 6; section++) {
    const text = narrative[section];
    if (!text) continue;
    for (const line of text.split(/\r?\n/)) {
      if (TABLE_ROW.test(line)) continue;
      for (const s of normalize(line).split(/[。！？!?]/))
        if (s.trim()) out.push({ section, text: s });
    }
  }
  return out;
}

export { chineseNumber };

export interface ReadNumber {
  value: number;
  /** The unit written after the number, "" when none. */
  unit: string;
  /** 余/多 after the number, 约/近 before it: an estimate, not a figure to check. */
  approximate: boolean;
}

/**
 * Reads a number captured with NUM and UNIT. Returns null for what is not a checkable figure: a
 * Chinese numeral without a unit (一是…), or a number that runs on into a date (2024年).
 */
export function readNumber(
  digits: string,
  approx: string | undefined,
  unit: string | undefined,
  next: string,
  prev: string
): ReadNumber | null {
  const u = unit ?? "";
  const chinese = /^[零〇一二两三四五六七八九十百千]+$/.test(digits);
  if (chinese && !u) return null;
  if (!u && /^[年月日号时\d.]/.test(next)) return null;
  const value = chinese ? chineseNumber(digits) : Number(digits.replace(/,/g, ""));
  if (value === null || !Number.isFinite(value)) return null;
  return {
    value,
    unit: u,
    approximate: Boolean(approx) || /(约|近|超过|逾|将近|大约)$/.test(prev),
  };
}

export function isCountUnit(unit: string): boolean {
  return unit === "" || COUNT_UNITS.has(unit);
}

/** The clause around a position (between the nearest commas, semicolons or brackets). */
export function clauseAt(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !/[，,；;（）()]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !/[，,；;（）()]/.test(text[to])) to++;
  return { from, to };
}

/** The words of a match, from the start of its phrase (after the last comma or 、) to the number. */
export function quote(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[，,；;、：:（）()]/.test(text[from - 1])) from--;
  return text.slice(Math.max(from, end - 40), end);
}

/** Formats a number the way the table prints it (no exponent, no trailing float noise). */
export function show(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}
