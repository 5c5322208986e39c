/**
 * Labels are law and are written once (issue 9): the tables' row, column and group labels and titles
 * stand as string literals in src/report/editions only; everything else reads them from there.
 * Labels under five characters (总计, 其他, 规章…) are ordinary words as well and are left out.
 */
import ts from "typescript";
import { cellsOf } from "../../src/report/cells";
import { TABLE_TITLES } from "../../src/report/editions/names";
import { zeroReport } from "../support/reports";
import { parseFile, sourceFiles } from "./imports";

function declaredLabels(): Set<string> {
  const labels = new Set<string>(Object.values(TABLE_TITLES));
  for (const [year, edition] of [
    [2020, "2019"],
    [2024, "2021"],
  ] as const)
    for (const c of cellsOf(zeroReport(year, "", edition)))
      for (const l of [c.row, c.column, c.group]) if (l && l.length >= 5) labels.add(l);
  return labels;
}

function literalsOf(file: string): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push(n.text);
    ts.forEachChild(n, visit);
  };
  visit(parseFile(file));
  return out;
}

test("the declared labels are written only in src/report/editions", () => {
  const labels = declaredLabels();
  expect(labels.size).toBeGreaterThan(50);
  const copies = sourceFiles("src")
    .filter((f) => !f.startsWith("src/report/editions/"))
    .flatMap((f) =>
      literalsOf(f)
        .filter((s) => labels.has(s))
        .map((s) => `${f}: “${s}”`)
    );
  expect(copies).toEqual([]);
});
