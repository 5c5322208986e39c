/**
 * The table quantities a narrative states: what each is called, and which cells add up to it in the
 * report's own table structure (2019 or 2021 edition, per table).
 */
import { cellKey, type Tables } from "../cells";
import { T3_GROUP_LABELS, T3_ORG_COLUMNS } from "../editions/table3";
import { T4_RESULTS } from "../editions/table4Labels";
import type { Message } from "../types";

export type T4Result = (typeof T4_RESULTS)[number]["id"];

export type QuantityId =
  | "received"
  | "new"
  | "natural"
  | "org"
  | "carried"
  | "done"
  | "carryForward"
  | "open"
  | "partial"
  | "openPartial"
  | "withheld"
  | "unavailable"
  | "rejected"
  | "otherHandling"
  | "review"
  | "litigation"
  | "direct"
  | "afterReview"
  | "reviewLitigation"
  | `review.${T4Result}`
  | `litigation.${T4Result}`
  | "licensing"
  | "penalty"
  | "enforcement"
  | "fees"
  | `item1.${"rules" | "normative"}.${string}`;

export interface Quantity {
  /** Cells whose sum the narrative figure must equal. */
  keys: string[];
  /** Added to keys when the sentence says the figure includes 上年结转 (受理…件（含上年结转…）). */
  carriedKeys?: string[];
  label: Message;
}

/** The 表三 group each "how many were …" figure sums. */
const T3_GROUPS: Record<string, string> = {
  withheld: T3_GROUP_LABELS.withheld,
  unavailable: T3_GROUP_LABELS.unavailable,
  rejected: T3_GROUP_LABELS.rejected,
  otherHandling: T3_GROUP_LABELS.other,
};

const LABELS: Partial<Record<QuantityId, Message>> = {
  received: { zh: "收到（受理）的政府信息公开申请", en: "applications received" },
  new: { zh: "本年新收申请", en: "new applications this year" },
  natural: { zh: "自然人申请", en: "applications from natural persons" },
  org: { zh: "法人或其他组织申请", en: "applications from legal persons or other organisations" },
  carried: { zh: "上年结转申请", en: "applications carried over from last year" },
  done: { zh: "办结（答复）的申请", en: "applications dealt with" },
  carryForward: { zh: "结转下年度继续办理的申请", en: "applications carried forward to next year" },
  open: { zh: "予以公开", en: "disclosed" },
  partial: { zh: "部分公开", en: "partly disclosed" },
  openPartial: { zh: "予以公开及部分公开", en: "disclosed and partly disclosed" },
  withheld: { zh: "不予公开", en: "withheld" },
  unavailable: { zh: "无法提供", en: "unable to provide" },
  rejected: { zh: "不予处理", en: "not processed" },
  otherHandling: { zh: "其他处理", en: "otherwise handled" },
  review: { zh: "行政复议案件", en: "administrative reviews" },
  litigation: { zh: "行政诉讼案件", en: "administrative lawsuits" },
  direct: { zh: "未经复议直接起诉的行政诉讼", en: "lawsuits filed directly" },
  afterReview: { zh: "复议后起诉的行政诉讼", en: "lawsuits filed after review" },
  reviewLitigation: {
    zh: "行政复议和行政诉讼案件合计",
    en: "administrative reviews and lawsuits together",
  },
  licensing: { zh: "行政许可决定", en: "administrative licensing decisions" },
  penalty: { zh: "行政处罚决定", en: "administrative penalty decisions" },
  enforcement: { zh: "行政强制决定", en: "administrative enforcement decisions" },
  fees: { zh: "行政事业性收费金额（万元）", en: "administrative fees (10,000 yuan)" },
};

const t3 = (row: string, col = "total") => cellKey(3, row, col);
const t4 = (col: string) => cellKey(4, "cases", col);

/** The cells a quantity adds up in this report's tables; null when the tables have no such cells. */
export function quantityOf(id: QuantityId, tables: Tables): Quantity | null {
  const rowsOfGroup = (group: string) =>
    tables.t3.rows
      .filter((r) => r.group === group || (r.label === group && r.role === "result"))
      .map((r) => t3(r.id));
  const label = LABELS[id];
  switch (id) {
    case "received":
      return { keys: [t3("new")], carriedKeys: [t3("carried")], label: label! };
    case "new":
      return { keys: [t3("new")], label: label! };
    case "natural":
      return {
        keys: [t3("new", "natural")],
        carriedKeys: [t3("carried", "natural")],
        label: label!,
      };
    case "org":
      return {
        keys: T3_ORG_COLUMNS.map((c) => t3("new", c)),
        carriedKeys: T3_ORG_COLUMNS.map((c) => t3("carried", c)),
        label: label!,
      };
    case "carried":
      return { keys: [t3("carried")], label: label! };
    case "done":
      return { keys: [t3("resultTotal")], label: label! };
    case "carryForward":
      return { keys: [t3("carryForward")], label: label! };
    case "open":
      return { keys: [t3("open")], label: label! };
    case "partial":
      return { keys: [t3("partial")], label: label! };
    case "openPartial":
      return { keys: [t3("open"), t3("partial")], label: label! };
    case "withheld":
    case "unavailable":
    case "rejected":
    case "otherHandling":
      return { keys: rowsOfGroup(T3_GROUPS[id]), label: label! };
    case "review":
      return { keys: [t4("review.total")], label: label! };
    case "litigation":
      return { keys: [t4("direct.total"), t4("afterReview.total")], label: label! };
    case "direct":
      return { keys: [t4("direct.total")], label: label! };
    case "afterReview":
      return { keys: [t4("afterReview.total")], label: label! };
    case "reviewLitigation":
      return {
        keys: [t4("review.total"), t4("direct.total"), t4("afterReview.total")],
        label: label!,
      };
    case "licensing":
    case "penalty":
    case "enforcement":
      // Both editions print 处理决定数量 on these rows under the same column id.
      return { keys: [cellKey(2, id, "decisions")], label: label! };
    case "fees":
      return tables.t2.edition === "2021"
        ? { keys: [cellKey(2, "fees", "amount")], label: label! }
        : null;
    default:
      return compoundQuantity(id, tables);
  }
}

/** review.upheld, litigation.corrected, item1.normative.issued … */
function compoundQuantity(id: string, tables: Tables): Quantity | null {
  const [head, a, b] = id.split(".");
  if (head === "review" || head === "litigation") {
    const r = a as T4Result;
    const keys =
      head === "review" ? [t4(`review.${r}`)] : [t4(`direct.${r}`), t4(`afterReview.${r}`)];
    const what = LABELS[head as "review" | "litigation"]!;
    const result = T4_RESULTS.find((x) => x.id === r)!;
    return { keys, label: { zh: `${what.zh}中${result.label}`, en: `${what.en}: ${result.en}` } };
  }
  if (head === "item1") {
    const block = tables.t2.blocks.find((bl) => bl.id === "item1")!;
    const row = block.rows.find((r) => r.id === a);
    const col = block.columns.find((c) => c.id === b);
    if (!row || !col) return null;
    return {
      keys: [cellKey(2, row.id, col.id)],
      label: { zh: `${row.label}${col.label}`, en: `${row.label} — ${col.label}` },
    };
  }
  return null;
}
