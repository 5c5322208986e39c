/**
 * `npm run bench`: figures, one `name: value unit` a line. Speed targets live here, not in tests.
 * Sections: checker throughput, import per sample, consolidation, export, bundle sizes, sync counts.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkReport, readNumbers } from "../src/report/check";
import { localise } from "../src/report/check/localise";
import { consolidate } from "../src/report/consolidate";
import { cellsOf } from "../src/report/cells";
import { withTotals } from "../src/report/build";
import type { EditionId, Report } from "../src/report/types";
import { zeroReport } from "../tests/support/reports";
import {
  gzipBytes,
  initialJsGzipBytes,
  initialScripts,
  TASKPANE_INITIAL_BUDGET,
} from "./initialJs";

const root = path.resolve(__dirname, "..");
const samples = path.resolve(root, "..", "shared", "samples");

function line(name: string, value: number | string, unit = "") {
  console.log(
    `${name}: ${typeof value === "number" ? +value.toFixed(value < 10 ? 3 : 1) : value}${unit ? " " + unit : ""}`
  );
}

/** A deterministic pseudo-random balanced report (xorshift), so figures are comparable run to run. */
function balanced(seed: number, edition: EditionId, year: number): Report {
  let s = seed || 1;
  const rnd = () => ((s ^= s << 13), (s ^= s >>> 17), (s ^= s << 5), (s >>> 0) % 50);
  const r = zeroReport(year, `单位${seed}`, edition);
  for (const c of cellsOf(r))
    if (c.table === 3 && !c.isTotal && c.rowId !== "new" && c.rowId !== "carried")
      r.values[c.key] = rnd();
  for (const c of cellsOf(r)) if (c.table === 4 && !c.isTotal) r.values[c.key] = rnd();
  // 一 = （七）+ 四 − 二 keeps T3-01 true: put everything carried into 二 = 0.
  for (const c of cellsOf(r))
    if (c.table === 3 && c.rowId === "new" && !c.isTotal) {
      const t = withTotals(r);
      r.values[c.key] =
        (t.values[`t3.resultTotal.${c.colId}`] as number) +
        (t.values[`t3.carryForward.${c.colId}`] as number);
    }
  return withTotals(r);
}

function time(fn: () => void, minMs = 1000): { runs: number; ms: number } {
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn();
    runs++;
  }
  return { runs, ms: performance.now() - start };
}

/** Newest modification time of the files under `dir` (0 when it does not exist). */
function newestMtime(dir: string): { ms: number; file: string } {
  let best = { ms: 0, file: "" };
  if (!fs.existsSync(dir)) return best;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    const m = e.isDirectory() ? newestMtime(p) : { ms: fs.statSync(p).mtimeMs, file: p };
    if (m.ms > best.ms) best = m;
  }
  return best;
}

/** Why dist/ needs a production build, or null when dist/taskpane.js is current. */
function staleReason(dist: string): string | null {
  const out = path.join(dist, "taskpane.js");
  if (!fs.existsSync(out)) return "dist/taskpane.js is missing";
  const built = fs.statSync(out).mtimeMs;
  // The sources, and what decides how they are bundled.
  const inputs = [
    newestMtime(path.join(root, "src")),
    ...["webpack.config.js", "package-lock.json", "tsconfig.json"]
      .map((f) => path.join(root, f))
      .filter((f) => fs.existsSync(f))
      .map((f) => ({ ms: fs.statSync(f).mtimeMs, file: f })),
  ];
  const newer = inputs.find((m) => m.ms > built);
  if (newer) return `${path.relative(root, newer.file)} is newer than dist/taskpane.js`;
  // A development build (npm run build:dev) keeps webpack's module banners; its sizes mean nothing.
  if (fs.readFileSync(out, "utf8").includes("/******/")) return "dist/ holds a development build";
  return null;
}

/**
 * A stable name for a lazily loaded chunk (file `<name>.<contenthash>.js`): "docx" for the chunk with
 * the docx library (it holds the package's "word/document.xml"), webpack's name when it was given one,
 * else the names the chunk's module exports (e.g. buildDocx), else its id.
 */
