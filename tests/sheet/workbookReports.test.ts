/**
 * Every report sheet of a workbook from one read (workbookReports.ts), the last-year link
 * (lastYearLink.ts), this year's and last year's pair (lastYearPair.ts) and consolidation
 * (consolidation.ts): plain states in, plain decisions out.
 */
import { cellKey, cellsOf, type Report } from "../../src/report";
import {
  CURRENT_KEY,
  LAST_YEAR_NAME,
  carryOverStep,
  consolidateReads,
  hasNoReport,
  lastYearTarget,
  linkedPrevOf,
  newSheetPlan,
  pairKeys,
  parseRegistryXml,
  registryWrite,
  registryXml,
  reportSheetsOf,
  sheetReadsOf,
  unitTablePlace,
  withLastYear,
  workbookStateOf,
  yearPairOf,
  type FoundBlock,
  type Registry,
  type RegistryEntry,
  type SheetRead,
  type Snapshot,
  type WorkbookState,
} from "../../src/sheet";
import { reportOnSheet, snapshotOf, withReport } from "./snapshots";

const report = (year: number, agency = "某某局", values: Report["values"] = {}): Report => ({
  edition: "2021",
  year,
  agency,
  values,
});

/** A registered sheet: its block read through its name, and its registry entry. */
function registered(n: number, r: Report, sheetName: string) {
  const { block, meta } = reportOnSheet(r, { sheetName, sheetId: `id${n}` });
  const entry: RegistryEntry = {
    key: `GKX_${n}_REPORT`,
    prefix: `GKX_${n}_`,
    kind: "import",
    meta,
  };
  const formula = `='${sheetName}'!$A$1:$O$53`;
  return { block, entry, name: { name: entry.key, formula } };
}

function stateOf(
  snap: Snapshot,
  sheets: ReturnType<typeof registered>[],
  extra: { registry?: Partial<Registry>; names?: { name: string; formula: string }[] } = {}
): WorkbookState {
  const registry: Registry = { entries: sheets.map((s) => s.entry), ...extra.registry };
  return workbookStateOf(
    { ...snap, sheetNames: [...snap.sheetNames, ...sheets.map((s) => s.block.sheetName)] },
    { ids: ["reg"], onlyXml: registryXml(registry) },
    [...sheets.map((s) => s.name), ...(extra.names ?? [])]
  );
}

describe("workbookStateOf", () => {
  test.each([
    { name: "no registry part", ids: [], xml: null, entries: 0, problem: null },
    { name: "several parts", ids: ["a", "b"], xml: null, entries: 0, problem: "2 registry parts" },
    { name: "an unreadable part", ids: ["a"], xml: "<x/>", entries: 0, problem: "root is" },
  ])("$name", ({ ids, xml, entries, problem }) => {
    const st = workbookStateOf(snapshotOf(), { ids, onlyXml: xml }, []);
    expect(st.registry.entries).toHaveLength(entries);
    if (problem === null) expect(st.registryProblem).toBeNull();
    else expect(st.registryProblem).toContain(problem);
  });

  test("names: each one's sheet (null where it refers to no range) and formula, by upper-case name", () => {
    const st = workbookStateOf(snapshotOf(), { ids: [], onlyXml: null }, [
      { name: "gkx_1_report", formula: "='A b'!$A$1:$O$53" },
      { name: "GKX_2_REPORT", formula: "=#REF!$A$1" },
    ]);
    expect(st.nameSheets).toEqual(
      new Map([
        ["GKX_1_REPORT", "A b"],
        ["GKX_2_REPORT", null],
      ])
    );
    expect(st.nameFormulas.get("GKX_1_REPORT")).toBe("='A b'!$A$1:$O$53");
  });
});

