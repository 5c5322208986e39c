/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import * as narrativeStore from "../../src/excel/narrative";
import * as printSheet from "../../src/excel/printSheet";
import * as read from "../../src/excel/read";
import type { ReadResult } from "../../src/excel/read";
import * as io from "../../src/io/export";
import { checkReport, type Report } from "../../src/report";
import type { PaneView } from "../../src/taskpane/App";
import * as download from "../../src/taskpane/views/export/download";
import { ExportView } from "../../src/taskpane/views/export/View";
import { registerNarrativeFlush } from "../../src/taskpane/views/narrative/pending";
import { renderPane } from "./render";
import { zeroReport } from "../support/reports";

jest.mock("../../src/excel/narrative", () => ({
  ...jest.requireActual("../../src/excel/narrative"),
  readNarrative: jest.fn(),
  narrativeStorageSupported: jest.fn(() => true),
}));
jest.mock("../../src/excel/read", () => ({ readReport: jest.fn() }));
jest.mock("../../src/excel/printSheet", () => ({ writePrintSheet: jest.fn() }));
jest.mock("../../src/io/export", () => ({
  ...jest.requireActual("../../src/io/export"),
  exportReport: jest.fn(),
}));
jest.mock("../../src/taskpane/views/export/download", () => ({
  ...jest.requireActual("../../src/taskpane/views/export/download"),
  downloadFile: jest.fn((f: { fileName: string }) => f.fileName),
  copyText: jest.fn(async () => true),
}));

jest.setTimeout(30_000);
// A loaded machine renders Fluent slowly; give async queries more than the default second.

const store = narrativeStore as jest.Mocked<typeof narrativeStore>;
const readMock = read as jest.Mocked<typeof read>;
const printMock = printSheet as jest.Mocked<typeof printSheet>;
const ioMock = io as jest.Mocked<typeof io>;
const dl = download as jest.Mocked<typeof download>;

const onReviewFindings = jest.fn();
const VIEWS: PaneView[] = [
  {
    id: "export",
    label: () => "导出",
    render: () => <ExportView onReviewFindings={onReviewFindings} />,
  },
];

/** Tables that break 表三's balancing rules (three errors, and LOC-01 naming the cell). */
function badReport(): Report {
  const r = zeroReport(2024, "某某市某某局");
  r.values["t3.resultTotal.natural"] = 5;
  return r;
}

function readResult(report: Report): ReadResult {
  return { report, problems: [] } as unknown as ReadResult;
}

const TEXT: narrativeStore.StoredNarrative = {
  id: "wb",
  agency: "某某市某某局办公室",
  date: "2025-01-20",
  // 五 and 六 written out, so the text itself raises nothing (S-09 asks for substance there).
  sections: {
    1: "总体情况正文",
    5: "（一）存在的主要问题\n主动公开栏目更新不够及时，政策解读形式比较单一。\n（二）改进情况\n建立栏目更新台账，推出图解解读。",
    6: "本年度未发出收费通知，未收取信息处理费。",
  },
  fees: { notices: "", billed: "", collected: "" },
};

function setPlatform(platform: string | undefined) {
  const g = globalThis as { Office?: unknown };
  if (platform === undefined) delete g.Office;
  else
    g.Office = {
      context: { platform, diagnostics: { platform } },
      PlatformType: { Mac: "Mac", PC: "PC", OfficeOnline: "OfficeOnline" },
    };
}

beforeEach(() => {
  jest.clearAllMocks();
  setPlatform("OfficeOnline");
  store.narrativeStorageSupported.mockReturnValue(true);
  store.readNarrative.mockResolvedValue({ narrative: TEXT, report: null, problem: null });
  readMock.readReport.mockResolvedValue(readResult(badReport()));
  ioMock.exportReport.mockImplementation(async (report, format) => ({
    data: format === "html" ? "<div>报告</div>" : "x",
    mime: "application/octet-stream",
    extension: format,
    fileName: `${report.agency}2024年政府信息公开工作年度报告.${format}`,
    notes: [],
  }));
  printMock.writePrintSheet.mockResolvedValue({
    sheetName: "年报打印稿",
    address: "A1:AD120",
    pageLayout: true,
  });
});

afterAll(() => setPlatform(undefined));

/**
 * The pre-flight dialog. Tabster's modalizer may mark the open surface aria-hidden for a moment in jsdom
 * (focus does not move there), so the dialog and its buttons are looked up including hidden ones.
 */
const preflight = () => screen.findByRole("dialog", { name: "导出前检查", hidden: true });
const button = (dialog: HTMLElement, name: string) =>
  within(dialog).getByRole("button", { name, hidden: true });

