/**
 * A workbook the add-in or `gkreport template` made: the tables found through the defined name
 * GK_REPORT and read with the layout (src/sheet), as the add-in reads its own sheet. The edition, year
 * and agency come from the metadata part; a spreadsheet that dropped the part (LibreOffice keeps names
 * but not custom XML) still has the title cell, and the edition follows the tables' structure.
 */
import {
  METADATA_NAMESPACE,
  REPORT_BLOCK_NAME,
  defaultTitle,
  parseMetadataXml,
  readBlock,
  rectAddress,
  type ReportMeta,
  type SheetProblem,
} from "../../../sheet";
import type { TableNo } from "../../../report/types";
import { readMeta } from "../meta";
import { problem } from "../problems";
import type { ImportProblem, ImportResult } from "../types";
import type { WorkbookData } from "./types";

function metaOf(data: WorkbookData): { meta: ReportMeta | null; why?: string } {
  if (data.metadataParts.length !== 1)
    return {
      meta: null,
      why: data.metadataParts.length
        ? "several metadata parts"
        : `no part in ${METADATA_NAMESPACE}`,
    };
  const parsed = parseMetadataXml(data.metadataParts[0]);
  return parsed.meta ? { meta: parsed.meta } : { meta: null, why: parsed.reason };
}

function importProblem(p: SheetProblem, sheet: string): ImportProblem {
  const where = p.address ? `工作表“${sheet}”${p.address}：` : "";
  const whereEn = p.address ? `Sheet “${sheet}” ${p.address}: ` : "";
  return {
    where: p.table ? { table: p.table } : {},
    message: { zh: `${where}${p.message.zh}`, en: `${whereEn}${p.message.en}` },
  };
}

/**
 * The report through GK_REPORT, with how many structure errors the read met (a table altered beyond
 * reading); null when the workbook has no such name (or its sheet is gone).
 */
export function readNamedReport(
  data: WorkbookData
): { result: ImportResult; structureErrors: number } | null {
  const name = data.names.find((n) => n.name.toUpperCase() === REPORT_BLOCK_NAME);
  if (!name) return null;
  const sheet = data.sheets.find((s) => s.name.toLowerCase() === name.sheet.toLowerCase());
  if (!sheet) return null;
  const { rect } = name;
  const slice = <T>(rows: T[][], blank: T) =>
    Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
      Array.from(
        { length: rect.right - rect.left + 1 },
        (_, j) => (rows[rect.top + i]?.[rect.left + j] ?? blank) as T
      )
    );
  const grid = {
    values: slice<unknown>(sheet.values, ""),
    formulas: slice<unknown>(sheet.formulas, ""),
    origin: { row: rect.top, col: rect.left },
  };
  const merges = sheet.merges
    .filter(
      (m) =>
        m.top >= rect.top && m.bottom <= rect.bottom && m.left >= rect.left && m.right <= rect.right
    )
    .map((m) => rectAddress(m));
  const { meta, why } = metaOf(data);
  const { report, problems } = readBlock(grid, meta, merges);
  const out: ImportProblem[] = problems.map((p) => importProblem(p, sheet.name));
  if (!meta) {
    // The title cell tells the year and agency, as a published title does.
    const found = readMeta(
      {
        format: "text",
        blocks: report.title ? [{ kind: "para", text: report.title }] : [],
        titleHints: [],
      },
      undefined
    );
    report.year = found.year;
    report.agency = found.agency;
    if (report.title === defaultTitle({ agency: report.agency, year: report.year }))
      delete report.title;
    out.unshift(
      problem(
        {},
        "工作簿中没有保存报告信息（年度、机关、版式、正文）的部分，已按标题和表格结构识别；正文不在其中，未检查正文与表格是否一致。",
        `The workbook holds no report details part (${why}): the year and agency were read from the title, the edition from the tables; the report's text is not there, so it was not checked against the tables.`
      )
    );
  }
  const read: Partial<Record<TableNo, number>> = {};
  for (const key of Object.keys(report.values)) {
    const no = Number(key[1]) as TableNo;
    read[no] = (read[no] ?? 0) + 1;
  }
  return {
    result: { report, findings: [], problems: out, format: "xlsx", read },
    structureErrors: problems.filter((p) => p.severity === "error").length,
  };
}
