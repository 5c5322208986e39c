/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * The import and last-year sections accept an .xlsx workbook: its bytes go to the workbook importer.
 * (Node export conditions: exceljs's browser build of uuid is ESM, which Jest does not transform.)
 */
import "./setup";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import * as importMod from "../../src/excel/importSheet";
import { buildXlsx } from "../../src/io/export/xlsx";
import { cellsOf } from "../../src/report";
import { CompareView } from "../../src/taskpane/views/compare/View";
import type { PaneView } from "../../src/taskpane/App";
import { yearPair } from "../excel/lastYearPairs";
import { renderPane } from "./render";

jest.mock("../../src/excel/importSheet", () => ({
  ...jest.requireActual("../../src/excel/importSheet"),
  importToWorkbook: jest.fn(),
  writeImported: jest.fn(async () => ({ status: "unreadable", problems: [] })),
}));
jest.mock("../../src/excel/reportSheets", () => ({
  listReportSheets: jest.fn(async () => []),
  CURRENT_KEY: "GK_REPORT",
}));
jest.mock("../../src/excel/navigate", () => ({ selectCell: jest.fn() }));

jest.setTimeout(60000);
Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });

const VIEW: PaneView = {
  id: "compare",
  label: (t) => t.tabs.compare,
  render: (c) => <CompareView changeToken={c.changeToken} onChanged={() => c.workbookChanged()} />,
};

test("an .xlsx chosen for import is read as a workbook (not as text) and handed to the sheet writer", async () => {
  const { prev } = yearPair(1);
  const bytes = await buildXlsx(prev, { totals: "typed" });
  renderPane("zh", [VIEW]);
  await userEvent.upload(
    screen.getByLabelText("或选择文件"),
    new File([bytes], "乙局.xlsx", {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    })
  );
  await userEvent.click(screen.getByRole("button", { name: "导入到新工作表" }));
  const writeImported = importMod.writeImported as jest.Mock;
  await waitFor(() => expect(writeImported).toHaveBeenCalled());
  expect(importMod.importToWorkbook).not.toHaveBeenCalled();
  const [result, name] = writeImported.mock.calls[0];
  expect(name).toBe("乙局.xlsx");
  expect(result.format).toBe("xlsx");
  for (const c of cellsOf(prev))
    expect([c.key, result.report.values[c.key]]).toEqual([c.key, prev.values[c.key] ?? null]);
});

test("an old binary workbook (OLE) is a workbook whatever its name, and gets the save-as message as in the CLI", async () => {
  const writeImported = importMod.writeImported as jest.Mock;
  writeImported.mockClear();
  (importMod.importToWorkbook as jest.Mock).mockClear();
  renderPane("zh", [VIEW]);
  // Chosen under “All files”: the input's accept list is only a hint to the file dialog.
  const user = userEvent.setup({ applyAccept: false });
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
  await user.upload(screen.getByLabelText("或选择文件"), new File([ole], "旧报表"));
  await user.click(screen.getByRole("button", { name: "导入到新工作表" }));
  await waitFor(() => expect(writeImported).toHaveBeenCalled());
  expect(importMod.importToWorkbook).not.toHaveBeenCalled();
  const [result, name] = writeImported.mock.calls[0];
  expect(name).toBe("旧报表");
  expect(result.report).toBeNull();
  expect(result.problems[0].message.zh).toMatch(/另存为.*\.xlsx/);
});
