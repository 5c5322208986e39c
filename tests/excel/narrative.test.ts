/** readNarrative / writeNarrative against the demo Excel host: escaping, sync budget, living beside the metadata. */
import { DOMParser } from "@xmldom/xmldom";
import { createExcelHost, type ExcelHost } from "../../src/demo/excel";
import { insertReport } from "../../src/excel/insert";
import {
  emptyNarrative,
  NARRATIVE_NAMESPACE,
  narrativeXml,
  parseNarrativeXml,
  readNarrative,
  writeNarrative,
  type StoredNarrative,
} from "../../src/excel/narrative";
import { readReport } from "../../src/excel/read";
import { METADATA_NAMESPACE, metadataXml } from "../../src/sheet/metadata";

let host: ExcelHost;
let uninstall: () => void;

function useHost(h: ExcelHost) {
  uninstall?.();
  host = h;
  uninstall = host.install();
}

beforeEach(() => useHost(createExcelHost()));
afterEach(() => uninstall());

function syncs(): number {
  const n = host.syncCount;
  host.resetSyncCount();
  return n;
}

const parts = (ns: string) => host.workbook.xmlParts.byNamespace(ns);

const HOSTILE = [
  `<script>alert("x")</script> & &amp; &lt; 'single' "double" ]]> <![CDATA[ x ]]>`,
  "（一）主动公开。全年新收申请 12 件，其中自然人 10 件。",
  "  leading and trailing spaces  ",
  "line one\nline two\r\nline three\rafter a lone CR",
  "tab\there, emoji 😀, full-width １２, <?xml version='1.0'?>, <!DOCTYPE x>, &#x26;",
].join("\n");

function hostile(): StoredNarrative {
  return {
    id: `id-"<&>'`,
    agency: `某某市<b>某某</b>局 & "办公室"`,
    date: "2025年1月20日",
    preface: `本报告<由>"办公室"编制 & 'x'。`,
    signer: "某某市人民政府办公室<b>",
    sections: {
      1: HOSTILE,
      2: "",
      3: "本机关收到和处理政府信息公开申请情况如下表：",
      6: "收费 <0> 元 & 'none'",
    },
    fees: { notices: `3"`, billed: "1,200<", collected: "&" },
  };
}

/** The narrative without the save time writeNarrative stamps on it. */
function plain(n: StoredNarrative | null): StoredNarrative | null {
  if (!n) return n;
  expect(n.savedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  const copy = { ...n };
  delete copy.savedAt;
  return copy;
}

describe("storage in a custom XML part", () => {
  test("an empty workbook reads as nothing stored, in one sync", async () => {
    const read = await readNarrative();
    expect(syncs()).toBe(1);
    expect(read).toEqual({ narrative: null, report: null, problem: null });
  });

  test("write → read round trip keeps hostile text exactly; one sync each way", async () => {
    await readNarrative();
    syncs();
    const n = hostile();
    await writeNarrative(n);
    expect(syncs()).toBe(1);
    const read = await readNarrative();
    expect(syncs()).toBe(1);
    expect(read.problem).toBeNull();
    expect(plain(read.narrative)).toEqual(n);
    expect(parts(NARRATIVE_NAMESPACE)).toHaveLength(1);
  });

  test("the stored XML is well-formed, in our namespace, with the text escaped", async () => {
    await writeNarrative(hostile());
    const [part] = parts(NARRATIVE_NAMESPACE);
    expect(part.namespaceUri).toBe(NARRATIVE_NAMESPACE);
    expect(part.xml).not.toContain("<script>");
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level, msg) => errors.push(`${level}: ${msg}`),
    }).parseFromString(part.xml, "text/xml");
    expect(errors).toEqual([]);
    expect(doc.documentElement?.namespaceURI).toBe(NARRATIVE_NAMESPACE);
    const section1 = doc.getElementsByTagName("section")[0];
    expect(section1.getAttribute("no")).toBe("1");
    // An independent parser reads the same text back (XML turns a lone CR into a reference, kept).
    expect(section1.textContent).toBe(HOSTILE);
  });

  test("characters XML cannot carry are dropped, not a broken part", async () => {
    const n = emptyNarrative();
    n.sections[1] = "a\u0001b\u0000c\uFFFFd\uD800e";
    await writeNarrative(n);
    const read = await readNarrative();
    expect(read.problem).toBeNull();
    expect(read.narrative?.sections[1]).toBe("abcde");
  });

  test("saving again replaces the part: still one, one sync", async () => {
    await readNarrative();
    await writeNarrative(hostile());
    syncs();
    const n = { ...hostile(), sections: { 1: "第二版" } };
    await writeNarrative(n);
    expect(syncs()).toBe(1);
    expect(parts(NARRATIVE_NAMESPACE)).toHaveLength(1);
    expect(plain((await readNarrative()).narrative)).toEqual(n);
  });

  test("quick saves one after another never add two parts", async () => {
    await Promise.all(
      [1, 2, 3, 4].map((i) => writeNarrative({ ...emptyNarrative(), sections: { 1: `v${i}` } }))
    );
    expect(parts(NARRATIVE_NAMESPACE)).toHaveLength(1);
    expect((await readNarrative()).narrative?.sections[1]).toBe("v4");
  });

  test("a write without a read first takes at most two syncs", async () => {
    await writeNarrative(hostile());
    expect(syncs()).toBeLessThanOrEqual(2);
  });
});

