/** 与上年报告比对: pick last year's report (a sheet or a file) → cross-year findings; 结转上年数据. */
import {
  Button,
  Field,
  Label,
  MessageBar,
  MessageBarBody,
  Select,
} from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type {
  CarryConflict,
  CarryOverResult,
  CrossYearResult,
  LastYearSource,
  LocatedFinding,
  ReportSheetInfo,
} from "../../../excel";
import type { ImportProblem } from "../../../io/import";
import type { Message, Report } from "../../../report";
import { carryOverFromLastYear, compareWithLastYear, readLastYearFile } from "./actions";
import { rawText } from "./describe";
import { FindingList } from "../../components/FindingList";
import { useLang, useStrings } from "../../i18n";
import { COMPARE_STRINGS } from "./strings";
import { useSectionStyles } from "./styles";
import { ErrorBar, FileProblemsBar, ReportFileInput, SubmitRow } from "./controls";
import { AskDialog } from "../../components/AskDialog";
import { errorText } from "../../errorText";

export interface LastYearSectionProps {
  sheets: ReportSheetInfo[];
  onSelect: (address: string) => void;
  /** After the carry-over wrote to the workbook. */
  onChanged?: () => void;
}

const FILE = "file:";

type Outcome =
  | { kind: "compared"; prevLabel: string; findings: LocatedFinding[] }
  | { kind: "carried"; result: Extract<CarryOverResult, { status: "done" }> }
  | { kind: "unavailable"; reason: Message }
  | { kind: "error"; text: string };

