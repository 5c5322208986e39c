/**
 * The docx library is loaded only through exportReport's dynamic import: no static import chain from the
 * pane's new views reaches it, so webpack keeps it out of the initial bundle.
 */
import * as fs from "fs";
import * as path from "path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ])
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  throw new Error(`cannot resolve ${spec} from ${path.relative(ROOT, from)}`);
}

/** Module specifiers a file imports at load time (type-only imports and import() calls left out). */
function staticImports(file: string): string[] {
  const src = ts.createSourceFile(
    file,
    fs.readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true
  );
  const out: string[] = [];
  for (const st of src.statements) {
    if (ts.isImportDeclaration(st)) {
      const clause = st.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause &&
        !clause.name &&
        named &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) out.push((st.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(st) && st.moduleSpecifier && !st.isTypeOnly) {
      const named = st.exportClause;
      const onlyTypes =
        named && ts.isNamedExports(named) && named.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) out.push((st.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return out;
}

/** Every package reached statically from `entry`, with one path to it. */
function packagesReached(entry: string): Map<string, string[]> {
  const seen = new Set<string>();
  const packages = new Map<string, string[]>();
  const walk = (file: string, trail: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(file)) {
      const local = resolveLocal(file, spec);
      const here = [...trail, path.relative(ROOT, file)];
      if (local) walk(local, here);
      else if (!packages.has(spec)) packages.set(spec, [...here, spec]);
    }
  };
  walk(entry, []);
  return packages;
}

test.each([
  "src/taskpane/views/export/View.tsx",
  "src/taskpane/views/narrative/View.tsx",
  "src/excel/printSheet.ts",
])("%s does not pull in the docx library statically", (entry) => {
  const reached = packagesReached(path.join(ROOT, entry));
  expect(reached.get("docx")).toBeUndefined();
  expect([...reached.keys()].filter((p) => p.startsWith("docx/"))).toEqual([]);
});

test("exportReport still reaches it, through a dynamic import", () => {
  const index = fs.readFileSync(path.join(ROOT, "src/io/export/index.ts"), "utf8");
  expect(index).toMatch(/await import\("\.\/docx"\)/);
  expect(packagesReached(path.join(ROOT, "src/io/export/docx/index.ts")).has("docx")).toBe(true);
});

test.each([
  "src/taskpane/index.tsx",
  "src/taskpane/views/export/View.tsx",
  "src/taskpane/views/compare/View.tsx",
])(
  "%s does not pull in exceljs or JSZip statically (the standalone workbook loads on demand)",
  (entry) => {
    const reached = packagesReached(path.join(ROOT, entry));
    expect([...reached.keys()].filter((p) => /^(exceljs|jszip)(\/|$)/.test(p))).toEqual([]);
  }
);

test("the workbook export and import still reach exceljs, through dynamic imports", () => {
  const index = fs.readFileSync(path.join(ROOT, "src/io/export/index.ts"), "utf8");
  expect(index).toMatch(/await import\("\.\/xlsx"\)/);
  expect(packagesReached(path.join(ROOT, "src/io/export/xlsx/index.ts")).has("exceljs")).toBe(true);
  expect(packagesReached(path.join(ROOT, "src/io/import/xlsx/index.ts")).has("exceljs")).toBe(true);
});
