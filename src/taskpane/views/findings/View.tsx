/** 检查结果: counts, 重新检查, and the findings grouped by table; clicking one goes to its cell. */
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowSync20Regular } from "@fluentui/react-icons";
import { useId, useMemo, useState } from "react";
import type { ReportProblem } from "../../../excel";
import { useLang, useStrings } from "../../i18n";
import { SHELL_STRINGS } from "../../strings";
import { goToCell } from "./actions";
import { FINDINGS_STRINGS } from "./strings";
import { countFindings, groupFindings } from "../../state/findingGroups";
import { useWorkbookCheck } from "./useWorkbookCheck";
import { BlanksItem } from "../../components/BlanksItem";
import { FindingItem } from "../../components/FindingItem";
import { SuspectFix } from "./SuspectFix";
import { FillBlanks } from "./FillBlanks";
import { bar, findingList, heading, hint, stack } from "../../styles";
import { errorText } from "../../errorText";

const useStyles = makeStyles({
  root: stack,
  heading,
  bar,
  push: { marginInlineStart: "auto" },
  status: hint,
  groupHeading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS} 0`,
  },
  list: findingList,
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface FindingsViewProps {
  /** Changes when the workbook was changed by the pane itself (e.g. tables inserted): check again. */
  changeToken?: unknown;
}

function ProblemList({ problems }: { problems: ReportProblem[] }) {
  const lang = useLang();
  const s = useStyles();
  return (
    <ul className={s.problems}>
      {problems.map((p, i) => (
        <li key={i}>{p.message[lang]}</li>
      ))}
    </ul>
  );
}

export function FindingsView({ changeToken }: FindingsViewProps) {
  const t = useStrings(FINDINGS_STRINGS);
  const shell = useStrings(SHELL_STRINGS);
  const s = useStyles();
  const headingId = useId();
  const check = useWorkbookCheck(changeToken);
  const [selectError, setSelectError] = useState<string | null>(null);
  const result = check.result;
  const findings = useMemo(() => (result?.kind === "checked" ? result.findings : []), [result]);
  const groups = useMemo(() => groupFindings(findings), [findings]);
  const counts = useMemo(() => countFindings(findings), [findings]);

  const select = (address: string) => {
    setSelectError(null);
    goToCell(address).catch((e: unknown) => setSelectError(shell.unexpectedError(errorText(e))));
  };

  const time = check.checkedAt?.toLocaleTimeString() ?? "";
  return (
    <section className={s.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={s.heading}>
        {t.heading}
      </h2>
      <div className={s.bar}>
        <Badge appearance="filled" color={counts.error > 0 ? "danger" : "subtle"}>
          {t.errors(counts.error)}
        </Badge>
        <Badge appearance="filled" color={counts.warning > 0 ? "warning" : "subtle"}>
          {t.warnings(counts.warning)}
        </Badge>
        {counts.info > 0 && (
          <Badge appearance="tint" color="informative">
            {t.infos(counts.info)}
          </Badge>
        )}
        <Button
          className={s.push}
          icon={<ArrowSync20Regular />}
          onClick={check.recheck}
          disabledFocusable={check.status === "checking"}
        >
          {t.recheck}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {check.status === "checking" ? (
          <Spinner size="tiny" label={t.checking} labelPosition="after" />
        ) : result?.kind === "checked" ? (
          <p className={s.status}>
            {t.checkedAt(result.sheetName, time)}
            {result.lastYear ? t.withLastYear(result.lastYear.sheetName) : null}
          </p>
        ) : check.status === "idle" ? (
          <p className={s.status}>{t.notChecked}</p>
        ) : null}
      </div>
      {check.status === "failed" && check.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{shell.unexpectedError(check.error)}</MessageBarBody>
        </MessageBar>
      )}
      {selectError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{selectError}</MessageBarBody>
        </MessageBar>
      )}
      {result?.kind === "noReport" && (
        <MessageBar intent="info">
          <MessageBarBody>{t.noReport}</MessageBarBody>
        </MessageBar>
      )}
      {result?.kind === "damaged" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.damagedTitle}</MessageBarTitle>
            <ProblemList problems={result.problems} />
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.kind === "checked" && result.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.problemsTitle}</MessageBarTitle>
            <ProblemList problems={result.problems} />
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.kind === "checked" && <FillBlanks findings={findings} onWritten={check.recheck} />}
      {result?.kind === "checked" && findings.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{t.allGood}</MessageBarBody>
        </MessageBar>
      )}
      {result?.kind === "checked" &&
        groups.map((g) => {
          const gid = `${headingId}-${g.id}`;
          return (
            <section key={g.id} aria-labelledby={gid}>
              <h3 id={gid} className={s.groupHeading}>
                {t.groups[g.id]} · {t.groupCount(g.size)}
              </h3>
              <ul className={s.list}>
                {g.entries.map((e) => (
                  <li key={e.id}>
                    {e.kind === "blanks" ? (
                      <BlanksItem table={e.table} findings={e.findings} onSelect={select} />
                    ) : (
                      <>
                        <FindingItem finding={e.finding} onSelect={select} />
                        <SuspectFix finding={e.finding} onWritten={check.recheck} />
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
    </section>
  );
}
