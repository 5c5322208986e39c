/** Every string the pane shows. zh-CN is the primary language; en-US must provide the same keys. */
export type Lang = "zh" | "en";

export interface Strings {
  appTitle: string;
  tabsLabel: string;
  tabs: { insert: string; findings: string };
  common: {
    cancel: string;
    close: string;
    busy: string;
    /** Shown while a view's code is fetched (its tab opened for the first time). */
    loadingView: string;
    /** A view's code could not be fetched (offline, or the add-in was updated meanwhile). */
    viewLoadFailed: string;
    unexpectedError: (detail: string) => string;
  };
  insert: {
    heading: string;
    year: string;
    yearHint: string;
    yearEmpty: string;
    yearNotNumber: string;
    yearOutOfRange: (min: number, max: number) => string;
    edition: string;
    editionAuto: (name: string) => string;
    edition2019: string;
    edition2021: string;
    editionMismatch: (year: number, wanted: string) => string;
    agency: string;
    agencyHint: string;
    totalsAsFormulas: string;
    totalsAsFormulasHint: string;
    submit: string;
    done: (sheet: string, address: string) => string;
    doneKept: (sheet: string, address: string, kept: number) => string;
    occupiedTitle: string;
    occupiedBody: (sheet: string, address: string) => string;
    wouldDropTitle: string;
    wouldDropBody: (sheet: string, lost: number) => string;
    overwrite: string;
    newSheet: string;
  };
  findings: {
    heading: string;
    recheck: string;
    errors: (n: number) => string;
    warnings: (n: number) => string;
    infos: (n: number) => string;
    checking: string;
    notChecked: string;
    noReport: string;
    allGood: string;
    damagedTitle: string;
    problemsTitle: string;
    checkedAt: (sheet: string, time: string) => string;
    /** After checkedAt, when last year's report (linked in 导入与汇总) was checked against too. */
    withLastYear: (sheet: string) => string;
    groups: { suspect: string; t2: string; t3: string; t4: string; other: string };
    /** LOC-01's one-click fix: the button, the question before writing, and its answers. */
    fixTo: (value: string) => string;
    fixTitle: string;
    fixBody: (place: string, from: string, to: string) => string;
    fixFailed: (detail: string) => string;
    /** One action for the blank cells of a table: fill them with 0 (asked first). */
    fillZeros: string;
    /** Between table names in a list (表二、表三). */
    tableJoin: string;
    fillZerosTitle: string;
    fillZerosBody: (table: string, n: number) => string;
    fillZerosConfirm: (n: number) => string;
    /** The help link at the foot of the pane. */
    help: string;
    groupCount: (n: number) => string;
    rule: string;
    expected: string;
    actual: string;
    goTo: (where: string) => string;
    blanks: (table: string, n: number) => string;
    blanksHint: string;
    showCells: string;
    hideCells: string;
    severity: { error: string; warning: string; info: string };
  };
}
