/** S-01: plausibility of the 2019 表二 (一)项 columns. */
import { cellIndex, cellKey, refOf } from "../cells";
import type { Finding, Report } from "../types";
import type { Numbers } from "./values";

export function checkTable2(report: Report, nums: Numbers, findings: Finding[]): void {
  const t2Edition = report.tableEditions?.[2] ?? report.edition;
  if (t2Edition !== "2019") return;
  const index = cellIndex(report);
  for (const row of ["rules", "normative"]) {
    const made = nums.get(cellKey(2, row, "made"));
    const published = nums.get(cellKey(2, row, "published"));
    const total = nums.get(cellKey(2, row, "total"));
    if (published === undefined || total === undefined) continue;
    const label = index.get(cellKey(2, row, "published"))!.row;
    if (published > total) {
      const cells = [cellKey(2, row, "published"), cellKey(2, row, "total")].map((k) =>
        refOf(index.get(k)!)
      );
      findings.push({
        rule: "S-01",
        severity: "warning",
        cells,
        expected: `≤ ${total}`,
        actual: published,
        message: {
          zh: `表二“${label}”：本年新公开数量（${published}）不应大于对外公开总数量（${total}）。`,
          en: `Table 2, “${label}”: 本年新公开数量 (${published}) should not exceed 对外公开总数量 (${total}).`,
        },
      });
    }
    if (made !== undefined && made < published) {
      const cells = [cellKey(2, row, "made"), cellKey(2, row, "published")].map((k) =>
        refOf(index.get(k)!)
      );
      findings.push({
        rule: "S-01",
        severity: "info",
        cells,
        expected: `≥ ${published}`,
        actual: made,
        message: {
          zh: `表二“${label}”：本年新制作数量（${made}）少于本年新公开数量（${published}），请核对。`,
          en: `Table 2, “${label}”: 本年新制作数量 (${made}) is less than 本年新公开数量 (${published}); please check.`,
        },
      });
    }
  }
}
