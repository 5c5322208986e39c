/** @jest-environment jsdom */
import "./setup";
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import * as excel from "../../src/excel";
import { checked, reportWithProblems } from "./fixtures";
import { renderPane } from "./render";

jest.mock("../../src/excel", () => ({
  insertReport: jest.fn(),
  checkWorkbook: jest.fn(),
  selectCell: jest.fn(),
  onTablesChanged: jest.fn(),
}));
const m = excel as jest.Mocked<typeof excel>;

async function seriousViolations(): Promise<string[]> {
  // color-contrast needs layout, which jsdom lacks; the browser tests cover it.
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

beforeEach(() => {
  m.checkWorkbook.mockResolvedValue(checked(reportWithProblems()));
  m.onTablesChanged.mockResolvedValue(async () => undefined);
});

test("insert view has no serious or critical axe violations", async () => {
  renderPane("zh");
  await act(async () => undefined);
  await userEvent.clear(screen.getByRole("textbox", { name: /报告年度/ }));
  await userEvent.click(screen.getByRole("button", { name: "插入表格" })); // with the error message shown
  expect(await seriousViolations()).toEqual([]);
}, 120000);

test("findings view (with an expanded blank list) has no serious or critical axe violations", async () => {
  renderPane("en");
  await userEvent.click(screen.getByRole("tab", { name: "Check results" }));
  await userEvent.click(await screen.findByRole("button", { name: /125 blank cells/ }));
  expect(await seriousViolations()).toEqual([]);
}, 120000);
