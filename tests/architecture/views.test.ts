/**
 * The pane by feature (issue 9): one folder a view, each with its component, its words and its
 * actions, and components that leave the work to actions — they take only types from the layers that
 * do it (src/excel, src/io).
 */
import * as fs from "fs";
import * as path from "path";
import { parseFile, resolve, ROOT, sourceFiles, specifiersOf } from "./imports";

const VIEWS = "src/taskpane/views";

test("every view folder has View.tsx, strings.ts and actions.ts", () => {
  const views = fs
    .readdirSync(path.join(ROOT, VIEWS), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  expect(views.sort()).toEqual(["compare", "export", "findings", "insert", "narrative"]);
  const missing = views.flatMap((v) =>
    ["View.tsx", "strings.ts", "actions.ts"]
      .filter((f) => !fs.existsSync(path.join(ROOT, VIEWS, v, f)))
      .map((f) => `${VIEWS}/${v}/${f}`)
  );
  expect(missing).toEqual([]);
});

test("components take only types from src/excel and src/io (the work is in actions.ts)", () => {
  const broken = sourceFiles("src/taskpane")
    .filter((f) => f.endsWith(".tsx"))
    .flatMap((file) =>
      specifiersOf(parseFile(file))
        .filter((s) => !s.typeOnly && s.spec.startsWith("."))
        .map((s) => ({ s, to: resolve(file, s.spec) ?? "" }))
        .filter(({ to }) => /^src\/(excel|io)\//.test(to))
        .map(({ s, to }) => `${file} imports "${s.spec}" (${to})`)
    );
  expect(broken).toEqual([]);
});