/** The report the export must receive: the tables as read, with the pane's text; nothing corrected. */
function expectedReport(tables: Report): Report {
  return { ...tables, agency: TEXT.agency, date: TEXT.date, narrative: TEXT.sections };
}

describe("pre-flight check", () => {
  test("open findings are counted; 返回修改 exports nothing and goes to the findings", async () => {
    renderPane("zh", VIEWS);
    await userEvent.click(screen.getByRole("button", { name: "导出文件" }));
    const dialog = await preflight();
    const counts = checkReport(expectedReport(badReport()));
    // T3-01..03 and LOC-01 (the likely typo)
    expect(counts.filter((f) => f.severity === "error")).toHaveLength(4);
    expect(within(dialog).getByText("检查发现 4 个错误、0 个警告尚未处理。")).toBeInTheDocument();
    expect(within(dialog).getByText(counts[0].message.zh)).toBeInTheDocument();
    expect(within(dialog).getByText(/检查不会改动任何数字或文字/)).toBeInTheDocument();

    await userEvent.click(button(dialog, "返回修改"));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(ioMock.exportReport).not.toHaveBeenCalled();
    expect(dl.downloadFile).not.toHaveBeenCalled();
    expect(onReviewFindings).toHaveBeenCalledTimes(1);
  });

  test("English: the pre-flight dialog and the download in English", async () => {
    renderPane("en", VIEWS);
    expect(screen.getByRole("radio", { name: /Standalone workbook/ })).toBeInTheDocument();
    expect(screen.getByText(/Laid out per GB\/T 9704/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Export file" }));
    const dialog = await screen.findByRole("dialog", { name: "Check before export", hidden: true });
    expect(
      within(dialog).getByText("The check found 4 error(s) and 0 warning(s) still open.")
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/the check changes no number or text/)).toBeInTheDocument();
    await userEvent.click(button(dialog, "Export anyway"));
    await waitFor(() => expect(dl.downloadFile).toHaveBeenCalledTimes(1));
    expect(
      await screen.findByText(/Look for it in the browser's download bar/)
    ).toBeInTheDocument();
  });

  test("仍然导出 exports the report exactly as read (with the pane's text) and confirms the download", async () => {
    renderPane("zh", VIEWS);
    await userEvent.click(screen.getByRole("button", { name: "导出文件" }));
    const dialog = await preflight();
    await userEvent.click(button(dialog, "仍然导出"));
    await waitFor(() => expect(dl.downloadFile).toHaveBeenCalledTimes(1));
    expect(ioMock.exportReport).toHaveBeenCalledWith(expectedReport(badReport()), "docx", {
      fontPreset: "gb2312",
    });
    const file = dl.downloadFile.mock.calls[0][0];
    expect(file.fileName).toBe("某某市某某局办公室2024年政府信息公开工作年度报告.docx");
    expect(
      await screen.findByText(`已生成 ${file.fileName}，请在浏览器下载栏查看。`)
    ).toBeInTheDocument();
  });

  test("a clean report exports straight away, in the chosen format and fonts", async () => {
    readMock.readReport.mockResolvedValue(readResult(zeroReport(2024, "某某市某某局")));
    renderPane("zh", VIEWS);
    await userEvent.click(screen.getByRole("radio", { name: "Word（.docx）" }));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "字体" }), "windows");
    await userEvent.click(screen.getByRole("button", { name: "导出文件" }));
    await waitFor(() => expect(dl.downloadFile).toHaveBeenCalled());
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(ioMock.exportReport).toHaveBeenCalledWith(expect.anything(), "docx", {
      fontPreset: "windows",
    });

    await userEvent.click(screen.getByRole("radio", { name: "CSV" }));
    expect(screen.queryByRole("combobox", { name: "字体" })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "导出文件" }));
    await waitFor(() =>
      expect(ioMock.exportReport).toHaveBeenLastCalledWith(expect.anything(), "csv", {
        fontPreset: "windows",
      })
    );
  });

  test("what the layout gave up is said with the download (values at 小五)", async () => {
    readMock.readReport.mockResolvedValue(readResult(zeroReport(2024, "某某市某某局")));
    ioMock.exportReport.mockImplementationOnce(async (report, format) => ({
      data: "x",
      mime: "application/octet-stream",
      extension: format,
      fileName: `报告.${format}`,
      notes: [{ zh: "表四的数字较宽，数值改用小五号字。", en: "Table 4 at 小五." }],
    }));
    renderPane("zh", VIEWS);
    await userEvent.click(screen.getByRole("radio", { name: "Word（.docx）" }));
    await userEvent.click(screen.getByRole("button", { name: "导出文件" }));
    expect(
      await screen.findByText(
        "已生成 报告.docx，请在浏览器下载栏查看。 表四的数字较宽，数值改用小五号字。"
      )
    ).toBeInTheDocument();
  });

  test("pending text edits are saved before the report is read", async () => {
    const order: string[] = [];
    const unregister = registerNarrativeFlush(async () => void order.push("flush"));
    readMock.readReport.mockImplementation(async () => {
      order.push("read");
      return readResult(zeroReport(2024, "某某市某某局"));
    });
    renderPane("zh", VIEWS);
    await userEvent.click(screen.getByRole("button", { name: "导出文件" }));
    await waitFor(() => expect(dl.downloadFile).toHaveBeenCalled());
    expect(order).toEqual(["flush", "read"]);
    unregister();
  });

  test("no tables: says so, exports nothing", async () => {
    readMock.readReport.mockResolvedValue(null);
    renderPane("zh", VIEWS);
    await userEvent.click(screen.getByRole("button", { name: "导出文件" }));
    expect(await screen.findByText(/没有找到报告表格/)).toBeInTheDocument();
    expect(ioMock.exportReport).not.toHaveBeenCalled();
  });
});

