/** L-02: tables of another edition than the report year calls for. */
import { cellsOf, refOf } from "../cells";
import { EDITIONS, TABLE_NAMES, editionForYear } from "../editions";
import type { CellRef, EditionId, Finding, Report, TableNo } from "../types";

/** The cells of table `no` where the two editions differ (表三: the （六） rows); all its cells when none do. */
function differingCells(used: EditionId, wanted: EditionId, no: TableNo): CellRef[] {
  const wantedKeys = new Set(cellsOf({ edition: wanted }).map((c) => c.key));
  const mine = cellsOf({ edition: used }).filter((c) => c.table === no);
  const differing = mine.filter((c) => !wantedKeys.has(c.key));
  return (differing.length ? differing : mine).map(refOf);
}

export function checkEdition(report: Report, findings: Finding[]): void {
  if (report.year === null) return;
  const wanted = editionForYear(report.year);
  for (const no of [2, 3, 4] as TableNo[]) {
    const used = report.tableEditions?.[no] ?? report.edition;
    if (used === wanted) continue;
    const detail = EDITIONS[wanted].structure[no] ?? { zh: "", en: "" };
    findings.push({
      rule: "L-02",
      severity: "info",
      cells: differingCells(used, wanted, no),
      expected: EDITIONS[wanted].name.zh,
      actual: EDITIONS[used].name.zh,
      message: {
        zh: `${report.year}年度报告应使用${EDITIONS[wanted].name.zh}，但${TABLE_NAMES[no].zh}是${EDITIONS[used].name.zh}的结构：${detail.zh}。`,
        en: `A ${report.year} report must use the ${EDITIONS[wanted].name.en}, but table ${no} follows the ${EDITIONS[used].name.en}: ${detail.en}.`,
      },
    });
  }
}
