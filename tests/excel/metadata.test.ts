import { insertReport, readMetadata, updateMetadata } from "../../src/excel";
import { METADATA_NAMESPACE } from "../../src/sheet";
import { harness, type Harness } from "./harness";

let h: Harness & { uninstall: () => void };
beforeEach(() => {
  h = harness();
});
afterEach(() => h.uninstall());

test("no metadata: null in one sync", async () => {
  expect(await readMetadata()).toBeNull();
  expect(h.syncs()).toBe(1);
});

test("update keeps one part and round-trips narrative text with markup characters", async () => {
  await insertReport({ year: 2024, edition: "2021", agency: "某某局", totalsAsFormulas: false });
  h.syncs();
  const text = "一、总体情况\n本机关<认真>贯彻“条例”&要求。";
  await updateMetadata((m) => ({ ...m!, narrative: { 1: text } }));
  expect(h.syncs()).toBeLessThanOrEqual(2);
  expect(h.host.workbook.xmlParts.byNamespace(METADATA_NAMESPACE)).toHaveLength(1);
  const meta = await readMetadata();
  expect(meta?.narrative?.[1]).toBe(text);
  expect(meta?.year).toBe(2024);
});
