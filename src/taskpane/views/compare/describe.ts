/** Import problems and values in words for the pane. */
import type { ImportProblem } from "../../../io/import";
import { placeEn, placeZh } from "../../../io/import/problems";
import type { RawValue } from "../../../report";
import type { Lang } from "../../i18n";

/** “第12行：表三缺少……” / “line 12: …”; no place when the importer gave none. */
export function problemText(p: ImportProblem, lang: Lang): string {
  const place = lang === "zh" ? placeZh(p.where) : placeEn(p.where);
  const text = p.message[lang];
  if (!place) return text;
  return lang === "zh" ? `${place}：${text}` : `${place}: ${text}`;
}

export function rawText(v: RawValue, lang: Lang): string {
  if (v === null || (typeof v === "string" && v.trim() === ""))
    return lang === "zh" ? "（空白）" : "(blank)";
  return String(v);
}
