/**
 * S-06: percentages in the narrative recomputed from the tables, when what is divided by what is
 * clear from the words. Tolerance: half a unit of the last printed digit (51.8% covers 51.75–51.85).
 */
import { cellIndex, describeCell, refOf, type Tables } from "../cells";
import type { Numbers } from "../check/values";
import type { Finding, Message, Report } from "../types";
import { quantityOf, type QuantityId } from "./quantities";
import { narrativeSum } from "./sums";
import { NUM, clauseAt, type Sentence } from "./text";

/** A ratio the narrative may state: numerator and denominator as sums of cells. */
interface Basis {
  num: string[];
  den: string[];
}

interface PercentPattern {
  re: RegExp;
  /** The ways to compute it from the tables; any one within tolerance passes. */
  bases: (m: RegExpExecArray, tables: Tables) => Basis[];
  label: (m: RegExpExecArray) => Message;
  sample: string;
}

const NUMERATORS: Record<string, QuantityId> = {
  予以公开及部分公开: "openPartial",
  予以公开和部分公开: "openPartial",
  予以公开与部分公开: "openPartial",
  "予以公开、部分公开": "openPartial",
  予以公开: "open",
  部分公开: "partial",
};

const DENOMINATORS: Record<string, QuantityId> = {
  办结: "done",
  答复: "done",
  办理: "done",
  受理: "received",
  收到: "received",
  申请: "received",
  新收: "new",
};

const NUMERATOR_EN: Partial<Record<QuantityId, string>> = {
  openPartial: "disclosed in full or in part",
  open: "disclosed",
  partial: "partly disclosed",
};
const DENOMINATOR_EN: Partial<Record<QuantityId, string>> = {
  done: "dealt with",
  received: "received",
  new: "newly received",
};

const keysOf = (id: QuantityId, tables: Tables) => quantityOf(id, tables)?.keys ?? [];
const t4 = (c: string) => `t4.cases.${c}`;

const PERCENT_PATTERNS: PercentPattern[] = [
  {
    re: new RegExp(
      `(予以公开(?:及|和|与|、)部分公开|予以公开|部分公开)(?:的)?(?:申请)?(?:合计|共计|共)?(?:\\d+件)?[，,]?占(?:全部|全年|本年)?(办结|答复|办理|受理|收到|新收|申请)(?:的)?(?:申请)?(?:总数|总量|数量|件数|总件数)?(?:的)?(?:比例|比重)?(?:为|达|是)?${NUM}%`,
      "g"
    ),
    bases: (m, t) => {
      const num = keysOf(NUMERATORS[m[1]], t);
      const den = DENOMINATORS[m[2]];
      const out = [{ num, den: keysOf(den, t) }];
      if (den === "received")
        out.push({ num, den: [...keysOf("received", t), "t3.carried.total"] });
      return out;
    },
    label: (m) => ({
      zh: `${m[1]}占${m[2]}总数的比例`,
      en: `share of ${NUMERATOR_EN[NUMERATORS[m[1]]]} in applications ${DENOMINATOR_EN[DENOMINATORS[m[2]]]}`,
    }),
    sample: "予以公开及部分公开合计占办结总数的51.8%",
  },
  {
    re: new RegExp(`(行政复议|复议)(?:案件)?(?:的)?(?:被)?纠错率(?:为|是|达)?${NUM}%`, "g"),
    // 纠错率 is 结果纠正 over all cases, or over the cases decided (total − pending).
    bases: () => [
      { num: [t4("review.corrected")], den: [t4("review.total")] },
      {
        num: [t4("review.corrected")],
        den: [t4("review.upheld"), t4("review.corrected"), t4("review.otherResult")],
      },
    ],
    label: () => ({ zh: "行政复议纠错率", en: "correction rate of administrative reviews" }),
    sample: "行政复议纠错率为18.2%",
  },
];

/** A percentage written in the narrative, with the ways to recompute it. */
export interface StatedPercent {
  sentence: Sentence;
  printed: string;
  bases: Basis[];
  label: Message;
  fragment: string;
}

export function percentagesOf(sentence: Sentence, tables: Tables): StatedPercent[] {
  const out: StatedPercent[] = [];
  for (const p of PERCENT_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(sentence.text); m; m = p.re.exec(sentence.text)) {
      const printed = m[m.length - 1];
      if (!/^\d+(\.\d+)?$/.test(printed)) continue;
      const { from } = clauseAt(sentence.text, m.index, m.index + m[0].length);
      out.push({
        sentence,
        printed,
        bases: p.bases(m, tables),
        label: p.label(m),
        fragment: sentence.text.slice(Math.min(from, m.index), m.index + m[0].length),
      });
    }
  }
  return out;
}

export function checkPercentages(
  report: Report,
  tables: Tables,
  sentences: Sentence[],
  nums: Numbers,
  findings: Finding[]
): void {
  const index = cellIndex(report);
  const name = (k: string) => describeCell(refOf(index.get(k)!), "zh");
  for (const st of sentences.flatMap((s) => percentagesOf(s, tables))) {
    const stated = Number(st.printed);
    const decimals = st.printed.includes(".") ? st.printed.split(".")[1].length : 0;
    const tolerance = 0.5 * 10 ** -decimals + 1e-9;
    const computed: { basis: Basis; pct: number }[] = [];
    for (const basis of st.bases) {
      if (basis.num.length === 0 || ![...basis.num, ...basis.den].every((k) => index.has(k)))
        continue;
      const n = narrativeSum(basis.num, report, nums);
      const d = narrativeSum(basis.den, report, nums);
      if (n.value === null || d.value === null || d.value === 0) continue;
      computed.push({ basis: { num: n.keys, den: d.keys }, pct: (100 * n.value) / d.value });
    }
    if (computed.length === 0 || computed.some((c) => Math.abs(c.pct - stated) <= tolerance))
      continue;
    const want = computed[0];
    const expected = `${want.pct.toFixed(decimals)}%`;
    findings.push({
      rule: "S-06",
      severity: "warning",
      cells: [...want.basis.num, ...want.basis.den].map((k) => refOf(index.get(k)!)),
      expected,
      actual: `${st.printed}%`,
      message: {
        zh: `正文“${st.fragment}”写的${st.label.zh}是 ${st.printed}%，按表格计算应为 ${expected}（${want.basis.num.map(name).join(" + ")} ÷ ${want.basis.den.map(name).join(" + ")}）。`,
        en: `The text “${st.fragment}” gives the ${st.label.en} as ${st.printed}%, but the tables give ${expected}.`,
      },
    });
  }
}
