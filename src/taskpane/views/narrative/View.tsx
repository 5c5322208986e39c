/**
 * 正文: agency, date and the six sections of the report, with the format's hints, the fee sub-form of
 * the 2021 edition, and “draft from the tables”, which fills empty sections and asks before replacing text.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState, type CompositionEvent, type KeyboardEvent } from "react";
import type { FeeInputs } from "../../../excel";
import { SECTION_HEADINGS, TABLE_NAMES } from "../../../report/editions";
import type { SectionId, TableNo } from "../../../report/types";
import { useLang, useStrings } from "../../i18n";
import {
  chosenDrafts,
  defaultPreface,
  draftFromTables,
  printedDate,
  type Sections,
} from "./actions";
import { isComposing, isSubmitEnter } from "../../state/ime";
import { FEE_FIELDS, feeValue, SECTION_IDS, type FeeField } from "./model";
import { NARRATIVE_STRINGS, type NarrativeStrings } from "./strings";
import { useNarrative, type NarrativeController } from "./useNarrative";
import { WhenShown } from "../../components/WhenShown";
import { heading, row, stack } from "../../styles";
import { AskDialog } from "../../components/AskDialog";
import { errorText } from "../../errorText";

const useStyles = makeStyles({
  root: stack,
  heading,
  row,
  fees: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  status: { color: tokens.colorNeutralForeground3, minHeight: tokens.lineHeightBase300 },
  textarea: { width: "100%" },
});

export interface NarrativeViewProps {
  /** The shell's token: bumped when the pane changed the workbook (tables inserted). */
  changeToken?: number;
}

type Note = { intent: "success" | "warning" | "error" | "info"; text: string };

interface Conflict {
  drafted: Sections;
  ids: SectionId[];
  chosen: SectionId[];
}

const headingOf = (id: SectionId) => SECTION_HEADINGS[id - 1];

