/**
 * Drafting the standard sentences of the six sections from the tables (the pane's “draft from the
 * tables” and the exporters). Every figure is written in a phrasing the narrative checks read back, so
 * a drafted text never disagrees with its own tables (tested as a property).
 */
import { tablesOf } from "../cells";
import type { Numbers } from "../check/values";
import { T3_ORG_COLUMNS } from "../editions/table3";
import type { Report, SectionId } from "../types";
import { show } from "./text";

type Get = (key: string) => number;

export function draftSections(report: Report, nums: Numbers): Partial<Record<SectionId, string>> {
  const get: Get = (k) => nums.get(k) ?? 0;
  const tables = tablesOf(report);
  const fees2021 = tables.t3.edition === "2021" || report.edition === "2021";
  return {
    1: [intro(report), proactive(tables.t2.edition, get), onRequest(get)].join("\n"),
    2: "本机关主动公开政府信息情况如下表：",
    3: "本机关收到和处理政府信息公开申请情况如下表：",
    4: "本机关政府信息公开行政复议、行政诉讼情况如下表：",
    5: ["（一）存在的主要问题", "一是……；二是……。", "（二）改进情况", "一是……；二是……。"].join(
      "\n"
    ),
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

function proactive(t2: "2019" | "2021", get: Get): string {
  const t = (row: string, col: string) => get(`t2.${row}.${col}`);
  if (t2 === "2021") {
    const docs = (row: string, name: string) =>
      `制发${name}${t(row, "issued")}件、废止${t(row, "repealed")}件，现行有效${name}${t(row, "inForce")}件`;
    return (
      `（一）主动公开。全年${docs("rules", "规章")}；${docs("normative", "行政规范性文件")}。` +
      `全年作出行政许可决定${t("licensing", "decisions")}件、行政处罚决定${t("penalty", "decisions")}件、` +
      `行政强制决定${t("enforcement", "decisions")}件，行政事业性收费金额${show(t("fees", "amount"))}万元。`
    );
  }
  const docs = (row: string, name: string) =>
    `新制作${name}${t(row, "made")}件、新公开${t(row, "published")}件，对外公开${name}总数${t(row, "total")}件`;
  return (
    `（一）主动公开。本年${docs("rules", "规章")}；${docs("normative", "规范性文件")}。` +
    `全年作出行政许可处理决定${t("licensing", "decisions")}件、行政处罚处理决定${t("penalty", "decisions")}件、` +
    `行政强制处理决定${t("enforcement", "decisions")}件。`
  );
}

function onRequest(get: Get): string {
  const t3 = (row: string, col = "total") => get(`t3.${row}.${col}`);
  const t4 = (col: string) => get(`t4.cases.${col}`);
  const fresh = t3("new");
  const natural = t3("new", "natural");
  const org = T3_ORG_COLUMNS.reduce((s, c) => s + t3("new", c), 0);
  const parts: string[] = ["（二）依申请公开。"];
  if (fresh === 0) parts.push("全年未收到政府信息公开申请；");
  else if (org === 0) parts.push(`全年新收政府信息公开申请${fresh}件，均为自然人申请；`);
  else if (natural === 0)
    parts.push(`全年新收政府信息公开申请${fresh}件，均为法人或其他组织申请；`);
  else
    parts.push(
      `全年新收政府信息公开申请${fresh}件，其中自然人申请${natural}件、法人或其他组织申请${org}件；`
    );
  parts.push(`上年结转政府信息公开申请${t3("carried")}件。`);
  const done = t3("resultTotal");
  parts.push(`全年办结${done}件，结转下年度继续办理${t3("carryForward")}件。`);
  if (done > 0) {
    const open = t3("open");
    const partial = t3("partial");
    const pct = ((100 * (open + partial)) / done).toFixed(1);
    parts.push(
      `办结的申请中，予以公开${open}件、部分公开${partial}件，予以公开及部分公开合计占办结总数的${pct}%。`
    );
  }
  const review = t4("review.total");
  const lawsuits = t4("direct.total") + t4("afterReview.total");
  if (review === 0 && lawsuits === 0) parts.push("全年未发生政府信息公开行政复议、行政诉讼。");
  else {
    const results = (r: (id: string) => number) =>
      `其中结果维持${r("upheld")}件、结果纠正${r("corrected")}件、其他结果${r("otherResult")}件、尚未审结${r("pending")}件`;
    const rev =
      review === 0
        ? "未发生政府信息公开行政复议"
        : `发生政府信息公开行政复议${review}件，${results((id) => t4(`review.${id}`))}`;
    const law =
      lawsuits === 0
        ? "未发生政府信息公开行政诉讼"
        : `政府信息公开行政诉讼${lawsuits}件，${results((id) => t4(`direct.${id}`) + t4(`afterReview.${id}`))}`;
    parts.push(`全年${rev}；${law}。`);
  }
  return parts.join("");
}

function sixWithFees(report: Report, unpaid: number): string {
  const f = { notices: 0, billed: 0, collected: 0, ...report.fees };
  const lines = [
    `（一）收取信息处理费情况。依据《政府信息公开信息处理费管理办法》，本年度发出收费通知${f.notices}件，收费通知总金额${show(f.billed)}元，实际收取信息处理费${show(f.collected)}元。` +
      (unpaid > 0
        ? `因申请人逾期未按收费通知要求缴纳费用、不再处理的政府信息公开申请${unpaid}件。`
        : ""),
    "（二）落实上级年度政务公开工作要点情况。……",
    "（三）人大代表建议和政协提案办理结果公开情况。……",
    "（四）政务公开工作创新情况。……",
  ];
  return lines.join("\n");
}