describe("reportSheetsOf and sheetReadsOf", () => {
  const a = registered(1, report(2023, "甲局"), "甲局2023");
  const b = registered(2, report(2024, "乙局"), "乙局2024");

  test("the workbook's own report first, then the registered sheets still there", () => {
    const st = stateOf(withReport(report(2024)), [a, b]);
    // b's sheet was deleted: its name still says the sheet, but the workbook has no such sheet.
    st.snap.sheetNames = st.snap.sheetNames.filter((n) => n !== "乙局2024");
    expect(reportSheetsOf(st).map((i) => [i.key, i.sheetName, i.current, i.kind])).toEqual([
      [CURRENT_KEY, "2024年报表格", true, "report"],
      ["GKX_1_REPORT", "甲局2023", false, "import"],
    ]);
  });

  test("no report of its own: only the registered sheets; hasNoReport", () => {
    const st = stateOf(snapshotOf(), [a]);
    expect(reportSheetsOf(st).map((i) => i.key)).toEqual(["GKX_1_REPORT"]);
    expect(hasNoReport(st)).toBe(true);
    expect(hasNoReport(stateOf(withReport(report(2024)), []))).toBe(false);
  });

  test("reads: the current one from the snapshot, others from their blocks; not found says so", () => {
    const st = stateOf(withReport(report(2024)), [a]);
    const blocks: (FoundBlock | null)[] = [null, a.block, null];
    const reads = sheetReadsOf(st, [CURRENT_KEY, "gkx_1_report", "GKX_9_REPORT"], (i) => blocks[i]);
    expect(reads.map((r) => [r.key, r.read?.sheetName ?? null, r.problem === null])).toEqual([
      [CURRENT_KEY, "2024年报表格", true],
      ["gkx_1_report", "甲局2023", true],
      ["GKX_9_REPORT", null, false],
    ]);
    expect(reads[2].problem!.en).toContain("GKX_9_REPORT");
  });

  test("reads: damaged tables are read but carry the reason", () => {
    const st = stateOf(snapshotOf(), [a]);
    const values = a.block.values.map((row) => row.map((v) => (typeof v === "string" ? "" : v)));
    const [r] = sheetReadsOf(st, ["GKX_1_REPORT"], () => ({
      ...a.block,
      values,
      formulas: values,
    }));
    expect(r.read).not.toBeNull();
    expect(r.problem!.zh).toContain("甲局2023");
  });
});

describe("newSheetPlan", () => {
  test("beside the workbook's report: a registered sheet with the next prefix, named after the agency", () => {
    const st = stateOf(withReport(report(2024)), [registered(1, report(2023), "x")]);
    const p = newSheetPlan(st, {
      report: report(2022, "丙局"),
      kind: "import",
      source: "a.txt",
      findings: [],
    });
    expect(p).toMatchObject({ key: "GKX_2_REPORT", sheetName: "丙局2022", current: false });
    expect(p.registry.entries.map((e) => [e.key, e.source])).toEqual([
      ["GKX_1_REPORT", undefined],
      ["GKX_2_REPORT", "a.txt"],
    ]);
    expect(p.plan.names.every((n) => n.name.startsWith("GKX_2_"))).toBe(true);
  });

  test("in a workbook with no report: it becomes the workbook's own, the registry unchanged", () => {
    const st = stateOf(snapshotOf(), []);
    const p = newSheetPlan(st, {
      report: report(2024),
      kind: "import",
      findings: [],
      baseName: "Sheet1",
    });
    expect(p).toMatchObject({ key: CURRENT_KEY, sheetName: "Sheet1(2)", current: true });
    expect(p.registry).toBe(st.registry);
  });

  test("asCurrent false keeps it registered even in an empty workbook", () => {
    const p = newSheetPlan(stateOf(snapshotOf(), []), {
      report: report(2024),
      kind: "summary",
      findings: [],
      asCurrent: false,
    });
    expect(p.current).toBe(false);
    expect(p.registry.entries[0].kind).toBe("summary");
  });
});

