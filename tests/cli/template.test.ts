/** `gkreport template`: the workbook goes through exportReport, so its text is XML-safe like every export's. */
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { run } from "../../src/cli/main";
import type { JsonResult } from "../../src/cli/format";
import { countXmlForbidden } from "../../src/report/xmlText";
import { memoryIo } from "../support/cliIo";

jest.setTimeout(30000);

const strictXml = (xml: string) =>
  new DOMParser({
    onError: (level, msg) => {
      throw new Error(`${level}: ${msg}`);
    },
  }).parseFromString(xml, "text/xml");

test("an agency with a character XML forbids: the workbook still opens, the agency without it", async () => {
  const f = memoryIo();
  const args = [
    "template",
    "--year",
    "2025",
    "--agency",
    "某某局\uFFFE\u0001",
    "--out",
    "/mem/t.xlsx",
  ];
  expect(await run(args, f.io)).toBe(0);
  const zip = await JSZip.loadAsync(f.written.get("/mem/t.xlsx")!);
  const parts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
  expect(parts.length).toBeGreaterThan(0);
  for (const name of parts) {
    const xml = await zip.file(name)!.async("string");
    expect([name, countXmlForbidden(xml)]).toEqual([name, 0]);
    expect(() => strictXml(xml)).not.toThrow();
  }
  expect(await run(["check", "/mem/t.xlsx", "--json"], f.io)).toBe(0);
  const r = JSON.parse(f.out[f.out.length - 1])[0] as JsonResult;
  expect(r.agency).toBe("某某局");
});

test("without --out: the file is named as the export names it, the agency made XML-safe", async () => {
  const f = memoryIo();
  expect(await run(["template", "--year", "2025", "--agency", "某某局\uFFFE\u0001"], f.io)).toBe(0);
  expect(f.out).toEqual(["某某局2025年政府信息公开工作年度报告.xlsx"]);
  expect([...f.written.keys()]).toEqual(["某某局2025年政府信息公开工作年度报告.xlsx"]);
});
