/**
 * “把空白格填为 0”: one action for every blank (or dash) value cell the check listed (ALL-02) on the
 * workbook's tables. It asks first, saying how many cells, then writes them all in one go.
 */
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { writeValues } from "../../excel";
import type { LocatedFinding } from "../../excel";
import { TABLE_NAMES } from "../../report/editions";
import { useI18n } from "../i18n";
import { AskDialog } from "./AskDialog";

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
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const targets = blankTargets(findings);
  if (targets.length === 0) return null;
  const tables = [...new Set(findings.filter((f) => f.rule === "ALL-02").map((f) => f.cells[0]?.table))]
    .filter((n): n is 2 | 3 | 4 => n === 2 || n === 3 || n === 4)
    .sort()
    .map((n) => TABLE_NAMES[n][lang])
    .join(t.findings.tableJoin);
  const fill = async () => {
    setAsking(false);
    setBusy(true);
    setError(null);
    try {
      await writeValues(targets.map((address) => ({ address, value: 0 })));
      onWritten();
    } catch (e) {
      setError(t.findings.fixFailed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button size="small" disabled={busy} onClick={() => setAsking(true)}>
        {t.findings.fillZeros}
      </Button>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <AskDialog
        open={asking}
        onDismiss={() => setAsking(false)}
        title={t.findings.fillZerosTitle}
        actions={
          <>
            <Button appearance="primary" onClick={() => void fill()}>
              {t.findings.fillZerosConfirm(targets.length)}
            </Button>
            <Button onClick={() => setAsking(false)}>{t.common.cancel}</Button>
          </>
        }
      >
        {t.findings.fillZerosBody(tables, targets.length)}
      </AskDialog>
    </>
  );
}
