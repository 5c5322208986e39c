/**
 * Random reports whose tables balance (T3-01, T3-02, T3-03, T4-01..03 all hold), for property tests.
 * Deterministic: the same seed gives the same report. Pure: no global state is touched.
 */
import { cellKey, leafColumns, tablesOf } from "../../src/report/cells";
import { T3_PART_COLUMNS } from "../../src/report/editions/table3";
import { T4_GROUPS, T4_RESULTS } from "../../src/report/editions/table4Labels";
import type { EditionId, RawValue, Report } from "../../src/report/types";

export type Rng = () => number;

/** mulberry32: a small, fast, seedable generator returning numbers in [0, 1). */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A count that is often 0, usually small, now and then large (as real tables are). */
function count(rng: Rng): number {
  const r = rng();
  if (r < 0.4) return 0;
  if (r < 0.85) return Math.floor(rng() * 10);
  if (r < 0.97) return Math.floor(rng() * 200);
  return Math.floor(rng() * 5000);
}

export function randomBalancedReport(
  rngOrSeed: Rng | number,
  edition: EditionId,
  year?: number
): Report {
  const rng = typeof rngOrSeed === "number" ? seededRng(rngOrSeed) : rngOrSeed;
  const y =
    year ?? (edition === "2021" ? 2021 + Math.floor(rng() * 5) : 2019 + Math.floor(rng() * 2));
  const report: Report = { edition, year: y, agency: "示例单位", values: {}, narrative: {} };
  const t = tablesOf(report);
  const values: Record<string, RawValue> = report.values;

  for (const block of t.t2.blocks) {
    for (const row of block.rows) {
      for (const col of block.columns) {
        const key = cellKey(2, row.id, col.id);
        if (col.kind === "amount") values[key] = Math.round(rng() * 1_000_000) / 100;
        else if (col.kind === "signedCount") values[key] = count(rng) * (rng() < 0.3 ? -1 : 1);
        else values[key] = count(rng);
      }
    }
  }
  // 第二十条第（一）项 as real tables have it (S-01): 新制作 ≥ 新公开 ≤ 对外公开总数; 现行有效 ≥ 本年制发.
  for (const row of ["rules", "normative"]) {
    const k = (col: string) => cellKey(2, row, col);
    if (t.t2.edition === "2019") {
      const published = values[k("published")] as number;
      values[k("made")] = published + (rng() < 0.7 ? 0 : count(rng));
      values[k("total")] = published + count(rng);
    } else values[k("inForce")] = (values[k("issued")] as number) + count(rng);
  }

  // 表三, per applicant column: results at random, 上年结转 and 结转下年度 at random, 新收 to balance
  // 一 + 二 = （七） + 四 with 一 ≥ 0.
  const resultRows = t.t3.rows.filter((r) => r.role === "result").map((r) => r.id);
  const totalCol = leafColumns(t.t3.header).find(
    (c) => !(T3_PART_COLUMNS as string[]).includes(c.id)
  )!.id;
  const add = (key: string, n: number) => {
    values[key] = ((values[key] as number | undefined) ?? 0) + n;
  };
  for (const row of t.t3.rows) values[cellKey(3, row.id, totalCol)] = 0;
  for (const col of T3_PART_COLUMNS) {
    let done = 0;
    for (const row of resultRows) {
      const n = col === "natural" || rng() < 0.3 ? count(rng) : 0;
      values[cellKey(3, row, col)] = n;
      add(cellKey(3, row, totalCol), n);
      done += n;
    }
    const forward = rng() < 0.5 ? 0 : Math.floor(rng() * 20);
    const carried = Math.floor(rng() * (done + forward + 1));
    const set = (row: string, n: number) => {
      values[cellKey(3, row, col)] = n;
      add(cellKey(3, row, totalCol), n);
    };
    set("resultTotal", done);
    set("carryForward", forward);
    set("carried", carried);
    set("new", done + forward - carried);
  }

  for (const g of T4_GROUPS) {
    let total = 0;
    for (const r of T4_RESULTS) {
      if (r.id === "total") continue;
      const n = rng() < 0.5 ? 0 : Math.floor(rng() * 30);
      values[cellKey(4, "cases", `${g.id}.${r.id}`)] = n;
      total += n;
    }
    values[cellKey(4, "cases", `${g.id}.total`)] = total;
  }
  // S-04: litigation after review rarely outnumbers the reviews; swap the groups where it would.
  const t4 = (group: string, r: string) => cellKey(4, "cases", `${group}.${r}`);
  if ((values[t4("afterReview", "total")] as number) > (values[t4("review", "total")] as number)) {
    for (const r of T4_RESULTS) {
      const k = values[t4("review", r.id)];
      values[t4("review", r.id)] = values[t4("afterReview", r.id)];
      values[t4("afterReview", r.id)] = k;
    }
  }

  if (edition === "2021") {
    const unpaid = t.t3.edition === "2021" ? (values[cellKey(3, "other2", totalCol)] as number) : 0;
    const notices = unpaid + Math.floor(rng() * 5);
    const billed = notices * (50 + Math.floor(rng() * 10) * 10);
    report.fees = { notices, billed, collected: Math.floor(rng() * (billed + 1)) };
  }
  return report;
}
