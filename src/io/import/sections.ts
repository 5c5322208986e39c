/**
 * The six sections: each heading as printed (一、 … 六、, in order, close to the canonical wording),
 * the text under it (tables left out; section 一 keeps its sub-headings), and the signature at the
 * end — the agency line and the date line (e.g. 2021年1月19日).
 */
import { SECTION_HEADINGS } from "../../report/editions";
import type { SectionId } from "../../report/types";
import { printed, similarity } from "./labels/match";
import { withoutSpaces } from "./labels/normalize";
import type { SourceBlock } from "./types";

const NUMERALS = "一二三四五六";
const HEADING = /^([一二三四五六])\s*[、.．，,]/;
const MAX_HEADING = 40;
const DATE =
  /^(.{0,30}?)((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/;
const SENTENCE_END = /[。；;！？!?]$/;

export interface Sections {
  headings: Partial<Record<SectionId, string>>;
  narrative: Partial<Record<SectionId, string>>;
  /** Block index of each heading found. */
  at: Partial<Record<SectionId, number>>;
  date?: string;
  /** The agency line signed above the date. */
  signature?: string;
}

export function headingNo(text: string, after: number): SectionId | null {
  const compact = withoutSpaces(text);
  const m = HEADING.exec(compact);
  if (!m || compact.length > MAX_HEADING || SENTENCE_END.test(compact)) return null;
  const n = (NUMERALS.indexOf(m[1]) + 1) as SectionId;
  if (n <= after) return null;
  const sim = similarity(printed(compact), printed(SECTION_HEADINGS[n - 1]));
  return sim >= 0.5 || (n === after + 1 && sim >= 0.3) ? n : null;
}

function findSignature(
  blocks: SourceBlock[],
  from: number
): { date?: string; signature?: string; end: number } {
  for (let i = blocks.length - 1; i > from; i--) {
    const b = blocks[i];
    if (b.kind !== "para") continue;
    const m = DATE.exec(b.text.trim());
    if (!m) continue;
    const date = m[2].replace(/\s+/g, "");
    const inline = m[1].trim();
    if (inline) return { date, signature: inline, end: i };
    const prev = blocks[i - 1];
    if (
      i - 1 > from &&
      prev?.kind === "para" &&
      prev.text.length <= 30 &&
      !/[。，,；;：:]/.test(prev.text) &&
      // A line in columns (名称   某某局, copied from a page's information box) is no signature.
      !/\S[ \u00a0\u3000]{2,}\S/.test(prev.text)
    ) {
      return { date, signature: prev.text.trim(), end: i - 1 };
    }
    return { date, end: i };
  }
  return { end: blocks.length };
}

export function readSections(blocks: SourceBlock[]): Sections {
  const at: Partial<Record<SectionId, number>> = {};
  const headings: Partial<Record<SectionId, string>> = {};
  let last = 0;
  blocks.forEach((b, i) => {
    if (b.kind !== "para") return;
    const n = headingNo(b.text, last);
    if (n === null) return;
    at[n] = i;
    headings[n] = b.text.trim();
    last = n;
  });
  const found = (Object.keys(at).map(Number) as SectionId[]).sort((a, b) => a - b);
  const lastHeading = found.length ? at[found[found.length - 1]]! : -1;
  const sig = findSignature(blocks, lastHeading);
  const narrative: Partial<Record<SectionId, string>> = {};
  found.forEach((n, k) => {
    const start = at[n]! + 1;
    const end = k + 1 < found.length ? at[found[k + 1]]! : sig.end;
    narrative[n] = blocks
      .slice(start, Math.max(start, end))
      .flatMap((b) => (b.kind === "para" ? [b.text] : []))
      .join("\n");
  });
  return {
    headings,
    narrative,
    at,
    ...(sig.date ? { date: sig.date } : {}),
    ...(sig.signature ? { signature: sig.signature } : {}),
  };
}
