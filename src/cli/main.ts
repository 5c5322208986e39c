/** gkreport: check, export and consolidate published reports from the command line. */
import * as fs from "fs";
import * as path from "path";
import { checkReport } from "../report/check";
import { consolidate } from "../report/consolidate";
import type { Report } from "../report/types";
import { exportReport, type ExportFormat } from "../io/export";
import { reportToJson } from "../io/json";
import { parseArgs } from "./args";
import { errnoMessage } from "./errno";
import { jsonOf, textOf, unreadableLine, type FileResult, type Lang } from "./format";
import { loadFile } from "./input";
import { rulesJson, rulesText } from "./rules";
import { write } from "./output";
import type { Io } from "./io";
import { templateCmd } from "./xlsx";

export type { Io } from "./io";

/**
 * Writes through a temporary file in the same folder, then renames it over the target: a failed
 * write (full disk, killed process) never leaves a truncated file where a good one stood.
 */
export function writeFileAtomic(
  p: string,
  data: string | Uint8Array,
  files: Pick<typeof fs, "writeFileSync" | "renameSync" | "unlinkSync"> = fs
): void {
  const tmp = path.join(path.dirname(p), `.${path.basename(p)}.${process.pid}.tmp`);
  try {
    files.writeFileSync(tmp, data);
    files.renameSync(tmp, p);
  } catch (e) {
    try {
      files.unlinkSync(tmp);
    } catch {
      // no temporary file was made
    }
    throw e;
  }
}

export const nodeIo: Io = {
  out: (s) => void process.stdout.write(s + "\n"),
  err: (s) => void process.stderr.write(s + "\n"),
  readFile: (p) => fs.readFileSync(p),
  writeFile: (p, d) => writeFileAtomic(p, d),
};

const USAGE = `用法 / usage:
  gkreport check FILE… [--prev FILE] [--json] [--lang en]
  gkreport export FILE --to docx|html|json|csv|xlsx [--out PATH] [--totals typed|formulas]
  gkreport template --year 2025 [--edition 2019|2021] [--agency NAME] [--totals formulas|typed] --out FILE.xlsx
  gkreport consolidate FILE… --out summary.json [--to docx|html|csv|json|xlsx] [--year YEAR] [--json] [--lang en]
  gkreport --rules [--json] [--lang en]     列出全部规则 / list every rule
退出码 / exit: 0 无错误 no errors · 1 有错误 errors found · 2 文件无法读取或写入 a file cannot be read or written`;

const langOf = (flags: Record<string, string | true>): Lang => (flags.lang === "en" ? "en" : "zh");

