/**
 * Characters XML 1.0 forbids (§2.2): C0 controls other than TAB, LF and CR, U+FFFE, U+FFFF, and
 * surrogates that are not part of a pair. One of them in document.xml makes Word and LibreOffice
 * refuse the file, so every export drops them, here, and the checker says where they were (EXP-01).
 */
import type { Report, SectionId } from "./types";

const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripXmlForbidden(s: string): string {
  return s.replace(FORBIDDEN, "");
}

export function countXmlForbidden(s: string): number {
  return s.match(FORBIDDEN)?.length ?? 0;
}

/** Where in a report forbidden characters sit: a field, and the section or cell key inside it. */
export interface XmlForbiddenPlace {
  field: "title" | "agency" | "signer" | "date" | "preface" | "narrative" | "headings" | "values";
  /** Section number (narrative, headings) or cell key (values). */
  key?: string;
  count: number;
}

export function xmlForbiddenPlaces(report: Report): XmlForbiddenPlace[] {
  const out: XmlForbiddenPlace[] = [];
  const look = (field: XmlForbiddenPlace["field"], text: unknown, key?: string) => {
    if (typeof text !== "string") return;
    const count = countXmlForbidden(text);
    if (count) out.push({ field, ...(key !== undefined ? { key } : {}), count });
  };
  look("title", report.title);
  look("agency", report.agency);
  look("signer", report.signer);
  look("date", report.date);
  look("preface", report.preface);
  for (const field of ["narrative", "headings"] as const)
    for (const [k, v] of Object.entries(report[field] ?? {})) look(field, v, k);
  for (const [k, v] of Object.entries(report.values)) look("values", v, k);
  return out;
}

/** The report with every forbidden character removed from its text (values, narrative, names). */
export function xmlSafeReport(report: Report): Report {
  if (!xmlForbiddenPlaces(report).length) return report;
  const s = (x: string | undefined) => (x === undefined ? undefined : stripXmlForbidden(x));
  const sections = (m: Partial<Record<SectionId, string>> | undefined) =>
    m &&
    (Object.fromEntries(Object.entries(m).map(([k, v]) => [k, s(v)])) as Partial<
      Record<SectionId, string>
    >);
  const out: Report = {
    ...report,
    agency: stripXmlForbidden(report.agency),
    values: Object.fromEntries(
      Object.entries(report.values).map(([k, v]) => [k, typeof v === "string" ? s(v)! : v])
    ),
  };
  for (const f of ["title", "signer", "date", "preface"] as const)
    if (report[f] !== undefined) out[f] = s(report[f]);
  if (report.narrative) out.narrative = sections(report.narrative);
  if (report.headings) out.headings = sections(report.headings);
  return out;
}
