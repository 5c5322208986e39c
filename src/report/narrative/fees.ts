/**
 * S-02 (2021 edition 表三): applications dropped because the fee was not paid (（六）2.) imply fee
 * notices were sent, so section 六 should report them, and the fee sub-form should count at least as
 * many notices.
 */
import { cellIndex, cellKey, refOf, type Tables } from "../cells";
import type { Numbers } from "../check/values";
import type { Finding, Report } from "../types";

const MENTIONS_FEES = /收费通知|信息处理费|收费/;

export function checkFees(
  report: Report,
  tables: Tables,
  nums: Numbers,
  findings: Finding[]
): void {
  if (tables.t3.edition !== "2021") return;
  const key = cellKey(3, "other2", "total");
  const unpaid = nums.get(key);
  if (unpaid === undefined || unpaid <= 0) return;
  const cell = cellIndex(report).get(key);
  if (!cell) return;
  const ref = refOf(cell);
  const six = report.narrative?.[6]?.trim();
  if (six && !MENTIONS_FEES.test(six)) {
    findings.push({
      rule: "S-02",
      severity: "warning",
      cells: [ref],
      expected: "第六部分报告收费通知和信息处理费",
      actual: "第六部分未提及收费",
      message: {
        zh: `表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用”填了 ${unpaid} 件，说明发出过收费通知，但“六、其他需要报告的事项”没有提到收费通知或信息处理费。请在第六部分写明发出收费通知件数、收费金额和实际收取金额。`,
        en: `Table 3 row “（六）2. fee not paid after a fee notice” holds ${unpaid}, so fee notices were sent, but section 六 says nothing about fee notices or information-processing fees. Report the notices sent, the amount billed and the amount collected in section 六.`,
      },
    });
  }
  const notices = report.fees?.notices;
  if (notices !== undefined && notices < unpaid) {
    findings.push({
      rule: "S-02",
      severity: "warning",
      cells: [ref],
      expected: `≥ ${unpaid}`,
      actual: notices,
      message: {
        zh: `收费情况中“发出收费通知件数”是 ${notices}，少于表三（六）2.因逾期未缴费不再处理的 ${unpaid} 件申请；每件这样的申请都应先发过收费通知。`,
        en: `The fee form gives ${notices} fee notices sent, fewer than the ${unpaid} applications in table 3 （六）2. dropped for unpaid fees; each of those must have received a notice.`,
      },
    });
  }
}
