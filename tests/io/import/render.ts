/**
 * Test helpers: print a Report the way published reports print it — TAB text like the plain-text
 * samples, and a CMS-style HTML page whose tables use only <td> with rowspan/colspan (format.md §3).
 * Labels come from the edition declarations.
 */
import { leafColumns, tablesOf } from "../../../src/report/cells";
import { SECTION_HEADINGS } from "../../../src/report/editions";
import type { GridTableDef, RawValue, Report, RowDef, SectionId } from "../../../src/report/types";

const show = (v: RawValue | undefined): string => (v === null || v === undefined ? "" : String(v));
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const SECTIONS: SectionId[] = [1, 2, 3, 4, 5, 6];

function titleOf(r: Report): string {
  return r.title ?? `${r.agency}${r.year}年政府信息公开工作年度报告`;
}

function t3Labels(rows: RowDef[]): string[][] {
  let section: string | undefined;
  let group: string | undefined;
  return rows.map((r) => {
    const cells = ["", "", ""];
    if (!r.section) {
      cells[0] = r.label;
      section = group = undefined;
      return cells;
    }
    if (r.section !== section) cells[0] = r.section;
    section = r.section;
    if (r.group) {
      if (r.group !== group) cells[1] = r.group;
      cells[2] = r.label;
    } else cells[1] = r.label;
    group = r.group;
    return cells;
  });
}

// ---- TAB text ---------------------------------------------------------------------------------

function textTable2(r: Report): string[] {
  const t2 = tablesOf(r).t2;
  const lines: string[] = [];
  for (const b of t2.blocks) {
    const pad = (cells: string[]) => [...cells, ...Array(4 - cells.length).fill("")].join("\t");
    lines.push(pad([b.heading]));
    lines.push(pad([b.rowHeader, ...b.columns.map((c) => c.label)]));
    for (const row of b.rows)
      lines.push(pad([row.label, ...b.columns.map((c) => show(r.values[`t2.${row.id}.${c.id}`]))]));
  }
  return lines;
}

function textGrid(r: Report, def: GridTableDef, headerRows: string[][]): string[] {
  const cols = leafColumns(def.header).map((c) => c.id);
  const labels = def.no === 3 ? t3Labels(def.rows) : def.rows.map(() => []);
  return [
    ...headerRows.map((h) => h.join("\t")),
    ...def.rows.map((row, i) =>
      [...labels[i], ...cols.map((c) => show(r.values[`t${def.no}.${row.id}.${c}`]))].join("\t")
    ),
  ];
}

