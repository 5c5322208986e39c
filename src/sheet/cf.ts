/**
 * Conditional-format rules that keep the highlighting live in the workbook, generated from the same
 * relations the JavaScript checker reads (src/report/relations.ts) and from the value kinds of the cells.
 *
 * Each rule's formula is in A1 form, written for the top-left cell of its range; Excel shifts the
 * relative parts for every other cell of the range. A relation's formula is TRUE when the relation
 * fails. Relations of one rule that differ only by a shift along a row (T3-01 and T3-02 across the
 * seven columns) or down a column (T3-03 down the 总计 column) share one rule with mixed references
 * (D$23 / $D23); a relation that stands alone uses absolute references only.
 *
 * Agreement with the checker: when every value cell holds a number or is blank, a cell is red exactly
 * when the checker puts an error of a balancing rule (T3-*, T4-*) or of ALL-01 on it, and amber
 * (flagBlanks) exactly when it reports ALL-02 for a blank. A relation over a cell holding text is not
 * evaluated here (the checker skips it when the text is unreadable); the text cell itself is red and
 * the pane's own highlight (highlight.ts) covers the rest.
 */
import { relationsOf, type Relation } from "../report/relations";
import type { Report, RuleId, TableNo, ValueKind } from "../report/types";
import { a1, rectAddress, rectsOf, type CellPos, type Rect } from "./a1";
import type { SheetLayout } from "./layout";

export const CF_COLORS = {
  error: { fill: "#FFC7CE", fontColor: "#9C0006" },
  blank: { fill: "#FFEB9C", fontColor: "#9C5700" },
} as const;

export interface CfRule {
  /** Rule id of spec/format.md §5 the formula checks (T3-01 …, ALL-01 for values, ALL-02 for blanks). */
  rule: RuleId;
  table: TableNo;
  /** One rectangle, e.g. "D23:J24". */
  range: string;
  /** Custom formula (A1, leading "="), relative to the range's top-left cell. TRUE = highlight. */
  formula: string;
  style: keyof typeof CF_COLORS;
  fill: string;
  fontColor: string;
  /** 0 = evaluated first (Excel's ConditionalFormat.priority). */
  priority: number;
  stopIfTrue: boolean;
}

export interface CfOptions {
  /** Amber fill for blank value cells (ALL-02). Default false. */
  flagBlanks?: boolean;
}

type Mode = "abs" | "colRel" | "rowRel";

function refs(cells: CellPos[], mode: Mode): string {
  const abs = {
    abs: { row: true, col: true },
    colRel: { row: true, col: false },
    rowRel: { row: false, col: true },
  }[mode];
  return rectsOf(cells)
    .map((r) => rectAddress(r, abs))
    .join(",");
}

/** `AND(COUNT(all)=COUNTA(all),SUM(expected)<>SUM(actual))`: fails only when every cell is a number or blank. */
export function relationFormula(
  expected: CellPos[],
  actual: CellPos[],
  mode: Mode = "abs"
): string {
  const all = refs([...expected, ...actual], mode);
  return `=AND(COUNT(${all})=COUNTA(${all}),SUM(${refs(expected, mode)})<>SUM(${refs(actual, mode)}))`;
}

/** Formula flagging a value cell at `ref` whose content breaks ALL-01 for its kind (text, negative, fraction). */
export function valueFormula(kind: ValueKind, ref: string): string {
  const bad = {
    count: `OR(${ref}<0,${ref}<>INT(${ref}))`,
    signedCount: `${ref}<>INT(${ref})`,
    amount: `${ref}<0`,
  }[kind];
  // IF keeps INT() away from text, which would make the whole formula an error (= not highlighted).
  return `=IF(ISNUMBER(${ref}),${bad},TRIM(${ref})<>"")`;
}

export function blankFormula(ref: string): string {
  return `=LEN(TRIM(${ref}))=0`;
}

interface Placed {
  rel: Relation;
  expected: CellPos[];
  actual: CellPos[];
  highlight: CellPos[];
  anchor: CellPos;
}

function signature(p: Placed): string {
  const off = (cs: CellPos[]) =>
    cs.map((c) => `${c.row - p.anchor.row},${c.col - p.anchor.col}`).join(";");
  return `${p.rel.rule}|${off(p.expected)}|${off(p.actual)}|${off(p.highlight)}`;
}

