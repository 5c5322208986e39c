/**
 * The phrasings of narrative figures, as data: keyword (and the few words allowed between it and the
 * number) → the table quantity it states. Each entry carries a phrase from a real report.
 *
 * The fillers are deliberately tight: a figure is only read when the keyword and the number belong to
 * the same phrase (“受理政府信息公开申请17件”), never when other words sit between them
 * (“办理政府信息公开相关行政复议、行政诉讼案件74件” is not a count of applications).
 * Order matters: earlier entries claim a number first (结转下年度继续办理31件 is not 办理31件).
 */
import type { QuantityId, T4Result } from "./quantities";

export interface FigurePattern {
  quantity: QuantityId;
  /** Keyword and allowed fillers before the number (regex source, non-capturing groups only). */
  lead?: string;
  /** Number-first phrasing: what follows the number and its unit (“103件顺延到下年度答复”). */
  trail?: string;
  /** "wan": the figure must be written in 万元; default: a count (件/条/个… or no unit). */
  unit?: "count" | "wan";
  sample: string;
}

/** 政府信息公开申请 and its short forms, between a verb and the number. */
const APPL = "(?:了)?(?:各类)?(?:政府信息公开|依申请公开|信息公开)?(?:的)?(?:申请)?(?:数量|总数)?";
/** 共/合计/为… just before the number. */
const AMT = "(?:共计|合计|总计|累计|共|计|为|达)?";
const FILED = "(?:提出(?:的)?)?(?:申请)?";
/** A result named with the reply: 予以公开答复 / 不予公开答复. */
const REPLIED = "(?:答复|决定)?";

