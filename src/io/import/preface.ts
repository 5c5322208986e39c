/**
 * The preface: the paragraphs between the title line and 一、总体情况 (本报告根据…编制，统计期限…，
 * 如有疑问请与…联系). Only read when the title stands in the body, so that page chrome above a
 * title known only from <title> or meta tags (navigation, 索引号 tables) is never taken for it.
 */
import { withoutSpaces } from "./labels/normalize";
import type { SourceBlock } from "./types";

export function readPreface(
  blocks: SourceBlock[],
  firstHeading: number | undefined,
  title: string | undefined
): string | undefined {
  if (firstHeading === undefined || !title) return undefined;
  const t = withoutSpaces(title);
  // The last paragraph above 一、 that is the title or its wrapped end (…2024年政府信息公开工作年度报告).
  let at = -1;
  for (let i = 0; i < firstHeading; i++) {
    const b = blocks[i];
    if (b.kind === "para" && withoutSpaces(b.text).length >= 4 && t.endsWith(withoutSpaces(b.text)))
      at = i;
  }
  if (at < 0) return undefined;
  const paras: string[] = [];
  for (let i = at + 1; i < firstHeading; i++) {
    const b = blocks[i];
    if (b.kind !== "para") return undefined;
    if (b.text.trim()) paras.push(b.text.trim());
  }
  return paras.length ? paras.join("\n") : undefined;
}
