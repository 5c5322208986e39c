/** A report whose every value cell is 0: what a unit with nothing to report submits. */
import { emptyReport } from "../../src/report/build";
import { cellsOf } from "../../src/report/cells";
import type { EditionId, Report } from "../../src/report/types";

export function zeroReport(year: number, agency = "", edition?: EditionId): Report {
  const r = emptyReport(year, agency, edition);
  for (const c of cellsOf(r)) r.values[c.key] = 0;
  return r;
}
