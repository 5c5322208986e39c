/** @jest-environment jsdom */

import userEvent from "@testing-library/user-event";
import { mountDemo, type DemoHost } from "../../src/demo";

let demo: DemoHost;
let root: HTMLElement;

function cell(address: string, sheet = "Sheet1"): HTMLElement {
  const el = root.querySelector<HTMLElement>(`[data-sheet="${sheet}"][data-address="${address}"]`);
  if (!el) throw new Error(`no cell ${sheet}!${address}`);
  return el;
}

function selected(): string | null {
  return (
    root.querySelector('[role="gridcell"][aria-selected="true"]')?.getAttribute("data-address") ??
    null
  );
}

const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  root = document.createElement("div");
  document.body.appendChild(root);
  demo = mountDemo(root, { sheetNames: ["Sheet1", "表二"] });
});

afterEach(() => {
  demo.destroy();
  root.remove();
});

describe("the demo workbook page", () => {
  test("renders a grid, tabs, a formula bar and exposes the host to the pane", () => {
    expect(root.querySelector('[role="grid"]')).not.toBeNull();
    expect(
      [...root.querySelectorAll('[role="tab"]')].map((t) => [
        t.textContent,
        t.getAttribute("aria-selected"),
      ])
    ).toEqual([
      ["Sheet1", "true"],
      ["表二", "false"],
    ]);
    expect(root.querySelector('input[aria-label="编辑栏"]')).not.toBeNull();
    expect(cell("T60").dataset.sheet).toBe("Sheet1");
    expect(selected()).toBe("A1");
    expect(window.__demoHost?.Excel).toBe(demo.host.Excel);
    expect(window.__demoHost?.Office.context.displayLanguage).toBe("zh-CN");
  });

  test("select, type, Enter commits as a number and moves down; the formula bar follows", async () => {
    const user = userEvent.setup();
    const changes: string[] = [];
    await demo.host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").onChanged.add(async (e) => {
        changes.push(e.address);
      });
      await ctx.sync();
    });
    await user.click(cell("D7"));
    expect(selected()).toBe("D7");
    await user.keyboard("12");
    expect(cell("D7").textContent).toBe(""); // not committed yet
    expect((root.querySelector('input[aria-label="编辑栏"]') as HTMLInputElement).value).toBe("12");
    await user.keyboard("{Enter}");
    expect(cell("D7").textContent).toBe("12");
    expect(demo.host.workbook.cells.value(demo.host.workbook.sheet("Sheet1"), 6, 3)).toBe(12);
    expect(selected()).toBe("D8");
    await user.keyboard("=D7*2{Tab}");
    expect(cell("D8").textContent).toBe("24");
    expect(selected()).toBe("E8");
    await user.click(cell("D8"));
    expect((root.querySelector('input[aria-label="编辑栏"]') as HTMLInputElement).value).toBe(
      "=D7*2"
    );
    await demo.host.flushEvents();
    expect(changes).toEqual(["D7", "D8"]);
  });

  test("Ctrl+Z undoes the last entry, from the workbook's undo stack", async () => {
    const user = userEvent.setup();
    await user.click(cell("D7"));
    await user.keyboard("12{Enter}");
    await user.click(cell("D7"));
    await user.keyboard("13{Enter}");
    expect(cell("D7").textContent).toBe("13");
    await user.keyboard("{Control>}z{/Control}");
    expect(cell("D7").textContent).toBe("12");
    expect(demo.host.workbook.undo.size).toBe(1);
  });

  test("Escape cancels the entry; arrow keys move the selection", async () => {
    const user = userEvent.setup();
    await user.click(cell("B2"));
    await user.keyboard("abc{Escape}");
    expect(cell("B2").textContent).toBe("");
    expect(selected()).toBe("B2");
    await user.keyboard("{ArrowRight}{ArrowDown}");
    expect(selected()).toBe("C3");
  });

  test("F2 and double-click edit the existing content", async () => {
    const user = userEvent.setup();
    await user.click(cell("A1"));
    await user.keyboard("5{Enter}{ArrowUp}{F2}0{Enter}");
    expect(cell("A1").textContent).toBe("50");
    await user.dblClick(cell("A1"));
    await user.keyboard("{Backspace}{Backspace}7{Enter}");
    expect(cell("A1").textContent).toBe("7");
  });

  test("Enter during IME composition does not commit", async () => {
    const user = userEvent.setup();
    await user.click(cell("B1"));
    const editor = root.querySelector<HTMLInputElement>('input[aria-label="单元格编辑器"]')!;
    editor.dispatchEvent(new CompositionEvent("compositionstart", { bubbles: true }));
    editor.value = "表";
    editor.dispatchEvent(new Event("input", { bubbles: true }));
    editor.dispatchEvent(
      new KeyboardEvent("keydown", {
        key: "Enter",
        isComposing: true,
        bubbles: true,
        cancelable: true,
      })
    );
    await tick();
    expect(cell("B1").textContent).toBe("");
    editor.dispatchEvent(new CompositionEvent("compositionend", { bubbles: true }));
    await user.keyboard("{Enter}");
    expect(cell("B1").textContent).toBe("表");
  });

  test("a refused entry shows the rule's alert; the cell keeps its value", async () => {
    const user = userEvent.setup();
    await demo.host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("C3");
      r.values = [[8]];
      r.dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      r.dataValidation.errorAlert = {
        title: "数据无效",
        message: "请输入非负整数",
        style: "Stop",
        showAlert: true,
      };
      await ctx.sync();
    });
    await user.click(cell("C3"));
    await user.keyboard("-1{Enter}");
    const dialog = root.querySelector('[role="alertdialog"]');
    expect(dialog).not.toBeNull();
    expect(dialog!.textContent).toContain("数据无效");
    expect(dialog!.textContent).toContain("请输入非负整数");
    expect(cell("C3").textContent).toBe("8");
    await user.click(dialog!.querySelector("button")!);
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(cell("C3").textContent).toBe("8");
    expect(selected()).toBe("C3");
  });

  test("API writes show up: values, merges, fills and conditional colours as real backgrounds", async () => {
    await demo.host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:C1").merge();
      s.getRange("A1").values = [["标题"]];
      s.getRange("A2:B2").values = [[1, 2]];
      s.getRange("A2").format.fill.color = "#DDEBF7";
      const cf = s.getRange("B2").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=B2<>A2";
      cf.custom.format.fill.color = "#FFC7CE";
      await ctx.sync();
    });
    await tick();
    const title = cell("A1") as HTMLTableCellElement;
    expect(title.textContent).toBe("标题");
    expect(title.colSpan).toBe(3);
    expect(root.querySelector('[data-address="B1"]')).toBeNull();
    expect(getComputedStyle(cell("A2")).backgroundColor).toBe("rgb(221, 235, 247)");
    expect(getComputedStyle(cell("B2")).backgroundColor).toBe("rgb(255, 199, 206)");
    await demo.host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [[1]];
      await ctx.sync();
    });
    await tick();
    expect(getComputedStyle(cell("B2")).backgroundColor).toBe("");
  });

  test("sheet tabs switch the grid, and activate() from the API does too", async () => {
    const user = userEvent.setup();
    await user.click(root.querySelectorAll('[role="tab"]')[1]);
    expect(cell("A1", "表二")).toBeTruthy();
    expect(root.querySelector('[role="tab"][aria-selected="true"]')!.textContent).toBe("表二");
    await demo.host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("C4").select();
      await ctx.sync();
    });
    await tick();
    expect(root.querySelector('[role="tab"][aria-selected="true"]')!.textContent).toBe("Sheet1");
    expect(selected()).toBe("C4");
  });
});
