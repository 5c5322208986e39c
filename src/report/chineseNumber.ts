/** Chinese numerals as reports print them: counts (十二, 一百零五, 两) and years digit by digit (二〇二五). */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  "○": 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 两 → 2, 十二 → 12, 一百零五 → 105, 二〇二五 → 2025. Null when the characters do not form a number. */
export function chineseNumber(s: string): number | null {
  // A year is written digit by digit, with no 十/百/千.
  if (/^[零〇○一二三四五六七八九]{4}$/.test(s))
    return Number(Array.from(s, (c) => DIGITS[c]).join(""));
  if (s === "") return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0) return null;
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      total += (digit ?? (total === 0 ? 1 : NaN)) * UNITS[ch];
      if (Number.isNaN(total)) return null;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}
