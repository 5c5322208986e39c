/** The two editions of the format, declared once. Everything else derives from these. */
import type { Edition, EditionId, GridTableDef, SumDecl } from "../types";
import { table2of2019, table2of2021 } from "./table2";
import { T3_PART_COLUMNS, T4_GROUPS, T4_RESULTS, table3, table4 } from "./table3";

export const SECTION_HEADINGS = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
];

/** Sum relations of 表三 and 表四, declared next to the rows and columns they relate. */
function sumsOf(t3: GridTableDef): Edition["sums"] {
  const resultRows = t3.rows.filter((r) => r.role === "result").map((r) => r.id);
  const t3Sums: SumDecl[] = [
    { rule: "T3-02", along: "column", target: "resultTotal", addends: resultRows },
    { rule: "T3-03", along: "row", target: "total", addends: T3_PART_COLUMNS },
  ];
  const t4Sums: SumDecl[] = T4_GROUPS.map((g) => ({
    rule: g.rule,
    along: "row" as const,
    target: `${g.id}.total`,
    addends: T4_RESULTS.filter((r) => r.id !== "total").map((r) => `${g.id}.${r.id}`),
  }));
  return { t3: t3Sums, t4: t4Sums };
}

function edition(id: EditionId): Edition {
  const t3 = table3(id);
  return {
    id,
    name:
      id === "2021"
        ? {
            zh: "2021年版（国办公开办函〔2021〕30号）",
            en: "2021 edition (Guobangongkaibanhan [2021] No. 30)",
          }
        : {
            zh: "2019年试行版（国办公开办函〔2019〕60号）",
            en: "2019 trial edition (Guobangongkaibanhan [2019] No. 60)",
          },
    years: id === "2021" ? { from: 2021 } : { from: 2019, to: 2020 },
    sections: SECTION_HEADINGS,
    t2: id === "2021" ? table2of2021 : table2of2019,
    t3,
    t4: table4(id),
    sums: sumsOf(t3),
    identities: [{ rule: "T3-01", lhs: ["new", "carried"], rhs: ["resultTotal", "carryForward"] }],
  };
}

export const EDITIONS: Record<EditionId, Edition> = {
  "2019": edition("2019"),
  "2021": edition("2021"),
};

/** Report year → edition: ≤ 2020 the 2019 trial edition, ≥ 2021 the 2021 edition. */
export function editionForYear(year: number): EditionId {
  return year <= 2020 ? "2019" : "2021";
}

export function getEdition(id: EditionId): Edition {
  return EDITIONS[id];
}
