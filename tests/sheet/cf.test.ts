/**
 * The key test: the conditional-format formulas of the plan, evaluated by a real formula engine
 * (HyperFormula) at every cell of their ranges with Excel's relative-reference shifting, flag exactly
 * the cells the JavaScript checker flags — on random balanced reports and on perturbed ones.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import {
  checkReport,
  relationsOf,
  withTotals,
  type EditionId,
  type Finding,
  type RawValue,
  type Report,
} from "../../src/report";
import { T3_PART_COLUMNS } from "../../src/report/editions/table3";
import {
  a1,
  highlightKeysOf,
  insertPlan,
  layoutOf,
  parseRange,
  rectCells,
  reportFromGrid,
  type CfRule,
  type SheetPlan,
} from "../../src/sheet";
import { blockValues, hyperFormulaOf } from "./helpers";
import { shiftFormula } from "../support/shiftFormula";
import { zeroReport } from "../support/reports";

const YEAR = { "2019": 2020, "2021": 2024 } as const;

/** A report where every balancing rule holds, from random parts. */
type Shape = { ed: EditionId; tableEditions?: Report["tableEditions"] };

function base(shape: Shape, agency = "测试局"): Report {
  const r = zeroReport(YEAR[shape.ed], agency, shape.ed);
  return shape.tableEditions ? { ...r, tableEditions: shape.tableEditions, values: {} } : r;
}

function balanced(shape: Shape, seedValues: number[]): Report {
  let i = 0;
  const next = () => seedValues[i++ % seedValues.length];
  const r = base(shape);
  const t3 = layoutOf(r).tables[1];
  const resultRows = [...new Set(t3.cells.map((c) => c.rowId))].filter(
    (id) => !["new", "carried", "resultTotal", "carryForward"].includes(id)
  );
  for (const col of T3_PART_COLUMNS) {
    let results = 0;
    for (const row of resultRows) {
      const v = next();
      r.values[`t3.${row}.${col}`] = v;
      results += v;
    }
    const carryForward = next();
    const carried = Math.min(next(), results + carryForward);
    r.values[`t3.carryForward.${col}`] = carryForward;
    r.values[`t3.carried.${col}`] = carried;
    r.values[`t3.new.${col}`] = results + carryForward - carried;
  }
  for (const c of layoutOf(r).cells) if (c.table !== 3 && !c.isTotal) r.values[c.key] = next();
  const t2Amounts = layoutOf(r).cells.filter((c) => c.kind === "amount");
  for (const c of t2Amounts) r.values[c.key] = next() + 0.25;
  return withTotals(r);
}

type Perturbation = {
  cell: number;
  how: "add" | "negative" | "fraction" | "blank" | "text";
  by: number;
};

function perturb(r: Report, ps: Perturbation[]): Report {
  const cells = layoutOf(r).cells;
  const values = { ...r.values };
  for (const p of ps) {
    const c = cells[p.cell % cells.length];
    const v = typeof values[c.key] === "number" ? (values[c.key] as number) : 0;
    const nv: RawValue =
      p.how === "add"
        ? v + p.by
        : p.how === "negative"
          ? -p.by
          : p.how === "fraction"
            ? v + 0.5
            : p.how === "blank"
              ? null
              : ["无", "abc", "不适用"][p.by % 3];
    values[c.key] = nv;
  }
  return { ...r, values };
}

interface Evaluator {
  /** Load a plan's block into the engine; return the CF flags and the block's values as Excel returns them. */
  evaluate(plan: SheetPlan): { red: Set<string>; amber: Set<string>; values: unknown[][] };
}

/**
 * Evaluate every CF rule at every cell of its range: each cell's formula is the rule's formula shifted
 * by the cell's offset from the range's top-left (what Excel does), written into spare columns to the
 * right of the block so HyperFormula recalculates them with the data. One engine per configuration;
 * each report only replaces the block's contents.
 */
