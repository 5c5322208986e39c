/**
 * Drafting the standard sentences of the six sections from the tables (the pane's “draft from the
 * tables” and the exporters). Every figure is written in a phrasing the narrative checks read back, so
 * a drafted text never disagrees with its own tables (tested as a property).
 *
 * A figure is only written when it was read from the table: a blank cell (or one that cannot be read)
 * leaves a 【待填】 gap, never a 0, and what the draft cannot know (五's problems, 六's other matters)
 * is a 【请填写…】 prompt. S-08 lists both until they are replaced, so no draft ships unfinished.
 */
import { tablesOf } from "../cells";
import type { Numbers } from "../check/values";
import { EDITIONS } from "../editions";
import { T3_ORG_COLUMNS } from "../editions/table3";
import type { EditionId, RawValue, Report, SectionId } from "../types";
import { show } from "./text";

/** Where a figure the tables do not give would go. */
export const GAP = "【待填】";

/** A cell's number, or null when it was left blank or cannot be read. */
type Get = (key: string) => number | null;

const isBlank = (v: RawValue | undefined) =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** A figure as written: the number, or the gap. */
const fig = (n: number | null) => (n === null ? GAP : show(n));

/** Σ of figures, null when any is unknown. */
const add = (...ns: (number | null)[]) =>
  ns.some((n) => n === null) ? null : ns.reduce<number>((s, n) => s + n!, 0);

export function draftSections(report: Report, nums: Numbers): Partial<Record<SectionId, string>> {
  const get: Get = (k) => (isBlank(report.values[k]) ? null : (nums.get(k) ?? null));
  const tables = tablesOf(report);
  const fees2021 = tables.t3.edition === "2021" || report.edition === "2021";
  return {
    1: [intro(report), proactive(tables.t2.edition, get), onRequest(get)].join("\n"),
    2: "本机关主动公开政府信息情况如下表：",
    3: "本机关收到和处理政府信息公开申请情况如下表：",
    4: "本机关政府信息公开行政复议、行政诉讼情况如下表：",
    5: [
      "（一）存在的主要问题",
      "【请填写本年度政府信息公开工作存在的主要问题】",
      "（二）改进情况",
      "【请填写针对上述问题的具体改进措施】",
    ].join("\n"),
    6: fees2021
      ? sixWithFees(report, tables.t3.edition === "2021" ? get("t3.other2.total") : 0)
      : "本年度无其他需要报告的事项。",
  };
}

function intro(report: Report): string {
  const when = report.year ? `${report.year}年` : "本年度";
  const who = report.agency.trim() || "本机关";
  return `${when}，${who}认真贯彻落实《中华人民共和国政府信息公开条例》，扎实做好主动公开、依申请公开、政府信息管理、政府信息公开平台建设和监督保障各项工作。`;
}

/** 第二十条第（一）项's normative documents, as the edition's 表二 names them. */
function normativeLabel(t2: EditionId): string {
  const rows = EDITIONS[t2].t2.blocks.flatMap((b) => b.rows);
  return rows.find((r) => r.id === "normative")!.label;
}

function proactive(t2: "2019" | "2021", get: Get): string {
  const t = (row: string, col: string) => fig(get(`t2.${row}.${col}`));
  const normative = normativeLabel(t2);
  if (t2 === "2021") {
    const docs = (row: string, name: string) =>
      `制发${name}${t(row, "issued")}件、废止${t(row, "repealed")}件，现行有效${name}${t(row, "inForce")}件`;
    return (
      `（一）主动公开。全年${docs("rules", "规章")}；${docs("normative", normative)}。` +
      `全年作出行政许可决定${t("licensing", "decisions")}件、行政处罚决定${t("penalty", "decisions")}件、` +
      `行政强制决定${t("enforcement", "decisions")}件，行政事业性收费金额${t("fees", "amount")}万元。`
    );
  }
  const docs = (row: string, name: string) =>
    `新制作${name}${t(row, "made")}件、新公开${t(row, "published")}件，对外公开${name}总数${t(row, "total")}件`;
  return (
    `（一）主动公开。本年${docs("rules", "规章")}；${docs("normative", normative)}。` +
    `全年作出行政许可处理决定${t("licensing", "decisions")}件、行政处罚处理决定${t("penalty", "decisions")}件、` +
    `行政强制处理决定${t("enforcement", "decisions")}件。`
  );
}

