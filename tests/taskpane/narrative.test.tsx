/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import * as narrativeStore from "../../src/excel/narrative";
import * as read from "../../src/excel/read";
import type { ReadResult } from "../../src/excel/read";
import { readNumbers, SECTION_HEADINGS, type Report } from "../../src/report";
import { draftSections } from "../../src/report/narrative";
import type { PaneView } from "../../src/taskpane/App";
import { BACKUP_PREFIX } from "../../src/taskpane/views/narrative/backup";
import { NarrativeView } from "../../src/taskpane/views/narrative/View";
import { NARRATIVE_SAVE_DEBOUNCE_MS } from "../../src/taskpane/views/narrative/useNarrative";
import { renderPane } from "./render";
import { zeroReport } from "../support/reports";

jest.mock("../../src/excel/narrative", () => ({
  ...jest.requireActual("../../src/excel/narrative"),
  readNarrative: jest.fn(),
  writeNarrative: jest.fn(),
  narrativeStorageSupported: jest.fn(() => true),
}));
jest.mock("../../src/excel/read", () => ({ readReport: jest.fn() }));

// Fluent renders six text areas and their fields; jsdom is slow at it.
jest.setTimeout(30_000);
// A loaded machine renders Fluent slowly; give async queries more than the default second.

const store = narrativeStore as jest.Mocked<typeof narrativeStore>;
const readMock = read as jest.Mocked<typeof read>;

const VIEW: PaneView[] = [
  {
    id: "narrative",
    label: () => "正文",
    render: (c) => <NarrativeView changeToken={c.changeToken} />,
  },
];

function stored(
  sections: narrativeStore.StoredNarrative["sections"] = {}
): narrativeStore.StoredNarrative {
  return {
    id: "wb-1",
    agency: "某某市某某局",
    date: "2025年1月20日",
    sections,
    fees: { notices: "", billed: "", collected: "" },
  };
}

function tablesReport(): Report {
  const r = zeroReport(2024, "某某市某某局");
  r.values["t3.new.natural"] = 10;
  r.values["t3.new.total"] = 10;
  r.values["t3.open.natural"] = 10;
  r.values["t3.open.total"] = 10;
  r.values["t3.resultTotal.natural"] = 10;
  r.values["t3.resultTotal.total"] = 10;
  return r;
}

function readResult(report: Report): ReadResult {
  return { report } as ReadResult;
}

// By label: much faster than a role query over the whole pane in jsdom.
const area = (id: 1 | 2 | 3 | 4 | 5 | 6) =>
  screen.getByLabelText(SECTION_HEADINGS[id - 1], { selector: "textarea" }) as HTMLTextAreaElement;

async function settle() {
  await act(async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  });
}

async function advance(ms: number) {
  await act(async () => {
    jest.advanceTimersByTime(ms);
    await Promise.resolve();
  });
}

let user: ReturnType<typeof userEvent.setup>;

beforeEach(() => {
  jest.useFakeTimers();
  user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
  jest.clearAllMocks();
  store.narrativeStorageSupported.mockReturnValue(true);
  store.readNarrative.mockResolvedValue({
    narrative: stored(),
    report: { edition: "2021", year: 2024, agency: "某某市某某局" },
    problem: null,
  });
  store.writeNarrative.mockResolvedValue(undefined);
  readMock.readReport.mockResolvedValue(readResult(tablesReport()));
});

afterEach(() => {
  jest.useRealTimers();
});

/** Render and wait for the first read of the workbook to finish (successfully or not). */
async function open() {
  const r = renderPane("zh", VIEW);
  await waitFor(() =>
    expect(screen.queryByText("正在读取工作簿中的正文…")).not.toBeInTheDocument()
  );
  return r;
}

