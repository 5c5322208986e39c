/** The published samples the tests read: ../shared/samples beside the project, or the folder GK_SAMPLES_DIR names. */
import * as fs from "fs";
import * as path from "path";

export const SAMPLES_DIR = process.env.GK_SAMPLES_DIR
  ? path.resolve(process.env.GK_SAMPLES_DIR)
  : path.resolve(__dirname, "../../../shared/samples");

/** The sample files whose names pass `keep`, sorted; none when the folder is absent. */
export function sampleFiles(keep: (name: string) => boolean): string[] {
  return fs.existsSync(SAMPLES_DIR) ? fs.readdirSync(SAMPLES_DIR).filter(keep).sort() : [];
}
