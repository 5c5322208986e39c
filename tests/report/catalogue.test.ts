/** The rule catalogue against the checks: every checker rule is reported by one check, and no check strays. */
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { cellsOf, type EditionId, type Finding } from "../../src/report";
import { CHECKS, VALUE_RULES, readNumbers } from "../../src/report/check";
import { RULES, RULE_IDS, type RuleId } from "../../src/report/rules";
import { importReport } from "../../src/io/import";
import { randomBalancedReport } from "../support/randomReport";
import { SAMPLES_DIR as SAMPLES } from "../support/samples";

test("every rule the catalogue gives to the checker is reported by exactly one check", () => {
  const claimed = [...VALUE_RULES, ...CHECKS.flatMap((c) => c.reports)];
  expect(new Set(claimed).size).toBe(claimed.length);
  const checkerRules = RULE_IDS.filter((id) => RULES[id].source === "checker");
  expect([...claimed].sort()).toEqual([...checkerRules].sort());
});

test("every catalogue entry has both titles and explanations and a severity", () => {
  for (const id of RULE_IDS) {
    const r = RULES[id];
    expect([id, r.title.zh && r.title.en && r.explanation.zh && r.explanation.en]).toEqual([
      id,
      expect.any(String),
    ]);
    expect(r.severities.length).toBeGreaterThan(0);
  }
});

/** Runs each check on its own and returns the findings that break its declaration. */
function strays(
  report: ReturnType<typeof randomBalancedReport>,
  prev?: ReturnType<typeof randomBalancedReport>
): string[] {
  const valueFindings: Finding[] = [];
  const nums = readNumbers(report, valueFindings);
  const bad = valueFindings
    .filter((f) => !VALUE_RULES.includes(f.rule))
    .map((f) => `values: ${f.rule}`);
  const p = prev && { report: prev, nums: readNumbers(prev, null) };
  for (const check of CHECKS) {
    const out: Finding[] = [];
    check.run({ report, nums, prev: p }, out);
    for (const f of out) {
      if (!check.reports.includes(f.rule)) bad.push(`${check.reports[0]}… reported ${f.rule}`);
      if (!(RULES[f.rule].severities as readonly string[]).includes(f.severity))
        bad.push(`${f.rule} as ${f.severity}`);
    }
  }
  return bad;
}

test("on perturbed random reports, each check reports only its own rules at catalogue severities", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      fc.constantFrom<EditionId>("2019", "2021"),
      fc.array(fc.tuple(fc.nat(), fc.oneof(fc.integer({ min: -3, max: 900 }), fc.constant("x"))), {
        maxLength: 6,
      }),
      (seed, edition, edits) => {
        const report = randomBalancedReport(seed, edition);
        const prev = randomBalancedReport(seed + 1, edition, (report.year ?? 2022) - 1);
        const cells = cellsOf(report);
        for (const [i, v] of edits) report.values[cells[i % cells.length].key] = v;
        expect(strays(report, prev)).toEqual([]);
      }
    ),
    { numRuns: 60 }
  );
});

test.each(fs.readdirSync(SAMPLES).filter((f) => /\.(txt|html)$/.test(f)))(
  "sample %s: each check reports only its own rules",
  (file) => {
    const report = importReport(fs.readFileSync(path.join(SAMPLES, file), "utf8"), file).report!;
    expect(report).not.toBeNull();
    expect(strays(report)).toEqual([]);
  }
);

test("RuleId admits only catalogue ids", () => {
  const ok: RuleId = "T3-01";
  // @ts-expect-error a mistyped id (letter O for zero) does not compile
  const typo: RuleId = "T3-O1";
  expect([ok, typo]).toEqual(["T3-01", "T3-O1"]);
});