export const FIGURE_PATTERNS: FigurePattern[] = [
  {
    quantity: "openPartial",
    lead: `予以公开(?:及|和|与|、)部分公开(?:的)?(?:申请)?${AMT}`,
    sample: "予以公开和部分公开共59件",
  },
  {
    quantity: "new",
    lead: `(?:本年度?|全年)?(?:新收|新受理|新接收|新收到)${APPL}${AMT}`,
    sample: "全年新收政府信息公开申请111件",
  },
  {
    quantity: "carried",
    lead: `上一?年度?结转(?:的|下来的)?${APPL}${AMT}`,
    sample: "含上年度结转申请34件",
  },
  {
    quantity: "carryForward",
    lead: `结转(?:到|至)?下一?年度?(?:继续)?(?:办理|答复|处理)?(?:的)?(?:申请)?${AMT}`,
    sample: "结转下一年度继续办理31件",
  },
  {
    quantity: "carryForward",
    lead: `顺延(?:到|至)?(?:下一?年度?)?(?:继续)?(?:办理|答复)?(?:的)?(?:申请)?${AMT}`,
    sample: "顺延至下年度答复103件",
  },
  {
    quantity: "carryForward",
    trail: "(?:申请)?(?:顺延|结转)(?:到|至)?(?:下一?年度?)?(?:继续)?(?:办理|答复)?",
    sample: "另有103件顺延到下年度答复",
  },
  {
    quantity: "received",
    lead: `(?:收到|受理|接收|接到)${APPL}${AMT}`,
    sample: "全市共受理政府信息公开申请3119件",
  },
  { quantity: "natural", lead: `自然人${FILED}${AMT}`, sample: "其中自然人申请86件" },
  {
    quantity: "org",
    lead: `法人(?:或者|或|和|及)?其他组织${FILED}${AMT}`,
    sample: "法人或其他组织申请25件",
  },
  {
    quantity: "done",
    // Not after a result's name: “同意公开答复9件” states （一）, not （七）总计.
    lead: `(?<!予以公开|同意公开|部分公开|不予公开|不予处理|无法提供|其他处理)(?:办结|答复|办理完毕|办理完成|办理|处理完毕)${APPL}${AMT}`,
    sample: "答复3050件",
  },
  { quantity: "done", trail: "(?:均)?(?:已办结|已答复|已办理完毕|办结)", sample: "1950件已答复" },
  {
    quantity: "open",
    lead: `(?:予以公开|同意(?:予以)?公开)${REPLIED}(?:的)?(?:申请)?${AMT}`,
    sample: "同意公开答复9件",
  },
  {
    quantity: "partial",
    lead: `部分(?:同意)?公开${REPLIED}(?:的)?(?:申请)?${AMT}`,
    sample: "部分公开454件",
  },
  {
    quantity: "withheld",
    lead: `不予公开${REPLIED}(?:的)?(?:申请)?${AMT}`,
    sample: "不予公开12件",
  },
  {
    quantity: "unavailable",
    lead: `无法提供${REPLIED}(?:的)?(?:申请)?${AMT}`,
    sample: "无法提供33件",
  },
  { quantity: "rejected", lead: `不予处理${REPLIED}(?:的)?(?:申请)?${AMT}`, sample: "不予处理9件" },
  {
    quantity: "otherHandling",
    lead: `其他处理${REPLIED}(?:的)?(?:申请)?${AMT}`,
    sample: "其他处理5件",
  },
  {
    quantity: "reviewLitigation",
    lead: `(?:被申请)?(?:行政)?复议(?:、|和|及|与|或者|或)?(?:被提起|提起)?(?:行政)?诉讼(?:案件)?${AMT}`,
    sample: "行政复议、行政诉讼案件74件",
  },
  {
    quantity: "afterReview",
    lead: `复议后(?:提起)?(?:行政)?(?:起诉|诉讼)(?:的)?(?:案件)?${AMT}`,
    sample: "复议后起诉20件",
  },
  {
    quantity: "direct",
    lead: `(?:未经复议)?直接(?:提起)?(?:行政)?(?:起诉|诉讼)(?:的)?(?:案件)?${AMT}`,
    sample: "未经复议直接起诉26件",
  },
  {
    quantity: "review",
    lead: `(?:行政复议|被申请复议)(?:案件|申请)?${AMT}`,
    sample: "政府信息公开行政复议351件",
  },
  { quantity: "litigation", lead: `行政诉讼(?:案件)?${AMT}`, sample: "政府信息公开行政诉讼46件" },
  {
    quantity: "licensing",
    lead: `行政许可(?:决定|处理决定)?${AMT}`,
    sample: "作出行政许可决定447228件",
  },
  {
    quantity: "penalty",
    lead: `行政处罚(?:决定|处理决定)?${AMT}`,
    sample: "行政处罚决定3985758件",
  },
  {
    quantity: "enforcement",
    lead: `行政强制(?:决定|处理决定)?${AMT}`,
    sample: "行政强制决定88283件",
  },
  {
    quantity: "fees",
    lead: `行政事业性收费(?:金额|总额|总金额|收入)?${AMT}`,
    unit: "wan",
    sample: "行政事业性收费金额96171.6万元",
  },
];

/**
 * 表四 results named after a 复议 or 诉讼 figure (“行政诉讼46件，其中结果维持25件…”): the figure
 * belongs to whichever of the two was named last before it in the sentence.
 */
export const T4_RESULT_PATTERNS: { result: T4Result; lead: string; sample: string }[] = [
  {
    result: "upheld",
    lead: `(?:结果)?维持(?:原(?:行政行为|决定|答复))?${AMT}`,
    sample: "其中结果维持72件",
  },
  {
    result: "corrected",
    lead: `(?:结果纠正|被纠错|纠错|被纠正|纠正)${AMT}`,
    sample: "结果纠正64件",
  },
  { result: "otherResult", lead: `其他结果${AMT}`, sample: "其他结果178件" },
  { result: "pending", lead: `(?:尚未审结|未审结)${AMT}`, sample: "尚未审结37件" },
];

