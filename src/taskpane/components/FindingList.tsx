/**
 * A list of findings with the shared pieces of 检查结果: errors first, the blank cells of a table folded
 * into one entry (groupFindings, BlanksItem), each finding a FindingItem that shows its cell when clicked.
 */
import { makeStyles } from "@fluentui/react-components";
import type { LocatedFinding } from "../../excel";
import { BlanksItem } from "./BlanksItem";
import { FindingItem } from "./FindingItem";
import { groupFindings } from "../state/findingGroups";
import { findingList } from "../styles";

const useStyles = makeStyles({
  list: findingList,
});

export function FindingList({
  findings,
  onSelect,
  label,
}: {
  findings: LocatedFinding[];
  onSelect: (address: string) => void;
  label?: string;
}) {
  const s = useStyles();
  const entries = groupFindings(findings).flatMap((g) => g.entries);
  return (
    <ul className={s.list} aria-label={label}>
      {entries.map((e) => (
        <li key={e.id}>
          {e.kind === "blanks" ? (
            <BlanksItem table={e.table} findings={e.findings} onSelect={onSelect} />
          ) : (
            <FindingItem finding={e.finding} onSelect={onSelect} />
          )}
        </li>
      ))}
    </ul>
  );
}
