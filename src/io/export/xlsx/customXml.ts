/**
 * The report's metadata as a custom XML part of the package (ECMA-376 Part 1 §15.2.4, §22.5), the
 * same part the add-in writes with customXmlParts.add and finds with getByNamespace. exceljs cannot
 * write custom XML parts, so the zip it produced is opened again and the part added with JSZip.
 */
import JSZip from "jszip";

const REL_CUSTOM_XML =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_PROPS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

/** A GUID-shaped item id derived from the content, so the same report gives the same bytes. */
function itemId(xml: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < xml.length; i++) {
    h1 = Math.imul(h1 ^ xml.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 + xml.charCodeAt(i), 2246822519) >>> 0;
  }
  const hex = (h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0")).repeat(2);
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}`.toUpperCase();
}

function nextRelId(rels: string): string {
  let max = 0;
  for (const m of rels.matchAll(/Id="rId(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return `rId${max + 1}`;
}

function nextItemNumber(zip: JSZip): number {
  let n = 1;
  while (zip.file(`customXml/item${n}.xml`)) n++;
  return n;
}

/** Add `xml` as a custom XML part of the workbook in `zip` (in place). */
export async function addCustomXmlPart(zip: JSZip, xml: string, namespace: string): Promise<void> {
  const n = nextItemNumber(zip);
  const id = itemId(xml);
  zip.file(
    `customXml/item${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`
  );
  zip.file(
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${id}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${namespace}"/></ds:schemaRefs></ds:datastoreItem>`
  );
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_PROPS}" Target="itemProps${n}.xml"/></Relationships>`
  );
  await insertBeforeClose(
    zip,
    "xl/_rels/workbook.xml.rels",
    "</Relationships>",
    (rels) =>
      `<Relationship Id="${nextRelId(rels)}" Type="${REL_CUSTOM_XML}" Target="../customXml/item${n}.xml"/>`
  );
  await insertBeforeClose(
    zip,
    "[Content_Types].xml",
    "</Types>",
    () => `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_TYPE}"/>`
  );
}

/** Adds an element to a package part just before its root's closing tag. */
async function insertBeforeClose(
  zip: JSZip,
  path: string,
  close: string,
  element: (xml: string) => string
): Promise<void> {
  const xml = await zip.file(path)!.async("string");
  zip.file(path, xml.replace(close, element(xml) + close));
}

/** The custom XML parts of a package whose root element is in `namespace` (what getByNamespace finds). */
export async function customXmlParts(zip: JSZip, namespace: string): Promise<string[]> {
  const out: string[] = [];
  for (const path of Object.keys(zip.files).filter((p) => /^customXml\/item\d+\.xml$/i.test(p))) {
    const xml = await zip.file(path)!.async("string");
    const root = /<([\w.-]+:)?[\w.-]+\b[^>]*>/.exec(xml.replace(/<\?[\s\S]*?\?>/g, ""));
    if (root && root[0].includes(`"${namespace}"`))
      out.push(xml.replace(/^\uFEFF?<\?xml[^>]*\?>\s*/, ""));
  }
  return out;
}