function timeText(d: Date, lang: string): string {
  return d.toLocaleTimeString(lang === "en" ? "en-US" : "zh-CN", {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
}

function StatusLine({ n, s, lang }: { n: NarrativeController; s: NarrativeStrings; lang: string }) {
  const styles = useStyles();
  let text = "";
  if (n.phase === "loading") text = s.status.loading;
  else if (n.phase === "ready") {
    const st = n.save.state;
    if (st === "pending") text = s.status.pending;
    else if (st === "saving") text = s.status.saving;
    else if (n.save.savedAt) text = s.status.saved(timeText(n.save.savedAt, lang));
  }
  return (
    <Text size={200} className={styles.status} role="status" aria-live="polite">
      {text}
    </Text>
  );
}

/**
 * The view as the shell mounts it: built (and the workbook read) when its tab is first opened, by
 * itself too when mounted without the shell's `deferred` (the workbook read is not to run for a tab
 * never opened).
 */
export function NarrativeView(props: NarrativeViewProps) {
  return (
    <WhenShown>
      <NarrativeEditor {...props} />
    </WhenShown>
  );
}

export function NarrativeEditor({ changeToken = 0 }: NarrativeViewProps) {
  const lang = useLang();
  const s = useStrings(NARRATIVE_STRINGS);
  const styles = useStyles();
  const headingId = useId();
  const n = useNarrative(changeToken);
  const [draftBusy, setDraftBusy] = useState(false);
  const [note, setNote] = useState<Note | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const editable = n.phase === "ready" || n.phase === "localOnly";
  const { doc } = n;

  const setSection = (id: SectionId, text: string) =>
    n.update((d) => ({ ...d, sections: { ...d.sections, [id]: text } }));
  const setFee = (field: FeeField, text: string) =>
    n.update((d) => ({ ...d, fees: { ...d.fees, [field]: text } }));

  const ime = {
    onCompositionStart: (_: CompositionEvent) => n.setComposing(true),
    onCompositionEnd: (_: CompositionEvent) => n.setComposing(false),
  };
  /** Enter in a one-line field saves now; while an IME is composing it only confirms the candidate. */
  const onFieldEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!isSubmitEnter(e)) return;
    e.preventDefault();
    void n.flush();
  };
  /** In the text areas Enter is a new paragraph; Ctrl/⌘+Enter saves now (never mid-composition). */
  const onAreaKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== "Enter" || isComposing(e) || !(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    void n.flush();
  };

  /** Draft every empty section, or only `only` (the per-section button); typed text is replaced only when the user says so. */
  async function draft(only?: SectionId) {
    setDraftBusy(true);
    setNote(null);
    try {
      const d = await draftFromTables(n.current(), only);
      if (!d) {
        setNote({ intent: "warning", text: s.draft.noReport });
        return;
      }
      if (d.filled.length) n.update((x) => ({ ...x, sections: { ...x.sections, ...d.fills } }));
      setNote(
        d.filled.length
          ? { intent: "success", text: s.draft.filled(s.list(d.filled.map(headingOf))) }
          : only !== undefined
            ? d.conflicts.length
              ? null
              : { intent: "info", text: s.draft.unchanged(headingOf(only)) }
            : { intent: "info", text: s.draft.nothingEmpty }
      );
      // Asked for one section: it is ticked, but the dialog still asks before replacing typed text.
      if (d.conflicts.length)
        setConflict({
          drafted: d.drafted,
          ids: d.conflicts,
          chosen: only !== undefined ? d.conflicts : [],
        });
    } catch (e) {
      setNote({
        intent: "error",
        text: s.draft.failed(errorText(e)),
      });
    } finally {
      setDraftBusy(false);
    }
  }

  function replaceChosen() {
    if (!conflict) return;
    const chosen = conflict.chosen;
    setConflict(null);
    if (!chosen.length) return;
    const fills = chosenDrafts(conflict.drafted, chosen);
    n.update((d) => ({ ...d, sections: { ...d.sections, ...fills } }));
    setNote({ intent: "success", text: s.draft.replaced(s.list(chosen.map(headingOf))) });
  }

  const toggle = (id: SectionId, on: boolean) =>
    setConflict((c) =>
      c
        ? {
            ...c,
            chosen: on
              ? [...c.chosen.filter((x) => x !== id), id].sort((a, b) => a - b)
              : c.chosen.filter((x) => x !== id),
          }
        : c
    );

  const printsAs = printedDate(doc.date);
  const dateHint = printsAs ? s.datePrintsAs(printsAs) : s.dateHint;

  const sectionHint = (id: SectionId) => {
    const base = id === 6 && n.edition !== "2021" ? s.sixHint2019 : s.sectionHints[id];
    return id >= 2 && id <= 4 ? `${base}${s.tableFollows(TABLE_NAMES[id as TableNo][lang])}` : base;
  };

  const feeError = (field: FeeField) =>
    feeValue(field, doc.fees[field]).invalid
      ? field === "notices"
        ? s.fees.invalidCount
        : s.fees.invalidAmount
      : undefined;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {s.heading}
      </h2>
      <Text size={200}>{s.intro}</Text>
      <div className={styles.row}>
        {n.phase === "loading" && <Spinner size="tiny" />}
        <StatusLine n={n} s={s} lang={lang} />
      </div>
      {n.phase === "readFailed" && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{s.status.readFailed(n.readError ?? "")}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={n.reload}>
              {s.status.reread}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {n.phase === "localOnly" && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.status.unavailable}</MessageBarBody>
        </MessageBar>
      )}
      {n.phase === "ready" && n.save.state === "failed" && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{s.status.failed(n.save.error ?? "")}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void n.flush()}>
              {s.status.retry}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {n.problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.status.problem(n.problem)}</MessageBarBody>
        </MessageBar>
      )}
      {n.restore && (
        <MessageBar intent="info">
          <MessageBarBody>
            {n.restore.kind === "same"
              ? s.restore.sameWorkbook(timeText(new Date(n.restore.editedAt), lang))
              : s.restore.otherWorkbook(timeText(new Date(n.restore.editedAt), lang))}
          </MessageBarBody>
          <MessageBarActions>
            {n.restore.kind === "other" && (
              <Button size="small" onClick={n.acceptRestore}>
                {s.restore.restore}
              </Button>
            )}
            <Button size="small" appearance="subtle" onClick={n.dismissRestore}>
              {s.restore.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <Field label={s.agency} hint={s.agencyHint}>
        <Input
          value={doc.agency}
          readOnly={!editable}
          autoComplete="organization"
          onChange={(_, d) => n.update((x) => ({ ...x, agency: d.value }))}
          onKeyDown={onFieldEnter}
          {...ime}
        />
      </Field>
      <Field label={s.date} hint={dateHint}>
        <Input
          value={doc.date}
          readOnly={!editable}
          placeholder={s.datePlaceholder}
          autoComplete="off"
          onChange={(_, d) => n.update((x) => ({ ...x, date: d.value }))}
          onKeyDown={onFieldEnter}
          {...ime}
        />
      </Field>

      <Field label={s.signer} hint={s.signerHint}>
        <Input
          value={doc.signer ?? ""}
          readOnly={!editable}
          placeholder={doc.agency}
          autoComplete="organization"
          onChange={(_, d) => n.update((x) => ({ ...x, signer: d.value }))}
          onKeyDown={onFieldEnter}
          {...ime}
        />
      </Field>
      <Field label={s.preface} hint={s.prefaceHint}>
        <Textarea
          className={styles.textarea}
          textarea={{ className: styles.textarea }}
          value={doc.preface ?? ""}
          readOnly={!editable}
          placeholder={defaultPreface(doc, n.year, n.edition)}
          resize="vertical"
          rows={3}
          onChange={(_, d) => n.update((x) => ({ ...x, preface: d.value }))}
          onKeyDown={onAreaKey}
          {...ime}
        />
      </Field>

      <div className={styles.row}>
        <Button onClick={() => void draft()} disabledFocusable={draftBusy || !editable}>
          {s.draft.button}
        </Button>
        {draftBusy && <Spinner size="tiny" label={s.draft.busy} />}
      </div>
      <Text size={200}>{s.draft.hint}</Text>
      {note && (
        <MessageBar intent={note.intent} role={note.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      )}

      {SECTION_IDS.map((id) => (
        <div key={id} className={styles.root}>
          <Field label={headingOf(id)} hint={sectionHint(id)}>
            <Textarea
              className={styles.textarea}
              textarea={{ className: styles.textarea }}
              value={doc.sections[id] ?? ""}
              readOnly={!editable}
              placeholder={s.placeholders[id]}
              resize="vertical"
              rows={id === 1 ? 8 : id === 5 || id === 6 ? 5 : 3}
              onChange={(_, d) => setSection(id, d.value)}
              onKeyDown={onAreaKey}
              {...ime}
            />
          </Field>
          <div>
            <Button
              size="small"
              appearance="subtle"
              aria-label={s.draft.redraftSection(headingOf(id))}
              onClick={() => void draft(id)}
              disabledFocusable={draftBusy || !editable}
            >
              {s.draft.redraft}
            </Button>
          </div>
          {id === 6 && n.edition === "2021" && (
            <fieldset className={styles.fees}>
              <legend className={styles.legend}>{s.fees.legend}</legend>
              {FEE_FIELDS.map((f) => {
                const err = feeError(f);
                return (
                  <Field
                    key={f}
                    label={s.fees[f]}
                    validationState={err ? "error" : "none"}
                    validationMessage={err}
                  >
                    <Input
                      value={(doc.fees as FeeInputs)[f]}
                      readOnly={!editable}
                      inputMode={f === "notices" ? "numeric" : "decimal"}
                      autoComplete="off"
                      onChange={(_, d) => setFee(f, d.value)}
                      onKeyDown={onFieldEnter}
                      {...ime}
                    />
                  </Field>
                );
              })}
            </fieldset>
          )}
        </div>
      ))}

      <AskDialog
        open={conflict !== null}
        onDismiss={() => setConflict(null)}
        title={s.draft.conflictsTitle}
        actions={
          <>
            <Button
              appearance="primary"
              disabledFocusable={!conflict?.chosen.length}
              onClick={replaceChosen}
            >
              {s.draft.replaceSelected}
            </Button>
            <Button onClick={() => setConflict(null)}>{s.draft.keep}</Button>
          </>
        }
      >
        <p>{s.draft.conflictsBody}</p>
        {conflict?.ids.map((id) => (
          <div key={id}>
            <Checkbox
              label={headingOf(id)}
              checked={conflict.chosen.includes(id)}
              onChange={(_, d) => toggle(id, d.checked === true)}
            />
          </div>
        ))}
      </AskDialog>
    </section>
  );
}
