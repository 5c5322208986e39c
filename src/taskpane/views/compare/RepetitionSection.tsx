/**
 * 正文重复率: this year's text (the 正文 view's) against last year's published report (a file), the
 * rate X-05 judges, and each section side by side with the repeated passages marked.
 */
import { Label, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef, useState } from "react";
import { SECTION_HEADINGS } from "../../../report/editions";
import {
  percent,
  REPEAT_LIMIT,
  type Passage,
  type Repetition,
} from "../../../report/narrative/repetition";
import type { SectionId } from "../../../report/types";
import type { ImportProblem } from "../../../io/import";
import { errorText } from "../../errorText";
import { useLang, useStrings } from "../../i18n";
import { measureRepetition } from "./actions";
import { COMPARE_STRINGS } from "./strings";
import { ErrorBar, FileProblemsBar, ReportFileInput, SubmitRow } from "./controls";
import { useSectionStyles } from "./styles";

const useStyles = makeStyles({
  pair: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  side: { minWidth: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  sideHead: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: "inherit" },
  section: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS} 0`,
    fontSize: tokens.fontSizeBase300,
  },
});

function Text({ passages }: { passages: Passage[] | undefined }) {
  const s = useStyles();
  return (
    <>
      {(passages ?? []).map((p, i) =>
        p.repeated ? (
          <mark key={i} className={s.mark}>
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        )
      )}
    </>
  );
}

export function RepetitionSection() {
  const t = useStrings(COMPARE_STRINGS).rep;
  const lang = useLang();
  const s = useSectionStyles();
  const own = useStyles();
  const headingId = useId();
  const fileId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [unreadable, setUnreadable] = useState<{ name: string; problems: ImportProblem[] } | null>(
    null
  );
  const [result, setResult] = useState<Repetition | null>(null);

  async function submit() {
    if (busy) return;
    setError(null);
    setUnreadable(null);
    setResult(null);
    if (!file) return setError(t.noFile);
    setBusy(true);
    try {
      const rep = await measureRepetition(file);
      if (rep === "noText") setError(t.noText);
      else if ("kind" in rep) setUnreadable({ name: file.name, problems: rep.problems });
      else setResult(rep);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const sections = result
    ? ([1, 2, 3, 4, 5, 6] as SectionId[]).filter((id) => result.current[id] || result.previous[id])
    : [];
  return (
    <section className={s.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={s.heading}>
        {t.heading}
      </h2>
      <div>
        <Label htmlFor={fileId}>{t.file}</Label>
        <ReportFileInput
          id={fileId}
          inputRef={input}
          describedBy={hintId}
          onFile={(f) => setFile(f ?? null)}
        />
        <p id={hintId} className={s.hint}>
          {t.hint}
        </p>
      </div>
      <SubmitRow label={t.submit} onSubmit={() => void submit()} busy={busy} busyLabel={t.busy} />
      {error && <ErrorBar>{error}</ErrorBar>}
      {unreadable && (
        <FileProblemsBar
          title={t.unreadable(unreadable.name)}
          problems={unreadable.problems}
          lang={lang}
        />
      )}
      {result && (
        <>
          <MessageBar intent={result.rate > REPEAT_LIMIT ? "warning" : "success"} role="status">
            <MessageBarBody>
              {t.rate(percent(result.rate))} · {result.rate > REPEAT_LIMIT ? t.over : t.under}
            </MessageBarBody>
          </MessageBar>
          <p className={s.hint}>{t.legend}</p>
          {sections.map((id) => (
            <div key={id} aria-label={SECTION_HEADINGS[id - 1]}>
              <h3 className={own.section}>{SECTION_HEADINGS[id - 1]}</h3>
              <div className={own.pair}>
                <div className={own.side}>
                  <div className={own.sideHead}>{t.thisYear}</div>
                  <Text passages={result.current[id]} />
                </div>
                <div className={own.side}>
                  <div className={own.sideHead}>{t.lastYear}</div>
                  <Text passages={result.previous[id]} />
                </div>
              </div>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
