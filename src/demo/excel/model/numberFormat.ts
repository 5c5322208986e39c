/**
 * Display text of a value under a number format. Covers the codes a report uses (General, 0,
 * 0.00, #,##0, 0%, @); other codes fall back to General rather than guessing.
 */
import { isError, type CellValue } from "./engine";

function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  if (Math.abs(n) >= 1e11 || (Math.abs(n) < 1e-9 && n !== 0))
    return n.toExponential(2).toUpperCase();
  return String(Number(n.toPrecision(10)));
}

function grouped(s: string): string {
  const [int, frac] = s.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  const withCommas = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return sign + withCommas + (frac !== undefined ? "." + frac : "");
}

function numeric(n: number, code: string): string | undefined {
  const sections = code.split(";");
  const useNegative = n < 0 && sections.length > 1; // a second section prints the magnitude its own way
  const section = (useNegative ? sections[1] : sections[0])
    .replace(/_./g, "")
    .replace(/\\(.)/g, "$1")
    .replace(/"([^"]*)"/g, "$1");
  const m = /^([^#0]*)((?:#,##)?0(?:\.(0+))?)(%?)(.*)$/.exec(section);
  if (!m) return undefined;
  const x = (useNegative ? -n : n) * (m[4] ? 100 : 1);
  let s = x.toFixed(m[3]?.length ?? 0);
  if (m[2].startsWith("#,##")) s = grouped(s);
  return m[1] + s + m[4] + m[5];
}

export function formatValue(v: CellValue, code: string): string {
  if (v === null) return "";
  if (isError(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  if (code === "General" || code === "@" || code === "") return general(v);
  return numeric(v, code) ?? general(v);
}
