/** @jest-environment jsdom */
/**
 * The pane's part of issue 13: LOC-01 listed first with its one-click fix (asked first, one write),
 * “把空白格填为 0” for the blank cells (asked first, one write), and the help link.
 */
import "./setup";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as excel from "../../src/excel";
import { withTotals } from "../../src/report";
import { checked } from "./fixtures";
import * as prepare from "../../src/taskpane/views/narrative/current";
import { CORE_VIEWS, renderPane } from "./render";
import { zeroReport } from "../support/reports";

jest.mock("../../src/taskpane/views/narrative/current", () => ({ currentNarrative: jest.fn() }));
jest.mock("../../src/excel", () => ({
  insertReport: jest.fn(),
  checkWorkbook: jest.fn(),
  selectCell: jest.fn(),
  onTablesChanged: jest.fn(),
  writeValues: jest.fn(),
}));
const m = excel as jest.Mocked<typeof excel>;

/** 商业企业 · （一）予以公开 typed 25 for 21, totals as they should be. */
function mistyped() {
  const r = zeroReport(2024, "某某局");
  r.values["t3.new.business"] = 21;
  r.values["t3.open.business"] = 21;
  const balanced = withTotals(r);
  balanced.values["t3.open.business"] = 25;
  return balanced;
}

const narrative = prepare.currentNarrative as jest.Mock;

// Tabster's modalizer may mark an open dialog aria-hidden for a moment in jsdom: dialogs are looked
// up including hidden ones (as tests/taskpane/export.test.tsx does).
beforeEach(() => {
  jest.clearAllMocks();
  narrative.mockResolvedValue(null);
  m.onTablesChanged.mockResolvedValue(async () => undefined);
  m.writeValues.mockResolvedValue(undefined);
});

async function showFindings(lang: "zh" | "en" = "zh") {
  renderPane(lang, CORE_VIEWS);
  await userEvent.click(
    screen.getByRole("tab", { name: lang === "zh" ? "检查结果" : "Check results" })
  );
}

test("LOC-01 comes first, names the cell, and “改为 21” asks before one write, then checks again", async () => {
  const result = checked(mistyped());
  m.checkWorkbook.mockResolvedValue(result);
  await showFindings();
  const groups = await screen.findAllByRole("heading", { level: 3 });
  expect(groups[0]).toHaveTextContent("最可能填错的格子");
  const first = within(screen.getAllByRole("listitem")[0]);
  expect(first.getByRole("button", { name: /LOC-01/ })).toHaveTextContent(
    /表三“（一）予以公开”行“法人或其他组织\/商业企业”列很可能填错了/
  );
  const checks = m.checkWorkbook.mock.calls.length;
  await userEvent.click(first.getByRole("button", { name: "改为 21" }));
  const dialog = await screen.findByRole("dialog", { hidden: true });
  expect(dialog).toHaveTextContent(/从 25 改为 21/);
  expect(m.writeValues).not.toHaveBeenCalled();
  const where = result.findings.find((f) => f.rule === "LOC-01")!.locations[0]!.address;
  await userEvent.click(within(dialog).getByRole("button", { name: "改为 21", hidden: true }));
  expect(m.writeValues).toHaveBeenCalledTimes(1);
  expect(m.writeValues).toHaveBeenCalledWith([{ address: where, value: 21 }]);
  expect(m.checkWorkbook.mock.calls.length).toBeGreaterThan(checks);
});

test("cancelling the question writes nothing", async () => {
  m.checkWorkbook.mockResolvedValue(checked(mistyped()));
  await showFindings("en");
  await userEvent.click(await screen.findByRole("button", { name: "Change to 21" }));
  const dialog = await screen.findByRole("dialog", { hidden: true });
  await userEvent.click(
    await within(dialog).findByRole("button", { name: "Cancel", hidden: true })
  );
  expect(m.writeValues).not.toHaveBeenCalled();
});

test("a tie offers no one-click fix that would pick one of the cells", async () => {
  const r = withTotals(zeroReport(2024, "某某局"));
  r.values["t4.cases.review.total"] = 3; // any of the group's five cells could be the typo
  m.checkWorkbook.mockResolvedValue(checked(r));
  await showFindings();
  const items = await screen.findAllByRole("button", { name: /LOC-01/ });
  expect(items.length).toBe(5);
  expect(items[0]).toHaveTextContent("共有 5 种");
  expect(screen.queryByRole("button", { name: /^改为/ })).toBeNull();
});

test("“把空白格填为 0” asks with the count, then writes every blank in one call", async () => {
  const r = zeroReport(2024, "某某局");
  r.values["t3.open.natural"] = null;
  r.values["t2.rules.issued"] = "-";
  r.values["t4.cases.review.pending"] = null;
  const result = checked(r);
  m.checkWorkbook.mockResolvedValue(result);
  await showFindings();
  await userEvent.click(await screen.findByRole("button", { name: "把空白格填为 0" }));
  const dialog = await screen.findByRole("dialog", { hidden: true });
  expect(dialog).toHaveTextContent("表二、表三、表四有 3 个格子空着或填了横线");
  await userEvent.click(within(dialog).getByRole("button", { name: "填入 3 个 0", hidden: true }));
  expect(m.writeValues).toHaveBeenCalledTimes(1);
  const written = m.writeValues.mock.calls[0][0];
  expect(written.map((w) => w.value)).toEqual([0, 0, 0]);
  const blanks = result.findings.filter((f) => f.rule === "ALL-02");
  expect(written.map((w) => w.address).sort()).toEqual(
    blanks.map((f) => f.locations[0]!.address).sort()
  );
});

test("no blanks: no fill action; the help link is there in both languages", async () => {
  m.checkWorkbook.mockResolvedValue(checked(withTotals(zeroReport(2024, "某某局"))));
  await showFindings();
  await screen.findByText(/没有发现问题/);
  expect(screen.queryByRole("button", { name: "把空白格填为 0" })).toBeNull();
  expect(screen.getByRole("link", { name: "使用帮助" })).toHaveAttribute("href", "help.html");
});

test("en: the help link", async () => {
  m.checkWorkbook.mockResolvedValue({ kind: "noReport" });
  await showFindings("en");
  expect(screen.getByRole("link", { name: "Help" })).toHaveAttribute("target", "_blank");
});

test("the text's S-08 and S-09 are listed with the table findings", async () => {
  narrative.mockResolvedValue({
    agency: "某某局",
    date: "",
    sections: { 1: "2024年，本机关扎实推进政务公开。", 5: "一是……；二是……。", 6: "无" },
    fees: { notices: "", billed: "", collected: "" },
  });
  // The workbook check adds the 正文 view's text to the report it reads (withText), as real Excel does.
  m.checkWorkbook.mockImplementation(async (opts) =>
    checked((opts?.withText ?? ((r) => r))(withTotals(zeroReport(2024, "某某局"))))
  );
  await showFindings();
  expect(await screen.findByText("S-08")).toBeInTheDocument();
  expect(screen.getAllByText("S-09")).toHaveLength(2); // 五 and 六 (2021: fees not stated)
  expect(screen.getByText("提醒 3")).toBeInTheDocument();
  expect(narrative).toHaveBeenCalledWith({ flush: false }); // a check never saves the 正文 view's edits
});