function exitCode(results: FileResult[]): number {
  if (results.some((r) => r.unreadable)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

/** Writes an output file; on failure says why on stderr (no stack trace) and returns false. */
async function check(
  files: string[],
  flags: Record<string, string | true>,
  io: Io
): Promise<number> {
  const lang = langOf(flags);
  let prev: Report | undefined;
  if (typeof flags.prev === "string") {
    const p = await loadFile(flags.prev, io);
    if (!p.report) {
      io.err(
        `${flags.prev}: ${lang === "zh" ? "上年报告无法读取" : "last year's report cannot be read"} — ${p.unreadable![lang]}`
      );
      return 2;
    }
    prev = p.report;
  }
  const results: FileResult[] = [];
  for (const f of files) {
    const r = await loadFile(f, io);
    if (r.report) r.findings = [...r.findings, ...checkReport(r.report, { prev })];
    results.push(r);
  }
  for (const r of results) if (r.unreadable) io.err(unreadableLine(r.file, r.unreadable, lang));
  io.out(flags.json ? JSON.stringify(jsonOf(results, lang), null, 2) : textOf(results, lang));
  return exitCode(results);
}

async function exportCmd(
  files: string[],
  flags: Record<string, string | true>,
  io: Io
): Promise<number> {
  const lang = langOf(flags);
  const to = flags.to as ExportFormat;
  if (files.length !== 1 || !["docx", "html", "json", "csv", "xlsx"].includes(String(to))) {
    io.err(USAGE);
    return 2;
  }
  const r = await loadFile(files[0], io);
  if (!r.report) {
    io.err(unreadableLine(files[0], r.unreadable!, lang));
    return 2;
  }
  const totals = flags.totals === "formulas" ? ("formulas" as const) : undefined;
  const file = await exportReport(r.report, to, { totals });
  for (const n of file.notes) io.err(n[lang]);
  const out =
    typeof flags.out === "string" ? flags.out : path.join(path.dirname(files[0]), file.fileName);
  if (!write(out, file.data, io, lang)) return 2;
  io.out(`${out}`);
  return 0;
}

async function consolidateCmd(
  files: string[],
  flags: Record<string, string | true>,
  io: Io
): Promise<number> {
  const lang = langOf(flags);
  const year = typeof flags.year === "string" ? Number(flags.year) : undefined;
  if (year !== undefined && !Number.isInteger(year)) {
    io.err(USAGE);
    return 2;
  }
  const loaded: FileResult[] = [];
  for (const f of files) loaded.push(await loadFile(f, io));
  const bad = loaded.filter((l) => !l.report);
  for (const b of bad) io.err(unreadableLine(b.file, b.unreadable!, lang));
  const c = consolidate(
    loaded.filter((l) => l.report).map((l) => ({ source: l.file, report: l.report! })),
    undefined,
    year !== undefined ? { year } : {}
  );
  for (const r of c.refused) io.err(r.reason[lang]);
  for (const n of c.notes) io.err(n[lang]);
  // A unit refused or unreadable: say so and exit 2 without touching an existing summary.
  if (!c.summary || bad.length || c.refused.length) {
    io.err(
      lang === "zh"
        ? "有单位无法汇总，未写出汇总文件。"
        : "Some units could not be summed; no summary was written."
    );
    return 2;
  }
  const to = (typeof flags.to === "string" ? flags.to : "json") as ExportFormat;
  const out = typeof flags.out === "string" ? flags.out : `summary.${to}`;
  const data = to === "json" ? reportToJson(c.summary) : (await exportReport(c.summary, to)).data;
  if (!write(out, data, io, lang)) return 2;
  const summaryFindings = checkReport(c.summary);
  const results: FileResult[] = [
    ...c.units.map((u) => {
      const l = loaded.find((x) => x.file === u.source)!;
      return { file: u.source, report: l.report, findings: u.findings, problems: l.problems };
    }),
    { file: out, report: c.summary, findings: summaryFindings, problems: [] },
  ];
  io.out(flags.json ? JSON.stringify(jsonOf(results, lang), null, 2) : textOf(results, lang));
  return exitCode(results);
}

export async function run(argv: string[], io: Io = nodeIo): Promise<number> {
  const { command, files, flags } = parseArgs(argv);
  if (command === "--rules" || command === "rules" || flags.rules) {
    const lang: Lang = flags.lang === "en" ? "en" : "zh";
    io.out(flags.json ? rulesJson(lang) : rulesText(lang));
    return 0;
  }
  if (command === "check" && files.length) return check(files, flags, io);
  if (command === "export") return exportCmd(files, flags, io);
  if (command === "consolidate" && files.length) return consolidateCmd(files, flags, io);
  if (command === "template") return templateCmd(flags, io, USAGE);
  io.err(USAGE);
  return command === "help" || flags.help ? 0 : 2;
}

/**
 * Ends the process once stdout and stderr are fully written: process.exit() right after a write to
 * a pipe drops what the pipe has not taken yet (64 KB), so set the code and let Node drain them.
 */
function finish(code: number): void {
  process.exitCode = code;
}

/** The process entry (bin/gkreport.js): run, then exit with the code once the output is written. */
export function cliMain(argv: string[] = process.argv.slice(2)): Promise<void> {
  // A reader that goes away (`| head`) is not an error of ours.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  return run(argv).then(finish, (e) => {
    const why = errnoMessage(e);
    process.stderr.write(`gkreport: ${why.zh === why.en ? why.zh : `${why.zh} / ${why.en}`}\n`);
    if (process.env.GK_DEBUG) process.stderr.write(`${(e as Error).stack ?? e}\n`);
    finish(2);
  });
}

if (require.main === module) void cliMain();
