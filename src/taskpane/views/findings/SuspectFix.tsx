/**
 * LOC-01's one-click fix: “改为 21” under the finding. It asks first (naming the cell, the typed value
 * and the new one), then writes that one cell and has the findings checked again.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { LocatedFinding } from "../../../excel";
import { useLang, useStrings } from "../../i18n";
import { fixOf, writeCells } from "./actions";
import { FINDINGS_STRINGS } from "./strings";
import { placeOf } from "../../components/findingPlace";
import { AskedWrite } from "../../components/AskedWrite";

const useStyles = makeStyles({ root: { marginTop: tokens.spacingVerticalXS } });

export function SuspectFix({
  finding,
  onWritten,
}: {
  finding: LocatedFinding;
  onWritten: () => void;
}) {
  const t = useStrings(FINDINGS_STRINGS);
  const lang = useLang();
  const s = useStyles();
  const fix = fixOf(finding);
  if (!fix) return null;
  const to = String(fix.to);
  const place = placeOf(finding.cells[0], finding.locations[0] ?? null, lang);
  return (
    <div className={s.root}>
      <AskedWrite
        label={t.fixTo(to)}
        primary
        title={t.fixTitle}
        body={t.fixBody(place, fix.from, to)}
        confirm={t.fixTo(to)}
        write={() => writeCells([{ address: fix.address, value: fix.to }])}
        onWritten={onWritten}
      />
    </div>
  );
}
