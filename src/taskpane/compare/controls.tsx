/** Controls the sections of the view share: the report-file input, the submit row, the error bar. */
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { ReactNode, RefObject } from "react";
import { useSectionStyles } from "./styles";

/** The files a published report can be read from. */
const REPORT_FILES = ".txt,.htm,.html,.json,text/plain,text/html,application/json";

export interface ReportFileInputProps {
  id: string;
  inputRef: RefObject<HTMLInputElement>;
  /** The id of the hint that describes the input, if any. */
  describedBy?: string;
  onFile: (file: File | undefined) => void;
}

/** A native file input for a published report. */
export function ReportFileInput({ id, inputRef, describedBy, onFile }: ReportFileInputProps) {
  const s = useSectionStyles();
  return (
    <input
      ref={inputRef}
      id={id}
      className={s.fileInput}
      type="file"
      accept={REPORT_FILES}
      aria-describedby={describedBy}
      onChange={(e) => onFile(e.target.files?.[0])}
    />
  );
}

export interface SubmitRowProps {
  label: ReactNode;
  onSubmit: () => void;
  busy: boolean;
  busyLabel: string;
  /** More buttons after the primary one. */
  children?: ReactNode;
}

/** The section's primary button (kept focusable while busy), any others, and the busy spinner. */
export function SubmitRow({ label, onSubmit, busy, busyLabel, children }: SubmitRowProps) {
  const s = useSectionStyles();
  return (
    <div className={s.actions}>
      <Button appearance="primary" onClick={onSubmit} disabledFocusable={busy}>
        {label}
      </Button>
      {children}
      {busy && <Spinner size="tiny" label={busyLabel} />}
    </div>
  );
}

/** An error the user should hear about at once. */
export function ErrorBar({ children }: { children: ReactNode }) {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
