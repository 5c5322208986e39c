/**
 * Figures stated in the narrative, read with the pattern table: each is a quantity of the tables, the
 * number written, and where it was written. Figures in a clause about another year, another period or
 * another body are left out, as are estimates (5500余条).
 */
import type { EditionId } from "../types";
import { item1Figures } from "./item1";
import {
  FIGURE_PATTERNS,
  OTHER_PERIOD,
  OTHER_SUBJECT,
  SUB_UNIT,
  T4_CONTEXT,
  T4_RESULT_PATTERNS,
  ZERO_PATTERNS,
} from "./patterns";
import type { QuantityId } from "./quantities";
import { NUM, UNIT, clauseAt, isCountUnit, quote, readNumber, type Sentence } from "./text";

/** Whether the figure counts 上年结转 too: said so (yes), possibly (maybe), or not (no). */
export type Carried = "yes" | "maybe" | "no";

export interface Statement {
  quantity: QuantityId;
  value: number;
  sentence: Sentence;
  /** Position of the number (or of the zero phrase) in the sentence text. */
  start: number;
  end: number;
  /** The words quoted in messages. */
  quote: string;
  carried: Carried;
}

interface Compiled {
  quantity: QuantityId;
  re: RegExp;
  numberFirst: boolean;
  wan: boolean;
}

/**
 * A number-first pattern may only start where a number starts: without this, a regex tried at every
 * digit of a long run backtracks through each (slow on a page of digits).
 */
const NUMBER_START = "(?<![\\d.,零〇一二两三四五六七八九十百千])";

const COMPILED: Compiled[] = FIGURE_PATTERNS.map((p) => ({
  quantity: p.quantity,
  re: p.lead
    ? new RegExp(`(?:${p.lead})${NUM}${UNIT}`, "g")
    : new RegExp(`${NUMBER_START}${NUM}${UNIT}(?:${p.trail})(?!率)`, "g"),
  numberFirst: !p.lead,
  wan: p.unit === "wan",
}));

const RESULTS = T4_RESULT_PATTERNS.map((p) => ({
  result: p.result,
  re: new RegExp(`(?:${p.lead})${NUM}${UNIT}`, "g"),
}));
const ZEROS = ZERO_PATTERNS.map((z) => ({
  re: new RegExp(z.source, "g"),
  quantities: z.quantities,
}));
const YEAR = /((?:19|20)\d{2})年/g;
const SAYS_CARRIED_INCLUDED = /(?:含|包含|包括)(?:了)?上一?年度?结转/;

/** Positions of a sentence that speak of another year, period or body. */
function excluder(text: string, year: number | null): (start: number, end: number) => boolean {
  const years: { at: number; year: number }[] = [];
  for (const m of text.matchAll(YEAR)) years.push({ at: m.index!, year: Number(m[1]) });
  const hasList = text.indexOf("其中");
  return (start, end) => {
    if (year !== null) {
      const governing = years.filter((y) => y.at < start).pop();
      if (governing && governing.year !== year) return true;
    }
    const c = clauseAt(text, start, end);
    const clause = text.slice(c.from, c.to);
    if (OTHER_PERIOD.test(clause) || OTHER_SUBJECT.test(clause)) return true;
    // In a 其中 list, a part named after an office or a department is that body's figure.
    if (hasList >= 0 && hasList < start) {
      let from = start;
      while (from > 0 && !/[，,、；;：:（）()]/.test(text[from - 1])) from--;
      if (SUB_UNIT.test(text.slice(from, start).replace(/其中/, ""))) return true;
    }
    return false;
  };
}

export function extractStatements(
  sentences: Sentence[],
  edition: { t2: EditionId },
  year: number | null
): Statement[] {
  const out: Statement[] = [];
  for (const s of sentences) out.push(...statementsOf(s, edition, year));
  return out;
}