describe("beside the report metadata", () => {
  const insert = () =>
    insertReport({ year: 2024, edition: "2021", agency: "某某市某某局", totalsAsFormulas: false });

  test("the metadata part is untouched, and an insert keeps the narrative", async () => {
    await insert();
    const metaBefore = parts(METADATA_NAMESPACE).map((p) => p.xml);
    await writeNarrative(hostile());
    expect(parts(METADATA_NAMESPACE).map((p) => p.xml)).toEqual(metaBefore);
    expect((await readReport())?.report.agency).toBe("某某市某某局");

    await insert(); // replaces the metadata and names
    expect(parts(METADATA_NAMESPACE)).toHaveLength(1);
    const read = await readNarrative();
    expect(plain(read.narrative)).toEqual(hostile());
    expect(read.report).toMatchObject({ edition: "2021", year: 2024, agency: "某某市某某局" });
  });

  test("text the metadata carries (an import) is reported for the pane to start from", async () => {
    const xml = metadataXml({
      edition: "2019",
      year: 2020,
      agency: "某某县人民政府",
      date: "2021-01-20",
      sheet: { name: "Sheet1" },
      names: [],
      narrative: { 1: "导入的总体情况 <&>" },
    });
    await host.Excel.run(async (ctx) => {
      ctx.workbook.customXmlParts.add(xml);
      await ctx.sync();
    });
    syncs();
    const read = await readNarrative();
    expect(syncs()).toBe(1);
    expect(read.narrative).toBeNull();
    expect(read.report).toEqual({
      edition: "2019",
      year: 2020,
      agency: "某某县人民政府",
      date: "2021-01-20",
      narrative: { 1: "导入的总体情况 <&>" },
    });
  });
});

describe("reopening and races", () => {
  test("the part alone is enough: a workbook reopened (new host) reads the same text", async () => {
    await writeNarrative(hostile());
    const saved = parts(NARRATIVE_NAMESPACE).map((p) => p.xml);
    useHost(createExcelHost());
    for (const xml of saved) host.workbook.xmlParts.add(xml);
    syncs();
    const read = await readNarrative();
    expect(syncs()).toBe(1);
    expect(plain(read.narrative)).toEqual(hostile());
    // And saving in the reopened workbook replaces, not duplicates.
    await writeNarrative({ ...hostile(), date: "2025年2月1日" });
    expect(syncs()).toBe(1);
    expect(parts(NARRATIVE_NAMESPACE)).toHaveLength(1);
  });

  test("two parts (two panes saved at once): the newer is read, the next save leaves one", async () => {
    const older = {
      ...emptyNarrative(),
      sections: { 1: "旧" },
      savedAt: "2025-01-01T00:00:00.000Z",
    };
    const newer = {
      ...emptyNarrative(),
      sections: { 1: "新" },
      savedAt: "2025-01-02T00:00:00.000Z",
    };
    host.workbook.xmlParts.add(narrativeXml(newer));
    host.workbook.xmlParts.add(narrativeXml(older));
    syncs();
    const read = await readNarrative();
    expect(syncs()).toBeLessThanOrEqual(2);
    expect(read.narrative?.sections[1]).toBe("新");
    expect(read.problem).toMatch(/2 narrative parts/);
    await writeNarrative({ ...emptyNarrative(), sections: { 1: "合并后" } });
    expect(syncs()).toBeLessThanOrEqual(2);
    expect(parts(NARRATIVE_NAMESPACE)).toHaveLength(1);
    expect((await readNarrative()).narrative?.sections[1]).toBe("合并后");
  });

  test("a part deleted behind the pane's back: the save still lands, once", async () => {
    await writeNarrative(hostile());
    for (const p of parts(NARRATIVE_NAMESPACE)) host.workbook.xmlParts.delete(p);
    await writeNarrative({ ...hostile(), agency: "恢复" });
    expect(parts(NARRATIVE_NAMESPACE)).toHaveLength(1);
    expect((await readNarrative()).narrative?.agency).toBe("恢复");
  });

  test("a malformed part is reported, not thrown", async () => {
    host.workbook.xmlParts.add(
      `<narrative xmlns="${NARRATIVE_NAMESPACE}"><section no="1">unclosed</narrative>`
    );
    const read = await readNarrative();
    expect(read.narrative).toBeNull();
    expect(read.problem).toMatch(/not well-formed/);
  });
});

describe("parseNarrativeXml", () => {
  test("ignores unknown elements and sections out of range; rejects other roots and versions", () => {
    const ok = parseNarrativeXml(
      `<n:narrative xmlns:n="${NARRATIVE_NAMESPACE}" version="1"><n:future/><n:section no="7">x</n:section><n:section no="2">二</n:section></n:narrative>`
    );
    expect(ok.narrative?.sections).toEqual({ 2: "二" });
    expect(parseNarrativeXml(`<narrative xmlns="urn:other"/>`).reason).toMatch(/urn:other/);
    expect(
      parseNarrativeXml(`<narrative xmlns="${NARRATIVE_NAMESPACE}" version="2"/>`).reason
    ).toMatch(/version 2/);
    expect(parseNarrativeXml(42).reason).toBe("not a string");
  });
});