describe("registryWrite", () => {
  const a = registered(1, report(2023), "甲");
  const b = registered(2, report(2022), "乙");

  test("nothing changed: nothing to replace", () => {
    const st = stateOf(snapshotOf(), [a]);
    expect(registryWrite(st, st.registry)).toEqual({
      deleteNames: [],
      lastYear: { want: null, have: null },
      replace: false,
      xml: registryXml(st.registry),
    });
  });

  test("an entry whose sheet is gone is dropped, with its names", () => {
    const st = stateOf(snapshotOf(), [a, b], {
      names: [{ name: "GKX_2_T3", formula: "='乙'!$A$1" }],
    });
    st.snap.sheetNames = st.snap.sheetNames.filter((n) => n !== "乙");
    const w = registryWrite(st, st.registry);
    expect(w.deleteNames.sort()).toEqual(["GKX_2_REPORT", "GKX_2_T3"]);
    expect(w.replace).toBe(true);
    expect(parseRegistryXml(w.xml).registry.entries.map((e) => e.key)).toEqual(["GKX_1_REPORT"]);
  });

  test("an entry just added is kept though its name is not there yet", () => {
    const st = stateOf(snapshotOf(), []);
    const next = { entries: [registered(3, report(2024), "新").entry] };
    const w = registryWrite(st, next);
    expect(w).toMatchObject({ deleteNames: [], replace: true });
    expect(parseRegistryXml(w.xml).registry.entries).toHaveLength(1);
  });

  test("empty with no part: nothing written; emptied: the part removed (xml null)", () => {
    const none = workbookStateOf(snapshotOf(), { ids: [], onlyXml: null }, []);
    expect(registryWrite(none, { entries: [] })).toMatchObject({ replace: false, xml: null });
    const st = stateOf(snapshotOf(), [a]);
    expect(registryWrite(st, { entries: [] })).toMatchObject({ replace: true, xml: null });
  });

  test("a last-year link points LAST_YEAR_NAME at last year's block", () => {
    const st = stateOf(withReport(report(2024)), [a]);
    const w = registryWrite(st, withLastYear(st.registry, CURRENT_KEY, { key: "GKX_1_REPORT" }));
    expect(w.lastYear).toEqual({ want: a.name.formula, have: null });
  });
});

describe("the last-year link", () => {
  const formulas = new Map([
    ["GKX_1_REPORT", "='甲'!$A$1:$O$53"],
    ["GKX_2_REPORT", "=#REF!$A$1"],
  ]);
  test.each([
    { name: "no link", link: undefined, want: null },
    {
      name: "from the workbook's report",
      link: { of: "GK_REPORT", prev: "gkx_1_report" },
      want: "='甲'!$A$1:$O$53",
    },
    { name: "from another sheet", link: { of: "GKX_3_REPORT", prev: "GKX_1_REPORT" }, want: null },
    {
      name: "to the workbook's report itself",
      link: { of: "GK_REPORT", prev: "GK_REPORT" },
      want: null,
    },
    {
      name: "to a name that refers to nothing",
      link: { of: "GK_REPORT", prev: "GKX_2_REPORT" },
      want: null,
    },
    { name: "to a name that is gone", link: { of: "GK_REPORT", prev: "GKX_9_REPORT" }, want: null },
  ])("lastYearTarget: $name", ({ link, want }) => {
    expect(lastYearTarget(link, formulas)).toBe(want);
  });

  test("lastYearTarget: not when last year's sheet is no longer live", () => {
    expect(
      lastYearTarget({ of: "GK_REPORT", prev: "GKX_1_REPORT" }, formulas, () => false)
    ).toBeNull();
  });

  const a = registered(1, report(2023, "甲局"), "甲");
  const link = { of: CURRENT_KEY, prev: "GKX_1_REPORT" };
  const read = (over: Partial<Parameters<typeof linkedPrevOf>[0]> = {}) =>
    linkedPrevOf({
      registry: { entries: [a.entry], lastYear: link },
      nameFormulas: new Map([
        ["GKX_1_REPORT", a.name.formula],
        [LAST_YEAR_NAME, a.name.formula],
      ]),
      sheetNames: ["甲"],
      block: () => a.block,
      ...over,
    });

  test("linkedPrevOf: the fixed name agrees with the link: last year's report", () => {
    expect(read()).toMatchObject({
      prevSheetName: "甲",
      want: a.name.formula,
      have: a.name.formula,
    });
    expect(read().prev).toMatchObject({ year: 2023, agency: "甲局" });
  });

  test.each([
    { name: "no registry", over: { registry: null } },
    {
      name: "the fixed name is missing",
      over: { nameFormulas: new Map([["GKX_1_REPORT", a.name.formula]]) },
    },
    { name: "last year's sheet is gone", over: { sheetNames: ["Sheet1"] } },
    { name: "the block cannot be read", over: { block: () => null } },
    { name: "no entry for last year's key", over: { registry: { entries: [], lastYear: link } } },
  ])("linkedPrevOf: $name → no last year", ({ over }) => {
    expect(read(over).prev).toBeNull();
  });

  test("linkedPrevOf: the fixed name missing is to be repaired (want ≠ have)", () => {
    const r = read({ nameFormulas: new Map([["GKX_1_REPORT", a.name.formula]]) });
    expect(r).toMatchObject({ want: a.name.formula, have: null });
  });
});

