/** The custom XML part: round trip with hostile text, well-formed for a real XML parser, bad input refused. */
import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import {
  METADATA_NAMESPACE,
  metadataXml,
  parseMetadataXml,
  parseXml,
  type ReportMeta,
} from "../../src/sheet";

const hostile = `<script>alert("x")</script> & 'quotes' “中文” ]]> &amp; <![CDATA[ x ]]> \t tab`;

const meta: ReportMeta = {
  edition: "2021",
  year: 2024,
  agency: `某某局 ${hostile}`,
  title: `标题 <b>&</b>`,
  date: "2025年1月20日",
  tableEditions: { 2: "2019", 3: "2021" },
  sheet: { id: "{00000000-0001-0000-0000-000000000000}", name: `报告's "表" <1>` },
  origin: "A1",
  names: [
    { name: "GK_REPORT", ref: `'报告''s ""表"" <1>'!$A$1:$O$53` },
    { name: "GK_T3", ref: `'报告'!$A$20:$J$47` },
  ],
  totalsAsFormulas: true,
  narrative: { 1: `一、总体情况\r\n第二行\n${hostile}`, 6: "" },
  preface: `本报告由办公室编制。\n${hostile}`,
  signer: `某某市人民政府办公室 ${hostile}`,
};

test("round trip keeps every field, hostile text included", () => {
  const xml = metadataXml(meta);
  expect(parseMetadataXml(xml)).toEqual({ meta });
});

test("the XML is well-formed, in our namespace, and a real parser reads the same text", () => {
  const xml = metadataXml(meta);
  const doc = new DOMParser({
    onError: (level, msg) => {
      throw new Error(`${level}: ${msg}`);
    },
  }).parseFromString(xml, "text/xml");
  const root = doc.documentElement!;
  expect(root.namespaceURI).toBe(METADATA_NAMESPACE);
  expect(root.getElementsByTagName("agency")[0].textContent).toBe(meta.agency);
  expect(root.getElementsByTagName("sheet")[0].getAttribute("name")).toBe(meta.sheet.name);
  expect(root.getElementsByTagName("section")[0].textContent).toBe(meta.narrative![1]);
  expect(xml).not.toContain("<script>");
});

test("property: any text survives (control characters XML cannot carry are dropped)", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), (agency, name) => {
      const m: ReportMeta = { ...meta, agency, sheet: { name } };
      const clean = (s: string) =>
        s.replace(
          // eslint-disable-next-line no-control-regex
          /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
          ""
        );
      const back = parseMetadataXml(metadataXml(m));
      expect(back.meta?.agency).toBe(clean(agency));
      expect(back.meta?.sheet.name).toBe(clean(name));
    }),
    { numRuns: 200 }
  );
});

test.each([
  ["not a string", 42, /not a string/],
  ["empty", "", /empty document/],
  ["truncated", metadataXml(meta).slice(0, 60), /not well-formed/],
  [
    "mismatched tags",
    `<report xmlns="${METADATA_NAMESPACE}"><edition>2021</year></report>`,
    /closes/,
  ],
  [
    "bare ampersand",
    `<report xmlns="${METADATA_NAMESPACE}"><edition>2021</edition><agency>A & B</agency></report>`,
    /entity/,
  ],
  [
    "unknown entity",
    `<report xmlns="${METADATA_NAMESPACE}"><agency>&nbsp;</agency></report>`,
    /unknown entity/,
  ],
  [
    "DOCTYPE (entity expansion)",
    `<!DOCTYPE r [<!ENTITY a "aaaa">]><report xmlns="${METADATA_NAMESPACE}"/>`,
    /DOCTYPE/,
  ],
  ["other namespace", `<report xmlns="urn:other"><edition>2021</edition></report>`, /namespace/],
  ["no namespace", `<report><edition>2021</edition></report>`, /namespace/],
  [
    "bad edition",
    `<report xmlns="${METADATA_NAMESPACE}"><edition>2020</edition><sheet name="x"/></report>`,
    /edition/,
  ],
  [
    "bad year",
    `<report xmlns="${METADATA_NAMESPACE}"><edition>2021</edition><year>二〇二四</year><sheet name="x"/></report>`,
    /year/,
  ],
  ["no sheet", `<report xmlns="${METADATA_NAMESPACE}"><edition>2021</edition></report>`, /sheet/],
  ["two roots", `<report xmlns="${METADATA_NAMESPACE}"/><report/>`, /after the root/],
  [
    "future version",
    `<report xmlns="${METADATA_NAMESPACE}" version="2"><edition>2021</edition><sheet name="x"/></report>`,
    /version/,
  ],
])("refused: %s", (_name, xml, reason) => {
  const r = parseMetadataXml(xml);
  expect(r.meta).toBeNull();
  expect(r.reason).toMatch(reason);
});

test("accepted: declaration, comments, prefixed root, CDATA, character references", () => {
  const xml = `\uFEFF<?xml version="1.0" encoding="UTF-8"?><!-- ours --><gk:report xmlns:gk="${METADATA_NAMESPACE}"><gk:edition>2019</gk:edition><gk:year></gk:year><gk:agency><![CDATA[A & <B>]]>&#x4E2D;&#25991;</gk:agency><gk:sheet name="S"/><gk:names/></gk:report>`;
  expect(parseMetadataXml(xml)).toEqual({
    meta: { edition: "2019", year: null, agency: "A & <B>中文", sheet: { name: "S" }, names: [] },
  });
  expect(parseXml("<a b='1' c=\"2\"><d/>t</a>").root).toEqual({
    name: "a",
    attrs: { b: "1", c: "2" },
    children: [{ name: "d", attrs: {}, children: [] }, "t"],
  });
});
