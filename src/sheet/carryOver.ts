/**
 * 结转上年数据 planned: which of this year's 上年结转 cells take last year's 结转下年度继续办理, which
 * typed values would be overwritten (ask first), which are skipped and why. Pure; src/excel applies it.
 */
import { cellKey, leafColumns, tablesOf } from "../report/cells";
import { readNumbers } from "../report/check";
import type { Message, RawValue, Report } from "../report/types";
import { parseValue } from "../report/values";

export interface CarryCell {
  key: string;
  /** The 表三 column in words (自然人 …). */
  column: string;
  /** Last year's 结转下年度 (as a number). */
  incoming: number;
}

export interface CarryPlan {
  writes: CarryCell[];
  /** Typed values (not blank, not zero) that differ from last year's: ask before overwriting. */
  conflicts: (CarryCell & { current: RawValue })[];
  /** Already equal. */
  unchanged: CarryCell[];
  /** Not filled: last year's cell cannot be read as a number, or this year's cell is a formula. */
  skipped: { key: string; column: string; reason: Message }[];
}

/** Blank, a dash, or zero: nothing worth asking about before it is replaced. */
function isEmptyish(raw: RawValue | undefined): boolean {
  const p = parseValue(raw ?? null, "count");
  return (
    p.issues.includes("blank") ||
    p.issues.includes("dash") ||
    (typeof raw === "number" && raw === 0) ||
    p.value === 0
  );
}

/** What 结转上年数据 would do: pure. `isFormula(key)` says a cell of this year's computes itself. */
export function planCarryOver(
  report: Report,
  prev: Report,
  isFormula: (key: string) => boolean = () => false
): CarryPlan {
  const plan: CarryPlan = { writes: [], conflicts: [], unchanged: [], skipped: [] };
  const prevNums = readNumbers(prev, null);
  for (const col of leafColumns(tablesOf(report).t3.header)) {
    const key = cellKey(3, "carried", col.id);
    const column = col.path[col.path.length - 1];
    const incoming = prevNums.get(cellKey(3, "carryForward", col.id));
    if (incoming === undefined) {
      const raw = prev.values[cellKey(3, "carryForward", col.id)];
      plan.skipped.push({
        key,
        column,
        reason: {
          zh: `上年报告“四、结转下年度继续办理”的“${column}”列是“${String(raw)}”，不是数字，未填入。`,
          en: `Last year's 结转下年度继续办理, column “${column}”, holds “${String(raw)}”, not a number; not filled.`,
        },
      });
      continue;
    }
    if (isFormula(key)) {
      plan.skipped.push({
        key,
        column,
        reason: {
          zh: `“${column}”列是求和公式，会自动更新。`,
          en: `Column “${column}” is a SUM formula; it follows its parts.`,
        },
      });
      continue;
    }
    const current = report.values[key] ?? null;
    const cell = { key, column, incoming };
    if (typeof current === "number" && current === incoming) plan.unchanged.push(cell);
    else if (isEmptyish(current)) plan.writes.push(cell);
    else plan.conflicts.push({ ...cell, current });
  }
  return plan;
}
