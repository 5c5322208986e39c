/** One finding as a button: rule in words and id, the message, expected/actual, and where it is. */
import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { LocatedFinding } from "../../excel";
import { ruleTitle } from "../../report/rules";
import { useLang, useStrings } from "../i18n";
import { FINDING_WIDGET_STRINGS } from "./strings";
import { placeOf, showNumber } from "./findingPlace";

export const useItemStyles = makeStyles({
  item: {
    display: "block",
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  error: {
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftColor: tokens.colorPaletteRedBorder2,
  },
  warning: {
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftColor: tokens.colorPaletteMarigoldBorder2,
  },
  info: { borderLeftWidth: tokens.strokeWidthThicker, borderLeftColor: tokens.colorNeutralStroke1 },
  title: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    fontWeight: tokens.fontWeightSemibold,
  },
  // Badge and rule id never break (“T3-” / “01”); the rule's name wraps instead (narrow panes).
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  name: { minWidth: 0, flexGrow: 1 },
  ruleId: {
    flexShrink: 0,
    whiteSpace: "nowrap",
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
  },
  line: { display: "block", marginTop: tokens.spacingVerticalXXS },
  place: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
});

export interface FindingItemProps {
  finding: LocatedFinding;
  onSelect: (address: string) => void;
}

export function FindingItem({ finding, onSelect }: FindingItemProps) {
  const t = useStrings(FINDING_WIDGET_STRINGS);
  const lang = useLang();
  const s = useItemStyles();
  const ref = finding.cells[0];
  const loc = finding.locations[0] ?? null;
  const place = ref ? placeOf(ref, loc, lang) : "";
  const ruleName = ruleTitle(finding.rule, lang);
  const severityColor =
    finding.severity === "error"
      ? "danger"
      : finding.severity === "warning"
        ? "warning"
        : "informative";
  const hasNumbers = finding.expected !== undefined || finding.actual !== undefined;
  const content = (
    <>
      <span className={s.title}>
        <Badge appearance="tint" color={severityColor} size="small" className={s.badge}>
          {t.severity[finding.severity]}
        </Badge>
        <span className={s.name}>{ruleName}</span>
        <span className={s.ruleId}>{finding.rule}</span>
      </span>
      <span className={s.line}>{finding.message[lang]}</span>
      {hasNumbers && (
        <span className={s.line}>
          {t.expected} {showNumber(finding.expected)} · {t.actual} {showNumber(finding.actual)}
        </span>
      )}
      {place && <span className={s.place}>{place}</span>}
    </>
  );
  const className = mergeClasses(s.item, s[finding.severity]);
  if (!loc) return <div className={className}>{content}</div>;
  return (
    <button
      type="button"
      className={className}
      onClick={() => onSelect(loc.address)}
      title={t.goTo(loc.cell)}
    >
      {content}
    </button>
  );
}
