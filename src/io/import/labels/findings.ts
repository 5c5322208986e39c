/** L-01: every printed label that differs from the official one, as an info finding on its cells. */
import { cellsOf, refOf, tablesOf } from "../../../report/cells";
import { TABLE_NAMES } from "../../../report/editions/names";
import type { Finding, Message, Report } from "../../../report/types";
import type { LabelDeviation } from "../tables/read";
import { deviationOf, type Deviation } from "./normalize";

const WHAT: Record<LabelDeviation["what"], Message> = {
  row: { zh: "行标签", en: "row label" },
  group: { zh: "分组标签", en: "group label" },
  section: { zh: "栏目标签", en: "section label" },
  column: { zh: "列标题", en: "column header" },
  heading: { zh: "栏目标题", en: "block heading" },
  rowHeader: { zh: "表头", en: "header" },
  extraRow: { zh: "行", en: "row" },
};

const KIND: Record<Deviation, Message> = {
  punctuation: { zh: "仅标点或空格不同，不影响读取", en: "punctuation or spacing only; harmless" },
  numbering: { zh: "序号写法不同，标准为“1.”式", en: "numbered differently; the format uses “1.”" },
  remark: { zh: "在标准文字后加了说明", en: "a remark is added to the official wording" },
  wording: { zh: "文字与标准格式不同", en: "the wording differs from the official format" },
};

function message(d: LabelDeviation): Message {
  const t = TABLE_NAMES[d.table].zh;
  if (d.what === "extraRow") {
    return {
      zh: `${t}有一行“${d.actual}”，标准格式中没有这一行，其数值未导入。`,
      en: `Table ${d.table} has a row “${d.actual}” that is not in the official format; its values were not imported.`,
    };
  }
  const kind = KIND[deviationOf(d.actual, d.expected!) ?? "wording"];
  const what = WHAT[d.what];
  return {
    zh: `${t}${what.zh}印作“${d.actual}”，标准写法为“${d.expected}”（${kind.zh}），已按标准${what.zh}读入。`,
    en: `Table ${d.table}: ${what.en} printed as “${d.actual}”; the official label is “${d.expected}” (${kind.en}). Read as the official label.`,
  };
}

export function labelFindings(report: Report, deviations: LabelDeviation[]): Finding[] {
  const cells = cellsOf(report);
  const t3Rows = tablesOf(report).t3.rows;
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const d of deviations) {
    const id = [
      d.table,
      d.what,
      d.expected,
      d.actual,
      d.rowIds?.join(),
      d.colIds?.join(),
      d.group,
      d.section,
    ].join("|");
    if (seen.has(id)) continue;
    seen.add(id);
    const sectionRows = d.section
      ? new Set(t3Rows.filter((r) => r.section === d.section).map((r) => r.id))
      : null;
    const refs =
      d.what === "extraRow"
        ? []
        : cells
            .filter(
              (c) =>
                c.table === d.table &&
                (!d.rowIds || d.rowIds.includes(c.rowId)) &&
                (!d.colIds || d.colIds.includes(c.colId)) &&
                (!d.group || c.group === d.group) &&
                (!sectionRows || sectionRows.has(c.rowId))
            )
            .map(refOf);
    out.push({
      rule: "L-01",
      severity: "info",
      cells: refs,
      ...(d.expected !== undefined ? { expected: d.expected } : {}),
      actual: d.actual,
      message: message(d),
    });
  }
  return out;
}