/** Split sorted items into runs where each next anchor is one step further along `dir`. */
function runsAlong(items: Placed[], dir: "col" | "row"): Placed[][] {
  const sorted = [...items].sort((a, b) =>
    dir === "col"
      ? a.anchor.row - b.anchor.row || a.anchor.col - b.anchor.col
      : a.anchor.col - b.anchor.col || a.anchor.row - b.anchor.row
  );
  const out: Placed[][] = [];
  for (const p of sorted) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    const next =
      last &&
      (dir === "col"
        ? last.anchor.row === p.anchor.row && last.anchor.col + 1 === p.anchor.col
        : last.anchor.col === p.anchor.col && last.anchor.row + 1 === p.anchor.row);
    if (next) run.push(p);
    else out.push([p]);
  }
  return out;
}

function relationRules(
  report: Pick<Report, "edition" | "tableEditions">,
  layout: SheetLayout
): Omit<CfRule, "priority">[] {
  const pos = (k: string) => {
    const c = layout.byKey[k];
    if (!c) throw new Error(`cf: ${k} has no place in the layout`);
    return c.pos;
  };
  const groups = new Map<string, Placed[]>();
  for (const rel of relationsOf(report)) {
    const highlight = rel.highlight.map(pos);
    const p: Placed = {
      rel,
      expected: rel.expected.map(pos),
      actual: rel.actual.map(pos),
      highlight,
      anchor: highlight[0],
    };
    const sig = signature(p);
    groups.set(sig, [...(groups.get(sig) ?? []), p]);
  }
  const out: Omit<CfRule, "priority">[] = [];
  const emit = (p: Placed, rects: Rect[], mode: Mode) => {
    const formula = relationFormula(p.expected, p.actual, mode);
    for (const r of rects)
      out.push({
        rule: p.rel.rule,
        table: p.rel.table,
        range: rectAddress(r),
        formula,
        style: "error",
        ...CF_COLORS.error,
        stopIfTrue: false,
      });
  };
  for (const items of groups.values()) {
    const oneCol = items[0].highlight.every((c) => c.col === items[0].highlight[0].col);
    const oneRow = items[0].highlight.every((c) => c.row === items[0].highlight[0].row);
    const byCol = oneCol ? runsAlong(items, "col") : null;
    const byRow = oneRow ? runsAlong(items, "row") : null;
    const dir = byCol && (!byRow || byCol.length <= byRow.length) ? "col" : byRow ? "row" : null;
    const runs = dir === "col" ? byCol! : dir === "row" ? byRow! : items.map((p) => [p]);
    for (const run of runs) {
      const first = run[0];
      const rects = rectsOf(first.highlight);
      if (run.length === 1) emit(first, rects, "abs");
      else if (dir === "col")
        emit(
          first,
          rects.map((r) => ({ ...r, right: r.right + run.length - 1 })),
          "colRel"
        );
      else
        emit(
          first,
          rects.map((r) => ({ ...r, bottom: r.bottom + run.length - 1 })),
          "rowRel"
        );
    }
  }
  return out;
}

function valueRules(layout: SheetLayout, opts: CfOptions): Omit<CfRule, "priority">[] {
  const out: Omit<CfRule, "priority">[] = [];
  const blanks: Omit<CfRule, "priority">[] = [];
  for (const t of layout.tables) {
    const kinds = [...new Set(t.cells.map((c) => c.kind))];
    for (const kind of kinds) {
      for (const r of rectsOf(t.cells.filter((c) => c.kind === kind).map((c) => c.pos))) {
        const ref = a1({ row: r.top, col: r.left });
        out.push({
          rule: "ALL-01",
          table: t.no,
          range: rectAddress(r),
          formula: valueFormula(kind, ref),
          style: "error",
          ...CF_COLORS.error,
          stopIfTrue: false,
        });
      }
    }
    if (opts.flagBlanks) {
      for (const r of rectsOf(t.cells.map((c) => c.pos))) {
        const ref = a1({ row: r.top, col: r.left });
        blanks.push({
          rule: "ALL-02",
          table: t.no,
          range: rectAddress(r),
          formula: blankFormula(ref),
          style: "blank",
          ...CF_COLORS.blank,
          stopIfTrue: false,
        });
      }
    }
  }
  return [...out, ...blanks];
}

/** Every conditional-format rule for a report's layout, highest priority first (errors, then blanks). */
export function conditionalFormats(
  report: Pick<Report, "edition" | "tableEditions">,
  layout: SheetLayout,
  opts: CfOptions = {}
): CfRule[] {
  return [...relationRules(report, layout), ...valueRules(layout, opts)].map((r, i) => ({
    ...r,
    priority: i,
  }));
}
