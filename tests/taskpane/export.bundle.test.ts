/**
 * The docx library is loaded only through exportReport's dynamic import: no static import chain from the
 * pane's new views reaches it, so webpack keeps it out of the initial bundle.
 */
import * as fs from "fs";
import * as path from "path";
import { reachedFrom } from "../architecture/imports";

const ROOT = path.resolve(__dirname, "../..");

/** Every package reached statically from `entry`, with one path to it. */
const packagesReached = (entry: string) => reachedFrom(entry).packages;

test.each([
  "src/taskpane/views/export/View.tsx",
  "src/taskpane/views/narrative/View.tsx",
  "src/excel/printSheet.ts",
])("%s does not pull in the docx library statically", (entry) => {
  const reached = packagesReached(entry);
  expect(reached.get("docx")).toBeUndefined();
  expect([...reached.keys()].filter((p) => p.startsWith("docx/"))).toEqual([]);
});

test("exportReport still reaches it, through a dynamic import", () => {
  const index = fs.readFileSync(path.join(ROOT, "src/io/export/index.ts"), "utf8");
  expect(index).toMatch(/await import\("\.\/docx"\)/);
  expect(packagesReached("src/io/export/docx/index.ts").has("docx")).toBe(true);
});

test.each([
  "src/taskpane/index.tsx",
  "src/taskpane/views/export/View.tsx",
  "src/taskpane/views/compare/View.tsx",
])(
  "%s does not pull in exceljs or JSZip statically (the standalone workbook loads on demand)",
  (entry) => {
    const reached = packagesReached(entry);
    expect([...reached.keys()].filter((p) => /^(exceljs|jszip)(\/|$)/.test(p))).toEqual([]);
  }
);

test("the workbook export and import still reach exceljs, through dynamic imports", () => {
  const index = fs.readFileSync(path.join(ROOT, "src/io/export/index.ts"), "utf8");
  expect(index).toMatch(/await import\("\.\/xlsx"\)/);
  expect(packagesReached("src/io/export/xlsx/index.ts").has("exceljs")).toBe(true);
  expect(packagesReached("src/io/import/xlsx/index.ts").has("exceljs")).toBe(true);
});
