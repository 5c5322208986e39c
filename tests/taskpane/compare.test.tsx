/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TextDecoder as NodeTextDecoder } from "util";
import * as consolidateMod from "../../src/excel/consolidateSheets";
import * as importMod from "../../src/excel/importSheet";
import * as lastYearMod from "../../src/excel/lastYear";
import * as navigateMod from "../../src/excel/navigate";
import * as sheetsMod from "../../src/excel/reportSheets";
import type { ReportSheetInfo } from "../../src/excel/reportSheets";
import { reportToJson } from "../../src/io/json";
import { checkReport, type Report } from "../../src/report";
import { VIEWS, type PaneView } from "../../src/taskpane/App";
import { CompareView } from "../../src/taskpane/views/compare/View";
import { SHELL_STRINGS } from "../../src/taskpane/strings";
import { yearPair } from "../excel/lastYearPairs";
import { locate } from "./fixtures";
import { renderPane } from "./render";

jest.mock("../../src/excel/importSheet", () => ({
  ...jest.requireActual("../../src/excel/importSheet"),
  importToWorkbook: jest.fn(),
}));
jest.mock("../../src/excel/lastYear", () => ({
  ...jest.requireActual("../../src/excel/lastYear"),
  compareWithLastYear: jest.fn(),
  carryOverFromLastYear: jest.fn(),
}));
jest.mock("../../src/excel/consolidateSheets", () => ({ consolidateSheets: jest.fn() }));
jest.mock("../../src/excel/reportSheets", () => ({ listReportSheets: jest.fn(), CURRENT_KEY: "GK_REPORT" }));
jest.mock("../../src/excel/navigate", () => ({ selectCell: jest.fn() }));

jest.setTimeout(30000);

// jsdom has no TextDecoder; the pane's hosts (Edge WebView2, Safari) do.
Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

const m = {
  importToWorkbook: importMod.importToWorkbook as jest.Mock,
  compare: lastYearMod.compareWithLastYear as jest.Mock,
  carry: lastYearMod.carryOverFromLastYear as jest.Mock,
  consolidate: consolidateMod.consolidateSheets as jest.Mock,
  list: sheetsMod.listReportSheets as jest.Mock,
  select: navigateMod.selectCell as jest.Mock,
};

const onChanged = jest.fn();
const VIEW: PaneView = {
  id: "compare",
  label: (t) => t.tabs.compare,
  render: (c) => <CompareView changeToken={c.changeToken} onChanged={() => (onChanged(), c.workbookChanged())} />,
};

const SHEETS: ReportSheetInfo[] = [
  { key: "GK_REPORT", sheetName: "2024年报", edition: "2021", year: 2024, agency: "示例局", current: true, kind: "report" },
  { key: "GKX_1_REPORT", sheetName: "示例局2023", edition: "2021", year: 2023, agency: "示例局", current: false, kind: "import", source: "2023.txt" },
  { key: "GKX_2_REPORT", sheetName: "乙局2024", edition: "2021", year: 2024, agency: "乙局", current: false, kind: "import" },
];

async function settle() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

/** The pane renders slowly in jsdom: wait for the list to load and last year's sheet to be offered. */
async function lastYearChosen() {
  await waitFor(() => expect(screen.getByRole("combobox", { name: "上年报告" })).toHaveValue("GKX_1_REPORT"));
}

/**
 * The open dialog. Fluent's motion and tabster's modalizer set aria-hidden on the surface for a while in
 * jsdom, so it is found with hidden elements included.
 */
function findDialog(): Promise<HTMLElement> {
  return screen.findByRole("dialog", { hidden: true });
}

function renderView(lang: "zh" | "en" = "zh") {
  const r = renderPane(lang, [VIEW]);
  return r;
}

beforeEach(() => {
  jest.clearAllMocks();
  m.list.mockResolvedValue(SHEETS);
  m.select.mockResolvedValue(undefined);
});