function statementsOf(
  sentence: Sentence,
  edition: { t2: EditionId },
  year: number | null
): Statement[] {
  const text = sentence.text;
  const excluded = excluder(text, year);
  const taken = new Set<number>();
  const found: Statement[] = [];
  const add = (quantity: QuantityId, value: number, start: number, end: number, from: number) => {
    taken.add(start);
    if (excluded(start, end)) return;
    found.push({
      quantity,
      value,
      sentence,
      start,
      end,
      quote: quote(text, Math.min(from, start), end),
      carried: "no",
    });
  };
  const numberAt = (m: RegExpExecArray, numberFirst: boolean) => {
    const [all, digits, approx, unit] = m;
    const tail = digits.length + (approx?.length ?? 0) + (unit?.length ?? 0);
    const start = numberFirst ? m.index : m.index + all.length - tail;
    const end = start + tail;
    const n = readNumber(
      digits,
      approx,
      unit,
      text.slice(end, end + 1),
      text.slice(Math.max(0, start - 2), start)
    );
    if (!n || n.approximate || /[\d.]/.test(text[start - 1] ?? "")) return null;
    return { n, start, end: numberFirst ? m.index + all.length : end };
  };

  for (const p of COMPILED) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const at = numberAt(m, p.numberFirst);
      if (!at || taken.has(at.start)) continue;
      if (p.wan ? at.n.unit !== "万元" : !isCountUnit(at.n.unit)) continue;
      add(p.quantity, at.n.value, at.start, at.end, m.index);
    }
  }
  for (const r of RESULTS) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      const at = numberAt(m, false);
      if (!at || taken.has(at.start) || !isCountUnit(at.n.unit)) continue;
      const context = t4Context(text.slice(0, m.index));
      if (context) add(`${context}.${r.result}`, at.n.value, at.start, at.end, m.index);
    }
  }
  for (const f of item1Figures(text, edition.t2)) {
    if (!taken.has(f.start)) add(f.quantity, f.value, f.start, f.end, f.from);
  }
  for (const z of ZEROS) {
    z.re.lastIndex = 0;
    for (let m = z.re.exec(text); m; m = z.re.exec(text)) {
      if (excluded(m.index, m.index + m[0].length)) continue;
      for (const q of z.quantities(m)) {
        found.push({
          quantity: q,
          value: 0,
          sentence,
          start: m.index,
          end: m.index + m[0].length,
          quote: m[0],
          carried: "no",
        });
      }
    }
  }
  markCarried(text, found);
  return found.sort((a, b) => a.start - b.start);
}

/** The last 复议/诉讼 word before a result figure decides whose result it is. */
function t4Context(before: string): "review" | "litigation" | null {
  let best: { at: number; context: "review" | "litigation" | null } | null = null;
  for (const c of T4_CONTEXT) {
    const at = before.lastIndexOf(c.word);
    if (at >= 0 && (!best || at > best.at)) best = { at, context: c.context };
  }
  return best?.context ?? null;
}

/**
 * 受理…749件（其中本年新收713件、上年结转36件）: the received figure includes 上年结转 when the sentence
 * says so right after it, or when the new and carried figures of the sentence add up to it. The
 * applicant split of such a sentence (自然人…741件) then counts both too.
 */
function markCarried(text: string, found: Statement[]): void {
  const mention = SAYS_CARRIED_INCLUDED.test(text);
  const newFig = found.find((f) => f.quantity === "new");
  const carriedFig = found.find((f) => f.quantity === "carried");
  let sentenceMode: Carried = mention ? "maybe" : "no";
  for (const f of found) {
    if (f.quantity !== "received") continue;
    const after = text.slice(f.end, f.end + 12);
    const attached = /^[（(，,]?(?:其中)?(?:含|包含|包括)(?:了)?上一?年度?结转/.test(after);
    const adds = newFig && carriedFig && newFig.value + carriedFig.value === f.value;
    f.carried = attached || adds ? "yes" : mention ? "maybe" : "no";
    if (f.carried === "yes") sentenceMode = "yes";
  }
  for (const f of found)
    if (f.quantity === "natural" || f.quantity === "org") f.carried = sentenceMode;
}
