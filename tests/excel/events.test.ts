import { checkWorkbook, insertReport, onTablesChanged } from "../../src/excel";
import { addressIn, harness, type Harness } from "./harness";

let h: Harness & { uninstall: () => void };
beforeEach(() => {
  h = harness();
});
afterEach(() => h.uninstall());

const base = { year: 2024, edition: "2021" as const, agency: "某某局", totalsAsFormulas: false };

test("the user's edits are reported; the add-in's own writes are not; unsubscribe stops it", async () => {
  await insertReport(base);
  const handler = jest.fn();
  const off = await onTablesChanged(handler);
  h.type(addressIn("2021", "t3.new.natural"), "3");
  await h.host.flushEvents();
  expect(handler).toHaveBeenCalledTimes(1);

  await checkWorkbook(); // paints highlights
  await insertReport(base); // rewrites the block
  await h.host.flushEvents();
  expect(handler).toHaveBeenCalledTimes(1);

  await off();
  h.type(addressIn("2021", "t3.new.natural"), "4");
  await h.host.flushEvents();
  expect(handler).toHaveBeenCalledTimes(1);
});

test("the report sheet is watched even when another sheet is active", async () => {
  await insertReport(base);
  h.host.workbook.addSheet("其他");
  h.host.workbook.activate(h.sheet("其他"));
  const handler = jest.fn();
  await onTablesChanged(handler);
  h.type("A1", "随便写写", "其他");
  h.type(addressIn("2021", "t3.new.natural"), "3", "2024年报表格");
  await h.host.flushEvents();
  expect(handler).toHaveBeenCalledTimes(1);
});

test("subscribing costs at most two syncs", async () => {
  await insertReport(base);
  h.syncs();
  await onTablesChanged(() => undefined);
  expect(h.syncs()).toBeLessThanOrEqual(2);
});
