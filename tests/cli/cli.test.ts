/** The gkreport CLI, run in-process with a fake io: check, check --prev, export, consolidate, exit codes. */
import * as fs from "fs";
import * as path from "path";
import { run } from "../../src/cli/main";
import { reportFromJson, reportToJson } from "../../src/io/json";
import { checkReport, readNumbers, cellsOf, type Report } from "../../src/report";
import { yearPair } from "../excel/lastYearPairs";
import type { JsonResult } from "../../src/cli/format";
import { RULE_IDS, ruleTitle } from "../../src/report/rules";
import { memoryIo, type MemoryIo } from "../support/cliIo";
import { randomBalancedReport } from "../support/randomReport";
import { SAMPLES_DIR as SAMPLES } from "../support/samples";

const SAMPLE_FILES = fs.readdirSync(SAMPLES).filter((f) => /\.(txt|html?)$/.test(f));

type Fake = MemoryIo;

/** An io over in-memory files; reading anything else fails as fs does. */
function fake(files: Record<string, string> = {}): Fake {
  return memoryIo(files);
}

const samplePath = (f: string) => path.join(SAMPLES, f);
const sampleFiles = () =>
  Object.fromEntries(
    SAMPLE_FILES.map((f) => [samplePath(f), fs.readFileSync(samplePath(f), "utf8")])
  );

const CJK = /[\u4e00-\u9fff]/;

