/**
 * “把空白格填为 0”: one action for every blank (or dash) value cell the check listed (ALL-02) on the
 * workbook's tables. It asks first, saying how many cells, then writes them all in one go.
 */
import type { LocatedFinding } from "../../excel";
import { TABLE_NAMES } from "../../report/editions";
import { useI18n } from "../i18n";
import { AskedWrite } from "./AskedWrite";

/** Sheet addresses of the blank cells among the findings (each once). */
export function blankTargets(findings: LocatedFinding[]): string[] {
  const out = new Set<string>();
  for (const f of findings)
    if (f.rule === "ALL-02" && f.locations[0]) out.add(f.locations[0].address);
  return [...out];
}

export function FillBlanks({
  findings,
  onWritten,
}: {
  findings: LocatedFinding[];
  onWritten: () => void;
}) {
  const { t, lang } = useI18n();
  const targets = blankTargets(findings);
  if (targets.length === 0) return null;
  const tables = [...new Set(findings.filter((f) => f.rule === "ALL-02").map((f) => f.cells[0]?.table))]
    .filter((n): n is 2 | 3 | 4 => n === 2 || n === 3 || n === 4)
    .sort()
    .map((n) => TABLE_NAMES[n][lang])
    .join(t.findings.tableJoin);
  return (
    <AskedWrite
      label={t.findings.fillZeros}
      title={t.findings.fillZerosTitle}
      body={t.findings.fillZerosBody(tables, targets.length)}
      confirm={t.findings.fillZerosConfirm(targets.length)}
      writes={targets.map((address) => ({ address, value: 0 }))}
      onWritten={onWritten}
    />
  );
}