function evaluator(template: SheetPlan): Evaluator {
  const targets: { rule: CfRule; address: string; formula: string }[] = [];
  for (const rule of template.conditionalFormats) {
    const r = parseRange(rule.range)!;
    for (const p of rectCells(r))
      targets.push({
        rule,
        address: a1(p),
        formula: shiftFormula(rule.formula, p.row - r.top, p.col - r.left),
      });
  }
  const { hf } = hyperFormulaOf(template, 2);
  const block = parseRange(template.values.range)!;
  const col = block.right + 2;
  const sheet = 0;
  hf.batch(() =>
    targets.forEach((t, i) => hf.setCellContents({ sheet, row: i, col }, [[t.formula]]))
  );
  return {
    evaluate(plan: SheetPlan) {
      const data: (string | number | null)[][] = plan.values.values.map((row) =>
        row.map((v) => (v === "" ? null : v))
      );
      for (const w of plan.formulas) {
        const r = parseRange(w.range)!;
        w.formulas.forEach((row, i) =>
          row.forEach((f, j) => (data[r.top - block.top + i][r.left - block.left + j] = f))
        );
      }
      hf.batch(() => hf.setCellContents({ sheet, row: block.top, col: block.left }, data));
      const red = new Set<string>();
      const amber = new Set<string>();
      targets.forEach((t, i) => {
        const v = hf.getCellValue({ sheet, row: i, col });
        if (v === true) (t.rule.style === "error" ? red : amber).add(t.address);
      });
      return { red, amber, values: blockValues(hf, plan) };
    },
  };
}

const BALANCE = /^T[34]-/;

/** The checker's view: cells to colour red (balancing rules, ALL-01) and amber (ALL-02 blanks). */
function checkerFlags(
  report: Report,
  flagBlanks: boolean
): { red: Set<string>; amber: Set<string> } {
  const layout = layoutOf(report);
  const red = new Set<string>();
  const amber = new Set<string>();
  const add = (set: Set<string>, f: Finding) =>
    highlightKeysOf(f, layout).forEach((k) => set.add(layout.byKey[k].address));
  for (const f of checkReport(report)) {
    if (BALANCE.test(f.rule) || (f.rule === "ALL-01" && f.severity === "error")) add(red, f);
    else if (f.rule === "ALL-02" && flagBlanks) add(amber, f);
  }
  return { red, amber };
}

const sorted = (s: Set<string>) => [...s].sort();

describe.each([
  ["2021 edition", { ed: "2021" }],
  ["2019 edition", { ed: "2019" }],
  [
    "2021 report with 2019-structured 表二 and 表三 (an import)",
    { ed: "2021", tableEditions: { 2: "2019", 3: "2019" } },
  ],
] as [string, Shape][])("CF formulas ≡ checker, %s", (_name, shape) => {
  const configs = [
    { totalsAsFormulas: false, flagBlanks: false },
    { totalsAsFormulas: false, flagBlanks: true },
    { totalsAsFormulas: true, flagBlanks: true },
  ];
  const evaluators = new Map(
    configs.map((cfg) => [
      JSON.stringify(cfg),
      evaluator(insertPlan(base(shape, "x"), { sheetName: "报告", ...cfg })),
    ])
  );

  test.each(configs)("random balanced and perturbed reports (%o)", (cfg) => {
    const ev = evaluators.get(JSON.stringify(cfg))!;
    const perturbation = fc.record({
      cell: fc.nat(),
      how: fc.constantFrom(
        "add" as const,
        "negative" as const,
        "fraction" as const,
        "blank" as const,
        "text" as const
      ),
      by: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 40 }), { minLength: 5, maxLength: 60 }),
        fc.array(perturbation, { maxLength: 3 }),
        (seed, ps) => {
          const report = perturb(balanced(shape, seed), ps);
          const plan = insertPlan(report, { sheetName: "报告", ...cfg });
          const flagged = ev.evaluate(plan);
          // The checker reads what the sheet holds (with formulas, the totals the engine computed).
          const back = reportFromGrid(
            layoutOf(report),
            { values: flagged.values },
            { year: report.year, agency: report.agency }
          ).report;
          const expected = checkerFlags(back, cfg.flagBlanks);
          expect(sorted(flagged.red)).toEqual(sorted(expected.red));
          expect(sorted(flagged.amber)).toEqual(sorted(expected.amber));
          if (!ps.length && !cfg.flagBlanks) expect(flagged.red.size).toBe(0);
        }
      ),
      { numRuns: 60 }
    );
  });

  test("a balanced report lights nothing; one changed part lights exactly its relations' totals", () => {
    const report = balanced(shape, [3, 1, 4, 1, 5, 9, 2, 6]);
    const ev = evaluators.get(JSON.stringify(configs[0]))!;
    expect(ev.evaluate(insertPlan(report, { sheetName: "报告" })).red.size).toBe(0);
    const bumped = {
      ...report,
      values: {
        ...report.values,
        "t3.withheld2.legal": (report.values["t3.withheld2.legal"] as number) + 1,
      },
    };
    const layout = layoutOf(report);
    const at = (k: string) => layout.byKey[k].address;
    // T3-02 on the 法律服务机构 column and T3-03 on the row; T3-01 holds (the total was not changed).
    expect(sorted(ev.evaluate(insertPlan(bumped, { sheetName: "报告" })).red)).toEqual(
      [at("t3.resultTotal.legal"), at("t3.withheld2.total")].sort()
    );
  });
});

