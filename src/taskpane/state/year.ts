/** Reading the report year typed into the insert form; full-width digits from an IME are accepted. */

/** The first report year under the revised 条例 (2019 trial edition). */
export const MIN_YEAR = 2019;

export type YearInput =
  | { ok: true; year: number }
  | { ok: false; reason: "empty" | "notNumber" | "outOfRange"; min: number; max: number };

export function defaultYear(now: Date = new Date()): number {
  return now.getFullYear() - 1;
}

export function parseYear(text: string, now: Date = new Date()): YearInput {
  const max = now.getFullYear() + 1;
  const s = text
    .replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, "")
    .replace(/年(度)?$/, "");
  if (s === "") return { ok: false, reason: "empty", min: MIN_YEAR, max };
  if (!/^\d{4}$/.test(s)) return { ok: false, reason: "notNumber", min: MIN_YEAR, max };
  const year = Number(s);
  if (year < MIN_YEAR || year > max) return { ok: false, reason: "outOfRange", min: MIN_YEAR, max };
  return { ok: true, year };
}
