/**
 * “把空白格填为 0”: one action for every blank (or dash) value cell the check listed (ALL-02) on the
 * workbook's tables. It asks first, saying how many cells, then writes them all in one go.
 */
import type { LocatedFinding } from "../../../excel";
import { TABLE_NAMES } from "../../../report/editions";
import { useLang, useStrings } from "../../i18n";
import { blankTables, blankTargets, writeCells } from "./actions";
import { FINDINGS_STRINGS } from "./strings";
import { AskedWrite } from "../../components/AskedWrite";

export function FillBlanks({
  findings,
  onWritten,
}: {
  findings: LocatedFinding[];
  onWritten: () => void;
}) {
  const t = useStrings(FINDINGS_STRINGS);
  const lang = useLang();
  const targets = blankTargets(findings);
  if (targets.length === 0) return null;
  const tables = blankTables(findings)
    .map((n) => TABLE_NAMES[n][lang])
    .join(t.tableJoin);
  return (
    <AskedWrite
      label={t.fillZeros}
      title={t.fillZerosTitle}
      body={t.fillZerosBody(tables, targets.length)}
      confirm={t.fillZerosConfirm(targets.length)}
      write={() => writeCells(targets.map((address) => ({ address, value: 0 })))}
      onWritten={onWritten}
    />
  );
}