test("CF rules are generated from relationsOf: one rule per relation, or one per run of shifted relations", () => {
  const report = zeroReport(2024, "x", "2021");
  const plan = insertPlan(report, { sheetName: "报告" });
  const layout = layoutOf(report);
  const rules = new Set(relationsOf(report).map((r) => r.rule));
  expect(
    new Set(plan.conditionalFormats.filter((c) => c.rule !== "ALL-01").map((c) => c.rule))
  ).toEqual(rules);
  // Every highlight cell of every relation is inside a CF range of that rule.
  for (const rel of relationsOf(report)) {
    for (const k of rel.highlight) {
      const p = layout.byKey[k].pos;
      const hit = plan.conditionalFormats.some(
        (c) =>
          c.rule === rel.rule &&
          rectCells(parseRange(c.range)!).some((q) => q.row === p.row && q.col === p.col)
      );
      expect([rel.rule, k, hit]).toEqual([rel.rule, k, true]);
    }
  }
  const t301 = plan.conditionalFormats.filter((c) => c.rule === "T3-01");
  const d = (rel: string) => a1({ row: layout.byKey[rel].pos.row, col: 3 }, { row: true });
  expect(t301[0].formula).toBe(
    `=AND(COUNT(${d("t3.new.natural")}:${d("t3.carried.natural")},${d("t3.resultTotal.natural")}:${d("t3.carryForward.natural")})=COUNTA(${d("t3.new.natural")}:${d("t3.carried.natural")},${d("t3.resultTotal.natural")}:${d("t3.carryForward.natural")}),SUM(${d("t3.new.natural")}:${d("t3.carried.natural")})<>SUM(${d("t3.resultTotal.natural")}:${d("t3.carryForward.natural")}))`
  );
  expect(plan.conditionalFormats.every((c) => c.formula.startsWith("="))).toBe(true);
  const red = plan.conditionalFormats.find((c) => c.style === "error")!;
  expect([red.fill, red.fontColor]).toEqual(["#FFC7CE", "#9C0006"]);
});

test("shiftFormula agrees with HyperFormula's own copy-paste shifting on every CF formula", () => {
  const plan = insertPlan(zeroReport(2024, "x", "2021"), { sheetName: "报告", flagBlanks: true });
  const hf = HyperFormula.buildFromArray([[]], { licenseKey: "gpl-v3" });
  const norm = (f: string) => f.replace(/\s/g, "");
  for (const rule of plan.conditionalFormats) {
    const r = parseRange(rule.range)!;
    hf.setCellContents({ sheet: 0, row: r.top, col: r.left }, [[rule.formula]]);
    hf.copy({
      start: { sheet: 0, row: r.top, col: r.left },
      end: { sheet: 0, row: r.top, col: r.left },
    });
    for (const p of [
      { row: r.bottom, col: r.right },
      { row: r.top, col: r.right },
      { row: r.bottom, col: r.left },
    ]) {
      hf.paste({ sheet: 0, ...p });
      expect(norm(hf.getCellFormula({ sheet: 0, ...p })!)).toBe(
        norm(shiftFormula(rule.formula, p.row - r.top, p.col - r.left))
      );
    }
    hf.clearSheet(0);
  }
  hf.destroy();
});
