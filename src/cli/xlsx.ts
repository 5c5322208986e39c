/** `gkreport template`: an empty standalone workbook (.xlsx input is read by ./input like any other file). */
import { editionForYear } from "../report/editions";
import type { EditionId, Report } from "../report/types";
import { exportReport } from "../io/export";
import type { Io } from "./io";
import { write } from "./output";

/** `gkreport template --year 2025 [--edition 2019|2021] [--agency NAME] [--totals formulas|typed] --out FILE.xlsx` */
export async function templateCmd(
  flags: Record<string, string | true>,
  io: Io,
  usage: string
): Promise<number> {
  const year =
    typeof flags.year === "string" && /^\d{4}$/.test(flags.year) ? Number(flags.year) : null;
  const edition = flags.edition;
  // A workbook to be filled in adds up by itself unless told otherwise (README; export's default is "typed").
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
  // Through exportReport like every export, so the agency's text is made XML-safe as theirs is.
  const file = await exportReport(report, "xlsx", { totals });
  const out = typeof flags.out === "string" ? flags.out : file.fileName;
  if (!write(out, file.data, io, flags.lang === "en" ? "en" : "zh")) return 2;
  io.out(out);
  return 0;
}
