/**
 * LOC-01: which cell was mistyped. When balancing relations fail, find the fewest value cells whose
 * change makes every relation hold (Fellegi–Holt minimal change, as Statistics Netherlands'
 * errorlocate does). The relations are the checker's own (relationsOf): linear with coefficients ±1,
 * so one- and two-cell changes are solved exactly.
 *
 * Failing relations that one cell could put right together form one problem; problems are solved
 * apart, so independent mistypes in different places are each found. Two problems that one or two
 * cells cannot explain alone are tried together. A ±d pair in one column (the column total
 * unchanged) leaves two failing rows that one cell cannot put right; its problem is solved by pairs. What nothing small explains is left unsaid: the relation
 * findings still stand, and no guess is presented.
 */
import { cellsOf } from "../cells";
import { relationsOf, type Relation } from "../relations";
import type { CellDef, Report } from "../types";
import type { Numbers } from "./values";

/** One cell's change in an explanation. */
export interface CellChange {
  key: string;
  /** The typed value (as read: blank reads 0). */
  from: number;
  /** The value that balances every relation. */
  to: number;
}

/** The smallest explanations of one group of failing relations, equally likely, details first. */
export interface Localisation {
  /** Indices into relationsOf(report) of the failing relations explained. */
  relations: number[];
  /** Each explanation is a set of changes (one or two cells) that makes every relation hold. */
  explanations: CellChange[][];
}

interface Compiled {
  /** Per relation: cell positions and coefficients (+1 on the parts' side, −1 on the total's side). */
  terms: { cell: number; coef: number }[][];
  /** Per cell position: the relations it is in, with its coefficient there. */
  support: { rel: number; coef: number }[][];
  cells: CellDef[];
}

const compiledFor = new WeakMap<Relation[], Compiled>();

function compile(report: Report, rels: Relation[]): Compiled {
  const hit = compiledFor.get(rels);
  if (hit) return hit;
  const cells = cellsOf(report);
  const pos = new Map(cells.map((c, i) => [c.key, i]));
  const support: Compiled["support"] = cells.map(() => []);
  const terms = rels.map((r, j) => {
    const coef = new Map<number, number>();
    for (const k of r.expected) coef.set(pos.get(k)!, (coef.get(pos.get(k)!) ?? 0) + 1);
    for (const k of r.actual) coef.set(pos.get(k)!, (coef.get(pos.get(k)!) ?? 0) - 1);
    const list = [...coef].filter(([, c]) => c !== 0).map(([cell, c]) => ({ cell, coef: c }));
    for (const t of list) support[t.cell].push({ rel: j, coef: t.coef });
    return list;
  });
  const c: Compiled = { terms, support, cells };
  compiledFor.set(rels, c);
  return c;
}

const EPS = 1e-9;
const isZero = (x: number) => Math.abs(x) < EPS;
/** At most this many explanations become findings per problem; each message still gives the full count. */
export const MAX_EXPLANATIONS = 12;

/**
 * The LOC-01 localisations of a report: one per group of failing relations that few cell changes
 * explain. Cells that cannot be read make their relations unknown: those relations are left out and
 * those cells are never suspects.
 */
export function localise(report: Report, nums: Numbers): Localisation[] {
  const rels = relationsOf(report);
  const { terms, support, cells } = compile(report, rels);
  const value: (number | undefined)[] = cells.map((c) => nums.get(c.key));
  // Residual of each relation (parts − total); NaN when a cell of it cannot be read.
  const residual = terms.map((ts) => {
    let s = 0;
    for (const t of ts) {
      const v = value[t.cell];
      if (v === undefined) return NaN;
      s += t.coef * v;
    }
    return s;
  });
  const failing: number[] = [];
  residual.forEach((r, j) => {
    if (!isNaN(r) && !isZero(r)) failing.push(j);
  });
  if (failing.length === 0) return [];

  const solver = new Solver(cells, value, residual, support, terms);
  const atoms = solver.atoms(failing);
  const out: Localisation[] = [];
  const unsolved: number[][] = [];
  for (const g of problemsOf(failing, atoms, terms, support)) {
    const explanations = solver.explain(g, atoms);
    if (explanations.length) out.push({ relations: g, explanations });
    else unsolved.push(g);
  }
  // Two problems no small change explains alone may be one two-cell mistake.
  const used = new Set<number>();
  for (let a = 0; a < unsolved.length; a++) {
    for (let b = a + 1; b < unsolved.length && !used.has(a); b++) {
      if (used.has(b)) continue;
      const both = [...unsolved[a], ...unsolved[b]].sort((x, y) => x - y);
      const explanations = solver.pairs(both);
      if (!explanations.length) continue;
      used.add(a).add(b);
      out.push({ relations: both, explanations });
    }
  }
  return out.sort((x, y) => x.relations[0] - y.relations[0]);
}

