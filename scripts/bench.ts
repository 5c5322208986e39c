/**
 * `npm run bench`: figures, one `name: value unit` a line. Speed targets live here, not in tests.
 * Sections: checker throughput, import per sample, consolidation, export, bundle sizes, sync counts.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { checkReport } from "../src/report/check";
import { consolidate } from "../src/report/consolidate";
import { cellsOf } from "../src/report/cells";
import { withTotals, zeroReport } from "../src/report/build";
import type { EditionId, Report } from "../src/report/types";

const root = path.resolve(__dirname, "..");
const samples = path.resolve(root, "..", "shared", "samples");

function line(name: string, value: number | string, unit = "") {
  console.log(`${name}: ${typeof value === "number" ? +value.toFixed(value < 10 ? 3 : 1) : value}${unit ? " " + unit : ""}`);
}

/** A deterministic pseudo-random balanced report (xorshift), so figures are comparable run to run. */
function balanced(seed: number, edition: EditionId, year: number): Report {
  let s = seed || 1;
  const rnd = () => ((s ^= s << 13), (s ^= s >>> 17), (s ^= s << 5), (s >>> 0) % 50);
  const r = zeroReport(year, `单位${seed}`, edition);
  for (const c of cellsOf(r)) if (c.table === 3 && !c.isTotal && c.rowId !== "new" && c.rowId !== "carried") r.values[c.key] = rnd();
  for (const c of cellsOf(r)) if (c.table === 4 && !c.isTotal) r.values[c.key] = rnd();
  // 一 = （七）+ 四 − 二 keeps T3-01 true: put everything carried into 二 = 0.
  for (const c of cellsOf(r)) if (c.table === 3 && c.rowId === "new" && !c.isTotal) {
    const t = withTotals(r);
    r.values[c.key] = (t.values[`t3.resultTotal.${c.colId}`] as number) + (t.values[`t3.carryForward.${c.colId}`] as number);
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

async function main() {
  // Checker throughput on the 2021 edition.
  const reports = Array.from({ length: 200 }, (_, i) => balanced(i + 1, "2021", 2024));
  if (checkReport(reports[0]).length) throw new Error("bench report is not balanced");
  let i = 0;
  const t = time(() => checkReport(reports[i++ % reports.length]));
  line("check_reports_per_second_2021", (t.runs / t.ms) * 1000, "reports/s");

  // Import of each sample.
  const imp = await import("../src/io/import").catch(() => null);
  if (imp && fs.existsSync(samples)) {
    for (const f of fs.readdirSync(samples).filter((n) => /\.(txt|html)$/.test(n))) {
      const text = fs.readFileSync(path.join(samples, f), "utf8");
      const r = time(() => imp.importReport(text, f), 300);
      line(`import_ms_${f}`, r.ms / r.runs, "ms");
    }
  }

  // Consolidating 500 generated unit reports (the CLI's core path, without file I/O).
  const units = Array.from({ length: 500 }, (_, k) => ({ source: `u${k}.json`, report: balanced(k + 7, "2021", 2024) }));
  const c0 = performance.now();
  const c = consolidate(units);
  line("consolidate_500_units_ms", performance.now() - c0, "ms");
  if (c.refused.length) throw new Error("consolidation refused generated units");

  // Export: docx build time and the size of the lazily loaded chunk.
  const exp = await import("../src/io/export").catch(() => null);
  if (exp) {
    const rep = reports[0];
    await exp.exportReport(rep, "docx");
    const d0 = performance.now();
    const n = 5;
    for (let k = 0; k < n; k++) await exp.exportReport(rep, "docx");
    line("docx_build_ms", (performance.now() - d0) / n, "ms");
  }

  // Bundle sizes, from the production build in dist/ (npm run build).
  const dist = path.join(root, "dist");
  if (fs.existsSync(path.join(dist, "taskpane.js"))) {
    const gz = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(dist, f))).length;
    line("taskpane_initial_js_gzip_bytes", gz("taskpane.js"), "bytes");
    const chunks = fs.readdirSync(dist).filter((f) => /\.js$/.test(f) && !["taskpane.js", "commands.js", "demo.js"].includes(f));
    for (const f of chunks) line(`lazy_chunk_gzip_bytes_${f.replace(/\.[0-9a-f]{8}\.js$/, "")}`, gz(f), "bytes");
  } else console.log("# bundle sizes: run `npm run build` first");

  // Sync counts per operation, against the demo host's recording Excel.
  const syncs = await import("./bench-syncs").catch(() => null);
  if (syncs) for (const [name, n] of await syncs.syncCounts()) line(`syncs_${name}`, n, "syncs");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