describe("import", () => {
  const { prev } = yearPair(1);
  const report: Report = { ...prev, values: { ...prev.values, "t3.new.natural": "12件" } };

  function imported(over: Partial<Extract<importMod.ImportSheetResult, { status: "imported" }>> = {}) {
    return {
      status: "imported" as const,
      format: "text" as const,
      sheetName: "示例局2023",
      key: "GKX_3_REPORT",
      current: false,
      report,
      importFindings: locate(
        [{ rule: "L-01", severity: "info" as const, cells: [{ key: "t3.open.natural", table: 3 as const, row: "（一）予以公开", column: "自然人" }], message: { zh: "标签与官方写法不同：“（一）予以公开了”", en: "Label differs" } }],
        report,
      ),
      findings: locate(checkReport(report), report),
      problems: [{ where: { line: 41, table: 3 as const }, message: { zh: "表三缺少“（五）不予处理”行。", en: "Table 3 has no row." } }],
      ...over,
    };
  }

  test("pasted text → importToWorkbook; the sheet, the import's notes with their place, and the findings are listed", async () => {
    m.importToWorkbook.mockResolvedValue(imported());
    renderView();
    await settle();
    expect(m.list).toHaveBeenCalledTimes(1);
    const box = screen.getByRole("textbox", { name: /粘贴报告全文/ });
    await userEvent.click(box);
    await userEvent.paste("示例局2023年政府信息公开工作年度报告……");
    await userEvent.click(screen.getByRole("button", { name: "导入到新工作表" }));
    await waitFor(() => expect(m.importToWorkbook).toHaveBeenCalledWith("示例局2023年政府信息公开工作年度报告……", undefined, { lang: "zh" }));
    expect(await screen.findByText(/已导入到新工作表“示例局2023”/)).toBeInTheDocument();
    expect(screen.getByText("第41行：表三缺少“（五）不予处理”行。")).toBeInTheDocument();
    expect(screen.getByText(/标签与官方写法不同/)).toBeInTheDocument();
    // The unit typed into a cell is a finding; clicking it goes to the cell.
    const s05 = screen.getAllByRole("button").find((b) => /S-05/.test(b.textContent ?? ""))!;
    await userEvent.click(s05);
    expect(m.select).toHaveBeenCalledWith(expect.stringMatching(/^'2024年报'!/));
    // The other views hear of it, and the list of sheets is read again.
    expect(onChanged).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(m.list).toHaveBeenCalledTimes(2));
  });

  test("English: the import, its notes with their place and the counts in English", async () => {
    m.importToWorkbook.mockResolvedValue(imported({ current: true }));
    renderView("en");
    await settle();
    await userEvent.click(screen.getByRole("textbox", { name: /Paste the report's full text/ }));
    await userEvent.paste("Annual report……");
    await userEvent.click(screen.getByRole("button", { name: "Import to a new sheet" }));
    await waitFor(() => expect(m.importToWorkbook).toHaveBeenCalledWith("Annual report……", undefined, { lang: "en" }));
    expect(await screen.findByText(/Imported to the new sheet “示例局2023”.*It is now this workbook's report/)).toBeInTheDocument();
    expect(screen.getByText(/errors, .* warnings/)).toBeInTheDocument();
    expect(screen.getByText("line 41: Table 3 has no row.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: /notes from the import/ })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: /findings$/ })).toBeInTheDocument();
  });

  test("English: nothing pasted, an unreadable text", async () => {
    renderView("en");
    await settle();
    await userEvent.click(screen.getByRole("button", { name: "Import to a new sheet" }));
    expect(await screen.findByText("Paste the report's text or choose a file first.")).toBeInTheDocument();
    m.importToWorkbook.mockResolvedValue({ status: "unreadable", problems: [{ where: {}, message: { zh: "空的。", en: "Empty." } }] });
    await userEvent.click(screen.getByRole("textbox", { name: /Paste the report's full text/ }));
    await userEvent.paste("x");
    await userEvent.click(screen.getByRole("button", { name: "Import to a new sheet" }));
    expect(await screen.findByText("Cannot import; the workbook was not changed")).toBeInTheDocument();
    expect(screen.getByText("Empty.")).toBeInTheDocument();
    expect(screen.getByText(/Check that the pasted text is complete/)).toBeInTheDocument();
  });

  test("unreadable: the problems say what and where; nothing changed", async () => {
    m.importToWorkbook.mockResolvedValue({
      status: "unreadable",
      format: "text",
      problems: [
        { where: { line: 12 }, message: { zh: "这一行的数字个数与表头不符。", en: "Wrong number of values." } },
        { where: { table: 3, row: "（七）总计" }, message: { zh: "读不出数值。", en: "No values." } },
        { where: {}, message: { zh: "没有找到报告的标题或统计表格，无法导入。", en: "Nothing." } },
      ],
    });
    renderView();
    await userEvent.click(screen.getByRole("textbox", { name: /粘贴报告全文/ }));
    await userEvent.paste("乱七八糟");
    await userEvent.click(screen.getByRole("button", { name: "导入到新工作表" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("无法导入，工作簿未作任何改动");
    expect(within(alert).getByText("第12行：这一行的数字个数与表头不符。")).toBeInTheDocument();
    expect(within(alert).getByText("表三“（七）总计”行：读不出数值。")).toBeInTheDocument();
    expect(within(alert).getByText("没有找到报告的标题或统计表格，无法导入。")).toBeInTheDocument();
    expect(onChanged).not.toHaveBeenCalled();
  });

  test("nothing pasted, no file: a message, no call", async () => {
    renderView();
    await userEvent.click(screen.getByRole("button", { name: "导入到新工作表" }));
    expect(await screen.findByText("请先粘贴报告全文或选择文件。")).toBeInTheDocument();
    expect(m.importToWorkbook).not.toHaveBeenCalled();
  });

  test("a GBK file is decoded (UTF-8 fails, GB18030 reads) and imported under its name", async () => {
    m.importToWorkbook.mockResolvedValue(imported({ current: true }));
    renderView();
    const gbk = new Uint8Array([0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6]); // 年度报告
    const file = new File([gbk], "报告.txt", { type: "text/plain" });
    await userEvent.upload(screen.getByLabelText("或选择文件"), file);
    expect(screen.getByText("已选文件：报告.txt")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "导入到新工作表" }));
    await waitFor(() => expect(m.importToWorkbook).toHaveBeenCalledWith("年度报告", "报告.txt", { lang: "zh" }));
    expect(await screen.findByText(/它现在是本工作簿的报告/)).toBeInTheDocument();
  });

  test("a JSON file in UTF-8 is passed as is", async () => {
    m.importToWorkbook.mockResolvedValue(imported());
    renderView();
    const json = reportToJson(report);
    await userEvent.upload(screen.getByLabelText("或选择文件"), new File([json], "r.json", { type: "application/json" }));
    await userEvent.click(screen.getByRole("button", { name: "导入到新工作表" }));
    await waitFor(() => expect(m.importToWorkbook).toHaveBeenCalledWith(json, "r.json", { lang: "zh" }));
  });

  test("IME: Ctrl+Enter while composing does nothing; Ctrl+Enter imports; plain Enter is a new line", async () => {
    m.importToWorkbook.mockResolvedValue(imported());
    renderView();
    const box = screen.getByRole("textbox", { name: /粘贴报告全文/ });
    fireEvent.change(box, { target: { value: "报告" } });
    fireEvent.keyDown(box, { key: "Enter", ctrlKey: true, isComposing: true });
    fireEvent.keyDown(box, { key: "Enter", ctrlKey: true, keyCode: 229 });
    fireEvent.keyDown(box, { key: "Enter" });
    await settle();
    expect(m.importToWorkbook).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: "Enter", ctrlKey: true });
    await waitFor(() => expect(m.importToWorkbook).toHaveBeenCalledTimes(1));
  });
});

describe("last year", () => {
  const { prev, mismatching } = yearPair(3);
  const xFindings = locate(
    checkReport(mismatching, { prev }).filter((f) => f.rule.startsWith("X-")),
    mismatching,
  );

  test("last year's sheet is offered by itself; 比对 lists the cross-year findings, each going to its cell", async () => {
    m.compare.mockResolvedValue({ status: "checked", sheetName: "2024年报", prevLabel: "示例局2023", findings: xFindings, all: xFindings });
    renderView();
    const select = await screen.findByRole("combobox", { name: "上年报告" });
    await lastYearChosen();
    // This year's own report is not offered as last year's.
    expect(within(select).queryByText(/^2024年报/)).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "比对" }));
    await waitFor(() => expect(m.compare).toHaveBeenCalledWith({ key: "GKX_1_REPORT" }));
    expect(await screen.findByText(/与上年报告“示例局2023”比对，发现 2 处/)).toBeInTheDocument();
    const item = screen.getAllByRole("button").find((b) => /X-01/.test(b.textContent ?? ""))!;
    expect(item).toHaveTextContent("上年结转");
    await userEvent.click(item);
    expect(m.select).toHaveBeenCalledWith(xFindings[0].locations[0]!.address);
  });

  test("English: the comparison, a clean one, and no last year chosen", async () => {
    m.compare.mockResolvedValue({ status: "checked", sheetName: "2024年报", prevLabel: "示例局2023", findings: xFindings, all: xFindings });
    renderView("en");
    expect(await screen.findByRole("combobox", { name: "Last year's report" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Compare" }));
    expect(await screen.findByText(/Compared with “示例局2023”: 2 findings/)).toBeInTheDocument();
    m.compare.mockResolvedValue({ status: "checked", sheetName: "2024年报", prevLabel: "示例局2023", findings: [], all: [] });
    await userEvent.click(screen.getByRole("button", { name: "Compare" }));
    expect(await screen.findByText("Compared with “示例局2023”: no cross-year problems.")).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Last year's report" }), "");
    expect(screen.getByRole("option", { name: "(choose)" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Compare" }));
    expect(await screen.findByText("Choose last year's report first.")).toBeInTheDocument();
  });

  test("a clean comparison says so", async () => {
    m.compare.mockResolvedValue({ status: "checked", sheetName: "2024年报", prevLabel: "示例局2023", findings: [], all: [] });
    renderView();
    await lastYearChosen();
    await userEvent.click(screen.getByRole("button", { name: "比对" }));
    expect(await screen.findByText("与上年报告“示例局2023”比对，未发现跨年度问题。")).toBeInTheDocument();
  });

  test("no last year chosen: asked to choose, no call", async () => {
    m.list.mockResolvedValue([SHEETS[0], SHEETS[2]]);
    renderView();
    await settle();
    await userEvent.click(screen.getByRole("button", { name: "比对" }));
    expect(await screen.findByText("请先选择上年报告。")).toBeInTheDocument();
    expect(m.compare).not.toHaveBeenCalled();
  });

  test("last year's report from a file: read in the pane, compared without a sheet", async () => {
    m.compare.mockResolvedValue({ status: "checked", sheetName: "2024年报", prevLabel: "2023.json", findings: xFindings, all: xFindings });
    m.list.mockResolvedValue([SHEETS[0]]);
    renderView();
    await settle();
    await userEvent.upload(screen.getByLabelText("或选择上年报告文件"), new File([reportToJson(prev)], "2023.json"));
    await waitFor(() => expect(screen.getByRole("combobox", { name: "上年报告" })).toHaveValue("file:2023.json"));
    await userEvent.click(screen.getByRole("button", { name: "比对" }));
    await waitFor(() => expect(m.compare).toHaveBeenCalledWith({ report: expect.objectContaining({ year: 2023 }), label: "2023.json" }));
  });

  test("an unreadable last-year file: its problems, nothing chosen", async () => {
    m.list.mockResolvedValue([SHEETS[0]]);
    renderView();
    await settle();
    await userEvent.upload(screen.getByLabelText("或选择上年报告文件"), new File(["没有表格"], "x.txt"));
    expect(await screen.findByText("无法读取上年报告文件“x.txt”")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "上年报告" })).toHaveValue("");
  });

  test("结转上年数据 over typed values: asks in a dialog, then overwrites when told", async () => {
    m.carry
      .mockResolvedValueOnce({
        status: "ask",
        sheetName: "2024年报",
        conflicts: [{ key: "t3.carried.natural", column: "自然人", incoming: 3, current: 5, address: "'2024年报'!D20" }],
      })
      .mockResolvedValueOnce({
        status: "done",
        sheetName: "2024年报",
        written: [{ key: "t3.carried.natural", column: "自然人", incoming: 3 }],
        unchanged: [],
        skipped: [{ key: "t3.carried.total", column: "总计", reason: { zh: "“总计”列是求和公式，会自动更新。", en: "formula" } }],
        findings: [],
      });
    renderView();
    await lastYearChosen();
    await userEvent.click(screen.getByRole("button", { name: "结转上年数据" }));
    const dialog = await findDialog();
    expect(within(dialog).getByText("自然人：现为 5，上年报告为 3")).toBeInTheDocument();
    expect(m.carry).toHaveBeenLastCalledWith({ key: "GKX_1_REPORT" }, { overwrite: false });
    await userEvent.click(within(dialog).getByRole("button", { name: "覆盖", hidden: true }));
    await waitFor(() => expect(m.carry).toHaveBeenLastCalledWith({ key: "GKX_1_REPORT" }, { overwrite: true }));
    expect(await screen.findByText(/已在工作表“2024年报”的“二、上年结转”填入 1 格/)).toBeInTheDocument();
    expect(screen.getByText("“总计”列是求和公式，会自动更新。")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).not.toBeInTheDocument());
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  test("结转上年数据: cancel writes nothing", async () => {
    m.carry.mockResolvedValueOnce({
      status: "ask",
      sheetName: "2024年报",
      conflicts: [{ key: "t3.carried.natural", column: "自然人", incoming: 3, current: "见附件", address: "'2024年报'!D20" }],
    });
    renderView();
    await lastYearChosen();
    await userEvent.click(screen.getByRole("button", { name: "结转上年数据" }));
    const dialog = await findDialog();
    expect(within(dialog).getByText("自然人：现为 见附件，上年报告为 3")).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "取消", hidden: true }));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).not.toBeInTheDocument());
    expect(m.carry).toHaveBeenCalledTimes(1);
    expect(onChanged).not.toHaveBeenCalled();
  });

  test("no report of this year: the reason is shown", async () => {
    m.compare.mockResolvedValue({ status: "unavailable", reason: { zh: "本工作簿还没有报告表格。", en: "none" } });
    renderView();
    await lastYearChosen();
    await userEvent.click(screen.getByRole("button", { name: "比对" }));
    expect(await screen.findByText("本工作簿还没有报告表格。")).toBeInTheDocument();
  });
});

describe("consolidation", () => {
  const written = {
    status: "written" as const,
    sheetName: "汇总",
    key: "GKX_4_REPORT",
    summary: yearPair(5).matching,
    findings: [],
    unitTable: "Q1:U5",
    units: [
      { key: "GK_REPORT", sheetName: "2024年报", agency: "示例局", errors: 0, warnings: 1, address: "'2024年报'!A1" },
      { key: "GKX_2_REPORT", sheetName: "乙局2024", agency: "乙局", errors: 2, warnings: 0, address: "'乙局2024'!A1" },
    ],
    refused: [{ key: "GKX_1_REPORT", sheetName: "示例局2023", reason: { zh: "示例局2023 是 2023 年度的报告，与 2024 年度不同，不能汇总。", en: "another year" } }],
  };

  test("tick the units → consolidateSheets in list order; units with counts and a go-to button; refusals with the reason", async () => {
    m.consolidate.mockResolvedValue(written);
    renderView();
    await screen.findByRole("checkbox", { name: /乙局2024/ });
    await userEvent.click(screen.getByRole("checkbox", { name: /乙局2024/ }));
    await userEvent.click(screen.getByRole("checkbox", { name: /示例局2023/ }));
    await userEvent.click(screen.getByRole("checkbox", { name: /^2024年报/ }));
    await userEvent.type(screen.getByRole("textbox", { name: /汇总单位名称/ }), "示例市");
    await userEvent.click(screen.getByRole("button", { name: "生成汇总表" }));
    await waitFor(() => expect(m.consolidate).toHaveBeenCalledWith(["GK_REPORT", "GKX_1_REPORT", "GKX_2_REPORT"], { lang: "zh", agency: "示例市" }));
    expect(await screen.findByText(/已生成汇总表“汇总”（2 个单位）/)).toBeInTheDocument();
    expect(screen.getByText("示例局2023 是 2023 年度的报告，与 2024 年度不同，不能汇总。")).toBeInTheDocument();
    expect(screen.getByText("错误 2，警告 0")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "转到“乙局2024”" }));
    expect(m.select).toHaveBeenCalledWith("'乙局2024'!A1");
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  test("English: the summary, the units and the refusals in English", async () => {
    m.consolidate.mockResolvedValue(written);
    renderView("en");
    await userEvent.click(await screen.findByRole("button", { name: "Make the summary sheet" }));
    expect(await screen.findByText("Tick at least two units.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("checkbox", { name: /乙局2024/ }));
    await userEvent.click(screen.getByRole("checkbox", { name: /^2024年报.*this workbook's report/ }));
    await userEvent.click(screen.getByRole("button", { name: "Make the summary sheet" }));
    await waitFor(() => expect(m.consolidate).toHaveBeenCalledWith(["GK_REPORT", "GKX_2_REPORT"], { lang: "en" }));
    expect(await screen.findByText(/Summary sheet “汇总” made \(2 units\)\. Summary: 0 errors, 0 warnings/)).toBeInTheDocument();
    expect(screen.getByText("Units not included")).toBeInTheDocument();
    expect(screen.getByText("another year")).toBeInTheDocument();
    expect(screen.getByText("2 errors, 0 warnings")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Go to “乙局2024”" })).toBeInTheDocument();
  });

  test("fewer than two ticked: asked for two, no call", async () => {
    renderView();
    await userEvent.click(await screen.findByRole("checkbox", { name: /乙局2024/ }));
    await userEvent.click(screen.getByRole("button", { name: "生成汇总表" }));
    expect(await screen.findByText("请至少勾选两个单位。")).toBeInTheDocument();
    expect(m.consolidate).not.toHaveBeenCalled();
  });

  test("nothing usable: says the workbook was not changed", async () => {
    m.consolidate.mockResolvedValue({ status: "nothing", units: [], refused: written.refused });
    renderView();
    await userEvent.click(await screen.findByRole("checkbox", { name: /乙局2024/ }));
    await userEvent.click(screen.getByRole("checkbox", { name: /示例局2023/ }));
    await userEvent.click(screen.getByRole("button", { name: "生成汇总表" }));
    expect(await screen.findByText("没有可以汇总的单位，工作簿未作改动。")).toBeInTheDocument();
    expect(onChanged).not.toHaveBeenCalled();
  });
});

describe("the view in the pane", () => {
  test("English", async () => {
    renderView("en");
    expect(screen.getByRole("tab", { name: "Import & compare" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Import a published report" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Compare with last year's report" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Consolidate several units" })).toBeInTheDocument();
    await settle();
  });

  test("a hidden tab reads nothing from the workbook until it is shown", async () => {
    const other: PaneView = { id: "other", label: () => "别的", render: () => <p>别的视图</p> };
    renderPane("zh", [other, VIEW]);
    await settle();
    expect(m.list).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole("tab", { name: "导入与汇总" }));
    await waitFor(() => expect(m.list).toHaveBeenCalledTimes(1));
  });

  test("it is one entry in the pane's VIEWS", () => {
    const entry = VIEWS.find((v) => v.id === "compare");
    expect(entry?.label(SHELL_STRINGS.zh)).toBe("导入与汇总");
    expect(entry?.label(SHELL_STRINGS.en)).toBe("Import & compare");
  });

  test("a failing list is shown, not thrown", async () => {
    m.list.mockRejectedValue(new Error("RichApi.Error"));
    renderView();
    expect(await screen.findByText(/无法读取工作簿中的报告工作表：RichApi.Error/)).toBeInTheDocument();
  });
});

test("no serious or critical axe violations, with results shown", async () => {
  const axe = (await import("axe-core")).default;
  const { prev, mismatching } = yearPair(3);
  const x = locate(checkReport(mismatching, { prev }).filter((f) => f.rule.startsWith("X-")), mismatching);
  m.compare.mockResolvedValue({ status: "checked", sheetName: "2024年报", prevLabel: "示例局2023", findings: x, all: x });
  renderView();
  await lastYearChosen();
  await userEvent.click(screen.getByRole("button", { name: "比对" }));
  await screen.findByText(/发现 2 处/);
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  const serious = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious).toEqual([]);
});
