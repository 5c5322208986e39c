/** 汇总多个单位: tick the units' sheets → a summary sheet, the units with their counts and a link each. */
import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import type { ConsolidateSheetsResult, ReportSheetInfo } from "../../../excel";
import { consolidate } from "./actions";
import { isSubmitEnter } from "../../state/ime";
import { FindingList } from "../../components/FindingList";
import { countFindings } from "../../state/findingGroups";
import { useLang, useStrings } from "../../i18n";
import { COMPARE_STRINGS } from "./strings";
import { useSectionStyles } from "./styles";
import { ErrorBar, SubmitRow } from "./controls";
import { errorText } from "../../errorText";

export interface ConsolidateSectionProps {
  sheets: ReportSheetInfo[];
  onSelect: (address: string) => void;
  /** After the summary sheet was written. */
  onChanged?: () => void;
}

export function ConsolidateSection({ sheets, onSelect, onChanged }: ConsolidateSectionProps) {
  const c = useStrings(COMPARE_STRINGS);
  const lang = useLang();
  const s = useSectionStyles();
  const headingId = useId();
  const pickId = useId();
  const [picked, setPicked] = useState<string[]>([]);
  const [agency, setAgency] = useState("");
  const [busy, setBusy] = useState(false);
  const [needTwo, setNeedTwo] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ConsolidateSheetsResult | null>(null);

  // Forget ticks on sheets that are gone.
  useEffect(() => {
    setPicked((p) => p.filter((k) => sheets.some((x) => x.key === k)));
  }, [sheets]);

  const toggle = (key: string, on: boolean) => {
    setNeedTwo(false);
    setPicked((p) => (on ? [...p.filter((k) => k !== key), key] : p.filter((k) => k !== key)));
  };

  async function submit() {
    if (busy) return;
    if (picked.length < 2) {
      setNeedTwo(true);
      return;
    }
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const r = await consolidate(sheets, picked, agency, lang);
      setResult(r);
      if (r.status === "written") onChanged?.();
    } catch (e) {
      setError(c.unexpected(errorText(e)));
    } finally {
      setBusy(false);
    }
  }

  const onEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!isSubmitEnter(e)) return;
    e.preventDefault();
    void submit();
  };

  const written = result?.status === "written" ? result : null;
  const counts = written ? countFindings(written.findings) : null;

  return (
    <section className={s.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={s.heading}>
        {c.sum.heading}
      </h2>
      <p className={s.hint}>{c.sum.hint}</p>
      <div role="group" aria-labelledby={pickId}>
        <p id={pickId} className={s.subheading}>
          {c.sum.pick}
        </p>
        {sheets.map((x) => (
          <div key={x.key}>
            <Checkbox
              checked={picked.includes(x.key)}
              onChange={(_, d) => toggle(x.key, d.checked === true)}
              label={`${c.sheetLine(x.sheetName, x.agency, x.year, c.edition[x.edition])}${x.kind !== "import" ? `（${c.kind[x.kind]}）` : ""}`}
            />
          </div>
        ))}
        {needTwo && (
          <p className={s.hint} role="alert">
            {c.sum.needTwo}
          </p>
        )}
      </div>
      <Field label={c.sum.agency} hint={c.sum.agencyHint}>
        <Input
          value={agency}
          onChange={(_, d) => setAgency(d.value)}
          onKeyDown={onEnter}
          autoComplete="organization"
        />
      </Field>
      <SubmitRow
        label={c.sum.submit}
        onSubmit={() => void submit()}
        busy={busy}
        busyLabel={c.busy}
      />
      {error && <ErrorBar>{error}</ErrorBar>}
      {result?.status === "nothing" && <ErrorBar>{c.sum.nothing}</ErrorBar>}
      {written && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {c.sum.done(written.sheetName, written.units.length)}{" "}
            {c.sum.summaryFindings(counts!.error, counts!.warning)}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && result.refused.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{c.sum.refusedTitle}</MessageBarTitle>
            <ul className={s.plainList}>
              {result.refused.map((r) => (
                <li key={r.key}>{r.reason[lang]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {written && (
        <>
          <h3 className={s.subheading}>{c.sum.unitsTitle}</h3>
          <ul className={s.units}>
            {written.units.map((u) => (
              <li key={u.key} className={s.unit}>
                <span className={s.grow}>
                  {u.agency || u.sheetName}（{u.sheetName}）
                </span>
                <Badge
                  appearance="tint"
                  color={u.errors ? "danger" : u.warnings ? "warning" : "success"}
                >
                  {c.sum.unitLine(u.errors, u.warnings)}
                </Badge>
                <Button size="small" onClick={() => onSelect(u.address)}>
                  {c.sum.goTo(u.sheetName)}
                </Button>
              </li>
            ))}
          </ul>
          {written.findings.length > 0 && (
            <FindingList
              findings={written.findings}
              onSelect={onSelect}
              label={c.sum.summaryFindings(counts!.error, counts!.warning)}
            />
          )}
        </>
      )}
    </section>
  );
}
