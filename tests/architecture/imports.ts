/**
 * The imports of the source files, read with TypeScript's own parser: one reader for the layering
 * test (every specifier, packages and import() included) and the cycle test (the static relative
 * imports as a graph of repository paths).
 */
import * as fs from "fs";
import * as path from "path";
import ts from "typescript";

export const ROOT = path.resolve(__dirname, "../..");

export interface Specifier {
  /** As written: "./a", "react". */
  spec: string;
  /** An import or export declaration (not import() or an import("…") type). */
  isStatic: boolean;
  /** Erased when compiled: `import type`, `export type`, named imports that are all `type`, import types. */
  typeOnly: boolean;
}

export interface ImportEdge {
  to: string;
  typeOnly: boolean;
}

/** Every .ts/.tsx file under `dir` (relative to the repository root), sorted. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, d), { withFileTypes: true })) {
      const p = `${d}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts")) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

export function parseSource(fileName: string, text: string): ts.SourceFile {
  const kind = fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
}

/** A file of the repository (relative to the root) parsed. */
export function parseFile(file: string): ts.SourceFile {
  return parseSource(file, fs.readFileSync(path.join(ROOT, file), "utf8"));
}

/** The repository path a relative specifier leads to (directories to their index), or null. */
export function resolve(from: string, spec: string): string | null {
  const base = path.posix.join(path.posix.dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    const abs = path.join(ROOT, c);
    if (fs.existsSync(abs) && fs.statSync(abs).isFile()) return c;
  }
  return null;
}

function declarationTypeOnly(st: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(st)) {
    const named = st.exportClause;
    return (
      st.isTypeOnly ||
      (!!named &&
        ts.isNamedExports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly))
    );
  }
  const clause = st.importClause;
  if (!clause) return false; // a side-effect import runs the module
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return (
    !clause.name &&
    !!named &&
    ts.isNamedImports(named) &&
    named.elements.length > 0 &&
    named.elements.every((e) => e.isTypeOnly)
  );
}

/** Every module specifier of a file, in order; none written in a comment or a string. */
export function specifiersOf(sf: ts.SourceFile): Specifier[] {
  const out: Specifier[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      out.push({
        spec: node.moduleSpecifier.text,
        isStatic: true,
        typeOnly: declarationTypeOnly(node),
      });
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments.length > 0 &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      out.push({ spec: node.arguments[0].text, isStatic: false, typeOnly: false });
    else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    )
      out.push({ spec: node.argument.literal.text, isStatic: false, typeOnly: true });
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The static relative imports and re-exports of one file that resolve to a file of the repository. */
export function importsOf(file: string): ImportEdge[] {
  return specifiersOf(parseFile(file)).flatMap(({ spec, isStatic, typeOnly }) => {
    const to = isStatic && spec.startsWith(".") ? resolve(file, spec) : null;
    return to ? [{ to, typeOnly }] : [];
  });
}

export interface Reached {
  /** Repository paths, each with the import path that first reached it. */
  files: Map<string, string[]>;
  packages: Map<string, string[]>;
}

/**
 * What loading `entry` (a repository path) loads before anything else runs: the files and packages
 * reached through static imports, import() and type-only imports left out. The bundle-split tests
 * hold webpack's chunks to this.
 */
export function reachedFrom(entry: string): Reached {
  const files = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  const walk = (file: string, trail: string[]) => {
    if (files.has(file)) return;
    const here = [...trail, file];
    files.set(file, here);
    for (const { spec, isStatic, typeOnly } of specifiersOf(parseFile(file))) {
      if (!isStatic || typeOnly) continue;
      if (!spec.startsWith(".")) {
        if (!packages.has(spec)) packages.set(spec, [...here, spec]);
        continue;
      }
      const to = resolve(file, spec);
      if (!to) throw new Error(`cannot resolve ${spec} from ${file}`);
      walk(to, here);
    }
  };
  walk(entry, []);
  return { files, packages };
}

/** Strongly connected components with more than one file (Tarjan), each sorted; files in order. */
export function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) out.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}
