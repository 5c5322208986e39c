/**
 * Issue 13's walk-through in the demo workbook, through the UI only: insert the 2024 tables, fill the
 * blanks with 0 in one action, type a small balanced report, mistype E25 (商业企业 · （一）予以公开,
 * 25 for 21) → the pane names E25 first → “改为 21”, confirmed → no findings. Then screenshots of the
 * findings at 320 and 350 px pane widths (tests/e2e/artifacts/locate-*.png) and their layout checked.
 */
import * as path from "path";
import type { Browser, FrameLocator, Page } from "playwright-core";
import { addressOf, layoutOf } from "../../src/sheet";
import { ARTIFACTS, baseUrl, launch } from "./browser";

let browser: Browser;
let page: Page;
let pane: FrameLocator;
const layout = layoutOf({ edition: "2021" });
const addr = (key: string) => addressOf(layout, key)!;
let sheet = "";

beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  await page.goto(`${baseUrl()}/demo.html`);
  pane = page.frameLocator("#pane");
  await pane.getByRole("button", { name: "插入表格" }).waitFor();
});
afterAll(async () => {
  await browser?.close();
});

function cell(address: string) {
  return page.locator(`[data-sheet="${sheet}"][data-address="${address}"]`);
}

async function typeInto(address: string, text: string) {
  await cell(address).click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

async function paneWidth(px: number, name: string) {
  await page.evaluate((w) => {
    document.getElementById("pane")!.style.width = `${w}px`;
  }, px);
  await page.waitForTimeout(300);
  await page
    .locator("#pane")
    .screenshot({ path: path.join(ARTIFACTS, `locate-${name}-${px}.png`) });
}

test("E25 is the culprit: named first, fixed with one confirmed click, then no findings", async () => {
  await pane.getByRole("tab", { name: "插入表格" }).click();
  await pane.getByLabel("报告年度").fill("2024");
  await pane.getByLabel("机关名称").fill("示例市示例局");
  await pane.getByRole("button", { name: "插入表格" }).click();
  await page.getByText("（七）总计", { exact: true }).first().waitFor();
  sheet = (await page.locator('[role="tab"][aria-selected="true"]').first().textContent())!.trim();
  expect(addr("t3.open.business")).toBe("E25");

  // 21 applications from 商业企业, all 予以公开; the totals typed by hand.
  for (const k of [
    "t3.new.business",
    "t3.new.total",
    "t3.open.business",
    "t3.open.total",
    "t3.resultTotal.business",
    "t3.resultTotal.total",
  ])
    await typeInto(addr(k), "21");

  await pane.getByRole("tab", { name: "检查结果" }).click();
  await pane.getByRole("button", { name: "把空白格填为 0" }).click();
  const ask = pane.getByRole("dialog");
  await ask.getByRole("button", { name: /^填入 \d+ 个 0$/ }).click();
  await pane.getByText("没有发现问题", { exact: false }).waitFor();
  await expect(cell(addr("t2.rules.issued")).textContent()).resolves.toBe("0");

  await typeInto("E25", "25");
  const first = pane.getByRole("listitem").first();
  await first.getByText("LOC-01").waitFor();
  await expect(first.textContent()).resolves.toMatch(/E25/);
  await expect(first.textContent()).resolves.toMatch(/（一）予以公开.*商业企业.*很可能填错了/);
  await page.locator("#pane").screenshot({ path: path.join(ARTIFACTS, "locate-1-named.png") });

  for (const [w, lang] of [
    [320, "zh"],
    [350, "zh"],
  ] as const)
    await paneWidth(w, lang);
  await paneWidth(360, "zh");

  await first.getByRole("button", { name: "改为 21", exact: true }).click();
  const confirm = pane.getByRole("dialog");
  await expect(confirm.textContent()).resolves.toMatch(/从 25 改为 21/);
  await confirm.getByRole("button", { name: "改为 21", exact: true }).click();
  await pane.getByText("没有发现问题", { exact: false }).waitFor();
  await expect(cell("E25").textContent()).resolves.toBe("21");
});

test("narrow panes: tabs fit at 320 px in English, badges and rule ids stay on one line at 350 px", async () => {
  await page.goto(`${baseUrl()}/demo.html?lang=en-US`);
  pane = page.frameLocator("#pane");
  await pane.getByRole("tab", { name: "Insert tables" }).click(); // the pane remembers the last tab
  await pane.getByLabel("Report year").fill("2024");
  await pane.getByRole("button", { name: "Insert tables" }).click();
  await page.getByText("（七）总计", { exact: true }).first().waitFor();
  sheet = (await page.locator('[role="tab"][aria-selected="true"]').first().textContent())!.trim();
  await typeInto("E25", "25");
  await pane.getByRole("tab", { name: "Check results" }).click();
  await pane.getByText("LOC-01").first().waitFor();
  for (const w of [320, 350]) {
    await paneWidth(w, "en");
    const frame = page.frame({ url: /taskpane\.html/ })!;
    const layoutFacts = await frame.evaluate(() => {
      const tabs = [...document.querySelectorAll('[role="tab"]')].map((t) =>
        t.getBoundingClientRect()
      );
      const oneLine = (el: Element) => {
        const r = el.getBoundingClientRect();
        const lh = parseFloat(getComputedStyle(el).lineHeight) || r.height;
        return r.height <= lh * 1.5 + 4;
      };
      const badges = [...document.querySelectorAll(".fui-Badge")];
      const ids = [...document.querySelectorAll("span")].filter((s) =>
        /^[A-Z]+-\d\d$/.test(s.textContent ?? "")
      );
      return {
        width: document.documentElement.clientWidth,
        tabsRight: Math.max(...tabs.map((t) => t.right)),
        scroll: document.documentElement.scrollWidth,
        badgesOneLine: badges.length > 0 && badges.every(oneLine),
        idsOneLine: ids.length > 0 && ids.every(oneLine),
      };
    });
    expect(layoutFacts.tabsRight).toBeLessThanOrEqual(layoutFacts.width);
    expect(layoutFacts.scroll).toBeLessThanOrEqual(layoutFacts.width);
    expect(layoutFacts.badgesOneLine).toBe(true);
    expect(layoutFacts.idsOneLine).toBe(true);
  }
});
