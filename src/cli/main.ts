/** gkreport: check, export and consolidate published reports from the command line. */
import * as fs from "fs";
import * as path from "path";
import { checkReport } from "../report/check";
import { consolidate } from "../report/consolidate";
import type { Report } from "../report/types";
import { importReport } from "../io/import";
import { exportReport, type ExportFormat } from "../io/export";
import { reportToJson } from "../io/json";
import { parseArgs } from "./args";
import { importPdfInput, isPdfInput } from "./pdf";
import { rulesJson, rulesText } from "./rules";
import { jsonOf, textOf, type FileResult, type Lang } from "./format";

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  readFile: (p: string) => string;
  /** The file's bytes (PDF input); without it a PDF cannot be read. */
  readBytes?: (p: string) => Uint8Array;
  writeFile: (p: string, data: string | Uint8Array) => void;
}

export const nodeIo: Io = {
  out: (s) => process.stdout.write(s + "\n"),
  err: (s) => process.stderr.write(s + "\n"),
  readFile: (p) => fs.readFileSync(p, "utf8"),
  readBytes: (p) => fs.readFileSync(p),
  writeFile: (p, d) => fs.writeFileSync(p, d),
};

const USAGE = `用法 / usage:
  gkreport check FILE… [--prev FILE] [--json] [--lang en]
  gkreport export FILE --to docx|html|json|csv [--out PATH]
  gkreport consolidate FILE… --out summary.json [--to docx|html|csv|json] [--json] [--lang en]
  gkreport --rules [--json] [--lang en]     列出全部规则 / list every rule
退出码 / exit: 0 无错误 no errors · 1 有错误 errors found · 2 文件无法读取 a file cannot be read`;

async function load(file: string, io: Io): Promise<FileResult> {
  let content: string;
  try {
    content = io.readFile(file);
  } catch (e) {
    return { file, report: null, findings: [], unreadable: (e as Error).message };
  }
  const result = isPdfInput(file, content)
    ? await importPdfInput(file, io)
    : importReport(content, path.basename(file));
  if (!result.report) {
    const why = result.problems.map((p) => p.message.zh).join("；") || "未识别出报告表格";
    return { file, report: null, findings: [], unreadable: why };
  }
  return { file, report: result.report, findings: result.findings };
}

function exitCode(results: FileResult[]): number {
  if (results.some((r) => r.unreadable)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

async function check(
  files: string[],
  flags: Record<string, string | true>,
  io: Io
): Promise<number> {
  const lang: Lang = flags.lang === "en" ? "en" : "zh";
  let prev: Report | undefined;
  if (typeof flags.prev === "string") {
    const p = await load(flags.prev, io);
    if (!p.report) {
      io.err(
        `${flags.prev}: ${lang === "zh" ? "上年报告无法读取" : "last year's report cannot be read"} — ${p.unreadable}`
      );
      return 2;
    }
    prev = p.report;
  }
  const results: FileResult[] = [];
  for (const f of files) {
    const r = await load(f, io);
    if (r.report) r.findings = [...r.findings, ...checkReport(r.report, { prev })];
    results.push(r);
  }
  io.out(flags.json ? JSON.stringify(jsonOf(results, lang), null, 2) : textOf(results, lang));
  return exitCode(results);
}

async function exportCmd(
  files: string[],
  flags: Record<string, string | true>,
  io: Io
): Promise<number> {
  const to = flags.to as ExportFormat;
  if (files.length !== 1 || !["docx", "html", "json", "csv"].includes(String(to))) {
    io.err(USAGE);
    return 2;
  }
  const r = await load(files[0], io);
  if (!r.report) {
    io.err(`${files[0]}: 无法读取 — ${r.unreadable}`);
    return 2;
  }
  const file = await exportReport(r.report, to);
  const out =
    typeof flags.out === "string" ? flags.out : path.join(path.dirname(files[0]), file.fileName);
  io.writeFile(out, file.data);
  io.out(`${out}`);
  return 0;
}

async function consolidateCmd(
  files: string[],
  flags: Record<string, string | true>,
  io: Io
): Promise<number> {
  const lang: Lang = flags.lang === "en" ? "en" : "zh";
  const loaded: FileResult[] = [];
  for (const f of files) loaded.push(await load(f, io));
  const bad = loaded.filter((l) => !l.report);
  for (const b of bad)
    io.err(`${b.file}: ${lang === "zh" ? "无法读取" : "cannot be read"} — ${b.unreadable}`);
  const c = consolidate(
    loaded.filter((l) => l.report).map((l) => ({ source: l.file, report: l.report! }))
  );
  for (const r of c.refused) io.err(r.reason[lang]);
  if (!c.summary) return 2;
  const to = (typeof flags.to === "string" ? flags.to : "json") as ExportFormat;
  const out = typeof flags.out === "string" ? flags.out : `summary.${to}`;
  if (to === "json") io.writeFile(out, reportToJson(c.summary));
  else io.writeFile(out, (await exportReport(c.summary, to)).data);
  const summaryFindings = checkReport(c.summary);
  const results: FileResult[] = [
    ...c.units.map((u) => ({
      file: u.source,
      report: loaded.find((l) => l.file === u.source)!.report,
      findings: u.findings,
    })),
    { file: out, report: c.summary, findings: summaryFindings },
  ];
  io.out(flags.json ? JSON.stringify(jsonOf(results, lang), null, 2) : textOf(results, lang));
  if (bad.length || c.refused.length) return 2;
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
  io.err(USAGE);
  return command === "help" || flags.help ? 0 : 2;
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`gkreport: ${(e as Error).stack ?? e}\n`);
      process.exit(2);
    }
  );
}
