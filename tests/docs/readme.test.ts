import * as fs from "fs";
import * as path from "path";
import { RULE_IDS } from "../../src/report/rules";
import { withRuleTable } from "../../src/report/rules/readme";

const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");

test("README's rule table is the catalogue's (run `npm run readme:rules` after changing a rule)", () => {
  expect(withRuleTable(readme)).toBe(readme);
});

test("the table lists every rule id once", () => {
  const ids = [...readme.matchAll(/^\| ([A-Z][A-Z0-9]*-\d+) \|/gm)].map((m) => m[1]);
  expect(ids).toEqual(RULE_IDS);
});

test("a README without the markers is refused, not silently passed", () => {
  expect(() => withRuleTable("# no table here")).toThrow(/markers/);
});