describe("this year and last year", () => {
  const me = registered(1, report(2024), "本年");
  const prev = registered(2, report(2023), "上年");
  const st = stateOf(snapshotOf(), [me, prev]);
  const reads = (keys: string[], blocks: (FoundBlock | null)[]): SheetRead[] =>
    sheetReadsOf(st, keys, (i) => blocks[i]);

  test("pairKeys: last year's sheet is read too; a file is not", () => {
    expect(pairKeys("K", { key: "P" })).toEqual(["K", "P"]);
    expect(pairKeys("K", { report: report(2023), label: "f" })).toEqual(["K"]);
  });

  test("yearPairOf: two sheets", () => {
    const p = yearPairOf(
      reads(["GKX_1_REPORT", "GKX_2_REPORT"], [me.block, prev.block]),
      "GKX_1_REPORT",
      {
        key: "GKX_2_REPORT",
      }
    );
    expect(p).toMatchObject({ prevLabel: "上年", prev: { year: 2023 } });
  });

  test("yearPairOf: a file", () => {
    const file = report(2023, "文件");
    const p = yearPairOf(reads(["GKX_1_REPORT"], [me.block]), "GKX_1_REPORT", {
      report: file,
      label: "a.json",
    });
    expect(p).toMatchObject({ prevLabel: "a.json", prev: file });
  });

  test.each([
    {
      name: "no report of its own",
      keys: [CURRENT_KEY],
      blocks: [null],
      en: "no report tables yet",
    },
    {
      name: "this year's sheet not found",
      keys: ["GKX_9_REPORT"],
      blocks: [null],
      en: "GKX_9_REPORT",
    },
    {
      name: "last year's not found",
      keys: ["GKX_1_REPORT", "GKX_9_REPORT"],
      blocks: [me.block, null],
      en: "GKX_9_REPORT",
    },
    {
      name: "the same sheet twice",
      keys: ["GKX_1_REPORT", "GKX_1_REPORT"],
      blocks: [me.block, me.block],
      en: "same sheet",
    },
  ])("yearPairOf: $name → unavailable", ({ keys, blocks, en }) => {
    const p = yearPairOf(
      reads(keys, blocks),
      keys[0],
      keys[1] ? { key: keys[1] } : { report: report(2023), label: "f" }
    );
    expect(p).toMatchObject({ status: "unavailable" });
    expect((p as { reason: { en: string } }).reason.en).toContain(en);
  });

  test("withLastYear: a sheet is linked, a file is not", () => {
    expect(withLastYear({ entries: [] }, "K", { key: "P" }).lastYear).toEqual({
      of: "K",
      prev: "P",
    });
    const reg = { entries: [] };
    expect(withLastYear(reg, "K", { report: report(2023), label: "f" })).toBe(reg);
  });
});

