/**
 * No import cycles in src, type-only imports counted: a cycle makes load order matter and blurs which
 * module is the lower layer, and a type cycle is the same tangle before it is compiled away.
 */
import { cycles, importsOf, sourceFiles } from "./imports";

function importGraph(): Map<string, string[]> {
  return new Map(sourceFiles("src").map((file) => [file, importsOf(file).map((e) => e.to)]));
}

test("src has no import cycle (each listed group of files imports itself round)", () => {
  expect(cycles(importGraph())).toEqual([]);
});

test("the check: finds a cycle, and tells type-only imports from the others", () => {
  const graph = new Map([
    ["a.ts", ["b.ts"]],
    ["b.ts", ["c.ts"]],
    ["c.ts", ["a.ts"]],
    ["d.ts", ["a.ts"]],
  ]);
  expect(cycles(graph)).toEqual([["a.ts", "b.ts", "c.ts"]]);
  const imports = importsOf("src/demo/excel/model/cells.ts");
  expect(imports).toContainEqual({ to: "src/demo/excel/model/formatOps.ts", typeOnly: true });
  expect(imports).toContainEqual({ to: "src/demo/excel/model/errors.ts", typeOnly: false });
});
