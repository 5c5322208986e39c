/**
 * LOC-01 findings from the localisations: one finding per smallest explanation, suspects in `cells`,
 * the balancing value in `expected` and the typed value in `actual`. When several explanations are
 * equally small each says so and names the others: it is never presented as the certain culprit.
 */
import { cellIndex, describeCell, refOf } from "../cells";
import type { CellRef, Finding, Message, Report } from "../types";
import { localise, MAX_EXPLANATIONS, type CellChange } from "./localise";
import type { Numbers } from "./values";

const show = (n: number) => String(n);

function changeWords(ref: CellRef, c: CellChange, lang: "zh" | "en"): string {
  return lang === "zh"
    ? `${describeCell(ref, "zh", "words")}填的是 ${show(c.from)}（应为 ${show(c.to)}）`
    : `${describeCell(ref, "en", "words")} holds ${show(c.from)} (should be ${show(c.to)})`;
}

function message(
  refs: CellRef[],
  changes: CellChange[],
  others: CellRef[][],
  total: number
): Message {
  const shown = others.slice(0, 4);
  const more = total - 1 - shown.length;
  const list = (lang: "zh" | "en") =>
    shown
      .map((o) => o.map((r) => describeCell(r, lang, "words")).join(lang === "zh" ? "和" : " and "))
      .join(lang === "zh" ? "；" : "; ") + (more > 0 ? (lang === "zh" ? `；等` : "; …") : "");
  if (changes.length === 1) {
    const c = changes[0];
    const zh =
      total === 1
        ? `${describeCell(refs[0], "zh", "words")}很可能填错了：填的是 ${show(c.from)}，改为 ${show(c.to)} 后各项勾稽关系全部成立；只改其他任何一个格子都做不到。`
        : `${describeCell(refs[0], "zh", "words")}可能填错了：填的是 ${show(c.from)}，改为 ${show(c.to)} 后各项勾稽关系全部成立。但只改一个格子的改法共有 ${total} 种（另有：${list("zh")}），无法确定是哪一个，请对照原始记录核实。`;
    const en =
      total === 1
        ? `${describeCell(refs[0], "en", "words")} is most likely mistyped: it holds ${show(c.from)}; with ${show(c.to)} every balancing rule holds, and no other single cell can do that.`
        : `${describeCell(refs[0], "en", "words")} may be mistyped: it holds ${show(c.from)}; with ${show(c.to)} every balancing rule holds. But ${total} different single cells can each do that (also: ${list("en")}), so which one cannot be told; check against the records.`;
    return { zh, en };
  }
  const zhParts = changes.map((c, i) => changeWords(refs[i], c, "zh")).join("，");
  const enParts = changes.map((c, i) => changeWords(refs[i], c, "en")).join("; ");
  return {
    zh:
      `可能有两个格子填错了：${zhParts}；两处同时改正后各项勾稽关系全部成立，只改一个格子做不到。` +
      (total > 1
        ? `同样改两个格子的改法共有 ${total} 种（另有：${list("zh")}），无法确定是哪一种，请对照原始记录核实。`
        : ""),
    en:
      `Two cells may be mistyped: ${enParts}; correcting both makes every balancing rule hold, and no single cell can.` +
      (total > 1
        ? ` But ${total} different pairs can each do that (also: ${list("en")}), so which one cannot be told; check against the records.`
        : ""),
  };
}

export function checkLocalisation(report: Report, nums: Numbers, findings: Finding[]): void {
  const found = localise(report, nums);
  if (found.length === 0) return;
  const index = cellIndex(report);
  for (const loc of found) {
    const all = loc.explanations.map((ex) => ex.map((c) => refOf(index.get(c.key)!)));
    const total = loc.explanations.length;
    loc.explanations.slice(0, MAX_EXPLANATIONS).forEach((changes, i) => {
      const refs = all[i];
      const single = changes.length === 1;
      findings.push({
        rule: "LOC-01",
        severity: "error",
        cells: refs,
        expected: single ? changes[0].to : changes.map((c) => show(c.to)).join("；"),
        actual: single ? changes[0].from : changes.map((c) => show(c.from)).join("；"),
        ...(total > 1 ? { alternatives: total } : {}),
        message: message(
          refs,
          changes,
          all.filter((_, k) => k !== i),
          total
        ),
      });
    });
  }
}
