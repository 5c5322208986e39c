/** The sheet registry part and sheet naming (src/sheet/registry.ts). */
import {
  METADATA_NAMESPACE,
  emptyRegistry,
  nextSheetPrefix,
  parseRegistryXml,
  registryXml,
  reportSheetName,
  safeSheetName,
  uniqueSheetNameOf,
  type Registry,
  type ReportMeta,
} from "../../src/sheet";

const meta = (agency: string): ReportMeta => ({
  edition: "2021",
  year: 2024,
  agency,
  sheet: { name: `${agency}2024` },
  origin: "A1",
  names: [{ name: "GKX_1_REPORT", ref: `'${agency}2024'!$A$1:$O$60` }],
  tableEditions: { 3: "2019" },
});

test("round trip: entries (with every kind of text) and the last-year link", () => {
  const reg: Registry = {
    entries: [
      {
        key: "GKX_1_REPORT",
        prefix: "GKX_1_",
        kind: "import",
        source: 'a&b <c> "d".txt',
        meta: meta("甲局"),
      },
      { key: "GKX_2_REPORT", prefix: "GKX_2_", kind: "summary", meta: meta("汇总（2个单位）") },
    ],
    lastYear: { of: "GK_REPORT", prev: "GKX_1_REPORT" },
  };
  const xml = registryXml(reg);
  expect(xml).toContain(METADATA_NAMESPACE); // each entry is the report's own metadata element
  expect(parseRegistryXml(xml)).toEqual({ registry: reg });
});

test("bad input never throws: empty registry and a reason; a bad entry is dropped, the rest kept", () => {
  for (const bad of [undefined, 42, "", "<x/>", "<reports xmlns='urn:other'/>", "<reports"]) {
    const r = parseRegistryXml(bad);
    expect(r.registry).toEqual(emptyRegistry());
    expect(r.reason).toEqual(expect.any(String));
  }
  const good = registryXml({
    entries: [{ key: "GKX_1_REPORT", prefix: "GKX_1_", kind: "import", meta: meta("甲") }],
  });
  const broken = good.replace(
    "</reports>",
    '<entry key="GKX_2_REPORT" prefix="GKX_2_" kind="import"><report/></entry></reports>'
  );
  const r = parseRegistryXml(broken);
  expect(r.registry.entries.map((e) => e.key)).toEqual(["GKX_1_REPORT"]);
  expect(r.reason).toMatch(/GKX_2_REPORT/);
});

test("nextSheetPrefix: one past the highest in the registry or among the names", () => {
  expect(nextSheetPrefix(emptyRegistry(), [])).toBe("GKX_1_");
  expect(nextSheetPrefix(emptyRegistry(), ["GK_REPORT", "GKX_7_T3", "OTHER"])).toBe("GKX_8_");
  expect(
    nextSheetPrefix(
      { entries: [{ key: "GKX_3_REPORT", prefix: "GKX_3_", kind: "import", meta: meta("x") }] },
      ["gkx_2_report"]
    )
  ).toBe("GKX_4_");
});

test("sheet names: Excel's rules, unique, at most 31 characters", () => {
  expect(safeSheetName("a:b/c\\d?e*f[g]h")).toBe("abcdefgh");
  expect(safeSheetName("'引号'")).toBe("引号");
  expect(safeSheetName("  ")).toBe("报告");
  expect(uniqueSheetNameOf("汇总", ["汇总", "汇总(2)"])).toBe("汇总(3)");
  expect(uniqueSheetNameOf("Sheet1", ["sheet1"])).toBe("Sheet1(2)");
  const long = "江苏省淮安市洪泽区人民政府办公室下属某某某某某某某某某某中心";
  const name = reportSheetName(long, 2024, []);
  expect([...name].length).toBeLessThanOrEqual(31);
  expect(name.endsWith("中心2024")).toBe(true);
  const again = reportSheetName(long, 2024, [name]);
  expect([...again].length).toBeLessThanOrEqual(31);
  expect(again).not.toBe(name);
  expect(reportSheetName("", null, [])).toBe("导入报告");
});
