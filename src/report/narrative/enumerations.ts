/**
 * S-07: a total stated with its parts, “共…225条，其中：1.…3条；2.…3条；…5.其他信息176条”: the parts
 * must add up to the total. Only lists that are plainly complete are held to it: numbered items, or
 * items that end with a catch-all (其他/其余). “其中，予以公开1362件，部分公开454件” lists some
 * outcomes only and is not checked.
 */
import type { Finding } from "../types";
import { NUM, UNIT, readNumber, show, type Sentence } from "./text";

export interface Enumeration {
  sentence: Sentence;
  total: number;
  unit: string;
  parts: { label: string; value: number }[];
  /** The list is numbered or names a catch-all item. */
  complete: boolean;
  /** The sentence text from the total to the last part, for messages. */
  fragment: string;
}

const TOTAL_BEFORE = new RegExp(`${NUM}${UNIT}(?:（[^（）]*）|\\([^()]*\\))?[，,：:]?([（(])?$`);
/** Item numbers; “1、” and “一、” are rewritten to “1.” / “一.” first, since 、 also separates items. */
const MARKER =
  /^(?:\d{1,2}[.．]|[一二三四五六七八九十][.．]|（\d{1,2}）|\(\d{1,2}\)|[①②③④⑤⑥⑦⑧⑨⑩]|[一二三四五六七八九十]是)/;
const PART = new RegExp(`^([^\\d]{0,30}?)${NUM}${UNIT}$`);
const ENDS_LIST = /^(?:另|此外|共|合计|总计|全年|均|以上)/;
const CATCH_ALL = /其他|其它|其余/;

export function enumerationsOf(sentence: Sentence): Enumeration[] {
  const out: Enumeration[] = [];
  const text = sentence.text;
  for (let at = text.indexOf("其中"); at >= 0; at = text.indexOf("其中", at + 2)) {
    const before = TOTAL_BEFORE.exec(text.slice(0, at));
    if (!before) continue;
    const [, digits, approx, unit, paren] = before;
    const total = readNumber(digits, approx, unit, "", "");
    if (!total || total.approximate || !total.unit || total.unit === "%") continue;
    const lead = /^[：:，,]?/.exec(text.slice(at + 2))![0].length;
    let rest = text.slice(at + 2 + lead);
    if (paren) rest = rest.split(/[）)]/)[0];
    const list = partsOf(rest, total.unit);
    if (!list || list.parts.length < 2) continue;
    out.push({
      sentence,
      total: total.value,
      unit: total.unit,
      parts: list.parts,
      complete: list.ended && (list.numbered || list.parts.some((p) => CATCH_ALL.test(p.label))),
      fragment: text.slice(before.index, at + 2 + lead + list.length),
    });
  }
  return out;
}

interface Parts {
  parts: { label: string; value: number }[];
  numbered: boolean;
  /** Characters of the list text read. */
  length: number;
  /** The list visibly ended where reading stopped (no numbered item follows). */
  ended: boolean;
}

/** Parts joined by one separator (、 or ， or ；); another separator or a new subject ends the list. */
function partsOf(list: string, unit: string): Parts | null {
  const rest = list.replace(/(^|[，,；;])(\d{1,2}|[一二三四五六七八九十])、/g, "$1$2.");
  const tokens = rest.split(/([，,、；;])/);
  const parts: { label: string; value: number }[] = [];
  let separator: string | null = null;
  let numbered = true;
  let length = 0;
  /** Index of the first token not taken into the list. */
  let next = tokens.length;
  for (let i = 0; i < tokens.length; i += 2) {
    const marker = MARKER.exec(tokens[i]);
    const seg = (marker ? tokens[i].slice(marker[0].length) : tokens[i]).replace(
      /（[^（）]*）|\([^()]*\)/g,
      ""
    );
    const m = ENDS_LIST.test(seg) ? null : PART.exec(seg);
    const n = m ? readNumber(m[2], m[3], m[4], "", "") : null;
    if (!m || !n || n.approximate || n.unit !== unit) {
      next = i;
      break;
    }
    if (!marker) numbered = false;
    parts.push({ label: m[1], value: n.value });
    length += tokens[i].length;
    const sep = tokens[i + 1];
    const kind = sep === "," ? "，" : sep === ";" ? "；" : sep;
    if (sep === undefined || (separator !== null && separator !== kind)) {
      next = i + 1;
      break;
    }
    separator = kind;
    length += sep.length;
  }
  if (parts.length === 0) return null;
  if (/[，,、；;]$/.test(rest.slice(0, length))) length -= 1;
  const after = tokens.slice(next).join("");
  const ended = !/(?:^|[，,、；;])(?:\d{1,2}[.．]|（\d{1,2}）|[①②③④⑤⑥⑦⑧⑨⑩])/.test(after);
  return { parts, numbered: numbered && parts.length > 1, length, ended };
}

export function checkEnumerations(sentences: Sentence[], findings: Finding[]): void {
  for (const s of sentences) {
    for (const e of enumerationsOf(s)) {
      if (!e.complete) continue;
      const sum = e.parts.reduce((a, p) => a + p.value, 0);
      if (Math.abs(sum - e.total) < 1e-6) continue;
      const terms = e.parts.map((p) => show(p.value)).join("+");
      findings.push({
        rule: "S-07",
        severity: "warning",
        cells: [],
        expected: sum,
        actual: e.total,
        message: {
          zh: `正文“${e.fragment}”：所列各项相加为 ${show(sum)}${e.unit}（${terms}），与所写合计 ${show(e.total)}${e.unit} 不一致。`,
          en: `The text “${e.fragment}”: the listed items add up to ${show(sum)} (${terms}), not the stated total ${show(e.total)}.`,
        },
      });
    }
  }
}
