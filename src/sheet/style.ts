/** Look of the inserted tables: fonts, fills, widths, and the Chinese / English validation texts. */
import type { ValueKind } from "../report/types";

export const FONTS = {
  /** Labels, headers, title: the font of printed government tables. */
  label: "宋体",
  /** Numbers: Excel's default CJK UI font, clear digits. */
  value: "等线",
} as const;

export const SIZES = { title: 16, caption: 12, label: 10, note: 9, value: 11 } as const;

export const HEADER_FILL = "#D9E1F2";

/** Column widths in points (Excel's API unit, spec/excel-host.md §4.2), by column offset from the origin. */
export const COLUMN_WIDTHS = [100, 80, 170] as const;
export const VALUE_COLUMN_WIDTH = 52;

/**
 * Number format per value kind. General keeps what was typed visible: "0" would show a mistyped 2.5 as
 * 3. Amounts are in 万元 and published with two decimals.
 */
export const NUMBER_FORMATS: Record<ValueKind, string> = {
  count: "General",
  signedCount: "General",
  amount: "0.00",
};

export type Lang = "zh" | "en";

export const VALIDATION_TEXT: Record<
  ValueKind,
  Record<Lang, { title: string; message: string }>
> = {
  count: {
    zh: {
      title: "请输入非负整数",
      message: "本格填写件数，只能填 0 或正整数；不能填小数、负数、文字或“-”。没有发生的请填 0。",
    },
    en: {
      title: "Enter a whole number ≥ 0",
      message:
        "This cell takes a count: 0 or a positive whole number. No fractions, negatives, text or dashes; write 0 when there is nothing to report.",
    },
  },
  amount: {
    zh: {
      title: "请输入非负数",
      message: "本格填写金额，只能填 0 或正数，可以有小数；单位见表头，不要填“元”“万元”等文字。",
    },
    en: {
      title: "Enter a number ≥ 0",
      message:
        "This cell takes an amount: 0 or a positive number, decimals allowed. The unit is in the header; do not type 元 or 万元.",
    },
  },
  signedCount: {
    zh: {
      title: "请输入整数",
      message: "本格填写增减数，只能填整数，减少用负数表示（如 -8）；不能填小数或文字。",
    },
    en: {
      title: "Enter a whole number",
      message:
        "This cell takes a change: a whole number, negative for a decrease (e.g. -8). No fractions or text.",
    },
  },
};

export const NAME_COMMENTS: Record<Lang, { block: string; table: (zh: string) => string }> = {
  zh: {
    block: "政府信息公开工作年度报告：全部表格",
    table: (t) => `政府信息公开工作年度报告：${t}`,
  },
  en: {
    block: "Annual report on government information disclosure: all tables",
    table: (t) => `Annual report table: ${t}`,
  },
};

/** Rough width of a text in points at a font size: CJK and full-width characters are one em, others half. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\uFFEF“”]/.test(ch) ? size : size * 0.55;
  return w;
}