/** What a 复议/诉讼 keyword makes of the results that follow it; null: too specific to map. */
export const T4_CONTEXT: { word: string; context: "review" | "litigation" | null }[] = [
  { word: "复议后起诉", context: null },
  { word: "直接起诉", context: null },
  { word: "行政诉讼", context: "litigation" },
  { word: "行政复议", context: "review" },
];

/**
 * 表二 第二十条第（一）项 is written as verb + document type + number, with either part left out when
 * the sentence already named it: “制发行政规范性文件6件、废止1件”, “现行有效的市政府规章11件、行政规范性文件66件”.
 */
export const ITEM1_VERBS: { verb: string; column: { "2021"?: string; "2019"?: string } }[] = [
  { verb: "新制发|制发|印发|出台|新制定|制定", column: { "2021": "issued", "2019": "made" } },
  { verb: "新制作|制作", column: { "2019": "made" } },
  { verb: "新公开", column: { "2019": "published" } },
  { verb: "对外公开", column: { "2019": "total" } },
  { verb: "清理废止|宣布废止|废止", column: { "2021": "repealed" } },
  { verb: "现行有效", column: { "2021": "inForce" } },
];

export const ITEM1_DOCS: { doc: string; row: "rules" | "normative" }[] = [
  { doc: "政府规章|规章", row: "rules" },
  { doc: "行政规范性文件|规范性文件", row: "normative" },
];

/**
 * Words allowed before the verb: time and connectives only, so that “清理规范性文件5件” or
 * “拟废止2件” is not read as another 制发 or 废止 figure.
 */
export const ITEM1_LEAD_IN =
  "(?:\\d{4}年度?)?(?:全年|本年度?|今年|年内|截至年底|截至目前|截至\\d{4}年(?:底|末|12月31日)|年底|共|另有|另|其中|以及|同时|累计|和|及)?";

/** Who issued the documents, allowed between verb and document type (“制发市政府规章1件”). */
export const ITEM1_ISSUER =
  "(?:[省市县区州旗]?(?:人民)?政府|本机关|本单位|本部门|本局|我局|我委|我办)?";

/** Sentences that state a zero: “未收到政府信息公开申请”, “未发生…行政复议、行政诉讼”. */
export const ZERO_PATTERNS: {
  source: string;
  quantities: (m: RegExpExecArray) => QuantityId[];
  sample: string;
}[] = [
  {
    source:
      "(?:未|没有|无)(?:收到|受理|接到|接收)(?:过)?(?:任何)?(?:政府信息公开|依申请公开|信息公开)?(?:的)?申请",
    quantities: () => ["new"],
    sample: "2020年我局未收到政府信息公开申请",
  },
  {
    source:
      "(?:(?:未|没有)(?:发生|出现|产生|收到|涉及|有)|无)(?:过)?(?:任何)?(?:因|涉及|与)?(?:政府信息公开|信息公开|依申请公开)?(?:工作)?(?:引起|引发|而|相关)?(?:的)?(?:被申请|申请|提起|被提起)?(行政复议|行政诉讼)(?:案件)?(?:(?:、|和|及|或者|或|与)(?:被申请|申请|提起|被提起)?(行政复议|行政诉讼))?",
    quantities: (m) =>
      [m[1], m[2]].filter(Boolean).map((w) => (w === "行政复议" ? "review" : "litigation")),
    sample: "未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况",
  },
];

/** A clause with any of these speaks of another period or compares; its figures are not this year's. */
export const OTHER_PERIOD =
  /同比|较上年|比上年|较去年|比去年|上年同期|去年|前年|上半年|下半年|季度|上一?年度?(?!度?结转)/;

/** Words that put a figure on a part of the agency or on others, not on the report's tables. */
export const OTHER_SUBJECT = /各(?:部门|单位|乡镇|街道|地|县|区|市)|下属|所属|直属/;

/** An organisation named in a 其中 list (“其中县民政局1件”): that figure is a sub-unit's. */
export const SUB_UNIT = /局|委员会|委|办公室|中心|街道|镇|乡|公司|医院|学校|部门|单位/;
