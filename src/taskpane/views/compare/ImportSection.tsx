/** 导入已发布的报告: paste the text or choose a file → a new report sheet, its findings listed. */
import {
  Button,
  Field,
  Label,
  MessageBar,
  MessageBarBody,
  Textarea,
} from "@fluentui/react-components";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import type { ImportSheetResult } from "../../../excel";
import { importToSheet } from "./actions";
import { isComposing } from "../../state/ime";
import { problemText } from "./describe";
import { FindingList } from "../../components/FindingList";
import { countFindings } from "../../state/findingGroups";
import { useLang, useStrings } from "../../i18n";
import { COMPARE_STRINGS } from "./strings";
import { useSectionStyles } from "./styles";
import { ErrorBar, FileProblemsBar, ReportFileInput, SubmitRow } from "./controls";
import { errorText } from "../../errorText";

export interface ImportSectionProps {
  /** After a sheet was written. */
  onImported?: (result: Extract<ImportSheetResult, { status: "imported" }>) => void;
  onSelect: (address: string) => void;
}

export function ImportSection({ onImported, onSelect }: ImportSectionProps) {
  const c = useStrings(COMPARE_STRINGS);
  const lang = useLang();
  const s = useSectionStyles();
  const headingId = useId();
  const fileId = useId();
  const fileHintId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportSheetResult | null>(null);

  const clearFile = () => {
    setFile(null);
    if (fileInput.current) fileInput.current.value = "";
  };

  async function submit() {
    if (busy) return;
    setError(null);
    setResult(null);
    if (!file && !text.trim()) {
      setError(c.imp.nothing);
      return;
    }
    setBusy(true);
    try {
      const r = await importToSheet(file ?? text, lang);
      if (r.status === "fileFailed") {
        setError(c.imp.fileFailed(file!.name, r.detail));
        return;
      }
      setResult(r);
      if (r.status === "imported") {
        clearFile();
        onImported?.(r);
      }
    } catch (e) {
      setError(c.unexpected(errorText(e)));
    } finally {
      setBusy(false);
    }
  }

  // Ctrl+Enter imports; plain Enter is a new line, and Enter that confirms an IME candidate does nothing.
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && !isComposing(e)) {
      e.preventDefault();
      void submit();
    }
  };

  const imported = result?.status === "imported" ? result : null;
  const notes = imported ? imported.importFindings : [];
  // A table the import could not read (IMP-01..03) counts as an error: never a silent “clean”.
  const counts = imported
    ? countFindings([...imported.importFindings, ...imported.findings])
    : null;

  return (
    <section className={s.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={s.heading}>
        {c.imp.heading}
      </h2>
      <Field label={c.imp.paste} hint={c.imp.pasteHint}>
        <Textarea
          value={text}
          onChange={(_, d) => setText(d.value)}
          onKeyDown={onKeyDown}
          resize="vertical"
          rows={5}
        />
      </Field>
      <div>
        <Label htmlFor={fileId}>{c.imp.file}</Label>
        <ReportFileInput
          id={fileId}
          inputRef={fileInput}
          describedBy={fileHintId}
          onFile={(f) => setFile(f ?? null)}
        />
        <p id={fileHintId} className={s.hint}>
          {file ? c.imp.chosen(file.name) : c.imp.fileHint}
        </p>
        {file && (
          <Button size="small" appearance="subtle" onClick={clearFile}>
            {c.imp.clearFile}
          </Button>
        )}
      </div>
      <SubmitRow
        label={c.imp.submit}
        onSubmit={() => void submit()}
        busy={busy}
        busyLabel={c.busy}
      />
      {error && <ErrorBar>{error}</ErrorBar>}
      {result?.status === "unreadable" && (
        <FileProblemsBar title={c.imp.unreadableTitle} problems={result.problems} lang={lang}>
          {c.imp.unreadableHint}
        </FileProblemsBar>
      )}
      {imported && (
        <>
          <MessageBar intent="success" role="status">
            <MessageBarBody>
              {imported.current
                ? c.imp.doneCurrent(imported.sheetName)
                : c.imp.done(imported.sheetName)}{" "}
              {c.counts(counts!.error, counts!.warning)}
            </MessageBarBody>
          </MessageBar>
          {(imported.problems.length > 0 || notes.length > 0) && (
            <>
              <h3 className={s.subheading}>
                {c.imp.notesTitle(imported.problems.length + notes.length)}
              </h3>
              {imported.problems.length > 0 && (
                <ul className={s.plainList}>
                  {imported.problems.map((p, i) => (
                    <li key={i}>{problemText(p, lang)}</li>
                  ))}
                </ul>
              )}
              {notes.length > 0 && (
                <FindingList
                  findings={notes}
                  onSelect={onSelect}
                  label={c.imp.notesTitle(notes.length)}
                />
              )}
            </>
          )}
          {imported.findings.length > 0 ? (
            <>
              <h3 className={s.subheading}>{c.imp.findingsTitle(imported.findings.length)}</h3>
              <FindingList
                findings={imported.findings}
                onSelect={onSelect}
                label={c.imp.findingsTitle(imported.findings.length)}
              />
            </>
          ) : counts!.error === 0 ? (
            <p className={s.hint}>{c.imp.clean}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
