/** 插入表格: year, edition, agency, totals-as-formulas, and the insert button with its overwrite question. */
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState, type KeyboardEvent } from "react";
import type { InsertOptions, InsertResult } from "../../../excel";
import type { EditionId } from "../../../report/types";
import { useLang, useStrings } from "../../i18n";
import { SHELL_STRINGS } from "../../strings";
import { editionOf, hostMessage, insertTables } from "./actions";
import { INSERT_STRINGS, type InsertStrings } from "./strings";
import { isSubmitEnter } from "../../state/ime";
import { usePersistentState } from "../../state/persist";
import { defaultYear, parseYear, type YearInput } from "../../state/year";
import { heading, stack } from "../../styles";
import { AskDialog } from "../../components/AskDialog";
import { errorText } from "../../errorText";

const useStyles = makeStyles({
  form: stack,
  heading,
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface InsertViewProps {
  /** Called after tables were written, so other views can re-read the workbook. */
  onInserted?: () => void;
}

type Pending = Extract<InsertResult, { status: "occupied" | "wouldDrop" }>;

function yearMessage(input: YearInput, t: InsertStrings): string | undefined {
  if (input.ok) return undefined;
  if (input.reason === "empty") return t.yearEmpty;
  if (input.reason === "notNumber") return t.yearNotNumber;
  return t.yearOutOfRange(input.min, input.max);
}

export function InsertView({ onInserted }: InsertViewProps) {
  const t = useStrings(INSERT_STRINGS);
  const shell = useStrings(SHELL_STRINGS);
  const lang = useLang();
  const styles = useStyles();
  const headingId = useId();
  const [yearText, setYearText] = usePersistentState("insert.year", () => String(defaultYear()));
  const [editionChoice, setEditionChoice] = usePersistentState<string>("insert.edition", "auto");
  const [agency, setAgency] = usePersistentState("insert.agency", "");
  const [totalsAsFormulas, setTotalsAsFormulas] = usePersistentState(
    "insert.totalsAsFormulas",
    false
  );
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [outcome, setOutcome] = useState<{ intent: "success" | "error"; text: string } | null>(
    null
  );

  const year = parseYear(yearText);
  const { choice, wanted, edition } = editionOf(editionChoice, year.ok ? year.year : defaultYear());
  const editionName = (id: EditionId) => (id === "2019" ? t.edition2019 : t.edition2021);
  const yearError = showErrors ? yearMessage(year, t) : undefined;
  const editionWarning =
    year.ok && choice !== "auto" && choice !== wanted
      ? t.editionMismatch(year.year, editionName(wanted))
      : undefined;

  async function run(extra: Pick<InsertOptions, "overwrite" | "newSheet"> = {}) {
    if (!year.ok) {
      setShowErrors(true);
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const result = await insertTables({
        year: year.year,
        edition,
        agency: agency.trim(),
        totalsAsFormulas,
        lang,
        ...extra,
      });
      if (result.status === "inserted") {
        setPending(null);
        setOutcome({
          intent: "success",
          text:
            result.kept > 0
              ? t.doneKept(result.sheetName, result.address, result.kept)
              : t.done(result.sheetName, result.address),
        });
        onInserted?.();
      } else {
        setPending(result);
      }
    } catch (e) {
      setPending(null);
      setOutcome({
        intent: "error",
        text: hostMessage(e, lang) ?? shell.unexpectedError(errorText(e)),
      });
    } finally {
      setBusy(false);
    }
  }

  function submit() {
    setShowErrors(true);
    if (!busy) void run();
  }

  const onEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!isSubmitEnter(e)) return;
    e.preventDefault();
    submit();
  };

  return (
    <section className={styles.form} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.heading}
      </h2>
      <Field
        label={t.year}
        required
        hint={t.yearHint}
        validationState={yearError ? "error" : "none"}
        validationMessage={yearError}
      >
        <Input
          value={yearText}
          inputMode="numeric"
          autoComplete="off"
          onChange={(_, d) => setYearText(d.value)}
          onKeyDown={onEnter}
        />
      </Field>
      <Field
        label={t.edition}
        validationState={editionWarning ? "warning" : "none"}
        validationMessage={editionWarning}
      >
        <Select value={choice} onChange={(_, d) => setEditionChoice(d.value)}>
          <option value="auto">{t.editionAuto(editionName(wanted))}</option>
          <option value="2019">{t.edition2019}</option>
          <option value="2021">{t.edition2021}</option>
        </Select>
      </Field>
      <Field label={t.agency} hint={t.agencyHint}>
        <Input
          value={agency}
          autoComplete="organization"
          onChange={(_, d) => setAgency(d.value)}
          onKeyDown={onEnter}
        />
      </Field>
      <Field hint={t.totalsAsFormulasHint}>
        <Checkbox
          label={t.totalsAsFormulas}
          checked={totalsAsFormulas}
          onChange={(_, d) => setTotalsAsFormulas(d.checked === true)}
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={submit} disabledFocusable={busy}>
          {t.submit}
        </Button>
        {busy && <Spinner size="tiny" label={shell.busy} />}
      </div>
      {outcome && (
        <MessageBar intent={outcome.intent} role={outcome.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
      <AskDialog
        open={pending !== null}
        onDismiss={() => setPending(null)}
        title={pending?.status === "wouldDrop" ? t.wouldDropTitle : t.occupiedTitle}
        actions={
          <>
            <Button
              appearance="primary"
              disabledFocusable={busy}
              onClick={() => void run({ newSheet: true })}
            >
              {t.newSheet}
            </Button>
            <Button disabledFocusable={busy} onClick={() => void run({ overwrite: true })}>
              {t.overwrite}
            </Button>
            <Button appearance="subtle" onClick={() => setPending(null)}>
              {shell.cancel}
            </Button>
          </>
        }
      >
        {pending?.status === "wouldDrop"
          ? t.wouldDropBody(pending.sheetName, pending.lost)
          : pending
            ? t.occupiedBody(pending.sheetName, pending.address)
            : null}
      </AskDialog>
    </section>
  );
}
