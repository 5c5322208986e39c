/** The export's pre-check lists unfinished text (S-08) and empty sections (S-09): the draft's gaps do not ship silently. */
import { checkReport, readNumbers, withTotals } from "../../src/report";
import { draftSections } from "../../src/report/narrative";
import { preflightLines } from "../../src/taskpane/views/export/preflight";
import { zeroReport } from "../support/reports";

test("a report with the draft's prompts still in 五 and 六 is not clean at export", () => {
  const r = withTotals(zeroReport(2024, "示例局"));
  r.narrative = draftSections(r, readNumbers(r, null));
  const p = preflightLines(checkReport(r), 10);
  const rules = p.listed.map((f) => f.rule);
  expect(rules).toContain("S-08");
  expect(rules).toContain("S-09");
  expect(p.listed.find((f) => f.rule === "S-08")!.message.zh).toContain("第五部分");
});
