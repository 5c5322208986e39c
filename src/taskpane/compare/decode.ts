/**
 * Reading a chosen file as text. Published reports come as UTF-8 or, from older CMSs and Windows
 * Notepad, GB18030/GBK or UTF-16: decode UTF-8 first and try GB18030 when UTF-8 gives replacement
 * characters (keeping whichever has fewer).
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

/** Bytes → text: UTF-16 by its byte-order mark, else UTF-8, else GB18030 when that reads better. */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoder("utf-16le")?.decode(bytes) ?? "";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoder("utf-16be")?.decode(bytes) ?? "";
  const utf8 = decoder("utf-8")!.decode(bytes);
  const bad = replacements(utf8);
  if (bad === 0) return utf8;
  const gb = decoder("gb18030")?.decode(bytes);
  return gb !== undefined && replacements(gb) < bad ? gb : utf8;
}

/** A File's text, decoded as decodeBytes does (FileReader, so it works in every pane host). */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    if (typeof TextDecoder === "undefined") {
      // No TextDecoder (very old hosts): let FileReader decode as UTF-8.
      reader.onload = () => resolve(String(reader.result ?? ""));
      reader.readAsText(file, "utf-8");
      return;
    }
    reader.onload = () => resolve(decodeBytes(new Uint8Array(reader.result as ArrayBuffer)));
    reader.readAsArrayBuffer(file);
  });
}
