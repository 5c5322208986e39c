/** L-02: tables of another edition than the report year calls for. */
import { cellsOf, refOf } from "../cells";
import { EDITIONS, editionForYear } from "../editions";
import type { CellRef, Finding, Report, TableNo } from "../types";

const TABLE_ZH = { 2: "表二", 3: "表三", 4: "表四" } as const;

/** Where the structures differ: 表三's （六）其他处理 row(s) (one row in 2019, three in 2021); all of 表二. */
function cellsOfTable(report: Report, no: TableNo): CellRef[] {
  return cellsOf(report)
    .filter((c) => c.table === no && (no !== 3 || /^other\d*$/.test(c.rowId)))
    .map(refOf);
}

export function checkEdition(report: Report, findings: Finding[]): void {
  if (report.year === null) return;
  const wanted = editionForYear(report.year);
  for (const no of [2, 3, 4] as TableNo[]) {
    const used = report.tableEditions?.[no] ?? report.edition;
    if (used === wanted) continue;
    const detail =
      no === 3
        ? wanted === "2021"
          ? {
              zh: "（六）其他处理应分为1./2./3.三个子项",
              en: "（六）其他处理 must have three sub-rows 1./2./3.",
            }
          : { zh: "（六）其他处理应为一行", en: "（六）其他处理 must be a single row" }
        : { zh: "栏目应按该版式", en: "its columns must follow that edition" };
    findings.push({
      rule: "L-02",
      severity: "info",
      cells: cellsOfTable(report, no),
      expected: EDITIONS[wanted].name.zh,
      actual: EDITIONS[used].name.zh,
      message: {
        zh: `${report.year}年度报告应使用${EDITIONS[wanted].name.zh}，但${TABLE_ZH[no as 2 | 3 | 4]}是${EDITIONS[used].name.zh}的结构：${detail.zh}。`,
        en: `A ${report.year} report must use the ${EDITIONS[wanted].name.en}, but table ${no} follows the ${EDITIONS[used].name.en}: ${detail.en}.`,
      },
    });
  }
}
