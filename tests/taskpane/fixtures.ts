/** Findings as the Excel layer returns them, built with the real checker and fake sheet addresses. */
import type { CellLocation, CheckResult, LocatedFinding } from "../../src/excel/types";
import { cellsOf, checkReport, type Finding, type Report } from "../../src/report";
import { emptyReport, zeroReport } from "../support/reports";

const SHEET = "2024年报";

/** A plausible address per cell: tables stacked down column B…, one row per printed row. */
export function fakeLocation(key: string, report: Report): CellLocation {
  const cells = cellsOf(report);
  const i = cells.findIndex((c) => c.key === key);
  const c = cells[i];
  const rowsBefore = new Set(cells.slice(0, i).map((x) => `${x.table}.${x.rowId}`)).size;
  const sameRow = cells
    .slice(0, i)
    .filter((x) => x.table === c.table && x.rowId === c.rowId).length;
  const cell = `${String.fromCharCode(68 + sameRow)}${rowsBefore + 4}`;
  return { key, sheet: SHEET, cell, address: `'${SHEET}'!${cell}` };
}

export function locate(findings: Finding[], report: Report): LocatedFinding[] {
  return findings.map((f) => ({
    ...f,
    locations: f.cells.map((c) => fakeLocation(c.key, report)),
  }));
}

export function checked(report: Report): Extract<CheckResult, { kind: "checked" }> {
  return {
    kind: "checked",
    sheetName: SHEET,
    report,
    findings: locate(checkReport(report), report),
    problems: [],
  };
}

/** All zeros, then: a wrong 表三 （七）总计 for 自然人 and 125 blank 表三 cells. */
export function reportWithProblems(): Report {
  const r = zeroReport(2024, "某某局");
  r.values["t3.resultTotal.natural"] = 5;
  const t3 = cellsOf(r).filter(
    (c) => c.table === 3 && c.key !== "t3.resultTotal.natural" && c.colId !== "natural"
  );
  for (const c of t3.slice(0, 125)) r.values[c.key] = null;
  return r;
}

export { emptyReport };
