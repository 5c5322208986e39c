/**
 * Bytes of a report file → text, shared by the CLI and the pane so both read a file the same way.
 * Published reports come as UTF-8 or, from older CMSs and Windows Notepad, GB18030/GBK or UTF-16
 * (with or without a byte-order mark). Pure: TextDecoder only (Node and every pane host have it).
 */

const REPLACEMENT = /\uFFFD/g;

function replacements(s: string): number {
  return s.match(REPLACEMENT)?.length ?? 0;
}

function decoder(label: string): TextDecoder | null {
  try {
    return typeof TextDecoder === "undefined" ? null : new TextDecoder(label);
  } catch {
    return null; // a host without that encoding
  }
}

/**
 * UTF-16 without a byte-order mark: its ASCII characters have a NUL byte, which UTF-8 and GBK text
 * never holds. Returns the byte order whose NULs sit (mostly) on one side.
 */
function bomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const units = n / 2;
  // Line breaks and digits alone put a NUL in a good share of the units of any report, on the high
  // side; a few CJK characters (U+4E00 一) have a NUL on the low side.
  if (odd > units / 16 && odd > 4 * even) return "utf-16le";
  if (even > units / 16 && even > 4 * odd) return "utf-16be";
  return null;
}

/** Bytes → text: UTF-16 by its byte-order mark or its NULs, else UTF-8, else GB18030 when that reads better. */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoder("utf-16le")?.decode(bytes) ?? "";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoder("utf-16be")?.decode(bytes) ?? "";
  const utf16 = bomlessUtf16(bytes);
  if (utf16) {
    const s = decoder(utf16)?.decode(bytes);
    if (s !== undefined) return s;
  }
  const utf8 = decoder("utf-8")!.decode(bytes);
  const bad = replacements(utf8);
  if (bad === 0) return utf8;
  const gb = decoder("gb18030")?.decode(bytes);
  return gb !== undefined && replacements(gb) < bad ? gb : utf8;
}