/** A cell whose change alone puts right every relation it is in (all of them failing). */
interface Atom {
  cell: number;
  delta: number;
  rels: number[];
}

/**
 * Failing relations split into independent problems: two relations are one problem when one cell
 * could put both right (an atom holds both), or when neither any atom can put right and they share a
 * cell (a mistake of two cells in one column).
 */
function problemsOf(
  failing: number[],
  atoms: Atom[],
  terms: Compiled["terms"],
  support: Compiled["support"]
): number[][] {
  const parent = new Map(failing.map((j) => [j, j]));
  const find = (j: number): number => {
    let p = parent.get(j)!;
    while (p !== parent.get(p)) p = parent.get(p)!;
    parent.set(j, p);
    return p;
  };
  const join = (a: number, b: number) => parent.set(find(a), find(b));
  const covered = new Set<number>();
  for (const a of atoms)
    for (const j of a.rels) {
      covered.add(j);
      join(j, a.rels[0]);
    }
  const bare = new Set(failing.filter((j) => !covered.has(j)));
  for (const j of bare)
    for (const t of terms[j]) for (const s of support[t.cell]) if (bare.has(s.rel)) join(s.rel, j);
  const byRoot = new Map<number, number[]>();
  for (const j of failing) {
    const r = find(j);
    if (!byRoot.has(r)) byRoot.set(r, []);
    byRoot.get(r)!.push(j);
  }
  return [...byRoot.values()];
}

/** Search budget for the exact covers of one problem: beyond it, nothing is claimed. */
const COVER_BUDGET = 20000;

class Solver {
  private readonly isTotal: Set<string>;

  constructor(
    private readonly cells: CellDef[],
    private readonly value: (number | undefined)[],
    private readonly residual: number[],
    private readonly support: Compiled["support"],
    private readonly terms: Compiled["terms"]
  ) {
    this.isTotal = new Set(cells.filter((c) => c.isTotal).map((c) => c.key));
  }

  /** The value a cell may take: a count stays a non-negative whole number. */
  private allowed(cell: number, to: number): boolean {
    const kind = this.cells[cell].kind;
    if (kind !== "amount" && !Number.isInteger(Math.round(to * 1e6) / 1e6)) return false;
    return kind === "signedCount" || to > -EPS;
  }

  /** What a relation must move by: cancel its residual when in the group, else stay as it is. */
  private target(rel: number, group: Set<number>): number {
    return group.has(rel) ? -this.residual[rel] : 0;
  }

  /** A cell may change when it is read and every relation it is in is known. */
  private free(cell: number): boolean {
    return (
      this.value[cell] !== undefined &&
      this.support[cell].every((s) => !isNaN(this.residual[s.rel]))
    );
  }

  private change(cell: number, delta: number): CellChange {
    const from = this.value[cell]!;
    const to = Math.round((from + delta) * 1e6) / 1e6;
    return { key: this.cells[cell].key, from, to };
  }

  /** Every cell that alone puts right all relations it is in, each of them failing. */
  atoms(failing: number[]): Atom[] {
    const isFailing = new Set(failing);
    const seen = new Set<number>();
    const out: Atom[] = [];
    for (const j of failing)
      for (const t of this.terms[j]) {
        if (seen.has(t.cell)) continue;
        seen.add(t.cell);
        if (!this.free(t.cell)) continue;
        const sup = this.support[t.cell];
        if (!sup.every((s) => isFailing.has(s.rel))) continue;
        const one = this.single(t.cell, new Set(sup.map((s) => s.rel)));
        if (one) out.push({ cell: t.cell, delta: one.to - one.from, rels: sup.map((s) => s.rel) });
      }
    return out.sort((a, b) => this.rank(a.cell) - this.rank(b.cell) || a.cell - b.cell);
  }

  private rank(cell: number): number {
    return Number(this.cells[cell].isTotal);
  }

  /**
   * The smallest explanations of one problem: exact covers of its relations by atoms (each relation put
   * right by exactly one changed cell); when the smallest needs two or more cells, any pair of cells
   * that together put everything right is as small and is looked for too. Nothing is returned when
   * no one or two cells explain the problem.
   */
  explain(rels: number[], atoms: Atom[]): CellChange[][] {
    const group = new Set(rels);
    const mine = atoms.filter((a) => group.has(a.rels[0]));
    const covers = this.covers(rels, mine);
    const size = covers.length ? covers[0].length : Infinity;
    const asChanges = () => covers.map((c) => c.map((a) => this.change(a.cell, a.delta)));
    if (size <= 1) return asChanges();
    const pairs = this.pairs(rels);
    if (pairs.length) return pairs;
    // Three or more cells are no small explanation: the relation findings speak for themselves.
    return size === 2 ? asChanges() : [];
  }

