/**
 * LOC-01's one-click fix: “改为 21” under the finding. It asks first (naming the cell, the typed value
 * and the new one), then writes that one cell and has the findings checked again.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { LocatedFinding } from "../../excel";
import { useI18n } from "../i18n";
import { placeOf } from "../state/describe";
import { AskedWrite } from "./AskedWrite";

/**
 * The single cell and value a LOC-01 finding proposes, or null: a pair, a cell not on the sheet, or one
 * of several equally likely cells (offering a click there would present a guess as the answer).
 */
export function fixOf(f: LocatedFinding): { address: string; to: number; from: string } | null {
  if (f.rule !== "LOC-01" || f.cells.length !== 1 || typeof f.expected !== "number") return null;
  if ((f.alternatives ?? 1) > 1) return null;
  const loc = f.locations[0];
  return loc ? { address: loc.address, to: f.expected, from: String(f.actual ?? "") } : null;
}

const useStyles = makeStyles({ root: { marginTop: tokens.spacingVerticalXS } });

export function SuspectFix({ finding, onWritten }: { finding: LocatedFinding; onWritten: () => void }) {
  const { t, lang } = useI18n();
  const s = useStyles();
  const fix = fixOf(finding);
  if (!fix) return null;
  const to = String(fix.to);
  const place = placeOf(finding.cells[0], finding.locations[0] ?? null, lang);
  return (
    <div className={s.root}>
      <AskedWrite
        label={t.findings.fixTo(to)}
        primary
        title={t.findings.fixTitle}
        body={t.findings.fixBody(place, fix.from, to)}
        confirm={t.findings.fixTo(to)}
        writes={[{ address: fix.address, value: fix.to }]}
        onWritten={onWritten}
      />
    </div>
  );
}
