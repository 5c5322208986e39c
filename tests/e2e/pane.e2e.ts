/**
 * The real task pane in the demo workbook, driven through the UI only, for both editions: insert the
 * tables, type a balanced report, break and fix 一+二 = （七）+四, follow a finding to its cell, and
 * type bad values. Screenshots of each step go to tests/e2e/artifacts/.
 */
import AxeBuilder from "@axe-core/playwright";
import * as path from "path";
import type { Browser, FrameLocator, Page } from "playwright-core";
import { cellsOf, type EditionId } from "../../src/report";
import { addressOf, layoutOf } from "../../src/sheet";
import { ARTIFACTS, baseUrl, launch } from "./browser";
import { randomBalancedReport } from "../support/randomReport";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const RED = "rgb(255, 199, 206)"; // #FFC7CE, the error fill of the conditional formats

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

function cell(page: Page, sheet: string, address: string) {
  return page.locator(`[data-sheet="${sheet}"][data-address="${address}"]`);
}

async function typeInto(page: Page, sheet: string, address: string, text: string) {
  await cell(page, sheet, address).click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

async function background(page: Page, sheet: string, address: string): Promise<string> {
  return cell(page, sheet, address).evaluate((el) => getComputedStyle(el).backgroundColor);
}

/** Waits until `read()` gives `want` (or, with `not`, anything else); the CF colour follows a recalculation. */
async function until<T>(read: () => Promise<T>, want: T, not = false, timeout = 1000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const got = await read();
    if ((got === want) !== not || Date.now() > end) return got;
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function activeSheet(page: Page): Promise<string> {
  return (await page.locator('[role="tab"][aria-selected="true"]').first().textContent())!.trim();
}

async function insertTables(pane: FrameLocator, year: number) {
  await pane.getByRole("tab", { name: "插入表格" }).click();
  const yearBox = pane.getByLabel("报告年度");
  await yearBox.fill(String(year));
  await pane.getByLabel("机关名称").fill("示例市示例局");
  await pane.getByRole("button", { name: "插入表格" }).click();
}

/** Each edition on another host profile of the demo (src/demo/excel/profiles.ts). */
const editions: [EditionId, number, string][] = [
  ["2021", 2024, "web"],
  ["2019", 2020, "office2019"],
];

describe.each(editions)(
  "the pane in the demo workbook, %s edition, year %s, %s host",
  (edition, year, host) => {
    let page: Page;
    let pane: FrameLocator;
    let sheet: string;
    const layout = layoutOf({ edition });
    const report = randomBalancedReport(20240 + year, edition, year);
    const addr = (key: string) => addressOf(layout, key)!;

    beforeAll(async () => {
      const context = await browser.newContext({ viewport: { width: 1500, height: 900 } });
      page = await context.newPage();
      await page.goto(`${baseUrl()}/demo.html?host=${host}`);
      pane = page.frameLocator("#pane");
      await pane.getByRole("button", { name: "插入表格" }).waitFor();
    });
    afterAll(async () => {
      await page?.context().close();
    });

    test("inserts the tables with the official labels", async () => {
      await insertTables(pane, year);
      await page.getByText("（七）总计", { exact: true }).first().waitFor();
      sheet = await activeSheet(page);
      await expect(cell(page, sheet, addr("t3.resultTotal.total")).count()).resolves.toBe(1);
      await shot(page, `${edition}-1-inserted`);
    });

    test("a balanced report typed in gives no findings", async () => {
      for (const c of cellsOf(report))
        await typeInto(page, sheet, addr(c.key), String(report.values[c.key]));
      await pane.getByRole("tab", { name: "检查结果" }).click();
      await pane.getByText("没有发现问题", { exact: false }).waitFor();
      await expect(background(page, sheet, addr("t3.new.natural"))).resolves.not.toBe(RED);
      await shot(page, `${edition}-2-balanced`);
    });

    test("breaking 一+二 = （七）+四 in the 自然人 column turns its cells red and lists T3-01", async () => {
      const k = "t3.new.natural";
      const total = "t3.new.total";
      await typeInto(page, sheet, addr(k), String((report.values[k] as number) + 1));
      await typeInto(page, sheet, addr(total), String((report.values[total] as number) + 1));
      for (const row of ["new", "carried", "resultTotal", "carryForward"])
        expect(await until(() => background(page, sheet, addr(`t3.${row}.natural`)), RED)).toBe(
          RED
        );
      // Only that column and the 总计 column changed: another applicant column stays clear.
      await expect(background(page, sheet, addr("t3.new.business"))).resolves.not.toBe(RED);
      const item = pane.getByRole("button", { name: new RegExp(`T3-01.*自然人.*${addr(k)}`) });
      await item.first().waitFor();
      await shot(page, `${edition}-3-broken`);
      await item.first().click();
      const selected = () =>
        page.locator('[aria-selected="true"][data-address]').first().getAttribute("data-address");
      expect(await until(selected, addr(k))).toBe(addr(k));
      await shot(page, `${edition}-4-selected`);
    });

    test("fixing the cells clears the red and the finding", async () => {
      await typeInto(page, sheet, addr("t3.new.natural"), String(report.values["t3.new.natural"]));
      await typeInto(page, sheet, addr("t3.new.total"), String(report.values["t3.new.total"]));
      expect(
        await until(() => background(page, sheet, addr("t3.new.natural")), RED, true)
      ).not.toBe(RED);
      await pane.getByText("没有发现问题", { exact: false }).waitFor();
      await shot(page, `${edition}-5-fixed`);
    });

    test("the checks wrote nothing over the user's typing: Ctrl+Z still undoes the last figure", async () => {
      expect(await page.evaluate(() => document.documentElement.dataset.hostProfile)).toBe(host);
      // A figure that changes no highlight (表二 行政许可 is in no relation). A T3 break would be painted
      // (its LOC-01 suspect), and that paint is an undo step of its own on hosts with add-in undo.
      const decisions = addr("t2.licensing.decisions");
      const before = (await cell(page, sheet, decisions).textContent()) ?? "";
      await typeInto(page, sheet, decisions, String(Number(before || 0) + 5));
      await page.waitForTimeout(1500); // the debounced check runs (and writes nothing)
      await pane.getByText("没有发现问题", { exact: false }).waitFor();
      await cell(page, sheet, decisions).click();
      await page.keyboard.press("Control+z");
      expect(await until(() => cell(page, sheet, decisions).textContent(), before)).toBe(before);
    });

    test("text and a negative number in a value cell get a clear message and change nothing", async () => {
      const target = addr("t3.open.natural");
      const before = await cell(page, sheet, target).textContent();
      for (const bad of ["很多", "-5"]) {
        await typeInto(page, sheet, target, bad);
        const dialog = page.getByRole("alertdialog");
        await dialog.waitFor();
        await expect(dialog.textContent()).resolves.toMatch(/非负整数|整数/);
        await shot(page, `${edition}-6-rejected-${bad === "-5" ? "negative" : "text"}`);
        await dialog.getByRole("button").first().click();
        await expect(cell(page, sheet, target).textContent()).resolves.toBe(before);
      }
      await pane.getByText("没有发现问题", { exact: false }).waitFor();
    });

    test("the pane has no serious or critical accessibility violations", async () => {
      const frame = page.frame({ url: /taskpane\.html/ })!;
      // Fluent UI's focus manager (tabster) adds 1px aria-hidden sentinels that pass focus on to real
      // controls; they are a known axe false positive, not something a keyboard or reader user meets.
      const results = await new AxeBuilder({ page })
        .include("#pane")
        .exclude(["#pane", "[data-tabster-dummy]"])
        .analyze();
      const bad = results.violations.filter(
        (v) => v.impact === "serious" || v.impact === "critical"
      );
      expect(
        bad.map(
          (v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.html.slice(0, 160)).join(" | ")}`
        )
      ).toEqual([]);
      expect(frame).toBeTruthy();
    });
  }
);