const T3_HEADER_TEXT = (note: string) => [
  [note, "", "", "申请人情况", "", "", "", "", "", ""],
  ["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
  ["", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""],
];
const RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
const T4_HEADER_TEXT = [
  ["行政复议", "", "", "", "", "行政诉讼", ...Array(9).fill("")],
  [...RESULTS, "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
  ["", "", "", "", "", ...RESULTS, ...RESULTS],
];

export function renderText(r: Report): string {
  const t = tablesOf(r);
  const tables: Record<number, string[]> = {
    2: textTable2(r),
    3: textGrid(r, t.t3, T3_HEADER_TEXT(t.t3.note ?? "")),
    4: textGrid(r, t.t4, T4_HEADER_TEXT),
  };
  const out = [titleOf(r), ""];
  for (const n of SECTIONS) {
    out.push(r.headings?.[n] ?? SECTION_HEADINGS[n - 1], "");
    if (tables[n]) out.push(...tables[n], "");
    if (r.narrative?.[n]) out.push(r.narrative[n]!, "");
  }
  out.push(r.agency, "", r.date ?? `${(r.year ?? 2024) + 1}年1月20日`);
  return out.join("\n");
}

// ---- HTML -------------------------------------------------------------------------------------

const td = (text: string, attrs: { rowspan?: number; colspan?: number } = {}) =>
  `<td${attrs.rowspan && attrs.rowspan > 1 ? ` rowspan="${attrs.rowspan}"` : ""}${attrs.colspan && attrs.colspan > 1 ? ` colspan="${attrs.colspan}"` : ""}><p><span>${text === "" ? "&nbsp;" : esc(text)}</span></p></td>`;

function htmlTable2(r: Report): string {
  const t2 = tablesOf(r).t2;
  const width = 6; // label column + 6 units: 3 values span 2, 2 values span 3, 1 value spans 6
  const rows: string[] = [];
  for (const b of t2.blocks) {
    const span = width / b.columns.length;
    rows.push(td(b.heading, { colspan: width + 1 }));
    rows.push(td(b.rowHeader) + b.columns.map((c) => td(c.label, { colspan: span })).join(""));
    for (const row of b.rows) {
      rows.push(
        td(row.label) +
          b.columns
            .map((c) => td(show(r.values[`t2.${row.id}.${c.id}`]), { colspan: span }))
            .join("")
      );
    }
  }
  return `<table border="1"><tbody>${rows.map((x) => `<tr>${x}</tr>`).join("\n")}</tbody></table>`;
}

function htmlTable3(r: Report): string {
  const def = tablesOf(r).t3;
  const cols = leafColumns(def.header).map((c) => c.id);
  const rows: string[] = [
    td(def.note ?? "", { rowspan: 3, colspan: 3 }) + td("申请人情况", { colspan: 7 }),
    td("自然人", { rowspan: 2 }) +
      td("法人或其他组织", { colspan: 5 }) +
      td("总计", { rowspan: 2 }),
    ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map((l) => td(l)).join(""),
  ];
  const sectionSpan = def.rows.filter((x) => x.section).length;
  def.rows.forEach((row, i) => {
    let label = "";
    if (!row.section) label = td(row.label, { colspan: 3 });
    else {
      if (def.rows[i - 1]?.section !== row.section)
        label += td(row.section, { rowspan: sectionSpan });
      if (row.group) {
        if (def.rows[i - 1]?.group !== row.group)
          label += td(row.group, { rowspan: def.rows.filter((x) => x.group === row.group).length });
        label += td(row.label);
      } else label += td(row.label, { colspan: 2 });
    }
    rows.push(label + cols.map((c) => td(show(r.values[`t3.${row.id}.${c}`]))).join(""));
  });
  return `<table border="1"><tbody>${rows.map((x) => `<tr>${x}</tr>`).join("\n")}</tbody></table>`;
}

function htmlTable4(r: Report): string {
  const def = tablesOf(r).t4;
  const cols = leafColumns(def.header).map((c) => c.id);
  const rows = [
    td("行政复议", { colspan: 5 }) + td("行政诉讼", { colspan: 10 }),
    RESULTS.map((l) => td(l, { rowspan: 2 })).join("") +
      td("未经复议直接起诉", { colspan: 5 }) +
      td("复议后起诉", { colspan: 5 }),
    [...RESULTS, ...RESULTS].map((l) => td(l)).join(""),
    cols.map((c) => td(show(r.values[`t4.${def.rows[0].id}.${c}`]))).join(""),
  ];
  return `<table border="1"><tbody>${rows.map((x) => `<tr>${x}</tr>`).join("\n")}</tbody></table>`;
}

export function renderHtml(r: Report): string {
  const tables: Record<number, string> = { 2: htmlTable2(r), 3: htmlTable3(r), 4: htmlTable4(r) };
  const body: string[] = [`<h1>${esc(titleOf(r))}</h1>`];
  for (const n of SECTIONS) {
    body.push(`<p><strong>${esc(r.headings?.[n] ?? SECTION_HEADINGS[n - 1])}</strong></p>`);
    if (tables[n]) body.push(tables[n]);
    if (r.narrative?.[n]) body.push(`<p>${esc(r.narrative[n]!)}</p>`);
  }
  body.push(
    `<p>${esc(r.agency)}</p>`,
    `<p>${esc(r.date ?? `${(r.year ?? 2024) + 1}年1月20日`)}</p>`
  );
  const info = `<table><tr><td>名称</td><td colspan="3">${esc(titleOf(r))}</td></tr><tr><td>索引号</td><td>&nbsp;</td><td>关键词</td><td>&nbsp;</td></tr></table>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(titleOf(r))}_门户网站</title></head><body>${info}\n${body.join("\n")}</body></html>`;
}
