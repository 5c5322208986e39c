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
import type { InsertOptions, InsertResult } from "../../excel";
import { editionForYear } from "../../report/editions/years";
import type { EditionId } from "../../report/types";
import { loadExcel } from "../state/excelApi";
import { useI18n, type Strings } from "../i18n";
import { isSubmitEnter } from "../state/ime";
import { usePersistentState } from "../state/persist";
import { defaultYear, parseYear, type YearInput } from "../state/year";
import { heading, stack } from "../styles";
import { AskDialog } from "./AskDialog";

const useStyles = makeStyles({
  form: stack,
  heading,
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
});

type EditionChoice = "auto" | EditionId;

export interface InsertViewProps {
  /** Called after tables were written, so other views can re-read the workbook. */
  onInserted?: () => void;
}

type Pending = Extract<InsertResult, { status: "occupied" | "wouldDrop" }>;

function yearMessage(input: YearInput, t: Strings): string | undefined {
  if (input.ok) return undefined;
  if (input.reason === "empty") return t.insert.yearEmpty;
  if (input.reason === "notNumber") return t.insert.yearNotNumber;
  return t.insert.yearOutOfRange(input.min, input.max);
}

export function InsertView({ onInserted }: InsertViewProps) {
  const { t, lang } = useI18n();
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
  const wanted: EditionId = editionForYear(year.ok ? year.year : defaultYear());
  const choice: EditionChoice =
    editionChoice === "2019" || editionChoice === "2021" ? editionChoice : "auto";
  const edition: EditionId = choice === "auto" ? wanted : choice;
  const editionName = (id: EditionId) =>
    id === "2019" ? t.insert.edition2019 : t.insert.edition2021;
  const yearError = showErrors ? yearMessage(year, t) : undefined;
  const editionWarning =
    year.ok && choice !== "auto" && choice !== wanted
      ? t.insert.editionMismatch(year.year, editionName(wanted))
      : undefined;

  async function run(extra: Pick<InsertOptions, "overwrite" | "newSheet"> = {}) {
    if (!year.ok) {
      setShowErrors(true);
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const { insertReport } = await loadExcel();
      const result = await insertReport({
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
              ? t.insert.doneKept(result.sheetName, result.address, result.kept)
              : t.insert.done(result.sheetName, result.address),
        });
        onInserted?.();
      } else {
        setPending(result);
      }
    } catch (e) {
      setPending(null);
      // A protected sheet or an insert Excel stopped half-way: the Excel layer says what to do.
      const told = (e as { userMessage?: { zh: string; en: string } } | null)?.userMessage;
      setOutcome({
        intent: "error",
        text: told
          ? told[lang]
          : t.common.unexpectedError(e instanceof Error ? e.message : String(e)),
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
        {t.insert.heading}
      </h2>
      <Field
        label={t.insert.year}
        required
        hint={t.insert.yearHint}
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
        label={t.insert.edition}
        validationState={editionWarning ? "warning" : "none"}
        validationMessage={editionWarning}
      >
        <Select value={choice} onChange={(_, d) => setEditionChoice(d.value)}>
          <option value="auto">{t.insert.editionAuto(editionName(wanted))}</option>
          <option value="2019">{t.insert.edition2019}</option>
          <option value="2021">{t.insert.edition2021}</option>
        </Select>
      </Field>
      <Field label={t.insert.agency} hint={t.insert.agencyHint}>
        <Input
          value={agency}
          autoComplete="organization"
          onChange={(_, d) => setAgency(d.value)}
          onKeyDown={onEnter}
        />
      </Field>
      <Field hint={t.insert.totalsAsFormulasHint}>
        <Checkbox
          label={t.insert.totalsAsFormulas}
          checked={totalsAsFormulas}
          onChange={(_, d) => setTotalsAsFormulas(d.checked === true)}
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={submit} disabledFocusable={busy}>
          {t.insert.submit}
        </Button>
        {busy && <Spinner size="tiny" label={t.common.busy} />}
      </div>
      {outcome && (
        <MessageBar intent={outcome.intent} role={outcome.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
      <AskDialog
        open={pending !== null}
        onDismiss={() => setPending(null)}
        title={pending?.status === "wouldDrop" ? t.insert.wouldDropTitle : t.insert.occupiedTitle}
        actions={
          <>
            <Button
              appearance="primary"
              disabledFocusable={busy}
              onClick={() => void run({ newSheet: true })}
            >
              {t.insert.newSheet}
            </Button>
            <Button disabledFocusable={busy} onClick={() => void run({ overwrite: true })}>
              {t.insert.overwrite}
            </Button>
            <Button appearance="subtle" onClick={() => setPending(null)}>
              {t.common.cancel}
            </Button>
          </>
        }
      >
        {pending?.status === "wouldDrop"
          ? t.insert.wouldDropBody(pending.sheetName, pending.lost)
          : pending
            ? t.insert.occupiedBody(pending.sheetName, pending.address)
            : null}
      </AskDialog>
    </section>
  );
}
