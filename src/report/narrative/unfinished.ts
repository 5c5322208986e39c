/**
 * S-08: unfinished or invented text. Placeholders (……, XX, ×××, 某某, 〔〕, 【…】), template
 * instructions left in (“此处填写”, “请填写”), and figures of 0 stated for cells that were left blank
 * (a sentence a draft built from nothing). Each is a warning the export's pre-check lists.
 * (The fee form cannot be told blank from absent — an imported report has none — so fee sentences
 * are kept honest where they are written: the draft leaves a 【待填】 gap instead of a 0.)
 */
import { cellIndex, refOf, type Tables } from "../cells";
import { zhNumeral } from "../editions";
import type { Finding, RawValue, Report, SectionId } from "../types";
import type { Statement } from "./extract";
import { quantityOf } from "./quantities";

/** What a placeholder looks like, and its name in a message. */
export const PLACEHOLDERS: { re: RegExp; zh: string; en: string }[] = [
  { re: /…{1,}|\.{3,}|。{3,}/g, zh: "省略号", en: "an ellipsis" },
  { re: /[XxＸｘ]{2,}|×{2,}|✕{2,}|[○〇□]{2,}|_{3,}|＿{2,}/g, zh: "占位符", en: "a placeholder" },
  { re: /某某/g, zh: "“某某”", en: "“某某” (so-and-so)" },
  { re: /〔\s*〕|\[\s*\]|［\s*］|（\s*）|\(\s*\)/g, zh: "空括号", en: "empty brackets" },
  { re: /【[^】\n]{0,30}】/g, zh: "【】标记", en: "a 【】 marker" },
  {
    re: /此处(?:填写|输入|填入|补充)|请(?:在此)?(?:填写|输入|补充|根据实际)|待(?:填写|补充|完善|填)|填写说明|(?:（|\()(?:略|此处略|内容略)(?:）|\))/g,
    zh: "模板说明文字",
    en: "template instructions",
  },
];

/** The text near a match, for the message. */
function around(text: string, at: number, len: number): string {
  const from = Math.max(0, at - 12);
  const to = Math.min(text.length, at + len + 12);
  return (
    (from > 0 ? "…" : "") +
    text.slice(from, to).replace(/\s+/g, " ") +
    (to < text.length ? "…" : "")
  );
}

function placeholders(report: Report, findings: Finding[]): void {
  const narrative = report.narrative ?? {};
  for (let n = 1 as SectionId; n <= 6; n = (n + 1) as SectionId) {
    const text = narrative[n];
    if (!text) continue;
    // A span named once is not named again by a later pattern (请填写 inside 【请填写】).
    const taken: [number, number][] = [];
    const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);
    for (const p of PLACEHOLDERS) {
      const hits = [...text.matchAll(p.re)].filter((m) => free(m.index, m.index + m[0].length));
      for (const h of hits) taken.push([h.index, h.index + h[0].length]);
      if (hits.length === 0) continue;
      const m = hits[0];
      const count = hits.length;
      const quote = around(text, m.index, m[0].length);
      findings.push({
        rule: "S-08",
        severity: "warning",
        cells: [],
        expected: "正式内容",
        actual: m[0],
        message: {
          zh: `第${zhNumeral(n)}部分有${p.zh}“${m[0]}”${count > 1 ? `（共 ${count} 处）` : ""}，像是没写完的草稿或模板：“${quote}”。请补上实际内容后再发布。`,
          en: `Section ${n} contains ${p.en} “${m[0]}”${count > 1 ? ` (${count} times)` : ""}, which looks like an unfinished draft or template: “${quote}”. Write the actual content before publishing.`,
        },
      });
    }
  }
}

const isBlank = (v: RawValue | undefined) =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** A 0 stated in the text for cells that are all blank: read from nothing, not from the table. */
function zerosFromBlanks(
  report: Report,
  tables: Tables,
  statements: Statement[],
  findings: Finding[]
): void {
  const index = cellIndex(report);
  const absent = new Set(report.absentTables ?? []);
  const seen = new Set<string>();
  for (const st of statements) {
    if (st.value !== 0) continue;
    const q = quantityOf(st.quantity, tables);
    if (!q || !q.keys.every((k) => index.has(k))) continue;
    if (q.keys.some((k) => absent.has(index.get(k)!.table))) continue;
    if (!q.keys.every((k) => isBlank(report.values[k]))) continue;
    const id = `${st.sentence.section}|${st.quote}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push({
      rule: "S-08",
      severity: "warning",
      cells: q.keys.map((k) => refOf(index.get(k)!)),
      expected: "（先填表格）",
      actual: 0,
      message: {
        zh: `第${zhNumeral(st.sentence.section)}部分“${st.quote}”写的${q.label.zh}是 0，但表格里对应的格子是空白的：这个 0 不是从表格读来的。请先填表格，再核对这句话。`,
        en: `Section ${st.sentence.section} “${st.quote}” gives ${q.label.en} as 0, but the table cells behind it are blank: the 0 was not read from the table. Fill in the table first, then check the sentence.`,
      },
    });
  }
}

export function checkUnfinished(
  report: Report,
  tables: Tables,
  statements: Statement[],
  findings: Finding[]
): void {
  placeholders(report, findings);
  zerosFromBlanks(report, tables, statements, findings);
}
