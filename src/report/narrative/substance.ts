/**
 * S-09: a section without substance. 五、存在的主要问题及改进情况 that says “无”, “暂无问题” or hardly a
 * line (under 20 characters once its sub-headings are taken out); 六 that only says “无” in a
 * 2021-edition report, which must state the fees charged. Assessment rules score both.
 */
import type { Finding, Report } from "../types";
import { PLACEHOLDERS } from "./unfinished";

/** Characters of substance a section needs; below this it is a line, not a section. */
export const MIN_SUBSTANCE = 20;

/** The section's own words: sub-headings such as （一）存在的主要问题 and all punctuation taken out. */
export function substanceOf(text: string): string {
  // Placeholders and template prompts are not substance (S-08 names them).
  let own = text;
  for (const p of PLACEHOLDERS) own = own.replace(p.re, "");
  return own
    .replace(
      /^[\s\u3000]*[（(][一二三四五六七八九十][）)][^\n。：:]{0,16}?(?:情况|问题|措施|计划|方向|工作)?[：:]?\s*$/gm,
      ""
    )
    .replace(
      /^[\s\u3000]*[（(][一二三四五六七八九十][）)]\s*(?:存在的?主要问题|改进情况|改进措施|整改措施|下一步工作(?:计划|打算)?)[：:。]?/gm,
      ""
    )
    .replace(/[\s\p{P}\p{S}]/gu, "");
}

const NOTHING =
  /^(?:本年度|本机关|我局|我单位)?(?:暂无|无|没有|暂未发现|未发现)(?:存在)?(?:的?主要)?(?:问题|其他需要报告的事项|需要报告的事项|其他事项)?$/;

export function checkSubstance(report: Report, findings: Finding[]): void {
  const narrative = report.narrative ?? {};
  // Only a report whose text is being written (or was imported with text) is held to this.
  if (!Object.values(narrative).some((t) => t && t.trim())) return;
  const five = substanceOf(narrative[5] ?? "");
  if (five.length < MIN_SUBSTANCE || NOTHING.test(five)) {
    const said = (narrative[5] ?? "").trim();
    findings.push({
      rule: "S-09",
      severity: "warning",
      cells: [],
      expected: `至少 ${MIN_SUBSTANCE} 字的问题和改进情况`,
      actual: said ? said.slice(0, 40) : "（空白）",
      message: {
        zh: `“五、存在的主要问题及改进情况”${said ? `只写了“${said.slice(0, 40)}”` : "没有写"}。这一部分应如实写明本年度工作存在的主要问题和具体改进措施，写“无”或“暂无问题”在考核中会被扣分。`,
        en: `Section 五 (main problems and improvements) ${said ? `only says “${said.slice(0, 40)}”` : "is empty"}. It must state this year's main problems and the concrete improvements; “无” or “暂无问题” loses points in assessments.`,
      },
    });
  }
  const edition = report.tableEditions?.[3] ?? report.edition;
  if (edition !== "2021") return;
  const sixText = (narrative[6] ?? "").trim();
  const six = substanceOf(sixText);
  if (/收费|信息处理费/.test(sixText)) return;
  if (six.length < MIN_SUBSTANCE || NOTHING.test(six)) {
    findings.push({
      rule: "S-09",
      severity: "warning",
      cells: [],
      expected: "写明收取信息处理费的情况",
      actual: sixText ? sixText.slice(0, 40) : "（空白）",
      message: {
        zh: `“六、其他需要报告的事项”${sixText ? `只写了“${sixText.slice(0, 40)}”` : "没有写"}。2021年版格式要求在这一部分报告收取信息处理费的情况（发出收费通知件数、收费金额、实际收取金额；没有收费也要写明）。`,
        en: `Section 六 (other matters) ${sixText ? `only says “${sixText.slice(0, 40)}”` : "is empty"}. The 2021 edition requires it to report the information-processing fees (notices sent, amount billed, amount collected; say so when none were charged).`,
      },
    });
  }
}
