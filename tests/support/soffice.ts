/**
 * LibreOffice for the tests: one headless conversion of many files per call, with a profile of its own
 * under `dir` (two runs sharing the user's profile wait on its lock, and a fresh one keeps old settings out).
 */
import { spawnSync } from "child_process";

export const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

export interface Conversion {
  /** soffice's --convert-to: "pdf", "xlsx", or a filter with options. */
  to: string;
  outdir: string;
  timeout?: number;
  env?: NodeJS.ProcessEnv;
}

/** Converts `files` in one LibreOffice run, or throws with what soffice said. */
export function sofficeConvert(dir: string, files: string[], c: Conversion): void {
  const lo = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      c.to,
      "--outdir",
      c.outdir,
      ...files,
    ],
    { encoding: "utf8", timeout: c.timeout ?? 120_000, env: c.env ?? process.env }
  );
  if (lo.status !== 0) throw new Error(`soffice failed (${lo.status ?? lo.signal}): ${lo.stderr}`);
}