export function LastYearSection({ sheets, onSelect, onChanged }: LastYearSectionProps) {
  const c = useStrings(COMPARE_STRINGS);
  const lang = useLang();
  const s = useSectionStyles();
  const headingId = useId();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [choice, setChoice] = useState("");
  const [fromFile, setFromFile] = useState<{ report: Report; label: string } | null>(null);
  const [fileProblems, setFileProblems] = useState<{
    name: string;
    problems: ImportProblem[];
  } | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [asking, setAsking] = useState<{ sheetName: string; conflicts: CarryConflict[] } | null>(
    null
  );
  const [needPrev, setNeedPrev] = useState(false);

  const current = sheets.find((x) => x.current) ?? null;
  const others = sheets.filter((x) => !x.current);

  // Offer last year's sheet by itself when exactly one sheet is of the year before.
  useEffect(() => {
    if (choice || !current?.year) return;
    const candidates = others.filter((x) => x.year === current.year! - 1);
    if (candidates.length === 1) setChoice(candidates[0].key);
  }, [sheets]);

  // A chosen sheet that is gone (deleted, refreshed list) is no longer chosen.
  useEffect(() => {
    if (choice && !choice.startsWith(FILE) && !others.some((x) => x.key === choice)) setChoice("");
  }, [sheets]);

  const source = (): LastYearSource | null => {
    if (choice.startsWith(FILE)) return fromFile;
    return choice ? { key: choice } : null;
  };

  async function onFile(file: File | undefined) {
    setFileProblems(null);
    if (!file) return;
    const read = await readLastYearFile(file);
    if (fileInput.current) fileInput.current.value = "";
    if (read.kind === "unreadable") {
      setFileProblems({ name: file.name, problems: read.problems });
      return;
    }
    setFromFile({ report: read.report, label: read.label });
    setChoice(FILE + file.name);
    setNeedPrev(false);
  }

  function show(r: CrossYearResult) {
    if (r.status === "unavailable") setOutcome({ kind: "unavailable", reason: r.reason });
    else setOutcome({ kind: "compared", prevLabel: r.prevLabel, findings: r.findings });
  }

  async function act(what: () => Promise<void>) {
    const src = source();
    if (!src) {
      setNeedPrev(true);
      return;
    }
    setNeedPrev(false);
    setBusy(true);
    try {
      await what();
    } catch (e) {
      setOutcome({ kind: "error", text: c.unexpected(errorText(e)) });
    } finally {
      setBusy(false);
    }
  }

  const compare = () =>
    act(async () => {
      setOutcome(null);
      show(await compareWithLastYear(source()!));
    });

  const carry = (overwrite: boolean) =>
    act(async () => {
      setOutcome(null);
      const r = await carryOverFromLastYear(source()!, { overwrite });
      if (r.status === "ask") {
        setAsking({ sheetName: r.sheetName, conflicts: r.conflicts });
        return;
      }
      setAsking(null);
      if (r.status === "unavailable") {
        setOutcome({ kind: "unavailable", reason: r.reason });
        return;
      }
      setOutcome({ kind: "carried", result: r });
      if (r.written.length) onChanged?.();
    });

  const prevLabel = () => {
    if (choice.startsWith(FILE)) return fromFile?.label ?? "";
    return others.find((x) => x.key === choice)?.sheetName ?? "";
  };

  return (
    <section className={s.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={s.heading}>
        {c.last.heading}
      </h2>
      <p className={s.hint}>{c.last.hint}</p>
      <Field
        label={c.last.prev}
        validationState={needPrev ? "error" : "none"}
        validationMessage={needPrev ? c.last.needPrev : undefined}
      >
        <Select
          value={choice}
          onChange={(_, d) => {
            setChoice(d.value);
            setNeedPrev(false);
          }}
        >
          <option value="">{c.last.choose}</option>
          {others.map((x) => (
            <option key={x.key} value={x.key}>
              {c.sheetLine(x.sheetName, x.agency, x.year, c.edition[x.edition])}
            </option>
          ))}
          {fromFile && (
            <option value={FILE + fromFile.label}>{c.last.fromFile(fromFile.label)}</option>
          )}
        </Select>
      </Field>
      <div>
        <Label htmlFor={fileId}>{c.last.file}</Label>
        <ReportFileInput id={fileId} inputRef={fileInput} onFile={(f) => void onFile(f)} />
      </div>
      {fileProblems && (
        <FileProblemsBar
          title={c.last.fileUnreadable(fileProblems.name)}
          problems={fileProblems.problems}
          lang={lang}
        />
      )}
      <SubmitRow
        label={c.last.compare}
        onSubmit={() => void compare()}
        busy={busy}
        busyLabel={c.busy}
      >
        <Button onClick={() => void carry(false)} disabledFocusable={busy}>
          {c.last.carry}
        </Button>
      </SubmitRow>
      <p className={s.hint}>{c.last.carryHint}</p>
      {outcome?.kind === "error" && <ErrorBar>{outcome.text}</ErrorBar>}
      {outcome?.kind === "unavailable" && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{outcome.reason[lang]}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "compared" &&
        (outcome.findings.length === 0 ? (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{c.last.same(outcome.prevLabel)}</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <h3 className={s.subheading}>
              {c.last.crossYearTitle(outcome.findings.length, outcome.prevLabel)}
            </h3>
            <FindingList
              findings={outcome.findings}
              onSelect={onSelect}
              label={c.last.crossYearTitle(outcome.findings.length, outcome.prevLabel)}
            />
          </>
        ))}
      {outcome?.kind === "carried" && (
        <>
          <MessageBar intent="success" role="status">
            <MessageBarBody>
              {outcome.result.written.length
                ? c.last.carried(outcome.result.written.length, outcome.result.sheetName)
                : c.last.carriedNothing}
              {outcome.result.unchanged.length > 0 &&
                ` ${c.last.unchanged(outcome.result.unchanged.length)}`}
            </MessageBarBody>
          </MessageBar>
          {outcome.result.skipped.length > 0 && (
            <>
              <h3 className={s.subheading}>{c.last.skippedTitle}</h3>
              <ul className={s.plainList}>
                {outcome.result.skipped.map((x) => (
                  <li key={x.key}>{x.reason[lang]}</li>
                ))}
              </ul>
            </>
          )}
          {outcome.result.findings.length > 0 ? (
            <>
              <h3 className={s.subheading}>
                {c.last.crossYearTitle(outcome.result.findings.length, prevLabel())}
              </h3>
              <FindingList findings={outcome.result.findings} onSelect={onSelect} />
            </>
          ) : null}
        </>
      )}
      <AskDialog
        open={asking !== null}
        onDismiss={() => setAsking(null)}
        title={c.last.askTitle}
        actions={
          <>
            <Button appearance="primary" disabledFocusable={busy} onClick={() => void carry(true)}>
              {c.last.overwrite}
            </Button>
            <Button appearance="subtle" onClick={() => setAsking(null)}>
              {c.last.cancel}
            </Button>
          </>
        }
      >
        {asking && c.last.askBody(asking.sheetName)}
        <ul className={s.plainList}>
          {asking?.conflicts.map((x) => (
            <li key={x.key}>{c.last.askLine(x.column, rawText(x.current, lang), x.incoming)}</li>
          ))}
        </ul>
      </AskDialog>
    </section>
  );
}