describe("editing", () => {
  test("the six sections with their official headings and the format's hints; the stored text is loaded", async () => {
    store.readNarrative.mockResolvedValue({
      narrative: stored({ 1: "已有的总体情况" }),
      report: { edition: "2021", year: 2024, agency: "某某市某某局" },
      problem: null,
    });
    await open();
    for (const heading of SECTION_HEADINGS)
      expect(screen.getByLabelText(heading)).toBeInstanceOf(HTMLTextAreaElement);
    expect(area(1)).toHaveValue("已有的总体情况");
    expect(screen.getByLabelText("机关名称")).toHaveValue("某某市某某局");
    expect(screen.getByLabelText("成文日期")).toHaveValue("2025年1月20日");
    // 2021 edition: section 六 reports fees, with the sub-form.
    expect(screen.getByText(/报告收取信息处理费情况/)).toBeInTheDocument();
    expect(screen.getByLabelText("发出收费通知件数")).toBeInTheDocument();
    expect(screen.getByLabelText("收费通知总金额（元）")).toBeInTheDocument();
    expect(screen.getByLabelText("实际收取总金额（元）")).toBeInTheDocument();
    expect(screen.getByText(/表二紧随本部分印出/)).toBeInTheDocument();
  });

  test("署名 and 开头段落: loaded from an import, blank shows the agency and a drafted preface, edits are saved", async () => {
    store.readNarrative.mockResolvedValue({
      narrative: null,
      report: {
        edition: "2021",
        year: 2024,
        agency: "淮安市人民政府",
        signer: "淮安市人民政府办公室",
      },
      problem: null,
    });
    await open();
    const signer = screen.getByLabelText("署名");
    expect(signer).toHaveValue("淮安市人民政府办公室");
    expect(signer).toHaveAttribute("placeholder", "淮安市人民政府");
    const preface = screen.getByLabelText("开头段落");
    expect(preface).toHaveValue("");
    expect(preface.getAttribute("placeholder")).toMatch(
      /^本报告根据.*自2024年1月1日至2024年12月31日。如对本报告有疑问，请与淮安市人民政府办公室联系。$/
    );
    await user.type(preface, "本报告由办公室编制。");
    await advance(NARRATIVE_SAVE_DEBOUNCE_MS + 10);
    expect(store.writeNarrative.mock.calls.at(-1)![0]).toMatchObject({
      signer: "淮安市人民政府办公室",
      preface: "本报告由办公室编制。",
    });
  });

  test("2019 edition: no fee sub-form", async () => {
    store.readNarrative.mockResolvedValue({
      narrative: null,
      report: { edition: "2019", year: 2020, agency: "某局" },
      problem: null,
    });
    await open();
    expect(screen.queryByLabelText("发出收费通知件数")).not.toBeInTheDocument();
    // Nothing stored yet: start from the metadata's agency.
    expect(screen.getByLabelText("机关名称")).toHaveValue("某局");
  });

  test("typing is backed up at once and saved to the workbook once, debounced", async () => {
    await open();
    await user.type(area(5), "存在问题");
    const backup = JSON.parse(localStorage.getItem(`${BACKUP_PREFIX}wb-1`) ?? "null");
    expect(backup).toMatchObject({
      id: "wb-1",
      written: false,
      doc: { sections: { 5: "存在问题" } },
    });
    expect(store.writeNarrative).not.toHaveBeenCalled();
    await advance(NARRATIVE_SAVE_DEBOUNCE_MS + 10);
    expect(store.writeNarrative).toHaveBeenCalledTimes(1);
    expect(store.writeNarrative.mock.calls[0][0]).toMatchObject({
      id: "wb-1",
      sections: { 5: "存在问题" },
    });
    expect(await screen.findByText(/已保存到工作簿/)).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(`${BACKUP_PREFIX}wb-1`) ?? "null").written).toBe(true);
  });

  test("fee fields: a bad amount is flagged, the text kept as typed", async () => {
    await open();
    const billed = screen.getByLabelText("收费通知总金额（元）");
    await user.type(billed, "120元");
    expect(billed).toHaveValue("120元");
    expect(screen.getByText(/请填 0 或正数/)).toBeInTheDocument();
    await advance(NARRATIVE_SAVE_DEBOUNCE_MS + 10);
    expect(store.writeNarrative.mock.calls.at(-1)?.[0].fees).toEqual({
      notices: "",
      billed: "120元",
      collected: "",
    });
  });

  test("a failed save says so, keeps the text locally and retries", async () => {
    store.writeNarrative.mockRejectedValueOnce(new Error("InvalidOperationInCellEditMode"));
    await open();
    await user.type(area(2), "说明");
    await advance(NARRATIVE_SAVE_DEBOUNCE_MS + 10);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      /未能写入工作簿（InvalidOperationInCellEditMode）/
    );
    expect(JSON.parse(localStorage.getItem(`${BACKUP_PREFIX}wb-1`) ?? "null").doc.sections[2]).toBe(
      "说明"
    );
    await user.click(screen.getByRole("button", { name: "立即重试" }));
    expect(await screen.findByText(/已保存到工作簿/)).toBeInTheDocument();
    expect(store.writeNarrative).toHaveBeenCalledTimes(2);
  });

  test("when the workbook cannot be read, nothing is written (no blanking what is stored)", async () => {
    store.readNarrative.mockRejectedValue(new Error("busy"));
    await open();
    expect(await screen.findByRole("alert")).toHaveTextContent(/读取工作簿失败（busy）/);
    expect(area(1)).toHaveAttribute("readonly");
    fireEvent.change(area(1), { target: { value: "x" } });
    await advance(NARRATIVE_SAVE_DEBOUNCE_MS * 3);
    expect(store.writeNarrative).not.toHaveBeenCalled();
    store.readNarrative.mockResolvedValue({
      narrative: stored({ 1: "读到了" }),
      report: null,
      problem: null,
    });
    await user.click(screen.getByRole("button", { name: "重新读取" }));
    await waitFor(() => expect(area(1)).toHaveValue("读到了"));
  });

  test("text typed here that never reached the workbook is restored and saved", async () => {
    localStorage.setItem(
      `${BACKUP_PREFIX}wb-1`,
      JSON.stringify({
        id: "wb-1",
        doc: stored({ 1: "上次没保存的" }),
        editedAt: "2025-01-20T08:00:00.000Z",
        written: false,
      })
    );
    await open();
    expect(area(1)).toHaveValue("上次没保存的");
    expect(screen.getByText(/输入但未写入工作簿的内容，正在保存/)).toBeInTheDocument();
    await advance(NARRATIVE_SAVE_DEBOUNCE_MS + 10);
    expect(store.writeNarrative.mock.calls[0][0].sections[1]).toBe("上次没保存的");
  });

  test("a backup from another workbook is offered, not imposed", async () => {
    localStorage.setItem(
      `${BACKUP_PREFIX}other`,
      JSON.stringify({
        id: "other",
        doc: stored({ 3: "别处的" }),
        editedAt: "2025-01-20T08:00:00.000Z",
        written: false,
      })
    );
    await open();
    expect(area(3)).toHaveValue("");
    expect(screen.getByText(/可能属于另一个工作簿/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "恢复这份内容" }));
    expect(area(3)).toHaveValue("别处的");
  });
});