describe("Excel for Mac", () => {
  beforeEach(() => setPlatform("Mac"));

  test("says plainly that it cannot download, and offers the print sheet and the HTML code", async () => {
    renderPane("zh", VIEWS);
    expect(screen.getByText("Excel for Mac 不能从任务窗格下载文件")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "导出文件" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "写入打印工作表" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "复制网页代码" })).toBeInTheDocument();
  });

  test("写入打印工作表: checked first, then the sheet is written", async () => {
    renderPane("zh", VIEWS);
    await userEvent.click(screen.getByRole("button", { name: "写入打印工作表" }));
    const dialog = await preflight();
    await userEvent.click(button(dialog, "仍然导出"));
    await waitFor(() => expect(printMock.writePrintSheet).toHaveBeenCalledTimes(1));
    // No preset chosen: the print sheet's own default, faces every host has.
    expect(printMock.writePrintSheet).toHaveBeenCalledWith(expectedReport(badReport()), {});
    expect(await screen.findByText(/已写入工作表“年报打印稿”/)).toBeInTheDocument();
    expect(dl.downloadFile).not.toHaveBeenCalled();
  });

  test("复制网页代码: the HTML fragment goes to the clipboard, with a confirmation", async () => {
    readMock.readReport.mockResolvedValue(readResult(zeroReport(2024, "某某市某某局")));
    renderPane("zh", VIEWS);
    await userEvent.click(screen.getByRole("button", { name: "复制网页代码" }));
    await waitFor(() => expect(dl.copyText).toHaveBeenCalledWith("<div>报告</div>"));
    expect(ioMock.exportReport).toHaveBeenCalledWith(expect.anything(), "html", {
      htmlFragment: true,
    });
    expect(await screen.findByText(/已复制网页代码（13 个字符）/)).toBeInTheDocument();
  });

  test("a clipboard that refuses is reported", async () => {
    readMock.readReport.mockResolvedValue(readResult(zeroReport(2024, "某某市某某局")));
    dl.copyText.mockResolvedValueOnce(false);
    renderPane("zh", VIEWS);
    await userEvent.click(screen.getByRole("button", { name: "复制网页代码" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/无法写入剪贴板/);
  });

  test("detected through Office.PlatformType as well", async () => {
    (globalThis as { Office?: unknown }).Office = {
      context: { platform: "Mac" },
      PlatformType: { Mac: "Mac" },
    };
    renderPane("en", VIEWS);
    expect(
      screen.getByText("Excel for Mac cannot download files from the task pane")
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Write a print sheet" })).toBeInTheDocument();
  });
});

test.each(["OfficeOnline", "Mac"])(
  "no serious accessibility violations on %s (axe)",
  async (platform) => {
    setPlatform(platform);
    renderPane("zh", VIEWS);
    const result = await axe.run(document.body, {
      rules: { "color-contrast": { enabled: false } },
    });
    expect(
      result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => v.id)
    ).toEqual([]);
  }
);

test("on Windows the alternatives are there too, under 其他方式", async () => {
  setPlatform("PC");
  renderPane("zh", VIEWS);
  expect(screen.queryByText("Excel for Mac 不能从任务窗格下载文件")).not.toBeInTheDocument();
  expect(screen.getByRole("button", { name: "导出文件" })).toBeInTheDocument();
  expect(screen.getByRole("heading", { name: "其他方式" })).toBeInTheDocument();
});
