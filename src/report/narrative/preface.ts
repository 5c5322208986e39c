/**
 * The report's opening paragraph and its 署名: as published when the report carries them, otherwise
 * drafted from the agency and year in the wording the 2021 format's reports use.
 */
import type { Report } from "../types";

/** Who signs the report: the published 署名, else the agency. */
export function signerOf(report: Pick<Report, "agency" | "signer">): string {
  return report.signer?.trim() || report.agency.trim();
}

/** The standard opening paragraph: basis, period covered, whom to ask. */
export function draftPreface(
  report: Pick<Report, "agency" | "signer" | "year" | "edition">
): string {
  const format =
    report.edition === "2021"
      ? "和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）"
      : "";
  const period =
    report.year === null
      ? "报告所列数据统计期限为本年度1月1日至12月31日。"
      : `报告所列数据统计期限自${report.year}年1月1日至${report.year}年12月31日。`;
  const contact = signerOf(report) || "本机关";
  return (
    `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）${format}要求编制。` +
    `${period}如对本报告有疑问，请与${contact}联系。`
  );
}

/** The preface every export prints: as published, or drafted when blank. */
export function prefaceOf(
  report: Pick<Report, "agency" | "signer" | "year" | "edition" | "preface">
): string {
  return report.preface?.trim() ? report.preface : draftPreface(report);
}
