/** The blank cells of one table as a single expandable entry: “表三有 125 个空白格，请填 0”. */
import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { LocatedFinding } from "../../excel";
import type { TableNo } from "../../report/types";
import { showRaw } from "../../report/values";
import { TABLE_NAMES } from "../../report/editions/names";

/** How the checker shows a blank cell's content; dashes and the like are shown as typed. */
const BLANK = showRaw(null);
import { useLang, useStrings } from "../i18n";
import { FINDING_WIDGET_STRINGS } from "./strings";
import { placeOf } from "./findingPlace";
import { useItemStyles } from "./FindingItem";

const useStyles = makeStyles({
  cells: {
    listStyleType: "none",
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  cell: { paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
  toggle: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorBrandForegroundLink,
  },
});

export interface BlanksItemProps {
  table: TableNo;
  findings: LocatedFinding[];
  onSelect: (address: string) => void;
}

export function BlanksItem({ table, findings, onSelect }: BlanksItemProps) {
  const t = useStrings(FINDING_WIDGET_STRINGS);
  const lang = useLang();
  const s = useItemStyles();
  const own = useStyles();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <div>
      <button
        type="button"
        className={mergeClasses(s.item, s.warning)}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <span className={s.title}>
          <Badge appearance="tint" color="warning" size="small" className={s.badge}>
            {t.severity.warning}
          </Badge>
          <span className={s.name}>{t.blanks(TABLE_NAMES[table][lang], findings.length)}</span>
          <span className={s.ruleId}>ALL-02</span>
        </span>
        <span className={s.line}>{t.blanksHint}</span>
        <span className={own.toggle}>{open ? t.hideCells : t.showCells}</span>
      </button>
      <ul id={listId} className={own.cells} hidden={!open}>
        {open &&
          findings.map((f, i) => {
            const ref = f.cells[0];
            const loc = f.locations[0];
            if (!ref) return null;
            const typed =
              typeof f.actual === "string" && f.actual !== BLANK ? ` · “${f.actual}”` : "";
            const label = placeOf(ref, loc ?? null, lang) + typed;
            return (
              <li key={ref.key + i}>
                {loc ? (
                  <button
                    type="button"
                    className={mergeClasses(s.item, own.cell)}
                    onClick={() => onSelect(loc.address)}
                  >
                    {label}
                  </button>
                ) : (
                  <span>{label}</span>
                )}
              </li>
            );
          })}
      </ul>
    </div>
  );
}
