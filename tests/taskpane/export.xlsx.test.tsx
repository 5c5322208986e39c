/** @jest-environment jsdom */
/** The export view's standalone-workbook option (zh-CN and en-US): chosen, it exports the report as .xlsx. */
import "./setup";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as read from "../../src/excel/read";
import type { ReadResult } from "../../src/excel/read";
import * as io from "../../src/io/export";
import type { PaneView } from "../../src/taskpane/App";
import * as download from "../../src/taskpane/views/export/download";
import { ExportView } from "../../src/taskpane/views/export/View";
import { renderPane } from "./render";
import { zeroReport } from "../support/reports";

jest.mock("../../src/excel/narrative", () => ({
  ...jest.requireActual("../../src/excel/narrative"),
  readNarrative: jest.fn(async () => ({ narrative: null, report: null, problem: null })),
  narrativeStorageSupported: jest.fn(() => false),
}));
jest.mock("../../src/excel/read", () => ({ readReport: jest.fn() }));
jest.mock("../../src/io/export", () => ({
  ...jest.requireActual("../../src/io/export"),
  exportReport: jest.fn(async () => ({
    data: new Uint8Array([1]),
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: "xlsx",
    fileName: "报告.xlsx",
    notes: [],
  })),
}));
jest.mock("../../src/taskpane/views/export/download", () => ({
  ...jest.requireActual("../../src/taskpane/views/export/download"),
  downloadFile: jest.fn((f: { fileName: string }) => f.fileName),
}));

jest.setTimeout(30_000);

const VIEWS: PaneView[] = [{ id: "export", label: () => "导出", render: () => <ExportView /> }];

beforeEach(() => {
  (globalThis as { Office?: unknown }).Office = {
    context: { platform: "OfficeOnline", diagnostics: { platform: "OfficeOnline" } },
    PlatformType: { Mac: "Mac", PC: "PC", OfficeOnline: "OfficeOnline" },
  };
  (read as jest.Mocked<typeof read>).readReport.mockResolvedValue({
    report: zeroReport(2024, "某某市某某局"),
    problems: [],
  } as unknown as ReadResult);
});
afterAll(() => delete (globalThis as { Office?: unknown }).Office);

test("zh-CN: the option as the issue words it; exporting gives an .xlsx", async () => {
  renderPane("zh", VIEWS);
  await userEvent.click(
    screen.getByRole("radio", {
      name: "独立工作簿（.xlsx，可在 WPS / LibreOffice 中打开并自动标红）",
    })
  );
  expect(screen.getByText(/不装加载项也能用/)).toBeInTheDocument();
  await userEvent.click(screen.getByRole("button", { name: "导出文件" }));
  await waitFor(() => expect(download.downloadFile).toHaveBeenCalled());
  expect(io.exportReport).toHaveBeenLastCalledWith(expect.anything(), "xlsx", expect.anything());
});

test("en-US: the option in English", async () => {
  renderPane("en", VIEWS);
  expect(
    await screen.findByRole("radio", { name: /Standalone workbook \(\.xlsx/ })
  ).toBeInTheDocument();
});
