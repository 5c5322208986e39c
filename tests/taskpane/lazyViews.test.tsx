/** @jest-environment jsdom */
/**
 * 导入与汇总, 正文 and 导出 are split off the pane's first download: nothing the pane imports statically
 * reaches them (or the importer, htmlparser2, docx), and each is rendered — its chunk fetched — when its
 * tab is first shown, with a spinner meanwhile.
 */
import "./setup";
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { lazy } from "react";
import { VIEWS, type PaneView } from "../../src/taskpane/App";
import { reachedFrom } from "../architecture/imports";
import { CORE_VIEWS, renderPane } from "./render";

jest.mock("../../src/excel", () => ({
  insertReport: jest.fn(),
  checkWorkbook: jest.fn().mockResolvedValue({ kind: "noReport" }),
  selectCell: jest.fn(),
  onTablesChanged: jest.fn().mockResolvedValue(async () => undefined),
}));

/** Files and packages reached from `entry` through static imports (import() and type-only imports left out). */
function reached(entry: string): { files: Set<string>; packages: Set<string> } {
  const r = reachedFrom(entry);
  return { files: new Set(r.files.keys()), packages: new Set(r.packages.keys()) };
}

test("the first download reaches the insert form only: no other view, no Excel layer, importer, htmlparser2 or docx", () => {
  const { files, packages } = reached("src/taskpane/index.tsx");
  expect(files.has("src/taskpane/views/insert/View.tsx")).toBe(true);
  const split = [...files].filter(
    (f) =>
      f === "src/taskpane/views/findings/View.tsx" ||
      f.startsWith("src/excel/") ||
      f.startsWith("src/sheet/") ||
      f === "src/report/check/index.ts" ||
      f === "src/taskpane/views/compare/View.tsx" ||
      f === "src/taskpane/views/narrative/View.tsx" ||
      f === "src/taskpane/views/export/View.tsx" ||
      f.startsWith("src/io/import/")
  );
  expect(split).toEqual([]);
  expect([...packages].filter((p) => /^(htmlparser2|docx)(\/|$)/.test(p))).toEqual([]);
});

test("the pane's compare, narrative and export views are deferred; insert and findings are not", () => {
  expect(VIEWS.map((v) => [v.id, v.deferred === true])).toEqual([
    ["insert", false],
    ["findings", false],
    ["compare", true],
    ["narrative", true],
    ["export", true],
  ]);
});

test("a deferred view is rendered when its tab is first shown, with a spinner while it loads, and kept", async () => {
  let loaded: (() => void) | null = null;
  let loads = 0;
  const Late = lazy(() => {
    loads++;
    return new Promise<{ default: () => JSX.Element }>((resolve) => {
      loaded = () => resolve({ default: () => <input aria-label="晚到的输入框" /> });
    });
  });
  const late: PaneView = {
    id: "late",
    label: () => "晚到",
    deferred: true,
    render: () => <Late />,
  };
  renderPane("zh", [...CORE_VIEWS, late]);
  await act(async () => undefined);
  expect(loads).toBe(0);
  expect(document.getElementById("panel-late")).toBeEmptyDOMElement();

  await userEvent.click(screen.getByRole("tab", { name: "晚到" }));
  expect(await screen.findByText("正在加载…")).toBeVisible();
  expect(loads).toBe(1);
  await act(async () => loaded!());
  const box = await screen.findByRole("textbox", { name: "晚到的输入框" });
  await userEvent.type(box, "已填");

  // Hidden, then shown again: the same element, what was typed still there, nothing loaded again.
  await userEvent.click(screen.getByRole("tab", { name: "插入表格" }));
  expect(box).not.toBeVisible();
  await userEvent.click(screen.getByRole("tab", { name: "晚到" }));
  expect(screen.getByRole("textbox", { name: "晚到的输入框" })).toBe(box);
  expect(box).toHaveValue("已填");
  expect(loads).toBe(1);
});

test("a view whose code cannot be fetched says so; the other tabs keep working", async () => {
  const Broken = lazy(() =>
    Promise.reject(
      Object.assign(new Error("Loading chunk 498 failed."), { name: "ChunkLoadError" })
    )
  );
  const broken: PaneView = {
    id: "broken",
    label: () => "坏的",
    deferred: true,
    render: () => <Broken />,
  };
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    renderPane("zh", [...CORE_VIEWS, broken]);
    await userEvent.click(screen.getByRole("tab", { name: "坏的" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("这一页没有加载出来");
    await userEvent.click(screen.getByRole("tab", { name: "插入表格" }));
    expect(screen.getByRole("button", { name: "插入表格" })).toBeVisible();
  } finally {
    spy.mockRestore();
  }
});

test("the real 导出 view loads when its tab is opened", async () => {
  renderPane("zh", [...CORE_VIEWS, VIEWS.find((v) => v.id === "export")!]);
  await act(async () => undefined);
  expect(screen.queryByRole("heading", { name: "导出报告" })).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole("tab", { name: "导出" }));
  expect(await screen.findByRole("heading", { name: "导出报告" })).toBeVisible();
});