/** Rule ids a sample's expected.md says must be reported (lines “- RULE | …” under “## Must report”). */
function mustReport(file: string): string[] {
  const md = fs.readFileSync(samplePath(file.replace(/\.(txt|html?)$/, ".expected.md")), "utf8");
  const section = md.split(/^## /m).find((s) => s.startsWith("Must report")) ?? "";
  return [...new Set([...section.matchAll(/^- ([A-Z]+-\d+) \|/gm)].map((m) => m[1]))];
}

test("the samples are where the tests look", () => {
  expect(SAMPLE_FILES.length).toBeGreaterThanOrEqual(6);
});

describe.each(SAMPLE_FILES)("check %s", (file) => {
  test("--json: the documented shape, the rules the sample must report, exit 1 exactly when there are errors", async () => {
    const f = fake(sampleFiles());
    const code = await run(["check", samplePath(file), "--json"], f.io);
    const results = JSON.parse(f.out.join("\n")) as JsonResult[];
    expect(results).toHaveLength(1);
    const r = results[0];
    expect(r).toEqual({
      file: samplePath(file),
      edition: expect.stringMatching(/^(2019|2021)$/),
      year: Number(file.slice(0, 4)),
      agency: expect.any(String),
      findings: expect.any(Array),
    });
    for (const x of r.findings) {
      expect(Object.keys(x).sort()).toEqual([
        "actual",
        "cells",
        "expected",
        "message",
        "rule",
        "severity",
      ]);
      expect(x.severity).toMatch(/^(error|warning|info)$/);
      expect(typeof x.message).toBe("string");
      for (const c of x.cells)
        expect(c).toEqual(
          expect.objectContaining({
            table: expect.any(Number),
            row: expect.any(String),
            column: expect.any(String),
          })
        );
    }
    const rules = new Set(r.findings.map((x) => x.rule));
    for (const rule of mustReport(file)) expect([...rules]).toContain(rule);
    expect(r.findings.some((x) => x.rule.startsWith("X-"))).toBe(false); // no last year given
    expect(code).toBe(r.findings.some((x) => x.severity === "error") ? 1 : 0);
    expect(f.err).toEqual([]);
  });

  test("text output, zh and en", async () => {
    const zh = fake(sampleFiles());
    const codeZh = await run(["check", samplePath(file)], zh.io);
    expect(zh.out.join("\n")).toMatch(/年度，20(19|21)版式 — 错误 \d+，警告 \d+，提示 \d+/);
    const en = fake(sampleFiles());
    const codeEn = await run(["check", samplePath(file), "--lang", "en"], en.io);
    expect(codeEn).toBe(codeZh);
    expect(en.out.join("\n")).toMatch(/, 20(19|21) edition — \d+ errors, \d+ warnings, \d+ notes/);
  });
});

test("--lang en --json: messages in English", async () => {
  const file = samplePath("2023-shuyang-fgj.html");
  const f = fake(sampleFiles());
  await run(["check", file, "--json", "--lang", "en"], f.io);
  const [r] = JSON.parse(f.out.join("\n")) as JsonResult[];
  expect(r.findings.length).toBeGreaterThan(0);
  const blank = r.findings.find((x) => x.rule === "ALL-02")!;
  // English prose (the official labels it quotes stay Chinese).
  expect(blank.message.replace(/[“"][^”"]*[”"]/g, "")).toMatch(/[a-z]{3,}/);
  expect(blank.message.replace(/[“"「][^”"」]*[”"」]/g, "").replace(/（[^）]*）/g, "")).not.toMatch(
    /^[\u4e00-\u9fff]/
  );
});

test("several files: one result each; one file that cannot be read makes the exit code 2", async () => {
  const f = fake({ ...sampleFiles(), "junk.txt": "这不是报告。\n没有表格。" });
  const code = await run(
    ["check", samplePath("2022-synthetic-clean.txt"), "missing.txt", "junk.txt", "--json"],
    f.io
  );
  expect(code).toBe(2);
  const results = JSON.parse(f.out.join("\n")) as JsonResult[];
  expect(results.map((r) => r.file)).toEqual([
    samplePath("2022-synthetic-clean.txt"),
    "missing.txt",
    "junk.txt",
  ]);
  expect(results[1]).toMatchObject({
    edition: null,
    year: null,
    agency: null,
    findings: [],
    error: expect.stringContaining("ENOENT"),
  });
  expect(results[2].error).toEqual(expect.any(String));
  expect(results[2].error!.length).toBeGreaterThan(0);
});

test.each([
  ["a file that does not exist", {}],
  ["binary junk", { "x.txt": "\u0000\u0001\u0002PK\u0003\u0004\u0000garbage" }],
  ["an empty file", { "x.txt": "" }],
])("check of %s → exit 2 and a message on stderr", async (_what, files) => {
  const f = fake(files as Record<string, string>);
  const code = await run(["check", "x.txt"], f.io);
  expect(code).toBe(2);
  expect(f.err.join("\n")).toMatch(/x\.txt: 无法读取 — ./);
  expect(f.out.join("\n")).not.toMatch(/无法读取/);
});

describe("check --prev", () => {
  const { prev, matching, mismatching } = yearPair(9);
  const files = {
    "2023.json": reportToJson(prev),
    "match.json": reportToJson(matching),
    "mismatch.json": reportToJson(mismatching),
  };

  test("a mismatching pair: X-01 on 上年结转, exit 1", async () => {
    const f = fake(files);
    const code = await run(["check", "mismatch.json", "--prev", "2023.json", "--json"], f.io);
    expect(code).toBe(1);
    const [r] = JSON.parse(f.out.join("\n")) as JsonResult[];
    const x = r.findings.filter((x) => x.rule.startsWith("X-"));
    expect(x.map((y) => [y.rule, y.cells[0].row, y.cells[0].column])).toEqual([
      ["X-01", "二、上年结转政府信息公开申请数量", "自然人"],
      ["X-01", "二、上年结转政府信息公开申请数量", "总计"],
    ]);
    expect(x[0].expected).toBe(prev.values["t3.carryForward.natural"]);
    expect(x[0].actual).toBe(mismatching.values["t3.carried.natural"]);
  });

  test("a matching pair: clean, exit 0", async () => {
    const f = fake(files);
    const code = await run(["check", "match.json", "--prev", "2023.json", "--json"], f.io);
    const [r] = JSON.parse(f.out.join("\n")) as JsonResult[];
    expect(r.findings.filter((x) => x.severity !== "info")).toEqual([]);
    expect(code).toBe(0);
  });

  test("last year's file cannot be read → exit 2, nothing checked", async () => {
    const f = fake(files);
    const code = await run(["check", "match.json", "--prev", "nope.json"], f.io);
    expect(code).toBe(2);
    expect(f.out).toEqual([]);
    expect(f.err.join("\n")).toMatch(/nope\.json: 上年报告无法读取/);
  });
});

describe("export", () => {
  const file = samplePath("2024-huaian-city.txt");

  test.each(["json", "csv", "html"] as const)(
    "--to %s writes the file next to the input by default",
    async (to) => {
      const f = fake(sampleFiles());
      const code = await run(["export", file, "--to", to], f.io);
      expect(code).toBe(0);
      expect(f.written.size).toBe(1);
      const [[out, data]] = [...f.written];
      expect(path.dirname(out)).toBe(SAMPLES);
      expect(out.endsWith(`.${to}`)).toBe(true);
      expect(f.out).toEqual([out]);
      const text = String(data);
      if (to === "json") {
        const back = reportFromJson(text);
        expect(back.problems).toEqual([]);
        expect(back.report).toMatchObject({
          year: 2024,
          agency: "淮安市人民政府",
          edition: "2021",
        });
      } else if (to === "csv") {
        expect(text.charCodeAt(0)).toBe(0xfeff);
        expect(text).toContain("二、上年结转政府信息公开申请数量");
      } else {
        expect(text).toMatch(/<table/);
        expect(text).toContain("淮安市人民政府");
      }
    }
  );

  test("--out is honoured", async () => {
    const f = fake(sampleFiles());
    await run(["export", file, "--to", "json", "--out", "/tmp/x.json"], f.io);
    expect([...f.written.keys()]).toEqual(["/tmp/x.json"]);
  });

  test("a bad format or no file → usage, exit 2; an unreadable file → exit 2", async () => {
    for (const argv of [
      ["export", file, "--to", "pdf"],
      ["export", "--to", "json"],
      ["export", "missing.txt", "--to", "json"],
    ]) {
      const f = fake(sampleFiles());
      expect(await run(argv, f.io)).toBe(2);
      expect(f.written.size).toBe(0);
      expect(f.err.length).toBeGreaterThan(0);
    }
  });
});

describe("consolidate", () => {
  const unit = (seed: number, agency: string, year = 2024): Report => ({
    ...randomBalancedReport(seed, "2021", year),
    agency,
  });
  const sums = (units: Report[]) => {
    const out: Record<string, number> = {};
    for (const c of cellsOf(units[0])) out[c.key] = 0;
    for (const u of units) {
      const n = readNumbers(u, null);
      for (const k of Object.keys(out)) out[k] = Math.round((out[k] + (n.get(k) ?? 0)) * 1e6) / 1e6;
    }
    return out;
  };
  const filesOf = (units: Report[]) =>
    Object.fromEntries(units.map((u) => [`${u.agency}.json`, reportToJson(u)]));

  test("balanced units: the summary is their sum, clean, exit 0; --json lists the units then the summary", async () => {
    const units = [unit(1, "甲"), unit(2, "乙"), unit(3, "丙")];
    const f = fake(filesOf(units));
    const code = await run(
      ["consolidate", "甲.json", "乙.json", "丙.json", "--out", "sum.json", "--json"],
      f.io
    );
    expect(code).toBe(0);
    const summary = reportFromJson(String(f.written.get("sum.json"))).report!;
    expect(summary.values).toEqual(sums(units));
    expect(summary.year).toBe(2024);
    expect(checkReport(summary).filter((x) => x.severity === "error")).toEqual([]);
    const results = JSON.parse(f.out.join("\n")) as JsonResult[];
    expect(results.map((r) => [r.file, r.agency])).toEqual([
      ["甲.json", "甲"],
      ["乙.json", "乙"],
      ["丙.json", "丙"],
      ["sum.json", "汇总（3个单位）"],
    ]);
  });

  test("a unit with errors: still summed, its errors listed, exit 1", async () => {
    const bad = unit(5, "乙");
    bad.values["t3.resultTotal.natural"] = (bad.values["t3.resultTotal.natural"] as number) + 2;
    const units = [unit(4, "甲"), bad];
    const f = fake(filesOf(units));
    const code = await run(
      ["consolidate", "甲.json", "乙.json", "--out", "sum.json", "--json"],
      f.io
    );
    expect(code).toBe(1);
    expect(reportFromJson(String(f.written.get("sum.json"))).report!.values).toEqual(sums(units));
    const results = JSON.parse(f.out.join("\n")) as JsonResult[];
    expect(results[0].findings.filter((x) => x.severity === "error")).toEqual([]);
    expect(results[1].findings.some((x) => x.rule === "T3-02" && x.severity === "error")).toBe(
      true
    );
  });

  test("a unit of another year is refused with the reason on stderr; exit 2 and no summary written", async () => {
    const units = [unit(6, "甲"), unit(7, "乙"), unit(8, "丙", 2023)];
    const f = fake(filesOf(units));
    const code = await run(
      ["consolidate", "甲.json", "乙.json", "丙.json", "--out", "sum.json"],
      f.io
    );
    expect(code).toBe(2);
    expect(f.err.join("\n")).toMatch(/丙\.json 是 2023 年度的报告，与 2024 年度不同，不能汇总/);
    expect(f.written.size).toBe(0);
  });

  test("--lang en: the refusal in English", async () => {
    const units = [unit(6, "甲"), unit(8, "丙", 2023)];
    const f = fake(filesOf(units));
    await run(["consolidate", "甲.json", "丙.json", "--out", "sum.json", "--lang", "en"], f.io);
    expect(f.err.join("\n")).toMatch(/丙\.json is a 2023 report, not 2024/);
  });

  test("--to csv writes the summary as CSV", async () => {
    const f = fake(filesOf([unit(1, "甲"), unit(2, "乙")]));
    expect(
      await run(["consolidate", "甲.json", "乙.json", "--to", "csv", "--out", "sum.csv"], f.io)
    ).toBe(0);
    expect(String(f.written.get("sum.csv")).charCodeAt(0)).toBe(0xfeff);
  });

  test("an unreadable unit → exit 2, named on stderr", async () => {
    const f = fake(filesOf([unit(1, "甲")]));
    const code = await run(["consolidate", "甲.json", "gone.json", "--out", "sum.json"], f.io);
    expect(code).toBe(2);
    expect(f.err.join("\n")).toMatch(/gone\.json: 无法读取/);
  });
});

test("help → usage, exit 0; an unknown command → usage, exit 2", async () => {
  const a = fake();
  expect(await run(["help"], a.io)).toBe(0);
  expect(a.err.join("\n")).toMatch(/gkreport check/);
  const b = fake();
  expect(await run(["frobnicate"], b.io)).toBe(2);
  expect(CJK.test(b.err.join("\n"))).toBe(true);
});

describe("--rules", () => {
  test("prints every catalogue rule with its title, in Chinese by default and in English on request", async () => {
    const zh = fake();
    expect(await run(["--rules"], zh.io)).toBe(0);
    const text = zh.out.join("\n");
    for (const id of RULE_IDS) expect(text).toContain(id);
    expect(text).toContain(ruleTitle("T3-01", "zh"));
    const en = fake();
    expect(await run(["--rules", "--json", "--lang", "en"], en.io)).toBe(0);
    const rows = JSON.parse(en.out.join("\n")) as { id: string; title: string }[];
    expect(rows.map((r) => r.id)).toEqual(RULE_IDS);
    expect(rows.find((r) => r.id === "X-01")?.title).toBe(ruleTitle("X-01", "en"));
  });
});
