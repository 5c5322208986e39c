/** Reading the report from a snapshot (reportRead.ts, snapshot.ts) and placing cells where they are now (located.ts). */
import { cellsOf, type Finding, type Report } from "../../src/report";
import {
  interpretBlock,
  isDamaged,
  locateIn,
  locateReport,
  locatedNow,
  locationOf,
  layoutOf,
  metadataXml,
  metaOfParts,
  namesLostProblem,
  rectAddress,
} from "../../src/sheet";
import { probeOf, reportOnSheet, snapshotOf, withReport } from "./snapshots";

const key = cellsOf({ edition: "2021" }).find((c) => !c.isTotal)!.key;
const report: Report = { edition: "2021", year: 2024, agency: "某某局", values: { [key]: 7 } };

describe("locateReport", () => {
  test("through GK_REPORT: the report, its sheet, no problem", () => {
    const read = locateReport(withReport(report, { origin: { row: 3, col: 1 } }))!;
    expect(read.report).toMatchObject({ edition: "2021", year: 2024, values: { [key]: 7 } });
    expect(read.sheetName).toBe("2024年报表格");
    expect(read.layout.rect).toEqual(layoutOf(report, { row: 3, col: 1 }).rect);
    expect(read.problems).toEqual([]);
    expect(isDamaged(read)).toBe(false);
  });

  test("metadata lost: read by its structure, with a warning that says why", () => {
    const snap = { ...withReport(report), meta: null, metaProblem: "2 metadata parts" };
    const read = locateReport(snap)!;
    expect(read.report.values[key]).toBe(7);
    expect(read.problems[0]).toMatchObject({ kind: "metadata", severity: "warning" });
    expect(read.problems[0].message.en).toContain("2 metadata parts");
    expect(isDamaged(read)).toBe(false);
  });

  const lost = () => {
    const s = withReport(report, { sheetId: "s1", origin: { row: 2, col: 0 } });
    return { s, probe: probeOf(s.block!.sheetName, "s1", { block: s.block! }) };
  };

  test.each([
    { name: "the saved sheet id", probe: (p: ReturnType<typeof lost>) => p.probe },
    {
      name: "the saved sheet name (ids change between sessions)",
      probe: (p: ReturnType<typeof lost>) => ({ ...p.probe, sheetId: "other" }),
    },
  ])("GK_REPORT gone: read at the metadata's place on the probed sheet, by $name", ({ probe }) => {
    const p = lost();
    const read = locateReport({ ...p.s, block: null, probe: probe(p) })!;
    expect(read.report.values[key]).toBe(7);
    expect(read.block.rect).toEqual(layoutOf(report, { row: 2, col: 0 }).rect);
    expect(read.problems[0]).toMatchObject({ kind: "names", severity: "warning" });
  });

  test.each([
    { name: "no metadata", change: { meta: null } },
    { name: "no probe", change: { probe: null } },
    {
      name: "the probe is another sheet",
      change: { probe: probeOf("Sheet1", "s2") },
    },
  ])("GK_REPORT gone and $name: not found", ({ change }) => {
    const p = lost();
    expect(locateReport({ ...p.s, block: null, probe: p.probe, ...change })).toBeNull();
  });

  test("GK_REPORT gone and the saved place reaches past the probe: not found", () => {
    const p = lost();
    const meta = { ...p.s.meta!, origin: "A200" };
    expect(locateReport({ ...p.s, block: null, probe: p.probe, meta })).toBeNull();
  });

  test("nothing of ours: null", () => {
    expect(locateReport(snapshotOf())).toBeNull();
  });
});

test("interpretBlock: the edition that fits when there is no metadata", () => {
  const { block } = reportOnSheet({ ...report, edition: "2019", values: {} });
  expect(interpretBlock(block, null, null).report.edition).toBe("2019");
});

test("namesLostProblem: an error naming the sheet the tables were on", () => {
  const { meta } = reportOnSheet(report);
  const p = namesLostProblem(meta);
  expect(p).toMatchObject({ kind: "names", severity: "error" });
  expect(p.message.zh).toContain("2024年报表格");
  expect(isDamaged({ problems: [p] })).toBe(true);
});

test.each([
  { name: "no part", ids: [], xml: null, meta: false, problem: "no metadata part" },
  { name: "several parts", ids: ["a", "b"], xml: null, meta: false, problem: "2 metadata parts" },
  { name: "one unreadable part", ids: ["a"], xml: "<x/>", meta: false, problem: "root is" },
  { name: "one good part", ids: ["a"], xml: "good", meta: true, problem: null },
])("metaOfParts: $name", ({ ids, xml, meta, problem }) => {
  const good = metadataXml(reportOnSheet(report).meta);
  const r = metaOfParts(ids, xml === "good" ? good : xml);
  expect(r.meta !== null).toBe(meta);
  if (problem === null) expect(r.metaProblem).toBeNull();
  else expect(r.metaProblem).toContain(problem);
});

describe("where cells are now", () => {
  const read = () => {
    const r = locateReport(withReport(report))!;
    const row = r.layout.byKey[key].pos.row;
    // Two rows inserted above this cell's row.
    r.alignment = { ...r.alignment, rowOf: new Map([[row, row + 2]]) };
    return { r, pos: r.layout.byKey[key].pos };
  };

  test("locationOf follows the row to where it is now", () => {
    const { r, pos } = read();
    const loc = locationOf(r, key)!;
    expect(loc.cell).toBe(
      rectAddress({ top: pos.row + 2, left: pos.col, bottom: pos.row + 2, right: pos.col })
    );
    expect(loc.address).toBe(`'2024年报表格'!${loc.cell}`);
    expect(locationOf(r, "no.such.key")).toBeNull();
  });

  test("locatedNow gives each finding's cells their locations (null off the sheet)", () => {
    const { r } = read();
    const f: Finding = {
      rule: "T3-01",
      severity: "error",
      message: { zh: "", en: "" },
      cells: [{ key }, { key: "no.such.key" }],
    } as unknown as Finding;
    const [located] = locatedNow(r, [f]);
    expect(located.locations[0]).toEqual(locationOf(r, key));
    expect(located.locations[1]).toBeNull();
  });

  test("locateIn: on a sheet just laid out, each cell at its layout address", () => {
    const layout = layoutOf(report);
    const f = { cells: [{ key }] } as unknown as Finding;
    expect(locateIn([f], "S", layout)[0].locations[0]).toEqual({
      key,
      sheet: "S",
      cell: layout.byKey[key].address,
      address: `'S'!${layout.byKey[key].address}`,
    });
  });
});
