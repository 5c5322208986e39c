/**
 * 正文重复率: this year's text (the 正文 view's) against last year's published report (a file), the
 * rate X-05 judges, and each section side by side with the repeated passages marked.
 */
import { Label, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef, useState } from "react";
import { importReport } from "../../io/import";
import { SECTION_HEADINGS } from "../../report/editions";
import {
  percent,
  repetitionOf,
  REPEAT_LIMIT,
  type Passage,
  type Repetition,
} from "../../report/narrative/repetition";
import type { Report, SectionId } from "../../report/types";
import { currentNarrative } from "../narrative/current";
import { useI18n } from "../i18n";
import { ErrorBar, ReportFileInput, SubmitRow } from "./controls";
import { readFileText } from "./decode";
import { useSectionStyles } from "./styles";

const STRINGS = {
  zh: {
    heading: "正文重复率（与上年报告比对）",
    file: "上年度已发布的报告（文本、网页或 JSON 文件）",
    hint: "用本年度“正文”页的内容与上年报告的正文逐段比对。数字不计，连续 13 个字以上相同的部分算作重复。",
    submit: "比对正文",
    busy: "正在比对…",
    noFile: "请先选择上年度的报告文件。",
    noText: "上年报告里没有读到正文，或本年度“正文”页还没有写，无法计算重复率。",
    unreadable: (name: string) => `无法读取“${name}”。`,
    rate: (p: number) => `重复率 ${p}%`,
    over: `超过 ${REPEAT_LIMIT * 100}%，考核中会扣分（X-05）。请按本年度实际情况改写标出的段落。`,
    under: `未超过 ${REPEAT_LIMIT * 100}%。`,
    thisYear: "本年度",
    lastYear: "上年度",
    legend: "标出的是与另一年相同的文字。",
  },
  en: {
    heading: "Repeated text (against last year's report)",
    file: "Last year's published report (text, web page or JSON file)",
    hint: "Compares the text of this year's 正文 view with last year's, section by section. Figures are ignored; runs of 13 or more identical characters count as repeated.",
    submit: "Compare the text",
    busy: "Comparing…",
    noFile: "Choose last year's report file first.",
    noText: "No text was found in last year's report, or this year's text is not written yet; there is nothing to measure.",
    unreadable: (name: string) => `“${name}” cannot be read.`,
    rate: (p: number) => `${p}% repeated`,
    over: `Above ${REPEAT_LIMIT * 100}%: assessments deduct points (X-05). Rewrite the marked passages for this year.`,
    under: `Not above ${REPEAT_LIMIT * 100}%.`,
    thisYear: "This year",
    lastYear: "Last year",
    legend: "Marked: text that is the same in the other year.",
  },
};

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
  section: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS} 0`, fontSize: tokens.fontSizeBase300 },
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
  const { lang } = useI18n();
  const t = STRINGS[lang];
  const s = useSectionStyles();
  const own = useStyles();
  const headingId = useId();
  const fileId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Repetition | null>(null);

  async function submit() {
    if (busy) return;
    setError(null);
    setResult(null);
    if (!file) return setError(t.noFile);
    setBusy(true);
    try {
      const prev = importReport(await readFileText(file), file.name).report;
      if (!prev) return setError(t.unreadable(file.name));
      const mine = await currentNarrative();
      const current: Report = { ...prev, year: null, narrative: mine?.sections ?? {} };
      const rep = repetitionOf(current, prev);
      if (!rep) return setError(t.noText);
      setResult(rep);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
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
        <ReportFileInput id={fileId} inputRef={input} describedBy={hintId} onFile={(f) => setFile(f ?? null)} />
        <p id={hintId} className={s.hint}>
          {t.hint}
        </p>
      </div>
      <SubmitRow label={t.submit} onSubmit={() => void submit()} busy={busy} busyLabel={t.busy} />
      {error && <ErrorBar>{error}</ErrorBar>}
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
