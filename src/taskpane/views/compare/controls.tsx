/** Controls the sections of the view share: the report-file input, the submit row, the error bar. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import type { ReactNode, RefObject } from "react";
import type { ImportProblem } from "../../../io/import";
import type { Lang } from "../../i18n";
import { problemText } from "./describe";
import { SPREADSHEET_FILES } from "./spreadsheet";
import { useSectionStyles } from "./styles";

/** The files a published report can be read from. */
const REPORT_FILES = `.txt,.htm,.html,.json,.pdf,text/plain,text/html,application/json,application/pdf,${SPREADSHEET_FILES}`;

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

export interface FileProblemsBarProps {
  title: ReactNode;
  problems: ImportProblem[];
  lang: Lang;
  /** Said after the list. */
  children?: ReactNode;
}

/** Why a report file could not be read: a title and the problems listed. */
export function FileProblemsBar({ title, problems, lang, children }: FileProblemsBarProps) {
  const s = useSectionStyles();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={s.plainList}>
          {problems.map((p, i) => (
            <li key={i}>{problemText(p, lang)}</li>
          ))}
        </ul>
        {children}
      </MessageBarBody>
    </MessageBar>
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