  /** All smallest sets of atoms whose relations partition `rels` exactly. */
  private covers(rels: number[], atoms: Atom[]): Atom[][] {
    const byRel = new Map<number, Atom[]>();
    for (const a of atoms)
      for (const j of a.rels) {
        if (!byRel.has(j)) byRel.set(j, []);
        byRel.get(j)!.push(a);
      }
    let best = Infinity;
    let found: Atom[][] = [];
    let budget = COVER_BUDGET;
    const done = new Set<number>();
    const chosen: Atom[] = [];
    const walk = () => {
      if (--budget < 0 || chosen.length > best) return;
      const next = rels.find((j) => !done.has(j));
      if (next === undefined) {
        if (chosen.length < best) {
          best = chosen.length;
          found = [];
        }
        found.push([...chosen]);
        return;
      }
      if (chosen.length === best) return;
      for (const a of byRel.get(next) ?? []) {
        if (a.rels.some((j) => done.has(j))) continue;
        for (const j of a.rels) done.add(j);
        chosen.push(a);
        walk();
        chosen.pop();
        for (const j of a.rels) done.delete(j);
      }
    };
    walk();
    if (budget < 0) return [];
    return found
      .map((c) => [...c].sort((a, b) => a.cell - b.cell))
      .sort(
        (x, y) =>
          x.reduce((s, a) => s + this.rank(a.cell), 0) -
          y.reduce((s, a) => s + this.rank(a.cell), 0)
      );
  }

  /**
   * Every pair of cells that together put right all of `rels` and disturb no other relation (both
   * cells change; a pair that one cell could replace is not a smallest explanation).
   */
  pairs(rels: number[]): CellChange[][] {
    const group = new Set(rels);
    const candidates = new Set<number>();
    for (const j of rels)
      for (const t of this.terms[j]) if (this.free(t.cell)) candidates.add(t.cell);
    const order = [...candidates].sort((a, b) => this.rank(a) - this.rank(b) || a - b);
    // A pair must touch the first relation of the group: one of its cells is in it.
    const first = rels[0];
    const pairs: CellChange[][] = [];
    const seen = new Set<string>();
    for (const t of this.terms[first]) {
      const c1 = t.cell;
      if (!candidates.has(c1)) continue;
      for (const c2 of order) {
        if (c2 === c1) continue;
        const id = c1 < c2 ? `${c1},${c2}` : `${c2},${c1}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const p = this.pair(c1, c2, group);
        if (p) pairs.push(p);
      }
    }
    // Details before printed totals when the evidence is equal.
    const totals = (p: CellChange[]) => p.filter((c) => this.isTotal.has(c.key)).length;
    return pairs.sort((a, b) => totals(a) - totals(b));
  }

  /** One cell alone: its relations must be exactly the group, all asking the same change. */
  private single(cell: number, group: Set<number>): CellChange | null {
    const sup = this.support[cell];
    if (sup.length !== group.size) return null;
    let delta: number | null = null;
    for (const s of sup) {
      if (!group.has(s.rel)) return null;
      const d = this.target(s.rel, group) / s.coef;
      if (delta === null) delta = d;
      else if (!isZero(d - delta)) return null;
    }
    if (delta === null || isZero(delta) || !this.allowed(cell, this.value[cell]! + delta))
      return null;
    return this.change(cell, delta);
  }

  /** Two cells: solve a·δ1 + b·δ2 = target over every relation either is in; both must change. */
  private pair(c1: number, c2: number, group: Set<number>): CellChange[] | null {
    const eq = new Map<number, { a: number; b: number }>();
    for (const s of this.support[c1]) eq.set(s.rel, { a: s.coef, b: 0 });
    for (const s of this.support[c2]) {
      const e = eq.get(s.rel);
      if (e) e.b = s.coef;
      else eq.set(s.rel, { a: 0, b: s.coef });
    }
    for (const j of group) if (!eq.has(j)) return null;
    const rows = [...eq].map(([rel, e]) => ({ ...e, t: this.target(rel, group) }));
    // Two independent equations fix δ1 and δ2; with none the pair cannot be told apart from a single.
    let solved: [number, number] | null = null;
    for (let i = 0; i < rows.length && !solved; i++)
      for (let k = i + 1; k < rows.length && !solved; k++) {
        const det = rows[i].a * rows[k].b - rows[k].a * rows[i].b;
        if (isZero(det)) continue;
        solved = [
          (rows[i].t * rows[k].b - rows[k].t * rows[i].b) / det,
          (rows[i].a * rows[k].t - rows[k].a * rows[i].t) / det,
        ];
      }
    if (!solved) return null;
    const [d1, d2] = solved;
    if (isZero(d1) || isZero(d2)) return null;
    if (rows.some((r) => !isZero(r.a * d1 + r.b * d2 - r.t))) return null;
    if (!this.allowed(c1, this.value[c1]! + d1) || !this.allowed(c2, this.value[c2]! + d2))
      return null;
    const out = [this.change(c1, d1), this.change(c2, d2)];
    return c1 < c2 ? out : out.reverse();
  }
}
