/**
 * The pane: a tab per view. Views stay mounted when hidden, so nothing typed is lost on a tab switch.
 * To add a view, add one line to VIEWS (and its tab label to the shell's strings). Each view lives in
 * views/<id>/: View.tsx renders, strings.ts holds its words, actions.ts does its work.
 *
 * Only 插入表格's form is in the first download. The Excel layer it calls (with the report model, the
 * sheet plans and the checker) and 检查结果 are fetched right after the first paint: 检查结果 is not
 * deferred, so the check runs from the start. The other views are split into chunks of their own
 * (React.lazy): a deferred view is first rendered, and its code fetched, when its tab is first shown.
 */
import { Link, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, useCallback, useRef, useState, type ReactNode } from "react";
import { useStrings } from "./i18n";
import { usePersistentState } from "./state/persist";
import { SHELL_STRINGS, type ShellStrings, type ViewId } from "./strings";
import { InsertView } from "./views/insert/View";
import { ViewBoundary } from "./components/LazyView";

// 检查结果 after the first paint; the importer (htmlparser2), the narrative editor and the export view on first use.
const FindingsView = lazy(() =>
  import(/* webpackChunkName: "view-findings" */ "./views/findings/View").then((m) => ({
    default: m.FindingsView,
  }))
);
const CompareView = lazy(() =>
  import(/* webpackChunkName: "view-compare" */ "./views/compare/View").then((m) => ({
    default: m.CompareView,
  }))
);
const NarrativeView = lazy(() =>
  import(/* webpackChunkName: "view-narrative" */ "./views/narrative/View").then((m) => ({
    default: m.NarrativeView,
  }))
);
const ExportView = lazy(() =>
  import(/* webpackChunkName: "view-export" */ "./views/export/View").then((m) => ({
    default: m.ExportView,
  }))
);

/** What a view may use from the shell. */
export interface ViewContext {
  /** Bumped whenever the pane itself changed the workbook; views that read the workbook re-read on it. */
  changeToken: number;
  /** Tell the other views the pane changed the workbook. */
  workbookChanged: () => void;
  /** Switch to another view by id. */
  show: (id: string) => void;
}

export interface PaneView {
  id: string;
  label: (t: ShellStrings) => string;
  render: (ctx: ViewContext) => ReactNode;
  /** Render only once the tab is first shown (then keep it): for views whose code is loaded lazily. */
  deferred?: boolean;
}

const tabLabel = (id: ViewId) => (t: ShellStrings) => t.tabs[id];

export const VIEWS: PaneView[] = [
  {
    id: "insert",
    label: tabLabel("insert"),
    render: (c) => <InsertView onInserted={c.workbookChanged} />,
  },
  {
    id: "findings",
    label: tabLabel("findings"),
    render: (c) => <FindingsView changeToken={c.changeToken} />,
  },
  {
    id: "compare",
    label: tabLabel("compare"),
    deferred: true,
    render: (c) => <CompareView changeToken={c.changeToken} onChanged={c.workbookChanged} />,
  },
  {
    id: "narrative",
    label: tabLabel("narrative"),
    deferred: true,
    render: (c) => <NarrativeView changeToken={c.changeToken} />,
  },
  {
    id: "export",
    label: tabLabel("export"),
    deferred: true,
    render: (c) => <ExportView onReviewFindings={() => c.show("findings")} />,
  },
];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    color: tokens.colorNeutralForeground1,
  },
  // A narrow pane (320 px) wraps the tabs onto a second line rather than cutting them off.
  tabs: { flexWrap: "wrap" },
  panel: { padding: tokens.spacingHorizontalM },
  footer: {
    marginTop: "auto",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
  },
});

export function App({ views = VIEWS }: { views?: PaneView[] }) {
  const t = useStrings(SHELL_STRINGS);
  const s = useStyles();
  const [stored, setSelected] = usePersistentState("pane.view", views[0].id);
  const selected = views.some((v) => v.id === stored) ? stored : views[0].id;
  const [changeToken, setChangeToken] = useState(0);
  const workbookChanged = useCallback(() => setChangeToken((n) => n + 1), []);
  const ctx: ViewContext = { changeToken, workbookChanged, show: setSelected };
  // Views shown at least once (a deferred view is rendered from then on, so nothing typed is lost).
  const opened = useRef(new Set<string>());
  opened.current.add(selected);
  return (
    <main className={s.root}>
      <h1 className={s.title}>{t.appTitle}</h1>
      <TabList
        aria-label={t.tabsLabel}
        selectedValue={selected}
        onTabSelect={(_, d) => setSelected(String(d.value))}
        size="small"
        className={s.tabs}
      >
        {views.map((v) => (
          <Tab key={v.id} id={`tab-${v.id}`} value={v.id} aria-controls={`panel-${v.id}`}>
            {v.label(t)}
          </Tab>
        ))}
      </TabList>
      {views.map((v) => (
        <div
          key={v.id}
          id={`panel-${v.id}`}
          role="tabpanel"
          aria-labelledby={`tab-${v.id}`}
          hidden={v.id !== selected}
          className={s.panel}
        >
          {v.deferred && !opened.current.has(v.id) ? null : (
            <ViewBoundary>{v.render(ctx)}</ViewBoundary>
          )}
        </div>
      ))}
      <footer className={s.footer}>
        <Link href="help.html" target="_blank" rel="noopener">
          {t.help}
        </Link>
      </footer>
    </main>
  );
}
