/**
 * The lazily loaded views of the pane in the demo workbook, driven through the UI only: 导入与汇总
 * (paste a published report → a new sheet with its values and findings; paste garbage → a clear message
 * and no sheet), 正文 (draft from the tables) and 导出 (Word and HTML downloads past the pre-flight
 * dialog). Screenshots go to tests/e2e/artifacts/views-*.png.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Download, FrameLocator, Locator, Page } from "playwright-core";
import { addressOf, layoutOf } from "../../src/sheet";
import { ARTIFACTS, baseUrl, launch } from "./browser";
import { SAMPLES_DIR as SAMPLES } from "../support/samples";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

function cell(page: Page, sheet: string, address: string) {
  return page.locator(`[data-sheet="${sheet}"][data-address="${address}"]`);
}

/** The workbook's sheet tabs (the page's own; the pane's tabs are inside the iframe). */
function sheetTabs(page: Page) {
  return page.locator('[role="tab"]');
}

async function openDemo(): Promise<{ page: Page; pane: FrameLocator }> {
  const context = await browser.newContext({ viewport: { width: 1500, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/demo.html`);
  const pane = page.frameLocator("#pane");
  await pane.getByRole("button", { name: "插入表格" }).waitFor();
  return { page, pane };
}

/** Screenshots of a dialog wait for its opening motion to end (Fluent fades and scales it in). */
async function settled(locator: Locator) {
  await locator.evaluate((el) =>
    Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished))
  );
}

async function saved(download: Download): Promise<Buffer> {
  const file = path.join(ARTIFACTS, `views-download-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return fs.readFileSync(file);
}

describe("导入与汇总: importing a published report", () => {
  let page: Page;
  let pane: FrameLocator;

  beforeAll(async () => {
    ({ page, pane } = await openDemo());
    await pane.getByRole("tab", { name: "导入与汇总" }).click();
    await pane.getByRole("button", { name: "导入到新工作表" }).waitFor();
  });
  afterAll(async () => {
    await page?.context().close();
  });

  test("pasting 2024 洪泽区 makes a new sheet with its values and lists its findings", async () => {
    const text = fs.readFileSync(path.join(SAMPLES, "2024-hongze-district.txt"), "utf8");
    const tabsBefore = await sheetTabs(page).count();
    await pane.getByLabel("粘贴报告全文").fill(text);
    await pane.getByRole("button", { name: "导入到新工作表" }).click();

    const done = pane.getByRole("status").filter({ hasText: "已导入到新工作表" });
    await done.waitFor();
    const sheet = /新工作表“([^”]+)”/.exec((await done.textContent())!)![1];
    await expect(sheetTabs(page).count()).resolves.toBe(tabsBefore + 1);
    await expect(sheetTabs(page).filter({ hasText: sheet }).count()).resolves.toBe(1);

    // A 2024 report with a 2019-style 表三 (the single （六）其他处理 row).
    const layout = layoutOf({ edition: "2021", tableEditions: { 3: "2019" } });
    const at = (key: string) => cell(page, sheet, addressOf(layout, key)!);
    await expect(at("t3.new.total").textContent()).resolves.toBe("95");
    await expect(at("t3.resultTotal.total").textContent()).resolves.toBe("95");
    await expect(at("t2.normative.issued").textContent()).resolves.toBe("3");
    await expect(at("t2.normative.inForce").textContent()).resolves.toBe("8");

    // The label the importer read past, and the narrative figure that disagrees with the table.
    // (检查结果 lists them too, on its hidden tab: look in the import section only.)
    const section = pane.getByRole("region", { name: "导入已发布的报告" });
    await section.getByText("2.其他法律行政止公开", { exact: false }).first().waitFor();
    await section
      .getByText(/17.*95/)
      .first()
      .waitFor();
    // Each finding is titled by its rule in words, not its id twice (“S-03 S-03”).
    await section.getByText("正文中的数字应与表格一致", { exact: true }).waitFor();
    await shot(page, "views-1-import");
  });

  test("pasting text that is no report gives a clear message and no new sheet", async () => {
    const tabsBefore = await sheetTabs(page).count();
    await pane.getByLabel("粘贴报告全文").fill("随便一段文字");
    await pane.getByRole("button", { name: "导入到新工作表" }).click();
    const alert = pane.getByRole("alert").filter({ hasText: "无法导入" });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/工作簿未作任何改动/);
    await expect(pane.getByText("已导入到新工作表").count()).resolves.toBe(0);
    await expect(sheetTabs(page).count()).resolves.toBe(tabsBefore);
  });
});

describe("正文 and 导出 on a freshly inserted 2024 report", () => {
  let page: Page;
  let pane: FrameLocator;
  /** The start of the drafted section 一, to find in the exported file. */
  let drafted = "";

  beforeAll(async () => {
    ({ page, pane } = await openDemo());
    await pane.getByRole("tab", { name: "插入表格" }).click();
    await pane.getByLabel("报告年度").fill("2024");
    await pane.getByLabel("机关名称").fill("示例市示例局");
    await pane.getByRole("button", { name: "插入表格" }).click();
    await page.getByText("（七）总计", { exact: true }).first().waitFor();
  });
  afterAll(async () => {
    await page?.context().close();
  });

  test("正文: drafting from the tables fills section 一", async () => {
    await pane.getByRole("tab", { name: "正文" }).click();
    const one = pane.getByRole("textbox", { name: "一、总体情况" });
    await one.waitFor();
    await expect(one.inputValue()).resolves.toBe("");
    await pane.getByRole("button", { name: "根据表格生成草稿" }).click();
    const note = pane.getByRole("status").filter({ hasText: "已填入" });
    await note.waitFor();
    await expect(note.textContent()).resolves.toContain("一、总体情况");
    drafted = (await one.inputValue()).split("\n")[0]!.slice(0, 20);
    expect(drafted).toContain("示例市示例局");
    await shot(page, "views-2-narrative");
  });

  test("导出: Word past the pre-flight dialog downloads a .docx", async () => {
    await pane.getByRole("tab", { name: "导出" }).click();
    await pane.getByRole("radio", { name: /Word/ }).check();
    await pane.getByRole("button", { name: "导出文件" }).click();
    const dialog = pane.getByRole("dialog").filter({ hasText: "导出前检查" });
    await dialog.waitFor();
    await settled(dialog);
    await shot(page, "views-3-export");
    const downloading = page.waitForEvent("download");
    await dialog.getByRole("button", { name: "仍然导出" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = await saved(download);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    await pane.getByRole("status").filter({ hasText: ".docx" }).waitFor();
  });

  test("导出: HTML downloads the report without scripts", async () => {
    await pane.getByRole("radio", { name: /HTML/ }).check();
    await pane.getByRole("button", { name: "导出文件" }).click();
    const dialog = pane.getByRole("dialog").filter({ hasText: "导出前检查" });
    await dialog.waitFor();
    const downloading = page.waitForEvent("download");
    await dialog.getByRole("button", { name: "仍然导出" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.html?$/);
    const html = (await saved(download)).toString("utf8");
    expect(html).toContain("三、收到和处理政府信息公开申请情况");
    expect(html).not.toMatch(/<script/i);
    // The drafted text reached the file: the export saves the 正文 view's pending edits first.
    expect(html).toContain(drafted);
  });
});
