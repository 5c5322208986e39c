/**
 * 导入与汇总: import published reports onto sheets, compare this year's report with last year's, and
 * consolidate several units. The list of report sheets is read when the view is first shown (a hidden
 * tab makes no Excel call and lays nothing out) and again whenever the pane changed the workbook.
 */
import {
  Button,
  Divider,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowSync20Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useRef, useState } from "react";
import { goToCell } from "./actions";
import { ConsolidateSection } from "./ConsolidateSection";
import { ImportSection } from "./ImportSection";
import { LastYearSection } from "./LastYearSection";
import { RepetitionSection } from "./RepetitionSection";
import { useStrings } from "../../i18n";
import { COMPARE_STRINGS } from "./strings";
import { useReportSheets } from "./useReportSheets";
import { hint } from "../../styles";
import { errorText } from "../../errorText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  bar: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  status: hint,
});

export interface CompareViewProps {
  /** Changes when the pane changed the workbook (another view inserted tables …): re-read the sheets. */
  changeToken?: unknown;
  /** Tell the other views this one changed the workbook. */
  onChanged?: () => void;
}

/** True once the element is in a panel that is not hidden. */
function isShown(el: HTMLElement | null): boolean {
  return !!el && !el.closest("[hidden]");
}

export function CompareView({ changeToken, onChanged }: CompareViewProps) {
  const c = useStrings(COMPARE_STRINGS);
  const s = useStyles();
  const root = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  const [ownChanges, setOwnChanges] = useState(0);
  const [selectError, setSelectError] = useState<string | null>(null);

  // Runs after every render: the shell re-renders the views when the tab changes.
  useEffect(() => {
    if (!shown && isShown(root.current)) setShown(true);
  });

  const sheets = useReportSheets(shown, `${String(changeToken)}|${ownChanges}`);

  const changed = useCallback(() => {
    setOwnChanges((n) => n + 1);
    onChanged?.();
  }, [onChanged]);

  const select = useCallback(
    (address: string) => {
      setSelectError(null);
      goToCell(address).catch((e: unknown) => setSelectError(c.unexpected(errorText(e))));
    },
    [c]
  );

  // Nothing is laid out until the tab is first shown: a hidden tab costs the pane nothing.
  if (!shown) return <div ref={root} className={s.root} />;
  return (
    <div ref={root} className={s.root}>
      <ImportSection onImported={changed} onSelect={select} />
      <Divider />
      <div className={s.bar} role="status" aria-live="polite">
        {sheets.status === "loading" ? (
          <Spinner size="tiny" label={c.loading} labelPosition="after" />
        ) : sheets.status === "ready" && sheets.sheets.length === 0 ? (
          <p className={s.status}>{c.noSheets}</p>
        ) : null}
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowSync20Regular />}
          onClick={sheets.refresh}
          style={{ marginInlineStart: "auto" }}
        >
          {c.refresh}
        </Button>
      </div>
      {sheets.status === "failed" && sheets.error && (
        <MessageBar intent="error">
          <MessageBarBody>{c.listFailed(sheets.error)}</MessageBarBody>
        </MessageBar>
      )}
      {selectError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{selectError}</MessageBarBody>
        </MessageBar>
      )}
      <LastYearSection sheets={sheets.sheets} onSelect={select} onChanged={changed} />
      <Divider />
      <RepetitionSection />
      <Divider />
      <ConsolidateSection sheets={sheets.sheets} onSelect={select} onChanged={changed} />
    </div>
  );
}