function onRequest(get: Get): string {
  const t3 = (row: string, col = "total") => get(`t3.${row}.${col}`);
  const t4 = (col: string) => get(`t4.cases.${col}`);
  const fresh = t3("new");
  const natural = t3("new", "natural");
  const org = add(...T3_ORG_COLUMNS.map((c) => t3("new", c)));
  const parts: string[] = ["（二）依申请公开。"];
  if (fresh === 0) parts.push("全年未收到政府信息公开申请；");
  else if (fresh !== null && org === 0)
    parts.push(`全年新收政府信息公开申请${fresh}件，均为自然人申请；`);
  else if (fresh !== null && natural === 0)
    parts.push(`全年新收政府信息公开申请${fresh}件，均为法人或其他组织申请；`);
  else
    parts.push(
      `全年新收政府信息公开申请${fig(fresh)}件，其中自然人申请${fig(natural)}件、法人或其他组织申请${fig(org)}件；`
    );
  parts.push(`上年结转政府信息公开申请${fig(t3("carried"))}件。`);
  const done = t3("resultTotal");
  parts.push(`全年办结${fig(done)}件，结转下年度继续办理${fig(t3("carryForward"))}件。`);
  const open = t3("open");
  const partial = t3("partial");
  if (done !== 0) {
    const both = add(open, partial);
    const pct =
      done !== null && both !== null
        ? `，予以公开及部分公开合计占办结总数的${((100 * both) / done).toFixed(1)}%`
        : "";
    parts.push(`办结的申请中，予以公开${fig(open)}件、部分公开${fig(partial)}件${pct}。`);
  }
  const review = t4("review.total");
  const lawsuits = add(t4("direct.total"), t4("afterReview.total"));
  if (review === 0 && lawsuits === 0) parts.push("全年未发生政府信息公开行政复议、行政诉讼。");
  else {
    const results = (r: (id: string) => number | null) =>
      `其中结果维持${fig(r("upheld"))}件、结果纠正${fig(r("corrected"))}件、其他结果${fig(r("otherResult"))}件、尚未审结${fig(r("pending"))}件`;
    const rev =
      review === 0
        ? "未发生政府信息公开行政复议"
        : `发生政府信息公开行政复议${fig(review)}件，${results((id) => t4(`review.${id}`))}`;
    const law =
      lawsuits === 0
        ? "未发生政府信息公开行政诉讼"
        : `政府信息公开行政诉讼${fig(lawsuits)}件，${results((id) => add(t4(`direct.${id}`), t4(`afterReview.${id}`)))}`;
    parts.push(`全年${rev}；${law}。`);
  }
  return parts.join("");
}

/**
 * 六 with the fee sentence of the 2021 edition. A fee figure not given is a gap, never 0; fee notices
 * given as fewer than the applications dropped for unpaid fees (表三 （六）2.) would contradict the
 * table, so that figure is left as a gap too (S-02 names the fee form).
 */
function sixWithFees(report: Report, unpaid: number | null): string {
  const f = report.fees ?? {};
  const notices =
    f.notices !== undefined && (unpaid === null || f.notices >= unpaid) ? f.notices : null;
  const lines = [
    `（一）收取信息处理费情况。依据《政府信息公开信息处理费管理办法》，本年度发出收费通知${fig(notices)}件，收费通知总金额${fig(f.billed ?? null)}元，实际收取信息处理费${fig(f.collected ?? null)}元。` +
      (unpaid !== null && unpaid > 0
        ? `因申请人逾期未按收费通知要求缴纳费用、不再处理的政府信息公开申请${unpaid}件。`
        : ""),
    "（二）落实上级年度政务公开工作要点情况。【请填写】",
    "（三）人大代表建议和政协提案办理结果公开情况。【请填写】",
    "（四）政务公开工作创新情况。【请填写】",
  ];
  return lines.join("\n");
}
