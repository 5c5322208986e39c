/** What every export prints the same way: the title, the file name, the date, values and narrative paragraphs. */
import { getEdition } from "../../report/editions";
import type { RawValue, Report, SectionId } from "../../report/types";
import { chineseNumber } from "../../report/chineseNumber";
import { prefaceOf } from "../../report/narrative/preface";

export const REPORT_NAME = "政府信息公开工作年度报告";

/** `${agency}${year}年政府信息公开工作年度报告`, unless the report carries its own title. */
export function reportTitle(report: Pick<Report, "agency" | "year" | "title">): string {
  if (report.title && report.title.trim()) return report.title.trim();
  const year = report.year === null ? "" : `${report.year}年`;
  return `${report.agency.trim()}${year}${REPORT_NAME}`;
}

/** A file name that every OS accepts: the title without path or reserved characters. */
export function suggestedFileName(
  report: Pick<Report, "agency" | "year" | "title">,
  extension: string
): string {
  const base =
    reportTitle(report)
      // eslint-disable-next-line no-control-regex
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "_")
      .replace(/^[\s.]+|[\s.]+$/g, "") || REPORT_NAME;
  return `${base}.${extension}`;
}

/** A raw value exactly as typed: numbers in plain decimal, text as is, blank as "". */
export function displayValue(raw: RawValue | undefined): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "number") return Number.isFinite(raw) ? String(raw) : "";
  return raw;
}

/**
 * The report date as GB/T 9704 7.3.5 prints it: Arabic numerals, full year, no zero padding
 * (2025年1月20日). Reads 2025-01-20, 2025/1/20, 2025.01.20, 2025年01月20日, full-width digits and
 * 二〇二五年一月二十日; anything else is printed as given.
 */
export function formatReportDate(date: string | undefined): string {
  if (!date) return "";
  const s = date.trim().replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  const arabic = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(s);
  if (arabic) return `${Number(arabic[1])}年${Number(arabic[2])}月${Number(arabic[3])}日`;
  const cn =
    /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/.exec(
      s
    );
  if (cn) {
    const [y, m, d] = [chineseNumber(cn[1]), chineseNumber(cn[2]), chineseNumber(cn[3])];
    if (y !== null && m !== null && d !== null) return `${y}年${m}月${d}日`;
  }
  return s;
}

/** One paragraph of the narrative: a level-2 heading on its own, or body text with an optional run-in heading. */
export type NarrativeBlock =
  { kind: "heading2"; text: string } | { kind: "paragraph"; text: string; lead?: string };

const LEVEL2 = /^[（(][一二三四五六七八九十]{1,3}[）)]/;
/** Longest text read as a heading rather than a paragraph. */
const HEADING_MAX = 30;

/**
 * Splits narrative text into paragraphs (one per non-empty line; typed indentation dropped, since the
 * exports indent the first line themselves) and recognises （一）-style headings, standing alone
 * ("（一）主动公开") or run in ("（一）主动公开。本机关……", where only the sentence up to 。 is the heading).
 */
export function narrativeBlocks(text: string | undefined): NarrativeBlock[] {
  if (!text) return [];
  const out: NarrativeBlock[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const t = line.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, "");
    if (!t) continue;
    if (!LEVEL2.test(t)) {
      out.push({ kind: "paragraph", text: t });
      continue;
    }
    const stop = t.indexOf("。");
    if (stop >= 0 && stop < HEADING_MAX && stop < t.length - 1) {
      out.push({ kind: "paragraph", lead: t.slice(0, stop + 1), text: t.slice(stop + 1) });
    } else if (t.length <= HEADING_MAX && (stop < 0 || stop === t.length - 1)) {
      out.push({ kind: "heading2", text: t });
    } else {
      out.push({ kind: "paragraph", text: t });
    }
  }
  return out;
}

export interface Section {
  id: SectionId;
  heading: string;
  blocks: NarrativeBlock[];
  /** The statistical table printed after the narrative of sections 二, 三 and 四. */
  table?: 2 | 3 | 4;
}

/** The six sections with their canonical headings (spec/format.md §2: exports emit the canonical titles). */
export function sectionsOf(report: Pick<Report, "edition" | "narrative">): Section[] {
  const headings = getEdition(report.edition).sections;
  return headings.map((heading, i) => {
    const id = (i + 1) as SectionId;
    const table = id === 2 || id === 3 || id === 4 ? id : undefined;
    return {
      id,
      heading,
      blocks: narrativeBlocks(report.narrative?.[id]),
      ...(table ? { table } : {}),
    };
  });
}

/** The opening paragraphs, as published or drafted (report/narrative/preface.ts), one per line. */
export function prefaceParagraphs(
  report: Pick<Report, "agency" | "signer" | "year" | "edition" | "preface">
): string[] {
  return prefaceOf(report)
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, ""))
    .filter(Boolean);
}
