/** @jest-environment jsdom */
/** The real pane over the demo Excel host: insert, check, go to a cell, live refresh. */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { cellsOf } from "../../src/report";
import { addressIn, harness, type Harness } from "../excel/harness";
import { renderPane } from "./render";

let h: Harness & { uninstall: () => void };
beforeEach(() => {
  h = harness();
});
afterEach(() => h.uninstall());

test("insert, see the blanks, fill in, fix a total, jump to it", async () => {
  renderPane("zh");
  const year = screen.getByRole("textbox", { name: /报告年度/ });
  await userEvent.clear(year);
  await userEvent.type(year, "2024");
  await userEvent.type(screen.getByRole("textbox", { name: "机关名称" }), "某某局");
  await userEvent.click(screen.getByRole("button", { name: "插入表格" }));
  expect(await screen.findByText(/表格已插入到工作表“2024年报表格”/)).toBeInTheDocument();
  expect(h.host.workbook.activeSheet.name).toBe("2024年报表格");
  expect(h.value("A1")).toBe("某某局2024年政府信息公开工作年度报告");

  await userEvent.click(screen.getByRole("tab", { name: "检查结果" }));
  // (text queries: role queries over this many elements are slow in jsdom)
  expect(
    await screen.findByText("表三有 175 个空白格，请填 0", undefined)
  ).toBeInTheDocument();
  expect(screen.getByText("提醒 200")).toBeInTheDocument();

  // The agency fills the tables (a paste: no events), with one wrong total, and checks again.
  for (const c of cellsOf({ edition: "2021" })) h.paste(addressIn("2021", c.key), [[0]]);
  const total = addressIn("2021", "t3.resultTotal.natural");
  h.paste(total, [[5]]);
  await userEvent.click(screen.getByRole("button", { name: "重新检查" }));
  expect(await screen.findByText("错误 4")).toBeInTheDocument(); // T3-01..03 and LOC-01
  const item = screen.getByText("（七）总计应等于各项办理结果之和").closest("button")!;
  expect(item).toHaveTextContent(`表三 · （七）总计 · 自然人 · ${total}`);
  await userEvent.click(item);
  await waitFor(() =>
    expect(h.sheet("2024年报表格").selection).toMatchObject({
      r0: Number(total.slice(1)) - 1,
      c0: 3,
    })
  );

  // Typing the right total in the sheet refreshes the list by itself.
  h.type(total, "0");
  await h.host.flushEvents();
  expect(
    await screen.findByText("没有发现问题，各项勾稽关系都成立。", undefined)
  ).toBeInTheDocument();
  expect(
    within(document.getElementById("panel-findings")!).getByText("错误 0")
  ).toBeInTheDocument();
}, 120000);

test("a first insert goes on a new sheet, whatever the active sheet holds", async () => {
  h.paste("B2", [["备忘"]]);
  renderPane("zh");
  await userEvent.click(screen.getByRole("button", { name: "插入表格" }));
  expect(await screen.findByText(/表格已插入到工作表“\d{4}年报表格”/)).toBeInTheDocument();
  expect(screen.queryByRole("dialog", { hidden: true })).not.toBeInTheDocument();
  expect(h.value("B2", "Sheet1")).toBe("备忘");
  expect(h.host.workbook.activeSheet.name).toMatch(/^\d{4}年报表格$/);
}, 120000);

test("inserting another year over the workbook's report asks first, in a dialog", async () => {
  renderPane("zh");
  const year = screen.getByRole("textbox", { name: /报告年度/ });
  await userEvent.clear(year);
  await userEvent.type(year, "2024");
  await userEvent.click(screen.getByRole("button", { name: "插入表格" }));
  expect(await screen.findByText(/表格已插入到工作表“2024年报表格”/)).toBeInTheDocument();
  h.type(addressIn("2021", "t3.new.natural"), "6");

  await userEvent.clear(year);
  await userEvent.type(year, "2023");
  await userEvent.click(screen.getByRole("button", { name: "插入表格" }));
  const dialog = await screen.findByRole("dialog", { hidden: true });
  expect(dialog).toHaveTextContent("工作表“2024年报表格”的 A1:");
  await userEvent.click(
    within(dialog).getByRole("button", { name: "插入到新工作表", hidden: true })
  );
  await waitFor(() =>
    expect(screen.queryByRole("dialog", { hidden: true })).not.toBeInTheDocument()
  );
  expect(h.host.workbook.activeSheet.name).toBe("2023年报表格");
  expect(h.value(addressIn("2021", "t3.new.natural"), "2024年报表格")).toBe(6);
}, 120000);

test("the findings view lists the narrative findings the export's pre-check lists", async () => {
  const { insertReport } = await import("../../src/excel");
  const { writeNarrative, emptyNarrative } = await import("../../src/excel/narrative");
  const { checkReport } = await import("../../src/report");
  const { reportWithNarrative } = await import("../../src/taskpane/views/narrative/model");
  await insertReport({ year: 2024, edition: "2021", agency: "某某局", totalsAsFormulas: false });
  const wb = h.host.workbook;
  for (const c of cellsOf({ edition: "2021" }))
    wb.cells.write(wb.activeSheet, { ...parsed(addressIn("2021", c.key)) }, [[0]]);
  const text = { ...emptyNarrative(), sections: { 1: "2024年，我局共收到政府信息公开申请26件。" } };
  await writeNarrative(text);
  // What the export's pre-check finds beyond the tables: the sentence says 26, the table 0.
  const { readReport } = await import("../../src/excel");
  const read = (await readReport())!;
  const tableOnly = new Set(checkReport(read.report).map((f) => f.message.zh));
  const extra = checkReport(reportWithNarrative(read.report, text)).filter(
    (f) => !tableOnly.has(f.message.zh)
  );
  expect(extra.length).toBeGreaterThan(0);

  renderPane("zh");
  await userEvent.click(screen.getByRole("tab", { name: "检查结果" }));
  const panel = () => document.getElementById("panel-findings")!;
  await waitFor(() => expect(panel().textContent).toContain(extra[0].message.zh));
}, 120000);

/** A cell address as the model's rectangle. */
function parsed(address: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  return { r0: row, c0: col, r1: row, c1: col };
}
