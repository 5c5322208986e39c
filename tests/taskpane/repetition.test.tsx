/** @jest-environment jsdom */
/** The compare view's 正文重复率: last year's file against this year's text, the rate and the marked passages side by side. */
import "./setup";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TextDecoder as NodeTextDecoder } from "util";
import * as prepare from "../../src/taskpane/views/narrative/current";
import { reportToJson } from "../../src/io/json";
import { withTotals } from "../../src/report";
import type { PaneView } from "../../src/taskpane/App";
import { RepetitionSection } from "../../src/taskpane/views/compare/RepetitionSection";
import { renderPane } from "./render";
import { zeroReport } from "../support/reports";
import { importPdfInBrowser } from "../../src/taskpane/views/compare/pdfImport";

jest.mock("../../src/taskpane/views/narrative/current", () => ({ currentNarrative: jest.fn() }));
// A PDF's import stands in for pdf.js (not loadable under Jest); what matters is that the file goes to it.
jest.mock("../../src/taskpane/views/compare/pdfImport", () => ({ importPdfInBrowser: jest.fn() }));
Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

const LAST_FIVE =
  "（一）存在的主要问题\n一是政策解读形式还比较单一，图解、视频等解读方式运用不多；二是公开平台栏目更新还不够及时。";
const LAST_ONE =
  "2023年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外。";

const VIEW: PaneView = { id: "rep", label: () => "重复率", render: () => <RepetitionSection /> };

function lastYearFile(): File {
  const prev = withTotals(zeroReport(2023, "示例局", "2021"));
  prev.narrative = { 1: LAST_ONE, 5: LAST_FIVE };
  return new File([reportToJson(prev)], "2023.json", { type: "application/json" });
}

test("a copied text: the rate above 50 %, the repeated passages marked in both columns", async () => {
  (prepare.currentNarrative as jest.Mock).mockResolvedValue({
    agency: "示例局",
    date: "",
    sections: { 1: LAST_ONE.replace("2023", "2024"), 5: LAST_FIVE },
    fees: { notices: "", billed: "", collected: "" },
  });
  renderPane("zh", [VIEW]);
  await userEvent.upload(screen.getByLabelText(/上年度已发布的报告/), lastYearFile());
  await userEvent.click(screen.getByRole("button", { name: "比对正文" }));
  const status = await screen.findByText(/重复率 100%/);
  expect(status).toHaveTextContent("X-05");
  const five = screen.getByLabelText("五、存在的主要问题及改进情况");
  const marks = five.querySelectorAll("mark");
  expect(marks.length).toBe(2); // this year's column and last year's
  expect(within(five).getByText("本年度")).toBeInTheDocument();
  expect(within(five).getByText("上年度")).toBeInTheDocument();
  expect(marks[0].textContent).toContain("政策解读形式还比较单一");
});

test("no text this year: says so instead of a rate", async () => {
  (prepare.currentNarrative as jest.Mock).mockResolvedValue(null);
  renderPane("en", [VIEW]);
  await userEvent.upload(screen.getByLabelText(/Last year's published report/), lastYearFile());
  await userEvent.click(screen.getByRole("button", { name: "Compare the text" }));
  expect(await screen.findByRole("alert")).toHaveTextContent(/nothing to measure/);
});

test("a PDF of last year's report is read as a PDF (not called unreadable) and measured", async () => {
  (prepare.currentNarrative as jest.Mock).mockResolvedValue({
    agency: "示例局",
    date: "",
    sections: { 1: LAST_ONE.replace("2023", "2024"), 5: LAST_FIVE },
    fees: { notices: "", billed: "", collected: "" },
  });
  const prev = withTotals(zeroReport(2023, "示例局", "2021"));
  prev.narrative = { 1: LAST_ONE, 5: LAST_FIVE };
  (importPdfInBrowser as jest.Mock).mockResolvedValue({
    report: prev,
    problems: [],
    format: "pdf",
  });
  renderPane("zh", [VIEW]);
  const pdf = new File(["%PDF-1.7\n"], "2023年报.pdf", { type: "application/pdf" });
  await userEvent.upload(screen.getByLabelText(/上年度已发布的报告/), pdf);
  await userEvent.click(screen.getByRole("button", { name: "比对正文" }));
  expect(await screen.findByText(/重复率 100%/)).toBeInTheDocument();
  expect(importPdfInBrowser).toHaveBeenCalled();
});

test("a file with no tables: the problems bar says why, not a bare 'cannot be read'", async () => {
  (prepare.currentNarrative as jest.Mock).mockResolvedValue(null);
  renderPane("en", [VIEW]);
  const file = new File(["just some words"], "notes.txt", { type: "text/plain" });
  await userEvent.upload(screen.getByLabelText(/Last year's published report/), file);
  await userEvent.click(screen.getByRole("button", { name: "Compare the text" }));
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent("“notes.txt” cannot be read.");
  expect(within(alert).getByRole("listitem")).toHaveTextContent(/were found/);
});
