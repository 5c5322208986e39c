/**
 * 导出: pick a format and fonts, check first (the open findings, with “go back” or “export anyway”), then
 * get the file out the way the host allows: a download on the web and Windows; on Mac, which cannot
 * download from the pane, a print-ready worksheet or the HTML code on the clipboard.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import type { ExportFormat, FontPresetName } from "../../../io/export";
import { TABLE_NAMES } from "../../../report/editions";
import type { Report } from "../../../report/types";
import { isMacHost } from "./download";
import { useLang, useStrings } from "../../i18n";
import { FINDING_WIDGET_STRINGS } from "../../components/strings";
import { usePersistentState } from "../../state/persist";
import { preflightLines } from "./preflight";
import {
  openCount,
  performExport,
  prepareExport,
  PRINT_DEFAULT_FONTS,
  type ExportAction,
  type ExportOutcome,
  type Prepared,
} from "./actions";
import { EXPORT_STRINGS, type ExportStrings } from "./strings";
import { heading, row, stack, subheading } from "../../styles";
import { AskDialog } from "../../components/AskDialog";
import { errorText } from "../../errorText";

const useStyles = makeStyles({
  root: stack,
  heading,
  subheading,
  row,
  alt: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const FORMATS: ExportFormat[] = ["docx", "html", "json", "csv", "xlsx"];
const PRESETS: FontPresetName[] = ["gb2312", "windows"];
/** Findings listed in the pre-flight dialog; the rest are in the findings view. */
const LISTED = 5;

type Note = { intent: "success" | "warning" | "error"; text: string };

function noteOf(o: ExportOutcome, s: ExportStrings): Note {
  switch (o.kind) {
    case "downloaded":
      return {
        intent: o.notes ? "warning" : "success",
        text: [s.downloaded(o.fileName), o.notes].filter(Boolean).join(" "),
      };
    case "printed":
      return o.pageLayout
        ? { intent: "success", text: s.printed(o.sheetName) }
        : { intent: "warning", text: `${s.printed(o.sheetName)}${s.printedNoLayout}` };
    case "copied":
      return { intent: "success", text: s.copied(o.chars) };
    case "copyFailed":
      return { intent: "error", text: s.copyFailed };
  }
}

export interface ExportViewProps {
  /** “Go back and fix”: show the findings. */
  onReviewFindings?: () => void;
}

const isFormat = (x: string): x is ExportFormat => (FORMATS as string[]).includes(x);
const isPreset = (x: string): x is FontPresetName => (PRESETS as string[]).includes(x);

