/**
 * Label normalisation before matching: width (NFKC), spacing, quotes, item numbering (`1、` → `1.`)
 * and trailing colons. The printed text is kept elsewhere; this form is only compared.
 */

const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const LEADING_NUMBER = /^(\d+)[、,.:;．，：；]/;

/** The text with every space taken out (ideographic, no-break and zero-width ones too). */
export function withoutSpaces(s: string): string {
  return s.replace(SPACES, "");
}

export function normLabel(s: string): string {
  return withoutSpaces(s.normalize("NFKC"))
    .replace(/[“”„‟"＂「」]/g, '"')
    .replace(/[‘’'＇]/g, "'")
    .replace(/[—–－―]+/g, "-")
    .replace(LEADING_NUMBER, "$1.")
    .replace(/[:：]+$/, "");
}

/** The label without a trailing parenthetical remark: 采购总金额(万元) → 采购总金额. */
export function stripRemark(norm: string): string {
  const m = /^(.{2,}?)\([^()]*\)$/.exec(norm);
  return m ? m[1] : norm;
}

export type Deviation = "punctuation" | "numbering" | "remark" | "wording";

/** How a printed label differs from the official one, or null when it is printed verbatim. */
export function deviationOf(printed: string, official: string): Deviation | null {
  const p = printed.trim();
  if (p === official) return null;
  const a = normLabel(p);
  const b = normLabel(official);
  if (a === b) {
    const numP = /^\s*[0-9０-９]+\s*(\S)/.exec(p)?.[1];
    const numO = /^[0-9]+(\S)/.exec(official)?.[1];
    return numP !== undefined && numP !== numO ? "numbering" : "punctuation";
  }
  if (stripRemark(a) === b && a !== b) return "remark";
  return "wording";
}
