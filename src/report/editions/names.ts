/** Names of the report's parts, written once: section headings, table titles and short table names. */
import type { Message, TableNo } from "../types";

/** 一 to 九, the numerals that number sections (第三部分) and items (第二十条第（一）项). */
export const ZH_NUMERALS = "一二三四五六七八九";

/** “三” for 3: a section's or an item's numeral. */
export function zhNumeral(n: number): string {
  return ZH_NUMERALS[n - 1];
}

/** The six section headings, verbatim (format.md §2). Sections 二 to 四 are the tables' titles. */
export const SECTION_HEADINGS: readonly string[] = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
];

export const TABLE_TITLES: Record<TableNo, string> = {
  2: SECTION_HEADINGS[1],
  3: SECTION_HEADINGS[2],
  4: SECTION_HEADINGS[3],
};

/** “表二” / “Table 2”: how messages and the pane name a table. */
export const TABLE_NAMES: Record<TableNo, Message> = {
  2: { zh: "表二", en: "Table 2" },
  3: { zh: "表三", en: "Table 3" },
  4: { zh: "表四", en: "Table 4" },
};

const withoutOrdinal = (title: string) => title.replace(/^[一二三四五六]、/, "");

/** What a table is about: its title without the ordinal (“主动公开政府信息情况”), and in English. */
export const TABLE_SUBJECTS: Record<TableNo, Message> = {
  2: { zh: withoutOrdinal(TABLE_TITLES[2]), en: "proactive disclosure" },
  3: { zh: withoutOrdinal(TABLE_TITLES[3]), en: "applications received and handled" },
  4: { zh: withoutOrdinal(TABLE_TITLES[4]), en: "administrative review and litigation" },
};

export function tableSubject(no: TableNo): string {
  return TABLE_SUBJECTS[no].zh;
}
