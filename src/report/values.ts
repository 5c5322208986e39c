/**
 * Reading what was typed into a value cell. Every irregular input is recognised and named, never
 * silently turned into a number: the checker reports each issue on its cell (ALL-01, ALL-02, S-05).
 */
import type { RawValue, ValueKind } from "./types";

export type ValueIssue =
  | "blank"
  | "dash"
  | "text"
  | "negative"
  | "fraction"
  | "fullwidth"
  | "thousands"
  | "unit"
  /** A number with a remark in brackets after it, 22（其中修订16件）: read as 22. */
  | "annotated";

export interface ParsedValue {
  /** The number used in arithmetic; null when the text cannot be read as a number. */
  value: number | null;
  issues: ValueIssue[];
}

const DASHES = new Set(["-", "—", "–", "－", "/", "／", "—", "——", "--", "―", "/"]);
const FULLWIDTH_DIGITS = /[０-９．，－]/;
const NUMBER = /^[+-]?\d+(\.\d+)?$/;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
/** A number (with or without a unit) followed by a remark in brackets: 22（其中修订16件）. */
const ANNOTATED = /^([^（(]*?\d[^（(]*?)[（(][^（）()]*[）)]$/;
/** A number followed (or preceded) by unit text, e.g. 251000元, 12件, 3.5万元. */
const WITH_UNIT = /^([+-]?[\d,]+(?:\.\d+)?)\s*(万元|亿元|元|件|个|项|条|次|人|家|%)$/;

function toHalfWidth(s: string): string {
  return s.replace(/[０-９．，－＋]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export function parseValue(raw: RawValue, kind: ValueKind): ParsedValue {
  if (raw === null || raw === undefined) return { value: 0, issues: ["blank"] };
  if (typeof raw === "number") return judge(raw, kind, []);
  let s = raw.replace(/[\s\u00a0\u3000]/g, "");
  if (s === "") return { value: 0, issues: ["blank"] };
  if (DASHES.has(s)) return { value: 0, issues: ["dash"] };
  const issues: ValueIssue[] = [];
  if (FULLWIDTH_DIGITS.test(s)) {
    s = toHalfWidth(s);
    issues.push("fullwidth");
  }
  const note = ANNOTATED.exec(s);
  if (note) {
    issues.push("annotated");
    s = note[1];
  }
  const unit = WITH_UNIT.exec(s);
  if (unit) {
    issues.push("unit");
    s = unit[1];
  }
  if (THOUSANDS.test(s)) {
    issues.push("thousands");
    s = s.replace(/,/g, "");
  }
  if (!NUMBER.test(s))
    return {
      value: null,
      issues: [...issues.filter((i) => i !== "fullwidth" && i !== "annotated"), "text"],
    };
  return judge(Number(s), kind, issues);
}

function judge(n: number, kind: ValueKind, issues: ValueIssue[]): ParsedValue {
  if (!Number.isFinite(n)) return { value: null, issues: [...issues, "text"] };
  if (n < 0 && kind !== "signedCount") issues.push("negative");
  if (!Number.isInteger(n) && kind !== "amount") issues.push("fraction");
  return { value: n, issues };
}

/** What to show for a raw value in messages: the text as typed, or （空白）. */
export function showRaw(raw: RawValue): string {
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === ""))
    return "（空白）";
  return String(raw);
}
