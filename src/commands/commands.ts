/* global Office */
// The ribbon button only opens the task pane (ShowTaskpane), so there are no function commands yet;
// Office still requires the function file to load and call onReady.
Office.onReady(() => undefined);
