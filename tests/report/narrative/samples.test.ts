/**
 * The shared samples: the narrative findings must be exactly those of each NAME.expected.md (the S-03 /
 * S-06 lines under “Must report”, the heading notes), and every S-03 / S-06 figure under “Must NOT
 * report” must be read from the text and found to agree. Each sample is read twice: by the project's
 * importer, and by the test's own simple reader (so a fault here is not hidden by a fault there).
 */
import * as fs from "fs";
import * as path from "path";
import { importReport } from "../../../src/io/import";
import { tablesOf } from "../../../src/report/cells";
import { readNumbers } from "../../../src/report/check/values";
import { checkNarrative, extractStatements } from "../../../src/report/narrative";
import { percentagesOf } from "../../../src/report/narrative/percentages";
import { sentencesOf } from "../../../src/report/narrative/text";
import type { Finding, Report } from "../../../src/report/types";
import { SAMPLES, SAMPLES_DIR, expectedLines, readSample, type SampleInfo } from "./samples";

const READERS: { name: string; read: (info: SampleInfo) => Report }[] = [
  {
    name: "importReport",
    read: (info) =>
      importReport(fs.readFileSync(path.join(SAMPLES_DIR, info.file), "utf8"), info.file).report!,
  },
  { name: "simple reader", read: readSample },
];

const NARRATIVE_RULES = new Set(["S-02", "S-03", "S-06", "S-07", "L-03"]);

/** Narrative findings a sample must give beyond its expected.md lines (the brief's S-07 case). */
const EXTRA: Record<string, { rule: string; expected: number; actual: number }[]> = {
  "2020-haizhu-investment.txt": [{ rule: "S-07", expected: 220, actual: 225 }],
};

test("the samples folder is where the tests look", () => {
  expect(fs.existsSync(SAMPLES_DIR)).toBe(true);
});

const CASES = READERS.flatMap((r) => SAMPLES.map((s) => [s.file, r.name, s, r.read] as const));

describe.each(CASES)("%s (%s)", (file, _reader, info, read) => {
  const report = read(info);
  const nums = readNumbers(report, null);
  const findings: Finding[] = [];
  checkNarrative(report, nums, findings);
  const narrative = findings.filter((f) => NARRATIVE_RULES.has(f.rule));
  const lines = expectedLines(info);
  const sentences = sentencesOf(report.narrative);
  const tables = tablesOf(report);

  test("every S-0x line of the expected.md was parsed", () => {
    const md = fs.readFileSync(
      `${SAMPLES_DIR}/${file.replace(/\.(txt|html)$/, ".expected.md")}`,
      "utf8"
    );
    const count = md.split("\n").filter((l) => /^\s*- S-0[36] \|/.test(l)).length;
    expect(lines.must.length + lines.mustNot.length).toBe(count);
  });

  test("sections are found under their headings", () => {
    expect(Object.keys(report.headings ?? {}).sort()).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(report.narrative?.[1]).toMatch(/\S/);
  });

  test("reports exactly the expected narrative findings", () => {
    const want = [
      ...lines.must.map((l) => ({
        rule: l.rule,
        expected: l.rule === "S-06" ? `${l.expected}%` : l.expected,
        actual: l.rule === "S-06" ? `${l.actual}%` : l.actual,
      })),
      ...(EXTRA[file] ?? []),
      ...lines.headings.map((h) => ({ rule: "L-03", expected: expect.any(String), actual: h })),
    ];
    const got = narrative.map((f) => ({ rule: f.rule, expected: f.expected, actual: f.actual }));
    expect(got).toEqual(expect.arrayContaining(want));
    expect(got).toHaveLength(want.length);
    for (const f of narrative.filter((x) => x.rule === "L-03")) expect(f.severity).toBe("info");
  });

  const statements = extractStatements(sentences, { t2: tables.t2.edition }, report.year);
  const percents = sentences.flatMap((s) => percentagesOf(s, tables));
  const mustNot = lines.mustNot.map((l) => [`${l.rule} ${l.what} = ${l.actual}`, l] as const);
  if (mustNot.length > 0) {
    test.each(mustNot)("reads and accepts %s", (_name, l) => {
      if (l.rule === "S-03") expect(statements.map((s) => s.value)).toContain(l.actual);
      else expect(percents.map((p) => Number(p.printed))).toContain(l.actual);
      const wrong = narrative.filter(
        (f) => f.rule === l.rule && (f.actual === l.actual || f.actual === `${l.actual}%`)
      );
      expect(wrong).toEqual([]);
    });
  }
});

test("hongze: the 17 of the text is held to 一、本年新收 总计 (95)", () => {
  const info = SAMPLES.find((s) => s.file.startsWith("2024-hongze"))!;
  const report = readSample(info);
  const findings: Finding[] = [];
  checkNarrative(report, readNumbers(report, null), findings);
  const [f] = findings.filter((x) => x.rule === "S-03");
  expect(f.cells.map((c) => c.key)).toEqual(["t3.new.total"]);
  expect(f.message.zh).toContain("受理政府信息公开申请17件");
  expect(f.message.zh).toContain("95");
});