/** Built when its tab is first opened: the shell defers it (App.tsx VIEWS). */
export function ExportView({ onReviewFindings }: ExportViewProps) {
  const lang = useLang();
  const s = useStrings(EXPORT_STRINGS);
  const widgets = useStrings(FINDING_WIDGET_STRINGS);
  const styles = useStyles();
  const headingId = useId();
  const altId = useId();
  const [mac] = useState(() => isMacHost());
  const [formatChoice, setFormat] = usePersistentState<string>("export.format", "docx");
  const [presetChoice, setPreset] = usePersistentState<string>("export.fontPreset", "");
  const format: ExportFormat = isFormat(formatChoice) ? formatChoice : "docx";
  // Unless the user picks: the Word file names the 公文 faces, the print sheet in Excel (Mac) uses
  // faces every host has.
  const chosen: FontPresetName | null = isPreset(presetChoice) ? presetChoice : null;
  const fontPreset: FontPresetName = chosen ?? (mac ? PRINT_DEFAULT_FONTS : "gb2312");
  const [busy, setBusy] = useState<null | "checking" | "working">(null);
  const [note, setNote] = useState<Note | null>(null);
  const [preflight, setPreflight] = useState<{ action: ExportAction; prepared: Prepared } | null>(
    null
  );

  const failure = (e: unknown): Note => ({
    intent: "error",
    text: s.failed(errorText(e)),
  });

  async function perform(action: ExportAction, report: Report) {
    setBusy("working");
    try {
      setNote(noteOf(await performExport(action, report, { format, fontPreset: chosen, lang }), s));
    } catch (e) {
      setNote(failure(e));
    } finally {
      setBusy(null);
    }
  }

  async function start(action: ExportAction) {
    if (busy) return;
    setNote(null);
    setBusy("checking");
    let prepared: Prepared | null;
    try {
      prepared = await prepareExport();
    } catch (e) {
      setNote(failure(e));
      setBusy(null);
      return;
    }
    if (!prepared) {
      setNote({ intent: "warning", text: s.noReport });
      setBusy(null);
      return;
    }
    if (openCount(prepared) > 0) {
      setBusy(null);
      setPreflight({ action, prepared });
      return;
    }
    await perform(action, prepared.report);
  }

  function exportAnyway() {
    const p = preflight;
    setPreflight(null);
    if (p) void perform(p.action, p.prepared.report);
  }

  function goBack() {
    setPreflight(null);
    onReviewFindings?.();
  }

  const open = preflight?.prepared;
  const { listed, blanks, unlisted } = preflightLines(open?.findings ?? [], LISTED);

  const alternatives = (
    <div className={styles.alt}>
      <div className={styles.row}>
        <Button
          appearance={mac ? "primary" : "secondary"}
          disabledFocusable={busy !== null}
          onClick={() => void start("printSheet")}
        >
          {s.printSheet}
        </Button>
      </div>
      <Text size={200}>{s.printSheetHint}</Text>
      <div className={styles.row}>
        <Button disabledFocusable={busy !== null} onClick={() => void start("copyHtml")}>
          {s.copyHtml}
        </Button>
      </div>
      <Text size={200}>{s.copyHtmlHint}</Text>
    </div>
  );

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {s.heading}
      </h2>
      {mac && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.mac.title}</MessageBarTitle>
            {s.mac.body}
          </MessageBarBody>
        </MessageBar>
      )}
      {!mac && (
        <Field label={s.format} hint={s.formatHints[format]}>
          <RadioGroup value={format} onChange={(_, d) => setFormat(d.value)}>
            {FORMATS.map((f) => (
              <Radio key={f} value={f} label={s.formats[f]} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {(mac || format === "docx") && (
        <Field label={s.fonts} hint={s.fontsHint}>
          <Select value={fontPreset} onChange={(_, d) => setPreset(d.value)}>
            {PRESETS.map((p) => (
              <option key={p} value={p}>
                {s.fontPresets[p]}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {!mac && (
        <div className={styles.row}>
          <Button
            appearance="primary"
            disabledFocusable={busy !== null}
            onClick={() => void start("download")}
          >
            {s.exportButton}
          </Button>
        </div>
      )}
      {busy && <Spinner size="tiny" label={busy === "checking" ? s.checking : s.working} />}
      {note && (
        <MessageBar intent={note.intent} role={note.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      )}
      {mac ? (
        alternatives
      ) : (
        <section className={styles.alt} aria-labelledby={altId}>
          <h3 id={altId} className={styles.subheading}>
            {s.others}
          </h3>
          {alternatives}
        </section>
      )}

      <AskDialog
        open={preflight !== null}
        onDismiss={() => setPreflight(null)}
        title={s.preflight.title}
        actions={
          <>
            <Button appearance="primary" onClick={goBack}>
              {s.preflight.back}
            </Button>
            <Button onClick={exportAnyway}>{s.preflight.anyway}</Button>
          </>
        }
      >
        {open && (open.errors > 0 || open.warnings > 0) && (
          <p>{s.preflight.counts(open.errors, open.warnings)}</p>
        )}
        {open && open.problems.length > 0 && <p>{s.preflight.damaged(open.problems.length)}</p>}
        {listed.length > 0 && (
          <ul className={styles.list}>
            {listed.map((f, i) => (
              <li key={i}>{lang === "en" ? f.message.en : f.message.zh}</li>
            ))}
          </ul>
        )}
        {blanks.length > 0 && (
          <ul className={styles.list}>
            {blanks.map((b) => (
              <li key={b.table}>{widgets.blanks(TABLE_NAMES[b.table][lang], b.count)}</li>
            ))}
          </ul>
        )}
        {unlisted > 0 && <p>{s.preflight.more(unlisted)}</p>}
        <p>{s.preflight.unchanged}</p>
      </AskDialog>
    </section>
  );
}
