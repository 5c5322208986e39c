/** the narrative's repetition rate against last year's report, and the passages it marks. */
import { run, type Io } from "../../../src/cli/main";
import type { JsonResult } from "../../../src/cli/format";
import { reportToJson } from "../../../src/io/json";
import { checkReport, withTotals, type Report, type SectionId } from "../../../src/report";
import { REPEAT_RUN, repetitionOf } from "../../../src/report/narrative/repetition";
import { zeroReport } from "../../support/reports";

const LAST_ONE =
  "2023年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，全年主动公开政府信息356条，及时回应社会关切。";
const LAST_FIVE =
  "（一）存在的主要问题\n一是政策解读形式还比较单一，图解、视频等解读方式运用不多；二是公开平台栏目更新还不够及时。\n（二）改进情况\n一是丰富解读形式，推出图解和视频解读；二是建立栏目更新台账，按月检查督促。";
const NEW_FIVE =
  "（一）存在的主要问题\n部分科室对依申请公开的法定期限把握不准，个别答复临近期限才办结；基层站所信息报送质量参差不齐。\n（二）改进情况\n组织全员参加条例专题培训，建立办理节点提醒机制；对站所信息实行退回修改和季度通报。";

function report(year: number, sections: Partial<Record<SectionId, string>>): Report {
  const r = withTotals(zeroReport(year, "示例局", "2021"));
  r.narrative = sections;
  return r;
}

const last = report(2023, { 1: LAST_ONE, 5: LAST_FIVE });

test("last year's text with only the year and figures changed repeats 100 %: X-05 with the rate", () => {
  const copied = report(2024, {
    1: LAST_ONE.replace("2023", "2024").replace("356", "402"),
    5: LAST_FIVE,
  });
  const rep = repetitionOf(copied, last)!;
  expect(rep.rate).toBe(1);
  const x05 = checkReport(copied, { prev: last }).filter((f) => f.rule === "X-05");
  expect(x05).toEqual([
    expect.objectContaining({ severity: "warning", actual: 100, expected: "≤ 50", cells: [] }),
  ]);
  expect(x05[0].message.zh).toContain("重复率为 100%");
  expect(x05[0].message.zh).toContain("2023年报告");
});

test("a rewritten section 五 halves the rate; under 50 % no X-05", () => {
  const rewritten = report(2024, { 1: LAST_ONE.replace("2023", "2024"), 5: NEW_FIVE });
  const rep = repetitionOf(rewritten, last)!;
  expect(rep.rate).toBeGreaterThan(0.3);
  expect(rep.rate).toBeLessThan(0.5);
  expect(checkReport(rewritten, { prev: last }).some((f) => f.rule === "X-05")).toBe(false);
});

test("stock phrases shorter than a repeated run do not count", () => {
  const own = report(2024, {
    1: "本年度，政府信息公开申请办理质量稳步提升，政府信息公开申请答复规范化水平明显提高，群众满意度持续上升。",
    5: NEW_FIVE,
  });
  expect(repetitionOf(own, last)!.rate).toBe(0);
  expect("政府信息公开申请".length).toBeLessThan(REPEAT_RUN);
});

test("passages cut each section exactly, marking the repeated stretches on both sides", () => {
  const mixed = report(2024, { 1: LAST_ONE.replace("2023", "2024"), 5: NEW_FIVE });
  const rep = repetitionOf(mixed, last)!;
  for (const [side, src] of [
    [rep.current, mixed],
    [rep.previous, last],
  ] as const)
    for (const [id, list] of Object.entries(side))
      expect(list!.map((p) => p.text).join("")).toBe(src.narrative![Number(id) as SectionId]);
  expect(
    rep.current[1]!.filter((p) => p.repeated)
      .map((p) => p.text)
      .join("")
  ).toContain("坚持以公开为常态、不公开为例外");
  expect(rep.current[5]!.every((p) => !p.repeated)).toBe(true);
  expect(rep.previous[5]!.every((p) => !p.repeated)).toBe(true);
  expect(rep.previous[1]!.some((p) => p.repeated)).toBe(true);
});

test("too little text on either side is not measured (no rate, no finding)", () => {
  const empty = report(2024, {});
  expect(repetitionOf(empty, last)).toBeNull();
  expect(checkReport(empty, { prev: last }).some((f) => f.rule === "X-05")).toBe(false);
});

test("gkreport check --prev --json reports X-05 with the rate in percent", async () => {
  const copied = report(2024, { 1: LAST_ONE.replace("2023", "2024"), 5: LAST_FIVE });
  const files: Record<string, string> = {
    "2024.json": reportToJson(copied),
    "2023.json": reportToJson(last),
  };
  const out: string[] = [];
  const io: Io = {
    out: (s) => out.push(s),
    err: () => undefined,
    readFile: (p) => files[p],
    writeFile: () => undefined,
  };
  await run(["check", "2024.json", "--prev", "2023.json", "--json"], io);
  const [result] = JSON.parse(out.join("\n")) as JsonResult[];
  const x05 = result.findings.find((f) => f.rule === "X-05")!;
  expect(x05).toMatchObject({ severity: "warning", actual: 100, cells: [] });
});
