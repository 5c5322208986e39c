import type { Strings } from "./types";

export const enUS: Strings = {
  appTitle: "Government Information Disclosure Annual Report",
  tabsLabel: "Views",
  tabs: { insert: "Insert tables", findings: "Check results" },
  common: {
    cancel: "Cancel",
    close: "Close",
    busy: "Working…",
    loadingView: "Loading…",
    viewLoadFailed:
      "This page did not load; the network may be down. Close the task pane and open it again.",
    unexpectedError: (detail) =>
      `The action did not finish: ${detail}. Nothing you typed was changed; you can try again.`,
  },
  insert: {
    heading: "Insert the statistical tables",
    year: "Report year",
    yearHint: "The year the report covers, e.g. 2024 (1 January to 31 December 2024).",
    yearEmpty: "Enter the report year, e.g. 2024.",
    yearNotNumber: "The report year must be four digits, e.g. 2024.",
    yearOutOfRange: (min, max) => `The report year must be between ${min} and ${max}.`,
    edition: "Table edition",
    editionAuto: (name) => `Follow the year (${name})`,
    edition2019: "2019 trial edition",
    edition2021: "2021 edition",
    editionMismatch: (year, wanted) =>
      `A ${year} report must use the ${wanted}; make sure you really need another edition.`,
    agency: "Agency name",
    agencyHint: "E.g. the city's bureau of …; used in the title above the tables.",
    totalsAsFormulas: "Compute totals with formulas",
    totalsAsFormulasHint:
      "When unticked you type the totals yourself and the check tells you if they add up.",
    submit: "Insert tables",
    done: (sheet, address) => `Tables inserted on sheet “${sheet}” at ${address}.`,
    doneKept: (sheet, address, kept) =>
      `Tables updated (sheet “${sheet}”, ${address}); all ${kept} numbers you had typed were kept.`,
    occupiedTitle: "This place is not empty",
    occupiedBody: (sheet, address) =>
      `Sheet “${sheet}” already has content in ${address}; inserting the tables would overwrite it. Inserting on a new sheet is safer.`,
    wouldDropTitle: "Switching edition would lose numbers",
    wouldDropBody: (sheet, lost) =>
      `The tables on sheet “${sheet}” hold numbers; ${lost} of them have no cell in the chosen edition and would be lost. Inserting on a new sheet is safer.`,
    overwrite: "Overwrite anyway",
    newSheet: "Insert on a new sheet",
  },
  findings: {
    heading: "Check results",
    recheck: "Check again",
    errors: (n) => `${n} error${n === 1 ? "" : "s"}`,
    warnings: (n) => `${n} warning${n === 1 ? "" : "s"}`,
    infos: (n) => `${n} note${n === 1 ? "" : "s"}`,
    checking: "Checking…",
    notChecked: "Not checked yet. Click “Check again”.",
    noReport:
      "This workbook has no annual-report tables yet. Insert them under “Insert tables” first.",
    allGood: "No problems found; every balancing rule holds.",
    damagedTitle: "The table structure was changed, so it cannot be checked",
    problemsTitle: "The table structure needs attention",
    checkedAt: (sheet, time) => `Checked sheet “${sheet}” (${time})`,
    withLastYear: (sheet) => `, against last year's report (sheet “${sheet}”)`,
    groups: {
      suspect: "Most likely mistyped",
      t2: "Table 2 · proactive disclosure",
      t3: "Table 3 · requests",
      t4: "Table 4 · review and litigation",
      other: "Other",
    },
    groupCount: (n) => `${n} item${n === 1 ? "" : "s"}`,
    fixTo: (value) => `Change to ${value}`,
    fixTitle: "Correct this cell?",
    fixBody: (place, from, to) =>
      `${place} will change from ${from} to ${to}. Every balancing rule then holds; if your records do not say ${to}, cancel and check the other cells.`,
    fixFailed: (detail) =>
      `The cell was not changed: ${detail}. The tables are as they were; you can try again.`,
    tableJoin: ", ",
    fillZeros: "Fill blank cells with 0",
    fillZerosTitle: "Fill the blank cells with 0?",
    fillZerosBody: (tables, n) =>
      `${n} cell${n === 1 ? "" : "s"} of ${tables} ${n === 1 ? "is" : "are"} blank or hold a dash; all will be set to 0. Write 0 only where nothing happened.`,
    fillZerosConfirm: (n) => `Write ${n} zero${n === 1 ? "" : "s"}`,
    help: "Help",
    rule: "Rule",
    expected: "Expected",
    actual: "Actual",
    goTo: (where) => `Go to ${where}`,
    blanks: (table, n) => `${table} has ${n} blank cell${n === 1 ? "" : "s"}; enter 0`,
    blanksHint:
      "Write 0 where there is nothing to report; do not leave cells blank or type a dash.",
    showCells: "Show cells",
    hideCells: "Hide cells",
    severity: { error: "Error", warning: "Warning", info: "Note" },
  },
};
