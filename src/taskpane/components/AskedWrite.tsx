/**
 * A button that writes cells only after asking: the dialog says what will change, the write is one
 * batch, and a failure is shown under the button. LOC-01's “改为 21” and “把空白格填为 0” are both this.
 */
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { useStrings } from "../i18n";
import { SHELL_STRINGS } from "../strings";
import { AskDialog } from "./AskDialog";
import { errorText } from "../errorText";

export interface AskedWriteProps {
  label: string;
  primary?: boolean;
  title: string;
  body: ReactNode;
  confirm: string;
  /** The write itself (the view's action), run once the user confirmed. */
  write: () => Promise<void>;
  onWritten: () => void;
}

export function AskedWrite({
  label,
  primary,
  title,
  body,
  confirm,
  write,
  onWritten,
}: AskedWriteProps) {
  const t = useStrings(SHELL_STRINGS);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmed = async () => {
    setAsking(false);
    setBusy(true);
    setError(null);
    try {
      await write();
      onWritten();
    } catch (e) {
      setError(t.writeFailed(errorText(e)));
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
            <Button appearance="primary" onClick={() => void confirmed()}>
              {confirm}
            </Button>
            <Button onClick={() => setAsking(false)}>{t.cancel}</Button>
          </>
        }
      >
        {body}
      </AskDialog>
    </>
  );
}
