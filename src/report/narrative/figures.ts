/** S-03: figures stated in the narrative against the table cells they describe. */
import { cellIndex, describeCell, refOf, type Tables } from "../cells";
import type { Numbers } from "../check/values";
import { zhNumeral } from "../editions";
import type { Finding, Report } from "../types";
import type { Statement } from "./extract";
import { quantityOf, type Quantity } from "./quantities";
import { narrativeSum } from "./sums";
import { show } from "./text";

/** The values the statement may rightly equal, the first being the one to report. */
function accepted(
  st: Statement,
  q: Quantity,
  report: Report,
  nums: Numbers
): { keys: string[]; value: number }[] {
  const plain = narrativeSum(q.keys, report, nums);
  const both = q.carriedKeys ? narrativeSum([...q.keys, ...q.carriedKeys], report, nums) : null;
  const list =
    !both || st.carried === "no"
      ? [plain]
      : st.carried === "maybe"
        ? [plain, both]
        : st.quantity === "received"
          ? [both]
          : [both, plain];
  return list.filter((a): a is { keys: string[]; value: number } => a.value !== null);
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

export function checkFigures(
  report: Report,
  tables: Tables,
  statements: Statement[],
  nums: Numbers,
  findings: Finding[]
): void {
  const index = cellIndex(report);
  const seen = new Set<string>();
  for (const st of statements) {
    const q = quantityOf(st.quantity, tables);
    if (!q || ![...q.keys, ...(q.carriedKeys ?? [])].every((k) => index.has(k))) continue;
    const options = accepted(st, q, report, nums);
    if (options.length === 0 || options.some((o) => close(o.value, st.value))) continue;
    const want = options[0];
    const id = `${st.quantity}|${st.value}|${want.value}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const cells = want.keys.map((k) => refOf(index.get(k)!));
    const where = `第${zhNumeral(st.sentence.section)}部分`;
    const cellsZh = cells.map((c) => describeCell(c, "zh")).join(" + ");
    const cellsEn = cells.map((c) => describeCell(c, "en")).join(" + ");
    findings.push({
      rule: "S-03",
      severity: "warning",
      cells,
      expected: want.value,
      actual: st.value,
      message: {
        zh: `正文（${where}）“${st.quote}”写的${q.label.zh}是 ${show(st.value)}，但表中是 ${show(want.value)}（${cellsZh}）。请核对正文或表格。`,
        en: `The text (section ${st.sentence.section}) “${st.quote}” gives ${q.label.en} as ${show(st.value)}, but the table has ${show(want.value)} (${cellsEn}). Check the text or the table.`,
      },
    });
  }
}
