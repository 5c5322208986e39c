/** S-01, S-04: one column of a row should not exceed another, as the edition of the printed table declares. */
import { cellIndex, cellKey, refOf } from "../cells";
import { EDITIONS, TABLE_NAMES } from "../editions";
import type { Finding, PlausibleDecl, Report, TableNo } from "../types";
import type { Numbers } from "./values";

const inWords = (column: string) => column.split("/").join("·");

export function checkPlausible(report: Report, nums: Numbers, findings: Finding[]): void {
  const index = cellIndex(report);
  for (const no of [2, 3, 4] as TableNo[]) {
    // A table printed in the other edition is held to that edition's declarations.
    const edition = EDITIONS[report.tableEditions?.[no] ?? report.edition];
    for (const decl of edition.plausible)
      if (decl.table === no) checkOne(decl, nums, index, findings);
  }
}

function checkOne(
  decl: PlausibleDecl,
  nums: Numbers,
  index: ReturnType<typeof cellIndex>,
  findings: Finding[]
): void {
  const name = TABLE_NAMES[decl.table];
  for (const row of decl.rows) {
    const smallKey = cellKey(decl.table, row, decl.small);
    const largeKey = cellKey(decl.table, row, decl.large);
    const small = nums.get(smallKey);
    const large = nums.get(largeKey);
    if (small === undefined || large === undefined || small <= large) continue;
    const cells = [index.get(smallKey)!, index.get(largeKey)!];
    const [s, l] = cells.map((c) => inWords(c.column));
    const where = cells[0].row ? `“${cells[0].row}”` : "";
    const sure = decl.severity !== "info";
    findings.push({
      rule: decl.rule,
      severity: decl.severity,
      cells: cells.map(refOf),
      expected: `≤ ${large}`,
      actual: small,
      message: sure
        ? {
            zh: `${name.zh}${where}：${s}（${small}）不应大于${l}（${large}）。`,
            en: `${name.en}${where && ", " + where}: ${s} (${small}) should not exceed ${l} (${large}).`,
          }
        : {
            zh: `${name.zh}${where}：${s}（${small}）通常不大于${l}（${large}），请核对。`,
            en: `${name.en}${where && ", " + where}: ${s} (${small}) is usually no more than ${l} (${large}); please check.`,
          },
    });
  }
}
