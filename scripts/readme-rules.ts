// Writes the rule catalogue's table into README.md between the rules markers (`npm run readme:rules`).
import * as fs from "fs";
import * as path from "path";
import { withRuleTable } from "../src/report/rules/readme";

const file = path.resolve(__dirname, "..", "README.md");
fs.writeFileSync(file, withRuleTable(fs.readFileSync(file, "utf8")));
