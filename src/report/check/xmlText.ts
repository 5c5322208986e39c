/**
 * EXP-01 (warning): characters XML 1.0 forbids (control characters, U+FFFE/U+FFFF, lone surrogates),
 * usually pasted in from another program. Exports drop them (../xmlText.ts); this says where they were
 * so that the user can look at the text before it goes out.
 */
import { cellsOf, describeCell, refOf } from "../cells";
import { zhNumeral } from "../editions";
import type { Finding, Report } from "../types";
import { xmlForbiddenPlaces, type XmlForbiddenPlace } from "../xmlText";

function placeName(
  p: XmlForbiddenPlace,
  cellLabel: (key: string, lang: "zh" | "en") => string
): { zh: string; en: string } {
  switch (p.field) {
    case "title":
      return { zh: "标题", en: "the title" };
    case "agency":
      return { zh: "单位名称", en: "the agency name" };
    case "signer":
      return { zh: "署名", en: "the signature" };
    case "date":
      return { zh: "成文日期", en: "the date" };
    case "preface":
      return { zh: "开头段落", en: "the opening paragraph" };
    case "narrative":
      return {
        zh: `第${zhNumeral(Number(p.key))}部分正文`,
        en: `the text of section ${p.key}`,
      };
    case "headings":
      return {
        zh: `第${zhNumeral(Number(p.key))}部分标题`,
        en: `the heading of section ${p.key}`,
      };
    case "values":
      return { zh: cellLabel(p.key!, "zh"), en: `cell ${cellLabel(p.key!, "en")}` };
  }
}

export function checkXmlText(report: Report, findings: Finding[]): void {
  const places = xmlForbiddenPlaces(report);
  if (!places.length) return;
  const cells = new Map(cellsOf(report).map((c) => [c.key, c]));
  const label = (key: string, lang: "zh" | "en") => {
    const c = cells.get(key);
    return c ? describeCell(refOf(c), lang, "words") : key;
  };
  const names = places.map((p) => placeName(p, label));
  const count = places.reduce((s, p) => s + p.count, 0);
  findings.push({
    rule: "EXP-01",
    severity: "warning",
    cells: places.flatMap((p) => {
      const c = p.field === "values" ? cells.get(p.key!) : undefined;
      return c ? [refOf(c)] : [];
    }),
    actual: count,
    message: {
      zh: `${names.map((n) => n.zh).join("、")}中有 ${count} 个无法写入 Word/网页的控制字符（多为从其他程序粘贴带入），导出时将删除。`,
      en: `${names.map((n) => n.en).join(", ")} hold${places.length === 1 ? "s" : ""} ${count} control character${count === 1 ? "" : "s"} that Word and web pages cannot take (usually pasted from another program); the export drops them.`,
    },
  });
}
