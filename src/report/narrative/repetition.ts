/**
 * how much of this year's narrative repeats last year's. Assessment rules deduct points above
 * 50 % (e.g. 宿迁 SQ-DEP-A-005 “与上年度重复率大于50%的，扣0.5分”).
 *
 * The measure: both texts are reduced to their characters of substance (spaces and punctuation
 * dropped, every run of digits folded to one “#”, so a text copied with the year and figures changed
 * still counts as copied). A character of this year's text is repeated when it lies inside a run of at
 * least REPEAT_RUN characters that also occurs somewhere in last year's text. The rate is repeated
 * characters ÷ all characters of this year's text. Runs of that length are sentences or clauses,
 * not the stock phrases every report shares (“政府信息公开申请” is 8 characters).
 */
import type { Finding, Report, SectionId } from "../types";

/** Shortest run of characters that counts as repeated (see the measure above). */
export const REPEAT_RUN = 13;
/** Above this share of repeated text, X-05 warns. */
export const REPEAT_LIMIT = 0.5;
/** Texts shorter than this (characters of substance) are not measured: there is nothing to copy. */
const MIN_CHARS = 40;

const SECTIONS: SectionId[] = [1, 2, 3, 4, 5, 6];
/** Between sections in a reduced text: a private-use character no report contains. */
const SEP = "\uE000";

/** A text reduced for comparison, with where each kept character came from. */
interface Reduced {
  chars: string;
  /** Per kept character: its section and its offset in that section's text. */
  from: { section: SectionId; at: number }[];
}

function reduce(narrative: Report["narrative"]): Reduced {
  let chars = "";
  const from: Reduced["from"] = [];
  for (const section of SECTIONS) {
    const text = narrative?.[section] ?? "";
    let inDigits = false;
    for (let at = 0; at < text.length; at++) {
      const ch = text[at].normalize("NFKC");
      if (/\d/.test(ch)) {
        if (inDigits) continue;
        inDigits = true;
        chars += "#";
        from.push({ section, at });
        continue;
      }
      inDigits = false;
      if (/[\s\p{P}\p{S}]/u.test(ch)) continue;
      chars += ch;
      from.push({ section, at });
    }
    // A section boundary is never inside a repeated run.
    chars += SEP;
    from.push({ section, at: text.length });
  }
  return { chars, from };
}

/** A stretch of a section's text, repeated from the other year or not. */
export interface Passage {
  text: string;
  repeated: boolean;
}

export interface Repetition {
  /** Repeated share of this year's text, 0..1. */
  rate: number;
  /** Characters of substance in this year's text. */
  chars: number;
  /** Per section, this year's and last year's text cut into repeated and own passages. */
  current: Partial<Record<SectionId, Passage[]>>;
  previous: Partial<Record<SectionId, Passage[]>>;
}

/** Positions of `a` inside a run of REPEAT_RUN characters that also occurs in `b`. */
function covered(a: string, b: string): Uint8Array {
  const grams = new Set<string>();
  for (let i = 0; i + REPEAT_RUN <= b.length; i++) grams.add(b.slice(i, i + REPEAT_RUN));
  const out = new Uint8Array(a.length);
  for (let i = 0; i + REPEAT_RUN <= a.length; i++) {
    const g = a.slice(i, i + REPEAT_RUN);
    if (g.includes(SEP) || !grams.has(g)) continue;
    out.fill(1, i, i + REPEAT_RUN);
  }
  return out;
}

/** The section texts cut at the boundaries of the marked characters. */
function passages(
  narrative: Report["narrative"],
  r: Reduced,
  marks: Uint8Array
): Partial<Record<SectionId, Passage[]>> {
  const out: Partial<Record<SectionId, Passage[]>> = {};
  for (const section of SECTIONS) {
    const text = narrative?.[section] ?? "";
    if (!text) continue;
    // Each original character takes the mark of the last kept character at or before it.
    const flag = new Uint8Array(text.length);
    let last = 0;
    let k = r.from.findIndex((f) => f.section === section);
    for (let at = 0; at < text.length; at++) {
      while (k < r.from.length && r.from[k].section === section && r.from[k].at <= at) {
        last = marks[k];
        k++;
      }
      flag[at] = last;
    }
    const list: Passage[] = [];
    for (let at = 0; at < text.length; at++) {
      const repeated = flag[at] === 1;
      const prev = list[list.length - 1];
      if (prev && prev.repeated === repeated) prev.text += text[at];
      else list.push({ text: text[at], repeated });
    }
    out[section] = list;
  }
  return out;
}

/** The repetition of `report`'s narrative against `prev`'s; null when either has too little text. */
export function repetitionOf(report: Report, prev: Report): Repetition | null {
  const a = reduce(report.narrative);
  const b = reduce(prev.narrative);
  const size = (r: Reduced) => r.chars.split(SEP).join("").length;
  if (size(a) < MIN_CHARS || size(b) < MIN_CHARS) return null;
  const inA = covered(a.chars, b.chars);
  const inB = covered(b.chars, a.chars);
  let repeated = 0;
  for (let i = 0; i < a.chars.length; i++) if (inA[i] && a.chars[i] !== SEP) repeated++;
  return {
    rate: repeated / size(a),
    chars: size(a),
    current: passages(report.narrative, a, inA),
    previous: passages(prev.narrative, b, inB),
  };
}

/** Rate in percent, one decimal, as findings and the pane show it. */
export const percent = (rate: number) => Math.round(rate * 1000) / 10;

export function checkRepetition(report: Report, prev: Report, findings: Finding[]): void {
  const r = repetitionOf(report, prev);
  if (!r || r.rate <= REPEAT_LIMIT) return;
  const pct = percent(r.rate);
  const year = prev.year ?? "上";
  findings.push({
    rule: "X-05",
    severity: "warning",
    cells: [],
    expected: `≤ ${REPEAT_LIMIT * 100}`,
    actual: pct,
    message: {
      zh: `正文与${year}年报告的重复率为 ${pct}%，超过 ${REPEAT_LIMIT * 100}%：大段文字与上年相同（数字不计）。考核中重复率超过一半会扣分，请按本年度实际情况重写。`,
      en: `${pct}% of the text repeats last year's report (${prev.year ?? "?"}), above ${REPEAT_LIMIT * 100}%: long passages are the same as last year's (figures aside). Assessments deduct points above one half; rewrite it for this year.`,
    },
  });
}
