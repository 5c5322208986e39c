/** Reports for the export tests: every value cell distinct, so a number found in the output names its cell. */
import { cellsOf } from "../../../src/report/cells";
import type { EditionId, Report } from "../../../src/report/types";

export const NARRATIVE: Report["narrative"] = {
  1: [
    "2024年，某某局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，推进“三公”经费等重点领域信息公开。",
    "",
    "（一）主动公开",
    "全年主动公开政府信息1234条，其中政策文件56件。",
    "（二）依申请公开。全年共收到政府信息公开申请，均在法定期限内答复。",
    "　　（三）政府信息管理",
    "严格落实保密审查制度。",
  ].join("\n"),
  2: "本年度主动公开情况如下表。",
  3: "本年度收到和处理政府信息公开申请情况如下表。",
  4: "本年度未发生因政府信息公开引起的行政复议、行政诉讼。",
  5: "（一）存在的主要问题。信息公开的及时性有待提高。\n（二）改进情况。下一步将加强培训。",
  6: "本年度未收取信息处理费。",
};

/** A report of `edition` whose value cells hold 1001, 1004, 1007, … (the 表二 fee amount a decimal). */
export function sampleReport(edition: EditionId, year = edition === "2021" ? 2024 : 2020): Report {
  const report: Report = {
    edition,
    year,
    agency: "某某市某某局",
    date: "2025-01-20",
    values: {},
    narrative: NARRATIVE,
  };
  cellsOf(report).forEach((c, i) => {
    report.values[c.key] = c.kind === "amount" ? 1000 + i * 3 + 0.5 : 1001 + i * 3;
  });
  return report;
}