describe("carryOverStep", () => {
  const carried = (col: string) => cellKey(3, "carried", col);
  const forward = (col: string) => cellKey(3, "carryForward", col);
  const cols = cellsOf({ edition: "2021" })
    .map((c) => c.key)
    .filter((k) => k.startsWith(carried("")))
    .map((k) => k.slice(carried("").length));
  const prev = report(2023, "某某局", Object.fromEntries(cols.map((c, i) => [forward(c), i + 1])));
  const readOf = (values: Report["values"]) =>
    sheetReadsOf(
      stateOf(withReport(report(2024, "某某局", values)), []),
      [CURRENT_KEY],
      () => null
    )[0].read!;

  test("nothing typed: writes every 上年结转 cell, at its address, and selects the row", () => {
    const read = readOf({});
    const s = carryOverStep(read, prev, false);
    if (s.action !== "write") throw new Error(s.action);
    expect(s.writes.map((w) => w.key)).toEqual(cols.map(carried));
    expect(s.targets[0]).toEqual({ cell: read.layout.byKey[carried(cols[0])].address, value: 1 });
    expect(s.after.values[carried(cols[0])]).toBe(1);
    expect(s.select).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
  });

  test("a different typed value: ask with its address; overwrite agreed: written too", () => {
    const read = readOf({ [carried(cols[0])]: 99 });
    const ask = carryOverStep(read, prev, false);
    expect(ask).toMatchObject({
      action: "ask",
      conflicts: [{ key: carried(cols[0]), current: 99 }],
    });
    if (ask.action === "ask") expect(ask.conflicts[0].address).toContain("2024年报表格");
    const write = carryOverStep(read, prev, true);
    if (write.action !== "write") throw new Error(write.action);
    expect(write.writes.map((w) => w.key)).toContain(carried(cols[0]));
    expect(write.after.values[carried(cols[0])]).toBe(1);
  });
});

describe("consolidation", () => {
  const a = registered(1, report(2024, "甲局"), "甲");
  const b = registered(2, report(2024, "乙局"), "乙");
  const old = registered(3, report(2023, "丙局"), "丙");
  const st = stateOf(snapshotOf(), [a, b, old]);

  test("units summed, units refused (not found, another year), each with its sheet", () => {
    const keys = ["GKX_1_REPORT", "GKX_2_REPORT", "GKX_3_REPORT", "GKX_9_REPORT"];
    const blocks = [a.block, b.block, old.block, null];
    const c = consolidateReads(
      sheetReadsOf(st, keys, (i) => blocks[i]),
      "某市"
    );
    expect(c.summary).toMatchObject({ year: 2024, agency: "某市" });
    expect(c.units.map((u) => [u.key, u.sheetName, u.address])).toEqual([
      ["GKX_1_REPORT", "甲", "'甲'!A1"],
      ["GKX_2_REPORT", "乙", "'乙'!A1"],
    ]);
    expect(c.refused.map((r) => [r.key, r.sheetName])).toEqual([
      ["GKX_9_REPORT", null],
      ["GKX_3_REPORT", "丙"],
    ]);
  });

  test("nothing usable: no summary", () => {
    expect(consolidateReads(sheetReadsOf(st, ["GKX_9_REPORT"], () => null)).summary).toBeNull();
  });

  test("unitTablePlace: two columns right of the tables, header under the caption, borders over the units", () => {
    const grid = [
      ["c", "", ""],
      ["h1", "h2", "h3"],
      ["u", 1, 2],
      ["v", 3, 4],
    ];
    const p = unitTablePlace({ top: 2, left: 0, bottom: 50, right: 14 }, grid, 2);
    expect(p.area).toEqual({ top: 2, left: 16, bottom: 5, right: 18 });
    expect(p.header).toEqual({ top: 3, left: 16, bottom: 3, right: 18 });
    expect(p.bordered).toEqual({ top: 3, left: 16, bottom: 5, right: 18 });
    expect(p.caption).toBe("Q3");
    expect(p.widths.map((w) => w.col)).toEqual([16, 17]);
  });
});
