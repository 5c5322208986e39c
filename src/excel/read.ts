/** readReport: the report on the workbook, its layout where it now sits, and what is wrong with the tables. */
import { locateReport, type ReadResult } from "../sheet";
import { queueSnapshot } from "./find";

export type { ReadResult };

/** The report on the workbook, in one read sync; null when there is none. */
export async function readReport(): Promise<ReadResult | null> {
  return Excel.run(async (context) => {
    const snap = queueSnapshot(context, { probe: "" });
    await context.sync();
    return locateReport(snap());
  });
}