function chunkName(file: string, text: string): string {
  const id = file.replace(/\.[0-9a-f]{8}\.js$/, "");
  if (text.includes("word/document.xml")) return "docx";
  if (text.includes("xl/workbook.xml")) return "xlsx";
  if (!/^\d+$/.test(id)) return id.replace(/[^A-Za-z0-9_]/g, "_");
  const exp = /\.d\(\w+,\{((?:[\w$]+:\(\)=>[\w$]+,?)+)\}\)/.exec(text);
  if (exp)
    return exp[1]
      .split(",")
      .map((e) => e.split(":")[0])
      .join("_");
  return `chunk${id}`;
}

function bundleSizes(): void {
  const dist = path.join(root, "dist");
  const stale = staleReason(dist);
  if (stale) {
    console.error(
      `bench: ${stale}; building the production bundle (npx webpack --mode production)…`
    );
    // webpack's report goes to stderr, so stdout keeps one figure a line.
    const b = spawnSync("npx", ["webpack", "--mode", "production"], {
      cwd: root,
      stdio: ["ignore", 2, 2],
    });
    if (b.status !== 0 || staleReason(dist)) {
      console.log(
        `# bundle sizes: skipped, the production build failed (exit ${b.status ?? b.signal})`
      );
      return;
    }
  }

  const initialBytes = initialJsGzipBytes(dist);
  line("taskpane_initial_js_gzip_bytes", initialBytes, "bytes");
  line("taskpane_initial_js_budget_bytes", TASKPANE_INITIAL_BUDGET, "bytes");
  if (initialBytes > TASKPANE_INITIAL_BUDGET)
    console.log(
      `# over budget: taskpane initial JS is ${initialBytes - TASKPANE_INITIAL_BUDGET} bytes over`
    );

  // Lazily loaded chunks: `[name].[contenthash:8].js` (webpack.config.js chunkFilename).
  const chunks = fs.readdirSync(dist).filter((f) => /\.[0-9a-f]{8}\.js$/.test(f));
  const named = chunks
    .map((f) => ({ f, text: fs.readFileSync(path.join(dist, f), "utf8") }))
    .map((c) => ({ ...c, name: chunkName(c.f, c.text), bytes: gzipBytes(path.join(dist, c.f)) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const seen = new Map<string, number>();
  for (const c of named) seen.set(c.name, (seen.get(c.name) ?? 0) + 1);
  for (const c of named) {
    const name = seen.get(c.name)! > 1 ? `${c.name}_${c.f.replace(/\..*$/, "")}` : c.name;
    line(`lazy_chunk_gzip_bytes_${name}`, c.bytes, "bytes");
  }

  // What choosing a PDF downloads: pdf.js with our reader (main thread) and the worker.
  const hasPdfjs = (c: { text: string }) => c.text.includes("GlobalWorkerOptions");
  const pdfMain = named.filter((c) => c.name === "pdf" || hasPdfjs(c));
  const pdfWorker = named.filter(
    (c) =>
      !hasPdfjs(c) &&
      (c.text.includes("WorkerMessageHandler") ||
        (c.text.includes("withResolvers") && c.text.includes("importScripts")))
  );
  if (pdfMain.length) {
    line(
      "lazy_pdf_import_gzip_bytes",
      pdfMain.reduce((n, c) => n + c.bytes, 0),
      "bytes"
    );
    line(
      "lazy_pdf_worker_gzip_bytes",
      pdfWorker.reduce((n, c) => n + c.bytes, 0),
      "bytes"
    );
  }
  if (
    initialScripts(dist).some((f) =>
      hasPdfjs({ text: fs.readFileSync(path.join(dist, f), "utf8") })
    )
  )
    console.log("# pdf.js is in the initial taskpane bundle: it should load with import() only");

  // What opening the docx (xlsx) export downloads: the chunks loaded together with the docx (xlsx) one.
  const pane = fs.readFileSync(path.join(dist, "taskpane.js"), "utf8");
  for (const format of ["docx", "xlsx"]) {
    const lib = named.find((c) => c.name === format);
    if (!lib) continue;
    const id = lib.f.replace(/\..*$/, "");
    const groups = [...pane.matchAll(/Promise\.all\(\[((?:\w+\.e\(\d+\),?)+)\]\)/g)].map((m) =>
      [...m[1].matchAll(/\.e\((\d+)\)/g)].map((x) => x[1])
    );
    const group = groups.find((g) => g.includes(id)) ?? [id];
    const total = named
      .filter((c) => group.includes(c.f.replace(/\..*$/, "")))
      .reduce((n, c) => n + c.bytes, 0);
    line(`lazy_${format}_export_total_gzip_bytes`, total, "bytes");
  }
}

async function main() {
  // Checker throughput on the 2021 edition.
  const reports = Array.from({ length: 200 }, (_, i) => balanced(i + 1, "2021", 2024));
  if (checkReport(reports[0]).length) throw new Error("bench report is not balanced");
  let i = 0;
  const t = time(() => checkReport(reports[i++ % reports.length]));
  line("check_reports_per_second_2021", (t.runs / t.ms) * 1000, "reports/s");

  // LOC-01: localising three independent mistypes (different rows and columns of 表三), p95 of runs.
  const mistyped = reports.slice(0, 50).map((r) => {
    const values = { ...r.values };
    // Different amounts, so no two of them could be swapped for another pair of cells.
    const typos: [string, number][] = [
      ["t3.open.natural", 3],
      ["t3.withheld2.research", 5],
      ["t3.rejected1.legal", 7],
    ];
    for (const [k, d] of typos) values[k] = (values[k] as number) + d;
    return { ...r, values };
  });
  if (localise(mistyped[0], readNumbers(mistyped[0], null)).length !== 3)
    throw new Error("bench: three mistypes not localised");
  const times: number[] = [];
  for (let k = 0; k < 500; k++) {
    const r = mistyped[k % mistyped.length];
    const t0 = performance.now();
    localise(r, readNumbers(r, null));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  line("localise_ms_p95", times[Math.floor(times.length * 0.95)], "ms");

  // Import of each sample.
  const imp = await import("../src/io/import").catch(() => null);
  if (imp && fs.existsSync(samples)) {
    for (const f of fs.readdirSync(samples).filter((n) => /\.(txt|html)$/.test(n))) {
      const text = fs.readFileSync(path.join(samples, f), "utf8");
      const r = time(() => imp.importReport(text, f), 300);
      line(`import_ms_${f}`, r.ms / r.runs, "ms");
    }
    // Inputs that once hung: a 5 MB page of nested unclosed tags (refused by the depth guard) and a
    // narrative with a 1 MB run of digits (the number scanner is linear).
    const nested = "<html><body>" + "<div><span>".repeat(5_000_000 / 11);
    const n0 = performance.now();
    imp.importReport(nested, "nested.html");
    line("import_nested_html_5mb_ms", performance.now() - n0, "ms");
  }
  const digits = zeroReport(2024, "某局", "2021");
  digits.narrative = { 1: "受理政府信息公开申请" + "7".repeat(1_000_000) + "件。" };
  const g0 = performance.now();
  checkReport(digits);
  line("check_narrative_1mb_digits_ms", performance.now() - g0, "ms");

  // PDF import (pdf.js load excluded, text content and extraction included): the published PDFs of
  // the samples, and the PDFs the tests printed from them when they are cached.
  const pdf = await import("../src/io/import/pdf/node").catch(() => null);
  if (pdf && fs.existsSync(samples)) {
    await pdf.loadPdfjsNode();
    const generated = path.join(root, "tests/io/import/pdf/.generated");
    const files = [
      ...fs
        .readdirSync(samples)
        .filter((n) => n.endsWith(".pdf"))
        .map((n) => ({ name: n, file: path.join(samples, n) })),
      ...(fs.existsSync(generated) ? fs.readdirSync(generated) : [])
        .filter((n) => /\.(libreoffice|chromium)\.[0-9a-f]+\.pdf$/.test(n))
        .map((n) => ({
          name: n.replace(/\.[0-9a-f]+\.pdf$/, ".pdf"),
          file: path.join(generated, n),
        })),
    ];
    for (const { name, file } of files) {
      const bytes = new Uint8Array(fs.readFileSync(file));
      await pdf.importPdfNode(bytes); // warm-up
      const runs = 3;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (let k = 0; k < runs; k++) await pdf.importPdfNode(bytes);
      const cpu = process.cpuUsage(c0);
      line(`import_pdf_ms_${name}`, (performance.now() - t0) / runs, "ms");
      // CPU time too: on a shared machine the wall time above mostly measures the other processes.
      line(`import_pdf_cpu_ms_${name}`, (cpu.user + cpu.system) / 1000 / runs, "ms");
    }
  }

  // Consolidating 500 generated unit reports: the core alone, and the CLI on 500 JSON files
  // (read, import, check each unit, sum, check and write the summary).
  const units = Array.from({ length: 500 }, (_, k) => ({
    source: `u${k}.json`,
    report: balanced(k + 7, "2021", 2024),
  }));
  const c0 = performance.now();
  const c = consolidate(units);
  line("consolidate_500_units_core_ms", performance.now() - c0, "ms");
  if (c.refused.length) throw new Error("consolidation refused generated units");
  const { reportToJson } = await import("../src/io/json");
  const { run } = await import("../src/cli/main");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gk-bench-"));
  const files = units.map((u) => {
    const f = path.join(dir, u.source);
    fs.writeFileSync(f, reportToJson(u.report));
    return f;
  });
  const quiet = {
    out: () => undefined,
    err: (m: string) => console.error(m),
    readFile: (p: string) => fs.readFileSync(p, "utf8"),
    writeFile: (p: string, d: string | Uint8Array) => fs.writeFileSync(p, d),
  };
  const cli0 = performance.now();
  const code = await run(["consolidate", ...files, "--out", path.join(dir, "summary.json")], quiet);
  line("consolidate_500_units_cli_ms", performance.now() - cli0, "ms");
  if (code !== 0) throw new Error(`gkreport consolidate exited ${code}`);
  fs.rmSync(dir, { recursive: true, force: true });

  // Export: docx build time and the size of the lazily loaded chunk.
  const exp = await import("../src/io/export").catch(() => null);
  if (exp) {
    const rep = reports[0];
    await exp.exportReport(rep, "docx");
    const d0 = performance.now();
    const n = 5;
    for (let k = 0; k < n; k++) await exp.exportReport(rep, "docx");
    line("docx_build_ms", (performance.now() - d0) / n, "ms");
    // The standalone workbook, per report (budget 300 ms), warm as in the pane's second export.
    await exp.exportReport(rep, "xlsx");
    const x0 = performance.now();
    for (let k = 0; k < n; k++) await exp.exportReport(reports[k], "xlsx");
    line("xlsx_build_ms", (performance.now() - x0) / n, "ms");
  }

  // Bundle sizes, from the production build in dist/ (rebuilt first when src/ is newer).
  bundleSizes();
  const { interactiveMs } = await import("./bench-interactive");
  line("taskpane_interactive_ms_cpu4x", await interactiveMs(path.join(root, "dist")), "ms");

  // Sync counts per operation, against the demo host's recording Excel.
  const syncs = await import("./bench-syncs").catch(() => null);
  if (syncs) {
    const counts = await syncs.syncCounts();
    for (const [name, n] of counts) line(`syncs_${name}`, n, "syncs");
    // Cells the add-in wrote: on hosts without add-in undo every write wipes the user's Ctrl+Z.
    for (const [name, , cells] of counts)
      if (cells !== null) line(`writes_${name}`, cells, "cells");
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
