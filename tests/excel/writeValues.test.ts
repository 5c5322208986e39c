/** writeValues: the pane's asked-for writes (a LOC-01 fix, blanks filled with 0) in one sync. */
import { checkWorkbook, insertReport, writeValues } from "../../src/excel";
import { addressIn, harness, type Harness } from "./harness";

let h: Harness & { uninstall: () => void };
beforeEach(() => {
  h = harness();
});
afterEach(() => h.uninstall());

test("one sync writes every cell, on the named sheet; the check then finds them", async () => {
  await insertReport({ year: 2024, edition: "2021", agency: "某某局", totalsAsFormulas: false });
  const r = await checkWorkbook();
  if (r.kind !== "checked") throw new Error(r.kind);
  const blanks = r.findings.filter((f) => f.rule === "ALL-02");
  expect(blanks.length).toBeGreaterThan(100);
  h.syncs();
  await writeValues(blanks.map((f) => ({ address: f.locations[0]!.address, value: 0 })));
  expect(h.syncs()).toBe(1);
  expect(h.value(addressIn("2021", "t3.open.business"))).toBe(0);
  const again = await checkWorkbook();
  expect(again.kind === "checked" && again.findings).toEqual([]);
  await writeValues([
    { address: `'2024年报表格'!${addressIn("2021", "t3.open.business")}`, value: 21 },
  ]);
  expect(h.value(addressIn("2021", "t3.open.business"))).toBe(21);
  h.syncs();
  await writeValues([]);
  expect(h.syncs()).toBe(0);
});
