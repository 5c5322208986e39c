/**
 * The layering of ../shared/DESIGN.md, read from the import statements of src/**\/*.ts(x): each layer
 * imports only the ones below it, only src/excel (and the demo host that stands in for Excel) touches the
 * Office.js globals, the pane enters src/excel by its index only, and the demo host knows nothing of
 * reports. A failure names the file and the import that breaks the rule.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const SRC = path.resolve(__dirname, "../../src");

/** Where an import leads: a file under src (posix path relative to src), or a package. */
type Target = { file: string } | { pkg: string };

interface Import {
  /** The importing file, relative to src. */
  from: string;
  /** The specifier as written. */
  spec: string;
  target: Target;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function parse(fileName: string, text: string): ts.SourceFile {
  const kind = fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
}

/** Every module specifier: import / export … from, side-effect imports, import() and import("…") types. */
function specifiersOf(sf: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      out.push(node.moduleSpecifier.text);
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments.length > 0 &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      out.push(node.arguments[0].text);
    else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    )
      out.push(node.argument.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function resolve(fromFile: string, spec: string): Target {
  if (!spec.startsWith(".")) return { pkg: spec };
  const base = path.resolve(path.dirname(fromFile), spec);
  const tries = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  const hit = tries.find((p) => fs.existsSync(p) && fs.statSync(p).isFile()) ?? base;
  return { file: path.relative(SRC, hit).split(path.sep).join("/") };
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

const files = sourceFiles(SRC).map((abs) => ({
  abs,
  rel: path.relative(SRC, abs).split(path.sep).join("/"),
  sf: parse(abs, fs.readFileSync(abs, "utf8")),
}));

const imports: Import[] = files.flatMap(({ abs, rel, sf }) =>
  specifiersOf(sf).map((spec) => ({ from: rel, spec, target: resolve(abs, spec) }))
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
    const sf = parse(
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
    expect(specifiersOf(sf)).toEqual(["./a", "../b", "./side.css", "./c", "./d", "./e", "./f"]);
  });

  test("Office globals in code and types, not in comments, strings or member names", () => {
    const sf = parse(
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
    expect(resolve(path.join(SRC, "taskpane/x.ts"), "../excel")).toEqual({
      file: "excel/index.ts",
    });
  });
});
