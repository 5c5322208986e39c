/** Reports to start a test from: an empty one for a year, and one whose every value cell is 0. */
import { cellsOf } from "../../src/report/cells";
import { editionForYear } from "../../src/report/editions";
import type { EditionId, Report } from "../../src/report/types";

export function emptyReport(
  year: number,
  agency = "",
  edition: EditionId = editionForYear(year)
): Report {
  return { edition, year, agency, values: {}, narrative: {} };
}

/** Every value cell set to 0: what a unit with nothing to report submits. */
export function zeroReport(year: number, agency = "", edition?: EditionId): Report {
  const r = emptyReport(year, agency, edition);
  for (const c of cellsOf(r)) r.values[c.key] = 0;
  return r;
}
