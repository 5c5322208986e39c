/**
 * How long the pane takes, on a PC four times slower than this one, until its insert button can be
 * clicked: the production build in dist/, in the demo workbook, in Debian's Chromium with the CPU
 * throttled 4× through the DevTools protocol. Measured inside the pane's frame from its own navigation
 * start, so the demo workbook's own load does not count.
 */
import * as path from "path";
import { launch } from "../tests/e2e/browser";

const { serve } = require("../tests/e2e/server") as {
  serve: (dir: string) => Promise<{ server: import("http").Server; url: string }>;
};

/**
 * Runs in every frame before its scripts: notes when an enabled 插入表格 / Insert tables button appears.
 * A string, not a function: tsx's compiled functions call helpers the page does not have.
 */
const WATCH_FOR_INSERT_BUTTON = `
  const ready = () => [...document.querySelectorAll("button")].some(
    (b) => /插入表格|Insert tables/.test(b.textContent || "") && !b.disabled);
  const observer = new MutationObserver(() => {
    if (window.__gkInteractiveAt === undefined && ready()) {
      window.__gkInteractiveAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
`;

export async function interactiveMs(dist: string, runs = 3): Promise<number> {
  const { server, url } = await serve(path.resolve(dist));
  const browser = await launch();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await page.addInitScript(WATCH_FOR_INSERT_BUTTON);
      await page.goto(`${url}/demo.html`);
      await page.frameLocator("#pane").getByRole("button", { name: "插入表格" }).waitFor();
      const frame = page.frames().find((f) => /taskpane\.html/.test(f.url()));
      if (!frame) throw new Error("the pane frame did not load");
      await frame.waitForFunction("window.__gkInteractiveAt !== undefined");
      times.push(Number(await frame.evaluate("window.__gkInteractiveAt")));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
