/**
 * The layering of ../shared/DESIGN.md, read from the import statements of src/**\/*.ts(x): each layer
 * imports only the ones below it, only src/excel (and the demo host that stands in for Excel) touches the
 * Office.js globals, the pane enters src/excel by its index only, and the demo host knows nothing of
 * reports. A failure names the file and the import that breaks the rule.
 */
import * as path from "path";
import ts from "typescript";
import { parseFile, parseSource, resolve, sourceFiles, specifiersOf } from "./imports";

/** Where an import leads: a file under src (posix path relative to src), or a package. */
type Target = { file: string } | { pkg: string };

interface Import {
  /** The importing file, relative to src. */
  from: string;
  /** The specifier as written. */
  spec: string;
  target: Target;
}

/** `from` and the file a relative specifier leads to are relative to src. */
function target(from: string, spec: string): Target {
  if (!spec.startsWith(".")) return { pkg: spec };
  const file =
    resolve(`src/${from}`, spec) ?? path.posix.join("src", path.posix.dirname(from), spec);
  return { file: file.replace(/^src\//, "") };
}

/** Office.js globals named in a file, value or type use, with the line they stand on. */
const OFFICE_GLOBALS = new Set(["Excel", "Office", "OfficeExtension", "OfficeRuntime"]);

function officeUsesOf(sf: ts.SourceFile): { name: string; line: number }[] {
  const out: { name: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    const p = node.parent;
    const isGlobalRef =
      ts.isIdentifier(node) &&
      OFFICE_GLOBALS.has(node.text) &&
      // `x.Excel`, `A.Excel`, `{ Excel: … }` and `{ Office?: unknown }` name a member, not the global
      // (`{ Excel }` does use it).
      !(ts.isQualifiedName(p) && p.right === node) &&
      ((p as { name?: ts.Node }).name !== node || ts.isShorthandPropertyAssignment(p));
    if (isGlobalRef)
      out.push({
        name: node.text,
        line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      });
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const files = sourceFiles("src").map((file) => ({
  rel: file.replace(/^src\//, ""),
  sf: parseFile(file),
}));

const imports: Import[] = files.flatMap(({ rel, sf }) =>
  specifiersOf(sf).map(({ spec }) => ({ from: rel, spec, target: target(rel, spec) }))
);

const layerOf = (file: string) => file.split("/")[0];
const inLayer = (t: Target, ...layers: string[]) => "file" in t && layers.includes(layerOf(t.file));

interface LayerRule {
  layer: string;
  rule: string;
  allows: (t: Target) => boolean;
}

const LAYER_RULES: LayerRule[] = [
  {
    layer: "report",
    rule: "imports nothing outside src/report (no package either: it is pure)",
    allows: (t) => inLayer(t, "report"),
  },
  {
    layer: "sheet",
    rule: "imports only src/report and src/sheet (no package either: it is pure)",
    allows: (t) => inLayer(t, "report", "sheet"),
  },
  {
    layer: "io",
    rule: "imports only src/report, src/sheet and src/io among our code",
    allows: (t) => "pkg" in t || inLayer(t, "report", "sheet", "io"),
  },
  {
    layer: "taskpane",
    rule: "imports from src/excel only its front door, src/excel/index.ts",
    allows: (t) => !inLayer(t, "excel") || ("file" in t && t.file === "excel/index.ts"),
  },
  {
    layer: "demo",
    rule: "knows nothing of reports: imports nothing from src/report, src/sheet or src/io",
    allows: (t) => !inLayer(t, "report", "sheet", "io"),
  },
];

const describeImport = (i: Import) =>
  `${i.from} imports "${i.spec}"${"file" in i.target ? ` (src/${i.target.file})` : ""}`;

test.each(LAYER_RULES.map((r) => [`src/${r.layer} ${r.rule}`, r] as const))("%s", (_, r) => {
  const broken = imports
    .filter((i) => layerOf(i.from) === r.layer && !r.allows(i.target))
    .map(describeImport);
  expect(broken).toEqual([]);
});

/** The entry points wait for Office to be ready (Office.onReady) before anything else runs. */
const OFFICE_ENTRIES: Record<string, string[]> = {
  "taskpane/index.tsx": ["Office"],
  "commands/commands.ts": ["Office"],
};

test("only src/excel and src/demo use the Office.js globals (the entry points only Office.onReady's Office)", () => {
  const broken = files.flatMap(({ rel, sf }) => {
    if (["excel", "demo"].includes(layerOf(rel))) return [];
    const allowed = OFFICE_ENTRIES[rel] ?? [];
    return officeUsesOf(sf)
      .filter((u) => !allowed.includes(u.name))
      .map((u) => `${rel}:${u.line} uses the global ${u.name}`);
  });
  expect(broken).toEqual([]);
});

describe("the reader sees what it must", () => {
  test("every form of import, and no import written in a comment or a string", () => {
    const sf = parseSource(
      "x.ts",
      [
        'import a from "./a";',
        'import type { B } from "../b";',
        'import "./side.css";',
        'export * from "./c";',
        'export { d } from "./d";',
        'const e = () => import("./e");',
        'type F = typeof import("./f");',
        '// import g from "./g";',
        "const h = \"import i from './i'\";",
      ].join("\n")
    );
    expect(specifiersOf(sf).map((s) => s.spec)).toEqual([
      "./a",
      "../b",
      "./side.css",
      "./c",
      "./d",
      "./e",
      "./f",
    ]);
  });

  test("Office globals in code and types, not in comments, strings or member names", () => {
    const sf = parseSource(
      "x.ts",
      [
        "// Excel.run in a comment",
        'const s = "Office.js";',
        "const o = { Excel: 1 };",
        "o.Excel;",
        "const w = {} as { Office?: unknown };",
        "Excel.run(async () => undefined);",
        "let r: Excel.Range;",
        "type C = typeof Office.context;",
      ].join("\n")
    );
    expect(officeUsesOf(sf)).toEqual([
      { name: "Excel", line: 6 },
      { name: "Excel", line: 7 },
      { name: "Office", line: 8 },
    ]);
  });

  test("relative imports resolve to files under src, directories to their index", () => {
    expect(imports.length).toBeGreaterThan(500);
    const layout = imports.filter((i) => i.from === "sheet/layout.ts").map((i) => i.target);
    expect(layout).toContainEqual({ file: "report/cells.ts" });
    expect(target("taskpane/x.ts", "../excel")).toEqual({
      file: "excel/index.ts",
    });
  });
});
