/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as excel from "../../src/excel";
import { VIEWS } from "../../src/taskpane/App";
import { CHANGE_DEBOUNCE_MS } from "../../src/taskpane/views/findings/useWorkbookCheck";
import { checkReport } from "../../src/report";
import { checked, locate, reportWithProblems } from "./fixtures";
import { CORE_VIEWS, renderPane as renderAll } from "./render";
import { zeroReport } from "../support/reports";

const renderPane = (lang: "zh" | "en" = "zh", views = CORE_VIEWS) => renderAll(lang, views);

jest.mock("../../src/excel", () => ({
  insertReport: jest.fn(),
  checkWorkbook: jest.fn(),
  selectCell: jest.fn(),
  onTablesChanged: jest.fn(),
}));

const m = excel as jest.Mocked<typeof excel>;
const lastYear = new Date().getFullYear() - 1;

beforeEach(() => {
  jest.clearAllMocks();
  m.checkWorkbook.mockResolvedValue({ kind: "noReport" });
  m.onTablesChanged.mockResolvedValue(async () => undefined);
  m.selectCell.mockResolvedValue(undefined);
  m.insertReport.mockResolvedValue({
    status: "inserted",
    sheetName: "Sheet1",
    address: "A1:O60",
    kept: 0,
  });
});

async function settle() {
  await act(async () => {
    await Promise.resolve();
  });
}

