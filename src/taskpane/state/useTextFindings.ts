/**
 * The findings about the report's text that the workbook check cannot see (it reads the tables only):
 * S-08 unfinished text and S-09 sections without substance, from the 正文 view's text. Read after each
 * check; a host where the text cannot be read simply shows none.
 */
import { useEffect, useState } from "react";
import type { CheckResult, LocatedFinding } from "../../excel/types";
import { checkReport } from "../../report/check";
import { currentNarrative } from "../export/prepare";
import { reportWithNarrative } from "../narrative/model";

const TEXT_RULES = new Set(["S-08", "S-09"]);
/** One empty list, so “still none” does not re-render the findings. */
const NONE: LocatedFinding[] = [];

export function useTextFindings(result: CheckResult | null): LocatedFinding[] {
  const [found, setFound] = useState<LocatedFinding[]>(NONE);
  useEffect(() => {
    let live = true;
    if (result?.kind !== "checked") {
      setFound(NONE);
      return;
    }
    currentNarrative({ flush: false })
      .then((narrative) => {
        if (!live) return;
        if (!narrative) return setFound(NONE);
        const report = reportWithNarrative(result.report, narrative);
        const text = checkReport(report).filter((f) => TEXT_RULES.has(f.rule));
        setFound(
          text.length ? text.map((f) => ({ ...f, locations: f.cells.map(() => null) })) : NONE
        );
      })
      .catch(() => live && setFound(NONE));
    return () => {
      live = false;
    };
  }, [result]);
  return found;
}
