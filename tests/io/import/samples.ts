/** The published samples beside the project (../shared/samples), read once per test file. */
import * as fs from "fs";
import * as path from "path";
import { SAMPLES_DIR } from "../../support/samples";

export { SAMPLES_DIR };

export function sample(name: string): string {
  return fs.readFileSync(path.join(SAMPLES_DIR, name), "utf8");
}

export const SAMPLE_FILES = [
  "2020-haizhu-investment.txt",
  "2022-synthetic-clean.txt",
  "2023-shuyang-fgj.html",
  "2024-hongze-district.txt",
  "2024-huaian-city.txt",
  "2025-shuyang-county.html",
];
