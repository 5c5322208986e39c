/**
 * No import cycles in src: a cycle makes load order matter and blurs which module is the lower
 * layer. Type-only imports count too where that holds (src/demo); elsewhere only imports that stay
 * in the compiled code do, until the type-only cycles there are gone.
 */
import { cycles, importsOf, sourceFiles } from "./imports";

/** Folders whose type-only imports count as well. */
const TYPE_IMPORTS_COUNT = ["src/demo/"];

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles("src")) {
    const typesCount = TYPE_IMPORTS_COUNT.some((dir) => file.startsWith(dir));
    const edges = importsOf(file).filter((e) => typesCount || !e.typeOnly);
    graph.set(
      file,
      edges.map((e) => e.to)
    );
  }
  return graph;
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
