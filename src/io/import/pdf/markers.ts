/** Row markers that start a row of 表三: 一、 (section), （一） (group or row), 1. (item). */
export type MarkerKind = "section" | "group" | "item";

const SECTION = /^[一二三四]\s*、/;
/** （一）, or （一 alone when a narrow cell wraps the label right after the numeral. */
const GROUP = /^[（(]\s*[一二三四五六七八九]\s*(?:[)）]|$)/;
const ITEM = /^(\d{1,2})\s*[.．、]/;

/** Text that is an item number and nothing else (“1.”, “2、”): printed apart from its label. */
export function isBareItemMarker(text: string): boolean {
  const m = ITEM.exec(text);
  return m !== null && m[0].length === text.length;
}

export function markerOf(text: string): { kind: MarkerKind; n?: number } | null {
  const t = text.trimStart();
  if (SECTION.test(t)) return { kind: "section" };
  if (GROUP.test(t)) return { kind: "group" };
  const m = ITEM.exec(t);
  if (m) return { kind: "item", n: Number(m[1]) };
  return null;
}

/** Where a marker starts after a short stray prefix (a stacked “三” printed beside “（一）予以公开”). */
export function markerAfterPrefix(text: string, maxPrefix = 2): number {
  for (let i = 1; i <= maxPrefix && i < text.length; i++) if (markerOf(text.slice(i))) return i;
  return -1;
}
