/** Source blocks → Report: metadata, sections and the three tables, with findings and problems. */
import { cellsOf } from "../../report/cells";
import { EDITIONS, editionForYear } from "../../report/editions";
import type { EditionId, Finding, Report, TableNo } from "../../report/types";
import { labelFindings } from "./labels/findings";
import { readMeta } from "./meta";
import { completeness } from "./completeness";
import { readPreface } from "./preface";
import { problem } from "./problems";
import { readSections } from "./sections";
import { rowsByTable } from "./tables/classify";
import { readTable2 } from "./tables/table2";
import { readTable3 } from "./tables/table3";
import { readTable4 } from "./tables/table4";
import type { ImportProblem, ImportResult, SourceDoc } from "./types";

export function assemble(doc: SourceDoc, fileName?: string): ImportResult {
  const problems: ImportProblem[] = [];
  const format = doc.format;
  if (!doc.blocks.length) {
    return {
      report: null,
      findings: [],
      problems: [
        problem(
          {},
          "内容为空，没有可导入的报告。",
          "The input is empty; there is no report to import."
        ),
      ],
      format,
    };
  }
  const sections = readSections(doc.blocks);
  const meta = readMeta(doc, sections.at[1], sections.signature, fileName);
  const preface = readPreface(doc.blocks, sections.at[1], meta.title);
  const byTable = rowsByTable(doc.blocks);
  const byYear: EditionId | null = meta.year !== null ? editionForYear(meta.year) : null;

  const t3 = readTable3(byTable[3]);
  const t4 = readTable4(byTable[4]);
  const t2 = readTable2(byTable[2], byYear ?? t3.edition ?? "2021");
  const reads = { 2: t2, 3: t3, 4: t4 } as const;
  const edition: EditionId = byYear ?? t3.edition ?? (t2.found ? t2.edition : undefined) ?? "2021";

  if (meta.year === null) {
    problems.push(
      problem(
        {},
        `未能从标题中识别报告年度，版式按表格结构取${EDITIONS[edition].name.zh}。`,
        `The report year was not found in a title; the edition follows the tables (${EDITIONS[edition].name.en}).`
      )
    );
  }

  const tableEditions: Partial<Record<TableNo, EditionId>> = {};
  if (t2.found && t2.edition && t2.edition !== edition) tableEditions[2] = t2.edition;
  if (t3.edition && t3.edition !== edition) tableEditions[3] = t3.edition;

  const report: Report = {
    edition,
    year: meta.year,
    agency: meta.agency,
    ...(meta.title ? { title: meta.title } : {}),
    ...(sections.date ? { date: sections.date } : {}),
    ...(preface ? { preface } : {}),
    ...(sections.signature ? { signer: sections.signature } : {}),
    ...(Object.keys(tableEditions).length ? { tableEditions } : {}),
    values: {},
    narrative: sections.narrative,
    headings: sections.headings,
  };

  const known = new Set(cellsOf(report).map((c) => c.key));
  for (const no of [2, 3, 4] as TableNo[]) {
    const r = reads[no];
    if (!r.found) continue;
    for (const [k, v] of Object.entries(r.values)) if (known.has(k)) report.values[k] = v;
    problems.push(...r.problems);
  }
  const missing: Finding[] = [];
  completeness(report, reads, missing);

  const anyTable = t2.found || t3.found || t4.found;
  if (!anyTable && meta.year === null && !meta.title) {
    const none = problem(
      {},
      "没有找到报告的标题或统计表格，无法导入。",
      "Neither a report title nor the statistics tables were found; nothing was imported."
    );
    return { report: null, findings: [], problems: [none], format };
  }
  const findings = [
    ...missing,
    ...labelFindings(report, [...t2.deviations, ...t3.deviations, ...t4.deviations]),
  ];
  const read: Partial<Record<TableNo, number>> = {};
  for (const key of Object.keys(report.values)) {
    const no = Number(key[1]) as TableNo;
    read[no] = (read[no] ?? 0) + 1;
  }
  return { report, findings, problems, format, read };
}
