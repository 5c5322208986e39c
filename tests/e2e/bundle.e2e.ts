/**
 * The pane's first download stays within its budget (issue 9): the production build's scripts that
 * taskpane.html loads, gzipped. A size, not a time, so it is the same on every machine.
 */
import * as path from "path";
import {
  initialJsGzipBytes,
  initialScripts,
  TASKPANE_INITIAL_BUDGET,
} from "../../scripts/initialJs";

const dist = path.resolve(__dirname, "../../dist");

test("taskpane.html loads the pane's own script, within 150 KB gzipped", () => {
  expect(initialScripts(dist)).toContain("taskpane.js");
  expect(initialJsGzipBytes(dist)).toBeLessThanOrEqual(TASKPANE_INITIAL_BUDGET);
});
