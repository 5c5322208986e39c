/** gkreport and spreadsheets: reading .xlsx input, and the `template` command (an empty standalone workbook). */
import * as path from "path";
import { editionForYear } from "../report/editions";
import type { EditionId, Report } from "../report/types";
import { suggestedFileName } from "../io/export/common";
import { binaryKind, SPREADSHEET_EXTENSION } from "../io/import/xlsx/sniff";
import type { FileResult } from "./format";
import type { Io } from "./main";

/** A spreadsheet by its name, or by the ZIP / OLE signature when the name says nothing. */
export function isSpreadsheet(file: string, io: Io): boolean {
  if (SPREADSHEET_EXTENSION.test(file)) return true;
  if (!io.readBytes || /\.(txt|tsv|text|html?|json)$/i.test(file)) return false;
  try {
    return binaryKind(io.readBytes(file).subarray(0, 4)) !== "other";
  } catch {
    return false;
  }
}

export async function loadSpreadsheet(file: string, io: Io): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    if (!io.readBytes) throw new Error("this io cannot read binary files");
    bytes = io.readBytes(file);
  } catch (e) {
    return { file, report: null, findings: [], unreadable: (e as Error).message };
  }
  const { importWorkbook } = await import("../io/import/xlsx");
  const result = await importWorkbook(bytes, path.basename(file));
  if (!result.report) {
    const why = result.problems.map((p) => p.message.zh).join("；") || "未识别出报告表格";
    return { file, report: null, findings: [], unreadable: why };
  }
  return { file, report: result.report, findings: result.findings };
}

/** `gkreport template --year 2025 [--edition 2019|2021] [--agency NAME] [--totals formulas|typed] --out FILE.xlsx` */
export async function templateCmd(
  flags: Record<string, string | true>,
  io: Io,
  usage: string
): Promise<number> {
  const year =
    typeof flags.year === "string" && /^\d{4}$/.test(flags.year) ? Number(flags.year) : null;
  const edition = flags.edition;
  const totals = flags.totals ?? "formulas";
  if (
    year === null ||
    (edition !== undefined && edition !== "2019" && edition !== "2021") ||
    (totals !== "formulas" && totals !== "typed")
  ) {
    io.err(usage);
    return 2;
  }
  const report: Report = {
    edition: (edition as EditionId | undefined) ?? editionForYear(year),
    year,
    agency: typeof flags.agency === "string" ? flags.agency : "",
    values: {},
  };
  if (report.edition !== editionForYear(year))
    io.err(
      `注意：${year}年度的报告应使用${editionForYear(year)}年版式，模板按要求使用${report.edition}年版式。`
    );
  const { buildXlsx } = await import("../io/export/xlsx");
  const data = await buildXlsx(report, { totals });
  const out = typeof flags.out === "string" ? flags.out : suggestedFileName(report, "xlsx");
  io.writeFile(out, data);
  io.out(out);
  return 0;
}
