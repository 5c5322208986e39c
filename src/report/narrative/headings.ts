/**
 * L-03: the six section headings of an imported report (format.md §2, §5.4): every section present,
 * in order, under its canonical title. Long variants (“四、因政府信息公开工作被申请行政复议、提起行政诉讼情况”)
 * and drift (“五、存在的主要问题及整改措施”) are accepted and noted. Nothing is said while the
 * report is being typed (no printed headings).
 */
import { SECTION_HEADINGS, ZH_NUMERALS, zhNumeral } from "../editions";
import type { Finding, Report, SectionId } from "../types";

/** What a heading is about, whatever its wording; checked in this order. */
const TOPICS: { section: SectionId; re: RegExp }[] = [
  { section: 4, re: /复议|诉讼/ },
  { section: 6, re: /其他需要报告|其他事项|其他需报告/ },
  { section: 5, re: /问题|改进|整改/ },
  { section: 3, re: /申请/ },
  { section: 2, re: /主动公开/ },
  { section: 1, re: /总体|概述|基本情况|概况/ },
];

const squeeze = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, "");

function topicOf(title: string): SectionId | null {
  return TOPICS.find((t) => t.re.test(title))?.section ?? null;
}

function numeralOf(heading: string): SectionId | null {
  const m = /^([一二三四五六])(?:[、.．，,:：]|$)/.exec(heading);
  return m ? ((ZH_NUMERALS.indexOf(m[1]) + 1) as SectionId) : null;
}

export function checkHeadings(report: Report, findings: Finding[]): void {
  const headings = report.headings;
  // No printed headings at all: a report being typed, or text the importer could not cut into sections.
  if (!headings || !Object.values(headings).some((h) => h && h.trim())) return;
  for (let n = 1 as SectionId; n <= 6; n = (n + 1) as SectionId) {
    const canonical = SECTION_HEADINGS[n - 1];
    const printed = headings[n] ? squeeze(headings[n]!) : "";
    if (!printed) {
      findings.push({
        rule: "L-03",
        severity: "warning",
        cells: [],
        expected: canonical,
        actual: "（缺失）",
        message: {
          zh: `缺少第${zhNumeral(n)}部分 ${canonical}。年度报告应包括全部六个部分，没有内容的部分也应保留标题并写明情况。`,
          en: `Section ${n} “${canonical}” is missing. The report must have all six sections; keep the heading and say so even when there is nothing to report.`,
        },
      });
      continue;
    }
    const numeral = numeralOf(printed);
    const topic = topicOf(printed.replace(/^[一二三四五六][、.．，,:：]?/, ""));
    if ((numeral !== null && numeral !== n) || (topic !== null && topic !== n)) {
      const said = topic ?? numeral!;
      findings.push({
        rule: "L-03",
        severity: "warning",
        cells: [],
        expected: canonical,
        actual: headings[n]!,
        message: {
          zh: `第${zhNumeral(n)}部分的标题是“${headings[n]}”，像是第${zhNumeral(said)}部分的内容，顺序不对。六个部分应依次为：${SECTION_HEADINGS.join("、")}。`,
          en: `Section ${n} is headed “${headings[n]}”, which belongs to section ${said}: the sections are out of order. They must follow: ${SECTION_HEADINGS.join(" / ")}.`,
        },
      });
      continue;
    }
    if (printed !== canonical) {
      findings.push({
        rule: "L-03",
        severity: "info",
        cells: [],
        expected: canonical,
        actual: headings[n]!,
        message: {
          zh: `第${zhNumeral(n)}部分标题为“${headings[n]}”，标准格式为“${canonical}”。可以接受，建议改用标准标题。`,
          en: `Section ${n} is headed “${headings[n]}”; the standard heading is “${canonical}”. Accepted; the standard heading is recommended.`,
        },
      });
    }
  }
}
