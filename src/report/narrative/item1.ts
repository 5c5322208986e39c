/**
 * 表二 第二十条第（一）项 in prose: “全年制发市政府规章1件、行政规范性文件8件，废止行政规范性文件26件，
 * 截至年底现行有效的市政府规章11件、行政规范性文件66件”. Each comma-separated phrase names a verb, a
 * document type, or both; the missing one is carried over from the previous phrase of the sentence.
 */
import type { EditionId } from "../types";
import { ITEM1_DOCS, ITEM1_ISSUER, ITEM1_LEAD_IN, ITEM1_VERBS } from "./patterns";
import type { QuantityId } from "./quantities";
import { NUM, UNIT, isCountUnit, readNumber } from "./text";

export interface Item1Figure {
  quantity: QuantityId;
  value: number;
  /** Position of the number in the sentence. */
  start: number;
  end: number;
  /** Start of the phrase. */
  from: number;
}

const VERB = ITEM1_VERBS.map((v) => v.verb).join("|");
const DOC = ITEM1_DOCS.map((d) => d.doc).join("|");
/** A phrase: a short lead-in (全年, 截至年底), verb?, issuer?, document type?, the number. */
const PHRASE = new RegExp(
  `^(${ITEM1_LEAD_IN})(${VERB})?(?:了)?(?:的)?${ITEM1_ISSUER}(?:的)?(${DOC})?(?:总数量|总数|共计|共|合计|为)*${NUM}${UNIT}$`
);

function columnOf(verb: string, edition: EditionId): string | undefined {
  const v = ITEM1_VERBS.find((x) => new RegExp(`^(?:${x.verb})$`).test(verb));
  return v?.column[edition];
}

function rowOf(doc: string): "rules" | "normative" {
  return ITEM1_DOCS.find((d) => new RegExp(`^(?:${d.doc})$`).test(doc))!.row;
}

export function item1Figures(text: string, edition: EditionId): Item1Figure[] {
  const out: Item1Figure[] = [];
  let verb: string | undefined;
  let doc: string | undefined;
  /** Where the phrase that named the verb or the document type began, to quote inherited figures whole. */
  let runFrom = 0;
  let pos = 0;
  for (const part of text.split(/([，,、；;：:（）()])/)) {
    const start = pos;
    pos += part.length;
    if (part.length === 1 && /[，,、；;：:（）()]/.test(part)) {
      if (/[；;]/.test(part)) verb = doc = undefined;
      continue;
    }
    const m = PHRASE.exec(part);
    if (!m) {
      // A phrase about something else ends the run of document figures.
      if (/\d/.test(part) || new RegExp(VERB).test(part)) verb = doc = undefined;
      continue;
    }
    const [, , v, d, digits, approx, unit] = m;
    if (!v && !d) {
      verb = doc = undefined;
      continue;
    }
    if ((v && d) || !(verb && doc)) runFrom = start;
    verb = v ?? verb;
    doc = d ?? doc;
    if (!verb || !doc) continue;
    const n = readNumber(digits, approx, unit, "", "");
    if (!n || n.approximate || !isCountUnit(n.unit) || n.unit === "条") continue;
    const column = columnOf(verb, edition);
    if (!column) continue;
    const numLen = digits.length + (approx?.length ?? 0) + (unit?.length ?? 0);
    out.push({
      quantity: `item1.${rowOf(doc)}.${column}`,
      value: n.value,
      start: start + part.length - numLen,
      end: start + part.length,
      from: runFrom,
    });
  }
  return out;
}
