/** Writing a command's output file: one translated line on failure, never a stack trace. */
import { errnoMessage } from "./errno";
import type { Lang } from "./format";

export interface WriteIo {
  err: (s: string) => void;
  /** Writes a whole file, or throws (leaving whatever stood there before untouched). */
  writeFile: (p: string, data: string | Uint8Array) => void;
}

/** Writes `out`; on failure says why on stderr and returns false (the caller exits 2). */
export function write(out: string, data: string | Uint8Array, io: WriteIo, lang: Lang): boolean {
  try {
    io.writeFile(out, data);
    return true;
  } catch (e) {
    const why = errnoMessage(e)[lang];
    io.err(lang === "zh" ? `${out}: 无法写入 — ${why}` : `${out}: cannot be written — ${why}`);
    return false;
  }
}
