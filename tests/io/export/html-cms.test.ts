/**
 * The HTML export after a CMS sanitiser: js-xss with its default whitelist (what many government CMSs
 * run) strips `style`, `cellspacing` and classes. Both versions are rendered in Chromium at a 1000 px
 * column and their tables compared cell by cell: same text, same spans, each cell's place and width
 * within 3 % of the table width. (The text size is the CMS's own once `style` is gone, so heights
 * differ; the words that used to wrap, 其/他 and 商业企/业, and the widest figures stay on one line.)
 */
import { chromium, type Browser } from "playwright-core";
import { spawnSync } from "child_process";
import xss from "xss";
import { buildHtml } from "../../../src/io/export/html";
import { importReport } from "../../../src/io/import";
import type { Report } from "../../../src/report/types";
import { sample } from "../import/samples";
import { sampleReport } from "./fixtures";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const hasChromium = spawnSync("sh", ["-c", `test -x ${CHROMIUM}`]).status === 0;
if (!hasChromium) console.warn(`SKIPPED html-cms: no Chromium at ${CHROMIUM}`);

interface CellBox {
  text: string;
  rowSpan: number;
  colSpan: number;
  /** Left edge and width as shares of the table's width. */
  left: number;
  width: number;
  height: number;
}

async function tableBoxes(browser: Browser, html: string): Promise<CellBox[][]> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  try {
    await page.setContent(
      `<!DOCTYPE html><meta charset="utf-8"><div style="width:1000px">${html}</div>`
    );
    return await page.$$eval("table", (tables) =>
      tables.map((t) => {
        const box = t.getBoundingClientRect();
        return [...t.querySelectorAll("th,td")].map((c) => {
          const r = c.getBoundingClientRect();
          const cell = c as HTMLTableCellElement;
          return {
            text: (c.textContent ?? "").trim(),
            rowSpan: cell.rowSpan,
            colSpan: cell.colSpan,
            left: (r.left - box.left) / box.width,
            width: r.width / box.width,
            height: r.height,
          };
        });
      })
    );
  } finally {
    await page.close();
  }
}

const times50 = (r: Report): Report => ({
  ...r,
  values: Object.fromEntries(
    Object.entries(r.values).map(([k, v]) => [k, typeof v === "number" ? v * 50 : v])
  ),
});

const CASES: [string, Report][] = [
  ["fixture 2021", sampleReport("2021")],
  ["fixture 2019", sampleReport("2019")],
  ["淮安市 × 50", times50(importReport(sample("2024-huaian-city.txt"), "x.txt").report!)],
];

(hasChromium ? describe : describe.skip)("HTML through js-xss's default whitelist", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
  }, 60_000);
  afterAll(async () => browser?.close());

  test.each(CASES)(
    "%s: the sanitised tables render like the originals",
    async (_, report) => {
      const raw = buildHtml(report);
      const clean = xss(raw);
      // What carries the layout survives; what the sanitiser strips is gone.
      expect(clean).not.toMatch(/\sstyle=|cellspacing/);
      expect(clean.match(/<col width="\d+%">/g)?.length).toBe(
        raw.match(/<col width="\d+%">/g)?.length
      );
      expect(clean.match(/<table border="1"/g)).toHaveLength(3);

      const [before, after] = [await tableBoxes(browser, raw), await tableBoxes(browser, clean)];
      expect(after).toHaveLength(3);
      after.forEach((cells, t) => {
        expect(cells.map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual(
          before[t].map((c) => [c.text, c.rowSpan, c.colSpan])
        );
        cells.forEach((c, i) => {
          const b = before[t][i];
          expect([
            t,
            c.text,
            Math.abs(c.left - b.left) < 0.03,
            Math.abs(c.width - b.width) < 0.03,
          ]).toEqual([t, c.text, true, true]);
        });
      });
    },
    60_000
  );

  test("header words and figures are whole in the sanitised 表三 at 1000 px (no 其/他, no 商业企/业)", async () => {
    const page = await browser.newPage();
    try {
      await page.setContent(
        `<!DOCTYPE html><meta charset="utf-8"><div style="width:1000px">${xss(buildHtml(CASES[2][1]))}</div>`
      );
      // A cell's text on one line: its range has a single client rect per text node line.
      const wrapped = await page.$$eval(
        "table:nth-of-type(2) td, table:nth-of-type(2) th",
        (cells) =>
          cells
            .filter((c) =>
              ["其他", "商业企业", "自然人", "总计", "155950", "146600"].includes(
                (c.textContent ?? "").trim()
              )
            )
            .map((c) => {
              const range = document.createRange();
              range.selectNodeContents(c);
              const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              return [(c.textContent ?? "").trim(), tops.size];
            })
      );
      expect(wrapped.length).toBeGreaterThanOrEqual(6);
      for (const [text, lines] of wrapped) expect([text, lines]).toEqual([text, 1]);
    } finally {
      await page.close();
    }
  }, 60_000);
});