describe("rendering", () => {
  test("zh-CN: tabs and labelled insert form", async () => {
    renderPane("zh");
    await settle();
    expect(screen.getByRole("tab", { name: "插入表格" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "检查结果" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /报告年度/ })).toHaveValue(String(lastYear));
    expect(screen.getByRole("textbox", { name: "机关名称" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "表格版式" })).toHaveValue("auto");
    expect(screen.getByRole("checkbox", { name: "总计由公式自动计算" })).not.toBeChecked();
    expect(screen.getByRole("button", { name: "插入表格" })).toBeInTheDocument();
  });

  test("en-US: the same pane in English", async () => {
    renderPane("en");
    await settle();
    expect(screen.getByRole("tab", { name: "Insert tables" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Check results" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Report year/ })).toBeInTheDocument();
    expect(
      screen.getByRole("checkbox", { name: "Compute totals with formulas" })
    ).toBeInTheDocument();
  });

  test("adding a view is one entry in VIEWS", async () => {
    renderPane("zh", [
      ...CORE_VIEWS,
      { id: "extra", label: () => "示例视图", render: () => <p>示例内容</p> },
    ]);
    await settle();
    await userEvent.click(screen.getByRole("tab", { name: "示例视图" }));
    expect(screen.getByText("示例内容")).toBeVisible();
    expect(VIEWS.slice(0, 2).map((v) => v.id)).toEqual(["insert", "findings"]);
  });
});

describe("insert form", () => {
  test("empty year: clear message, nothing inserted", async () => {
    renderPane("zh");
    const year = screen.getByRole("textbox", { name: /报告年度/ });
    await userEvent.clear(year);
    await userEvent.click(screen.getByRole("button", { name: "插入表格" }));
    expect(await screen.findByText("请填写报告年度，例如 2024。")).toBeInTheDocument();
    expect(year).toHaveAttribute("aria-invalid", "true");
    expect(m.insertReport).not.toHaveBeenCalled();
  });

  test("non-numeric year: clear message, nothing inserted", async () => {
    renderPane("zh");
    const year = screen.getByRole("textbox", { name: /报告年度/ });
    await userEvent.clear(year);
    await userEvent.type(year, "二〇二四");
    await userEvent.click(screen.getByRole("button", { name: "插入表格" }));
    expect(await screen.findByText("报告年度只能填四位数字，例如 2024。")).toBeInTheDocument();
    expect(m.insertReport).not.toHaveBeenCalled();
  });

  test("year out of range is explained in English too", async () => {
    renderPane("en");
    const year = screen.getByRole("textbox", { name: /Report year/ });
    await userEvent.clear(year);
    await userEvent.type(year, "2015");
    await userEvent.click(screen.getByRole("button", { name: "Insert tables" }));
    expect(await screen.findByText(/must be between 2019 and/)).toBeInTheDocument();
  });

  test("valid form: insertReport gets year, edition by year, agency and the totals choice", async () => {
    const onChange = jest.fn();
    m.checkWorkbook.mockImplementation(async () => (onChange(), { kind: "noReport" }));
    renderPane("zh");
    const year = screen.getByRole("textbox", { name: /报告年度/ });
    await userEvent.clear(year);
    await userEvent.type(year, "２０２０"); // full-width digits from an IME are fine
    await userEvent.type(screen.getByRole("textbox", { name: "机关名称" }), "某某市某某局");
    await userEvent.click(screen.getByRole("checkbox", { name: "总计由公式自动计算" }));
    await userEvent.click(screen.getByRole("button", { name: "插入表格" }));
    await waitFor(() =>
      expect(m.insertReport).toHaveBeenCalledWith({
        year: 2020,
        edition: "2019",
        agency: "某某市某某局",
        totalsAsFormulas: true,
        lang: "zh",
      })
    );
    expect(await screen.findByText(/表格已插入到工作表“Sheet1”的 A1:O60/)).toBeInTheDocument();
    // The findings view re-checks after an insert.
    await waitFor(() => expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(2));
  });

  test("edition override is passed and a mismatch with the year is pointed out", async () => {
    renderPane("zh");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "表格版式" }), "2019");
    expect(screen.getByText(/按规定应使用2021版/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "插入表格" }));
    await waitFor(() =>
      expect(m.insertReport).toHaveBeenCalledWith(expect.objectContaining({ edition: "2019" }))
    );
  });

  test("non-empty target: asks first, then inserts on a new sheet when chosen", async () => {
    m.insertReport
      .mockResolvedValueOnce({ status: "occupied", sheetName: "Sheet1", address: "A1:C5" })
      .mockResolvedValueOnce({
        status: "inserted",
        sheetName: "2024年报",
        address: "A1:O60",
        kept: 0,
      });
    renderPane("zh");
    await userEvent.click(screen.getByRole("button", { name: "插入表格" }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    expect(within(dialog).getByText(/A1:C5 已经有内容/)).toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole("button", { name: "插入到新工作表", hidden: true })
    );
    await waitFor(() =>
      expect(m.insertReport).toHaveBeenLastCalledWith(expect.objectContaining({ newSheet: true }))
    );
    await waitFor(() =>
      expect(screen.queryByRole("dialog", { hidden: true })).not.toBeInTheDocument()
    );
  });

  test("English: the edition warning, both questions and what was kept", async () => {
    m.insertReport
      .mockResolvedValueOnce({ status: "occupied", sheetName: "Sheet1", address: "A1:C5" })
      .mockResolvedValueOnce({
        status: "wouldDrop",
        sheetName: "Sheet1",
        address: "A1:C5",
        lost: 3,
      })
      .mockResolvedValueOnce({
        status: "inserted",
        sheetName: "2024年报",
        address: "A1:O60",
        kept: 12,
      });
    renderPane("en");
    const year = screen.getByRole("textbox", { name: /Report year/ });
    await userEvent.clear(year);
    await userEvent.click(screen.getByRole("button", { name: "Insert tables" }));
    expect(await screen.findByText("Enter the report year, e.g. 2024.")).toBeInTheDocument();
    await userEvent.type(year, "20x4");
    expect(screen.getByText("The report year must be four digits, e.g. 2024.")).toBeInTheDocument();
    await userEvent.clear(year);
    await userEvent.type(year, "2024");
    const edition = screen.getByRole("combobox", { name: "Table edition" });
    expect(
      within(edition).getByRole("option", { name: "Follow the year (2021 edition)" })
    ).toBeInTheDocument();
    await userEvent.selectOptions(edition, "2019");
    expect(screen.getByText(/A 2024 report must use the 2021 edition/)).toBeInTheDocument();
    expect(screen.getByText(/When unticked you type the totals yourself/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Insert tables" }));
    // Found by role alone: computing every element's accessible name on each poll is what was slow.
    const occupied = await screen.findByRole("dialog", { hidden: true });
    expect(occupied).toHaveAccessibleName("This place is not empty");
    expect(within(occupied).getByText(/already has content in A1:C5/)).toBeInTheDocument();
    await userEvent.click(
      within(occupied).getByRole("button", { name: "Overwrite anyway", hidden: true })
    );
    const drop = await waitFor(() => {
      const open = screen.getByRole("dialog", { hidden: true });
      expect(open).toHaveAccessibleName("Switching edition would lose numbers");
      return open;
    });
    expect(within(drop).getByText(/3 of them have no cell/)).toBeInTheDocument();
    await userEvent.click(
      within(drop).getByRole("button", { name: "Insert on a new sheet", hidden: true })
    );
    expect(await screen.findByText(/all 12 numbers you had typed were kept/)).toBeInTheDocument();
  });

  test("non-empty target: cancel writes nothing more", async () => {
    m.insertReport.mockResolvedValueOnce({
      status: "occupied",
      sheetName: "Sheet1",
      address: "A1:C5",
    });
    renderPane("zh");
    await userEvent.click(screen.getByRole("button", { name: "插入表格" }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    await userEvent.click(within(dialog).getByRole("button", { name: "取消", hidden: true }));
    await waitFor(() =>
      expect(screen.queryByRole("dialog", { hidden: true })).not.toBeInTheDocument()
    );
    expect(m.insertReport).toHaveBeenCalledTimes(1);
  });

  test("re-insert reports the typed values kept", async () => {
    m.insertReport.mockResolvedValueOnce({
      status: "inserted",
      sheetName: "年报",
      address: "A1:O60",
      kept: 37,
    });
    renderPane("zh");
    await userEvent.click(screen.getByRole("button", { name: "插入表格" }));
    expect(await screen.findByText(/原来填写的 37 个数字都保留了/)).toBeInTheDocument();
  });

  test("an Excel error is shown, not thrown", async () => {
    m.insertReport.mockRejectedValueOnce(new Error("InvalidArgument"));
    renderPane("zh");
    await userEvent.click(screen.getByRole("button", { name: "插入表格" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("InvalidArgument");
  });

  test("a protected sheet: the Excel layer's own words, in the pane's language", async () => {
    const err = Object.assign(new Error("Sheet is protected"), {
      name: "HostError",
      kind: "protected",
      userMessage: { zh: "请先撤消工作表保护", en: "Unprotect the sheet first" },
    });
    m.insertReport.mockRejectedValueOnce(err);
    renderPane("en");
    await userEvent.click(screen.getByRole("button", { name: "Insert tables" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Unprotect the sheet first");
  });
});

describe("IME", () => {
  test("Enter while composing does nothing; a plain Enter submits", async () => {
    renderPane("zh");
    const agency = screen.getByRole("textbox", { name: "机关名称" });
    fireEvent.keyDown(agency, { key: "Enter", isComposing: true });
    fireEvent.keyDown(agency, { key: "Enter", keyCode: 229 });
    await settle();
    expect(m.insertReport).not.toHaveBeenCalled();
    fireEvent.keyDown(agency, { key: "Enter" });
    await waitFor(() => expect(m.insertReport).toHaveBeenCalledTimes(1));
  });

  test("the year field ignores a composing Enter too", async () => {
    renderPane("zh");
    fireEvent.keyDown(screen.getByRole("textbox", { name: /报告年度/ }), {
      key: "Enter",
      isComposing: true,
    });
    await settle();
    expect(m.insertReport).not.toHaveBeenCalled();
  });

  test("typed text survives a tab switch and a reload of the pane", async () => {
    const first = renderPane("zh");
    await userEvent.type(
      screen.getByRole("textbox", { name: "机关名称" }),
      "某某区政务服务数据管理局"
    );
    await userEvent.click(screen.getByRole("tab", { name: "检查结果" }));
    await userEvent.click(screen.getByRole("tab", { name: "插入表格" }));
    expect(screen.getByRole("textbox", { name: "机关名称" })).toHaveValue(
      "某某区政务服务数据管理局"
    );
    first.unmount();
    renderPane("zh");
    await settle();
    expect(screen.getByRole("textbox", { name: "机关名称" })).toHaveValue(
      "某某区政务服务数据管理局"
    );
  });
});

describe("findings", () => {
  async function showFindings(lang: "zh" | "en" = "zh") {
    renderPane(lang);
    await userEvent.click(
      screen.getByRole("tab", { name: lang === "zh" ? "检查结果" : "Check results" })
    );
  }

  test("counts, groups by table, and goes to the cell on click and on Enter", async () => {
    m.checkWorkbook.mockResolvedValue(checked(reportWithProblems()));
    await showFindings();
    expect(await screen.findByText("错误 4")).toBeInTheDocument(); // T3-01..03 and LOC-01
    expect(screen.getByText("提醒 125")).toBeInTheDocument();
    const t3 = screen.getByRole("region", { name: /表三/ });
    expect(screen.queryByRole("region", { name: /表二/ })).not.toBeInTheDocument();
    const item = within(t3).getByRole("button", { name: /（七）总计应等于各项办理结果之和/ });
    expect(item).toHaveTextContent("T3-02");
    expect(item).toHaveTextContent(/应为 0 · 实际 5/);
    expect(item).toHaveTextContent(/表三 · （七）总计 · 自然人 · D\d+/);
    await userEvent.click(item);
    expect(m.selectCell).toHaveBeenCalledWith(expect.stringMatching(/^'2024年报'!D\d+$/));
    m.selectCell.mockClear();
    item.focus();
    await userEvent.keyboard("{Enter}");
    expect(m.selectCell).toHaveBeenCalledTimes(1);
  });

  test("125 blanks fold into one expandable item per table", async () => {
    m.checkWorkbook.mockResolvedValue(checked(reportWithProblems()));
    await showFindings();
    const blanks = await screen.findByRole("button", { name: /表三有 125 个空白格，请填 0/ });
    expect(blanks).toHaveAttribute("aria-expanded", "false");
    // Not 125 separate items: only the folded entry mentions blanks.
    expect(screen.getAllByText(/（空白）|个空白格/)).toHaveLength(1);
    await userEvent.click(blanks);
    expect(blanks).toHaveAttribute("aria-expanded", "true");
    const list = document.getElementById(blanks.getAttribute("aria-controls")!)!;
    // (role queries over 125 buttons are slow in jsdom; these are plain <button>s)
    const cells = Array.from(list.querySelectorAll("button"));
    expect(cells).toHaveLength(125);
    await userEvent.click(cells[0]);
    expect(m.selectCell).toHaveBeenCalledWith(expect.stringMatching(/^'2024年报'!E\d+$/));
  });

  test("a folded cell typed as a dash shows what was typed", async () => {
    const r = reportWithProblems();
    const blanks = Object.keys(r.values).filter((k) => r.values[k] === null);
    r.values[blanks[0]] = "-";
    m.checkWorkbook.mockResolvedValue(checked(r));
    await showFindings();
    await userEvent.click(await screen.findByRole("button", { name: /表三有 125 个空白格/ }));
    expect(screen.getAllByText(/ · “-”$/)).toHaveLength(1);
  });

  test("checked against last year's report: said so, and the cross-year finding listed", async () => {
    const r = zeroReport(2024, "某某局");
    const prev = zeroReport(2023, "某某局");
    prev.values["t3.carryForward.natural"] = 4;
    m.checkWorkbook.mockResolvedValue({
      ...checked(r),
      findings: locate(checkReport(r, { prev }), r),
      lastYear: { sheetName: "某某局2023" },
    });
    await showFindings();
    expect(await screen.findByText(/并与上年报告（工作表“某某局2023”）核对/)).toBeInTheDocument();
    const item = screen.getByRole("button", { name: /上年结转应等于上年报告的结转下年度/ });
    expect(item).toHaveTextContent("X-01");
    expect(item).toHaveTextContent(/应为 4 · 实际 0/);
  });

  test("damaged tables: the problems instead of findings", async () => {
    m.checkWorkbook.mockResolvedValue({
      kind: "damaged",
      sheetName: "年报",
      problems: [
        {
          kind: "label",
          severity: "error",
          message: { zh: "表三的行标题“（七）总计”被改成了“合计”（B27）", en: "Row label changed" },
        },
      ],
    });
    await showFindings();
    expect(await screen.findByText("表格结构被改动，暂时无法检查")).toBeInTheDocument();
    expect(screen.getByText(/被改成了“合计”/)).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: /表三/ })).not.toBeInTheDocument();
  });

  test("no report yet, and all good, in English", async () => {
    await showFindings("en");
    expect(await screen.findByText(/has no annual-report tables yet/)).toBeInTheDocument();
    m.checkWorkbook.mockResolvedValue(checked(reportWithProblems()));
    m.checkWorkbook.mockResolvedValueOnce({ ...checked(reportWithProblems()), findings: [] });
    await userEvent.click(screen.getByRole("button", { name: "Check again" }));
    expect(await screen.findByText(/No problems found/)).toBeInTheDocument();
  });

  test("English: counts, groups, findings and their fixes in English", async () => {
    m.checkWorkbook.mockResolvedValue(checked(reportWithProblems()));
    await showFindings("en");
    expect(await screen.findByText("4 errors")).toBeInTheDocument();
    expect(screen.getByText("125 warnings")).toBeInTheDocument();
    expect(screen.getByText(/Checked sheet “/)).toBeInTheDocument();
    const t3 = screen.getByRole("region", { name: /Table 3 · requests/ });
    const item = within(t3).getAllByRole("button", { name: /T3-02/ })[0];
    expect(item).toHaveTextContent(/Error/);
    expect(item).toHaveTextContent(/Expected 0 · Actual 5/);
    expect(screen.getByRole("region", { name: /Most likely mistyped/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Fill blank cells with 0" })).toBeInTheDocument();
    const blanks = screen.getAllByRole("button", { name: /blank cells?; enter 0/ })[0];
    expect(blanks).toHaveTextContent(/Write 0 where there is nothing to report/);
    await userEvent.click(blanks);
    expect(blanks).toHaveTextContent("Hide cells");
  });

  test("workbook changes re-check after a debounce", async () => {
    let changed: () => void = () => undefined;
    m.onTablesChanged.mockImplementation(async (h) => {
      changed = h;
      return async () => undefined;
    });
    jest.useFakeTimers();
    try {
      renderPane("zh");
      await act(async () => {
        await Promise.resolve();
      });
      const before = m.checkWorkbook.mock.calls.length;
      act(() => {
        changed();
        changed();
        changed();
      });
      act(() => {
        jest.advanceTimersByTime(CHANGE_DEBOUNCE_MS - 50);
      });
      expect(m.checkWorkbook.mock.calls.length).toBe(before);
      await act(async () => {
        jest.advanceTimersByTime(100);
        await Promise.resolve();
      });
      expect(m.checkWorkbook.mock.calls.length).toBe(before + 1);
    } finally {
      jest.useRealTimers();
    }
  });

  test("unsubscribes from workbook changes when the pane goes away", async () => {
    const off = jest.fn(async () => undefined);
    m.onTablesChanged.mockResolvedValue(off);
    const r = renderPane("zh");
    await settle();
    r.unmount();
    expect(off).toHaveBeenCalled();
  });
});
