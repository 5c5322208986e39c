/** Characters XML 1.0 forbids: found by place (EXP-01), dropped by every export in one function. */
import { checkReport } from "../../src/report/check";
import type { Report } from "../../src/report/types";
import {
  countXmlForbidden,
  stripXmlForbidden,
  xmlForbiddenPlaces,
  xmlSafeReport,
} from "../../src/report/xmlText";
import { sampleReport } from "../io/export/fixtures";

const BAD = ["\u0000", "\u0008", "\u000B", "\u000C", "\u000E", "\u001F", "\uFFFE", "\uFFFF"];

test("the forbidden set: C0 controls but TAB/LF/CR, U+FFFE, U+FFFF, lone surrogates; pairs and U+FFFD stay", () => {
  for (const ch of BAD)
    expect([ch.charCodeAt(0), stripXmlForbidden(`a${ch}b`)]).toEqual([ch.charCodeAt(0), "ab"]);
  expect(stripXmlForbidden("a\tb\nc\rd\uFFFD😀e")).toBe("a\tb\nc\rd\uFFFD😀e");
  expect(stripXmlForbidden("x\uD800y\uDC00z")).toBe("xyz");
  expect(stripXmlForbidden("\uDC00\uD83D\uDE00\uD800")).toBe("😀");
  expect(countXmlForbidden("\uFFFE\u0001ok\uD800")).toBe(3);
});

const dirty = (): Report => {
  const r = sampleReport("2021");
  return {
    ...r,
    agency: "某某局\u0007",
    signer: "办公室\uFFFE",
    preface: "开头\u000C。",
    narrative: { ...r.narrative, 3: "收到申请\uFFFE 61件。" },
    values: { ...r.values, "t3.new.natural": "12\u0001" },
  };
};

test("places name the field and the section or cell", () => {
  expect(xmlForbiddenPlaces(dirty())).toEqual([
    { field: "agency", count: 1 },
    { field: "signer", count: 1 },
    { field: "preface", count: 1 },
    { field: "narrative", key: "3", count: 1 },
    { field: "values", key: "t3.new.natural", count: 1 },
  ]);
  expect(xmlForbiddenPlaces(sampleReport("2021"))).toEqual([]);
});

test("xmlSafeReport strips every text field and leaves numbers and a clean report as they are", () => {
  const clean = sampleReport("2021");
  expect(xmlSafeReport(clean)).toBe(clean);
  const safe = xmlSafeReport(dirty());
  expect(xmlForbiddenPlaces(safe)).toEqual([]);
  expect([
    safe.agency,
    safe.signer,
    safe.preface,
    safe.narrative![3],
    safe.values["t3.new.natural"],
  ]).toEqual(["某某局", "办公室", "开头。", "收到申请 61件。", "12"]);
  expect(safe.values["t3.carried.natural"]).toBe(clean.values["t3.carried.natural"]);
});

test("EXP-01: one warning naming where the characters are, in both languages", () => {
  const found = checkReport(dirty()).filter((f) => f.rule === "EXP-01");
  expect(found).toHaveLength(1);
  expect(found[0].severity).toBe("warning");
  expect(found[0].actual).toBe(5);
  expect(found[0].message.zh).toMatch(/^单位名称、署名、开头段落、第三部分正文、表三.*中有 5 个/);
  expect(found[0].message.en).toMatch(
    /the agency name, the signature, the opening paragraph, the text of section 3, cell/
  );
  expect(found[0].cells.map((c) => c.key)).toEqual(["t3.new.natural"]);
  expect(checkReport(sampleReport("2021")).filter((f) => f.rule === "EXP-01")).toEqual([]);
});

test("EXP-01 names a cell as LOC-01 does: 表四 (no row label) by its column once, English in English", () => {
  const r = dirty();
  r.values["t4.cases.review.upheld"] = "2\u0001";
  const [f] = checkReport(r).filter((x) => x.rule === "EXP-01");
  expect(f.message.zh).toContain("表三“一、本年新收政府信息公开申请数量”行“自然人”列");
  expect(f.message.zh).toContain("表四“行政复议/结果维持”中有");
  expect(f.message.en).toContain(
    "cell Table 3, row “一、本年新收政府信息公开申请数量”, column “自然人”"
  );
  expect(f.message.en).toContain("cell Table 4, “行政复议/结果维持” hold");
  expect(f.message.en).not.toMatch(/表/);
});