describe("draft from the tables", () => {
  test("fills only empty sections and asks before replacing text", async () => {
    store.readNarrative.mockResolvedValue({
      narrative: stored({ 1: "我们自己写的总体情况", 5: "" }),
      report: { edition: "2021", year: 2024, agency: "某某市某某局" },
      problem: null,
    });
    await open();
    const report = {
      ...tablesReport(),
      agency: "某某市某某局",
      date: "2025年1月20日",
      narrative: { 1: "我们自己写的总体情况" },
    };
    const drafted = draftSections(report, readNumbers(report, null));

    await user.click(screen.getByRole("button", { name: "根据表格生成草稿" }));
    const dialog = await screen.findByRole("dialog", { name: "替换已有的文字？" });
    // Empty sections are filled straight away…
    for (const id of [2, 3, 4, 5, 6] as const) expect(area(id)).toHaveValue(drafted[id]);
    // …the one with text is not, and the pane asks.
    expect(area(1)).toHaveValue("我们自己写的总体情况");
    expect(within(dialog).getByRole("checkbox", { name: "一、总体情况" })).not.toBeChecked();
    expect(screen.getByText(/已填入：二、主动公开政府信息情况、/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole("button", { name: "保留原文" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(area(1)).toHaveValue("我们自己写的总体情况");

    // Asked again, and this time the user ticks it.
    await user.click(screen.getByRole("button", { name: "根据表格生成草稿" }));
    const again = await screen.findByRole("dialog", { name: "替换已有的文字？" });
    expect(within(again).getAllByRole("checkbox")).toHaveLength(1);
    await user.click(within(again).getByRole("checkbox", { name: "一、总体情况" }));
    await user.click(within(again).getByRole("button", { name: "替换所选部分" }));
    expect(area(1)).toHaveValue(drafted[1]);
    expect(drafted[1]).toContain("某某市某某局");
    expect(screen.getByText("已用草稿替换：一、总体情况。")).toBeInTheDocument();
  });

  test("English: drafting, the question before replacing, and the notes", async () => {
    store.readNarrative.mockResolvedValue({
      narrative: stored({ 1: "我们自己写的总体情况" }),
      report: { edition: "2021", year: 2024, agency: "某某市某某局" },
      problem: null,
    });
    renderPane("en", VIEW);
    await waitFor(() =>
      expect(screen.queryByText("Reading the text from the workbook…")).not.toBeInTheDocument()
    );
    await user.click(screen.getByRole("button", { name: "Draft from the tables" }));
    const dialog = await screen.findByRole("dialog", { name: "Replace existing text?" });
    expect(screen.getByText(/^Filled in: /)).toBeInTheDocument();
    await user.click(within(dialog).getByRole("checkbox", { name: "一、总体情况" }));
    await user.click(within(dialog).getByRole("button", { name: "Replace selected" }));
    expect(screen.getByText(/^Replaced with the draft: 一、总体情况/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Draft from the tables" }));
    expect(await screen.findByText(/Every section already has text/)).toBeInTheDocument();
  });

  test("every section empty: all filled, nothing asked", async () => {
    await open();
    await user.click(screen.getByRole("button", { name: "根据表格生成草稿" }));
    expect(await screen.findByText(/^已填入：/)).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    for (const id of [1, 2, 3, 4, 5, 6] as const) expect(area(id).value).not.toBe("");
  });

  test("one section redrafted on its own: the others untouched, typed text replaced only when confirmed", async () => {
    store.readNarrative.mockResolvedValue({
      narrative: stored({ 1: "我们自己写的总体情况", 5: "我们写的问题" }),
      report: { edition: "2021", year: 2024, agency: "某某市某某局" },
      problem: null,
    });
    await open();
    const report = { ...tablesReport(), agency: "某某市某某局", date: "2025年1月20日" };
    const drafted = draftSections(report, readNumbers(report, null));
    await user.click(screen.getByRole("button", { name: "按表格重新起草“一、总体情况”" }));
    const dialog = await screen.findByRole("dialog", { name: "替换已有的文字？" });
    // Only that section is offered, already ticked because it was asked for.
    expect(within(dialog).getAllByRole("checkbox")).toHaveLength(1);
    expect(within(dialog).getByRole("checkbox", { name: "一、总体情况" })).toBeChecked();
    expect(area(1)).toHaveValue("我们自己写的总体情况");
    expect(area(2)).toHaveValue(""); // another empty section is not filled by a one-section redraft
    await user.click(within(dialog).getByRole("button", { name: "替换所选部分" }));
    expect(area(1)).toHaveValue(drafted[1]);
    expect(area(5)).toHaveValue("我们写的问题");
    // An empty section is filled without asking.
    await user.click(
      screen.getByRole("button", { name: "按表格重新起草“二、主动公开政府信息情况”" })
    );
    expect(await screen.findByText("已填入：二、主动公开政府信息情况。")).toBeInTheDocument();
    expect(area(2)).toHaveValue(drafted[2]);
    expect(area(3)).toHaveValue("");
  });

  test("no tables in the workbook: says so, changes nothing", async () => {
    readMock.readReport.mockResolvedValue(null);
    await open();
    await user.click(screen.getByRole("button", { name: "根据表格生成草稿" }));
    expect(await screen.findByText(/没有找到报告表格/)).toBeInTheDocument();
    expect(area(1)).toHaveValue("");
  });
});

describe("IME", () => {
  test("no save while composing; Enter that confirms a candidate does nothing", async () => {
    await open();
    const agency = screen.getByLabelText("机关名称");
    fireEvent.compositionStart(agency);
    fireEvent.change(agency, { target: { value: "某某市某某局zhong" } });
    // Enter during composition picks the candidate: no save, no submit.
    fireEvent.keyDown(agency, { key: "Enter", code: "Enter", keyCode: 229, isComposing: true });
    await advance(NARRATIVE_SAVE_DEBOUNCE_MS * 3);
    expect(store.writeNarrative).not.toHaveBeenCalled();

    fireEvent.change(agency, { target: { value: "某某市某某局中" } });
    fireEvent.compositionEnd(agency);
    await advance(NARRATIVE_SAVE_DEBOUNCE_MS + 10);
    expect(store.writeNarrative).toHaveBeenCalledTimes(1);
    expect(store.writeNarrative.mock.calls[0][0].agency).toBe("某某市某某局中");
  });

  test("in a text area, Enter while composing is not a save; Ctrl+Enter after it is", async () => {
    await open();
    const six = area(6);
    fireEvent.compositionStart(six);
    fireEvent.change(six, { target: { value: "shou" } });
    fireEvent.keyDown(six, { key: "Enter", ctrlKey: true, isComposing: true });
    await settle();
    expect(store.writeNarrative).not.toHaveBeenCalled();
    fireEvent.change(six, { target: { value: "收" } });
    fireEvent.compositionEnd(six);
    fireEvent.keyDown(six, { key: "Enter", ctrlKey: true });
    await settle();
    expect(store.writeNarrative).toHaveBeenCalledTimes(1);
    expect(store.writeNarrative.mock.calls[0][0].sections[6]).toBe("收");
  });

  test("Enter (not composing) in a one-line field saves at once", async () => {
    await open();
    const date = screen.getByLabelText("成文日期");
    await user.clear(date);
    await user.type(date, "2025-01-20{Enter}");
    await settle();
    expect(store.writeNarrative).toHaveBeenCalled();
    expect(store.writeNarrative.mock.calls.at(-1)?.[0].date).toBe("2025-01-20");
    expect(screen.getByText("将印为：2025年1月20日")).toBeInTheDocument();
  });
});

test("a hidden tab is built, and the workbook read, only when first opened; then it stays", async () => {
  renderPane("zh", [{ id: "other", label: () => "别的", render: () => <p>别的视图</p> }, ...VIEW]);
  await settle();
  expect(store.readNarrative).not.toHaveBeenCalled();
  expect(screen.queryByLabelText(SECTION_HEADINGS[0])).not.toBeInTheDocument();
  await user.click(screen.getByRole("tab", { name: "正文" }));
  await waitFor(() => expect(area(1)).toBeInTheDocument());
  expect(store.readNarrative).toHaveBeenCalledTimes(1);
  await user.type(area(1), "留着");
  await user.click(screen.getByRole("tab", { name: "别的" }));
  await user.click(screen.getByRole("tab", { name: "正文" }));
  expect(area(1)).toHaveValue("留着");
  expect(store.readNarrative).toHaveBeenCalledTimes(1);
});

test("no serious accessibility violations (axe)", async () => {
  jest.useRealTimers();
  await open();
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  expect(
    result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => v.id)
  ).toEqual([]);
});

test("en-US: the same view in English", async () => {
  renderPane("en", VIEW);
  expect(await screen.findByRole("button", { name: "Draft from the tables" })).toBeInTheDocument();
  expect(screen.getByLabelText("Agency name")).toBeInTheDocument();
  expect(screen.getByLabelText("Fee notices sent")).toBeInTheDocument();
});
