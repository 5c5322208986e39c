/** The two editions of the format, declared once. Everything else derives from these. */
import type { Edition, EditionId, GridTableDef, PlausibleDecl, SumDecl } from "../types";
import { SECTION_HEADINGS } from "./names";
import { table2of2019, table2of2021 } from "./table2";
import { T3_PART_COLUMNS, table3 } from "./table3";
import { table4 } from "./table4";
import { T4_GROUPS, T4_PARTS } from "./table4Labels";

export { SECTION_HEADINGS, TABLE_NAMES, TABLE_TITLES, ZH_NUMERALS, zhNumeral } from "./names";
export { editionForYear } from "./years";

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
    addends: T4_PARTS.map((r) => `${g.id}.${r.id}`),
  }));
  return { t3: t3Sums, t4: t4Sums };
}

/** 表二's document rows (第二十条第（一）项: 规章, 行政规范性文件). */
const T2_DOCS = ["rules", "normative"];

/** 表四: litigation after review rarely outnumbers this year's reviews (a heuristic, so a note only). */
const S04: PlausibleDecl = {
  rule: "S-04",
  table: 4,
  rows: ["cases"],
  small: "afterReview.total",
  large: "review.total",
  severity: "info",
};

/** The checks of each edition that are not sums: 表二 plausibility and stock-and-flow, L-02's words. */
const EDITION_CHECKS: Record<EditionId, Pick<Edition, "plausible" | "stockFlow" | "structure">> = {
  "2019": {
    plausible: [
      {
        rule: "S-01",
        table: 2,
        rows: T2_DOCS,
        small: "published",
        large: "total",
        severity: "warning",
      },
      {
        rule: "S-01",
        table: 2,
        rows: T2_DOCS,
        small: "published",
        large: "made",
        severity: "info",
      },
      S04,
    ],
    stockFlow: [
      {
        rule: "X-03",
        rows: ["licensing", "otherServices", "penalty", "enforcement", "fees"],
        stock: "prevItems",
        plus: [
          { year: "prev", col: "prevItems" },
          { year: "prev", col: "change" },
        ],
        minus: [],
      },
    ],
    structure: {
      2: { zh: "栏目应按该版式", en: "its columns must follow that edition" },
      3: { zh: "（六）其他处理应为一行", en: "（六）其他处理 must be a single row" },
      4: { zh: "栏目应按该版式", en: "its columns must follow that edition" },
    },
  },
  "2021": {
    plausible: [S04],
    stockFlow: [
      {
        rule: "X-02",
        rows: ["rules", "normative"],
        stock: "inForce",
        plus: [
          { year: "prev", col: "inForce" },
          { year: "this", col: "issued" },
        ],
        minus: [{ year: "this", col: "repealed" }],
        caveat: {
          zh: "如有文件自然失效，可忽略此提示。",
          en: "Ignore if some documents lapsed without repeal.",
        },
      },
    ],
    structure: {
      2: { zh: "栏目应按该版式", en: "its columns must follow that edition" },
      3: {
        zh: "（六）其他处理应分为1./2./3.三个子项",
        en: "（六）其他处理 must have three sub-rows 1./2./3.",
      },
      4: { zh: "栏目应按该版式", en: "its columns must follow that edition" },
    },
  },
};

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
    sections: [...SECTION_HEADINGS],
    t2: id === "2021" ? table2of2021 : table2of2019,
    t3,
    t4: table4(id),
    sums: sumsOf(t3),
    identities: [{ rule: "T3-01", lhs: ["new", "carried"], rhs: ["resultTotal", "carryForward"] }],
    ...EDITION_CHECKS[id],
  };
}

export const EDITIONS: Record<EditionId, Edition> = {
  "2019": edition("2019"),
  "2021": edition("2021"),
};

export const EDITION_IDS = Object.keys(EDITIONS) as EditionId[];

/** A string that names an edition ("2019" / "2021"). */
export function isEdition(s: unknown): s is EditionId {
  return typeof s === "string" && Object.prototype.hasOwnProperty.call(EDITIONS, s);
}

export function getEdition(id: EditionId): Edition {
  return EDITIONS[id];
}
