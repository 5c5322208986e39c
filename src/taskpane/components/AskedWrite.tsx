/**
 * A button that writes cells only after asking: the dialog says what will change, the write is one
 * batch, and a failure is shown under the button. LOC-01's “改为 21” and “把空白格填为 0” are both this.
 */
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { writeValues, type CellWrite } from "../../excel";
import { useI18n } from "../i18n";
import { AskDialog } from "./AskDialog";

export interface AskedWriteProps {
  label: string;
  primary?: boolean;
  title: string;
  body: ReactNode;
  confirm: string;
  writes: CellWrite[];
  onWritten: () => void;
}

export function AskedWrite({ label, primary, title, body, confirm, writes, onWritten }: AskedWriteProps) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const write = async () => {
    setAsking(false);
    setBusy(true);
    setError(null);
    try {
      await writeValues(writes);
      onWritten();
    } catch (e) {
      setError(t.findings.fixFailed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        size="small"
        appearance={primary ? "primary" : undefined}
        disabled={busy}
        onClick={() => setAsking(true)}
      >
        {label}
      </Button>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <AskDialog
        open={asking}
        onDismiss={() => setAsking(false)}
        title={title}
        actions={
          <>
            <Button appearance="primary" onClick={() => void write()}>
              {confirm}
            </Button>
            <Button onClick={() => setAsking(false)}>{t.common.cancel}</Button>
          </>
        }
      >
        {body}
      </AskDialog>
    </>
  );
}
