/** The narrative part's XML (narrativePart.ts) and the XML tree walker it shares with the metadata (xmlTree.ts). */
import {
  childrenNamed,
  emptyNarrative,
  localName,
  metadataXml,
  narrativeXml,
  newestNarrative,
  ownNamespace,
  parseXml,
  reportInfoOf,
  xmlText,
} from "../../src/sheet";
import { reportOnSheet } from "./snapshots";

const tree = (xml: string) => parseXml(xml).root!;

test.each([
  { xml: '<a xmlns="urn:x"/>', want: "urn:x" },
  { xml: '<p:a xmlns:p="urn:y"/>', want: "urn:y" },
  { xml: '<p:a xmlns="urn:x"/>', want: undefined },
  { xml: "<a/>", want: undefined },
])("ownNamespace($xml)", ({ xml, want }) => {
  expect(ownNamespace(tree(xml))).toBe(want);
});

test("localName, childrenNamed and xmlText walk prefixed trees alike", () => {
  const root = tree('<p:r xmlns:p="urn:y"><p:s>a<b>b</b>c</p:s><s>d</s><t/></p:r>');
  expect(localName(root.name)).toBe("r");
  expect(childrenNamed(root, "s").map(xmlText)).toEqual(["abc", "d"]);
  expect(childrenNamed(root, "u")).toEqual([]);
});

test("newestNarrative: the latest saved of those that read; null when none does", () => {
  const n = (agency: string, savedAt?: string) =>
    narrativeXml({ ...emptyNarrative(), agency, ...(savedAt ? { savedAt } : {}) });
  expect(
    newestNarrative([
      n("old", "2025-01-01T00:00:00Z"),
      "<broken",
      n("new", "2025-02-01T00:00:00Z"),
      n("none"),
    ])?.agency
  ).toBe("new");
  expect(newestNarrative(["<broken", 3])).toBeNull();
});

test("reportInfoOf: what the metadata says, or null", () => {
  const { meta } = reportOnSheet({ edition: "2019", year: 2023, agency: "某局", values: {} });
  expect(reportInfoOf(metadataXml({ ...meta, date: "2024年1月31日", signer: "办公室" }))).toEqual({
    edition: "2019",
    year: 2023,
    agency: "某局",
    date: "2024年1月31日",
    signer: "办公室",
  });
  expect(reportInfoOf(undefined)).toBeNull();
  expect(reportInfoOf("<x/>")).toBeNull();
});
