/**
 * An in-memory io for running gkreport in-process: what it prints, what it writes, and the files it may
 * read (given here, or written earlier in the test, or — with `fallback` — from disk). A missing file
 * fails as fs does, with code ENOENT.
 */
import type { Io } from "../../src/cli/io";

export interface MemoryIo {
  io: Io;
  out: string[];
  err: string[];
  written: Map<string, string | Uint8Array>;
}

export function memoryIo(
  files: Record<string, string | Uint8Array> = {},
  fallback?: Pick<Io, "readFile">
): MemoryIo {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string | Uint8Array>();
  const bytes = (p: string): string | Uint8Array => {
    const w = written.get(p) ?? files[p];
    if (w !== undefined) return w;
    if (fallback) return fallback.readFile(p);
    throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), {
      code: "ENOENT",
    });
  };
  return {
    out,
    err,
    written,
    io: {
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      readFile: bytes,
      readBytes: (p) => {
        const d = bytes(p);
        return typeof d === "string" ? Buffer.from(d) : d;
      },
      writeFile: (p, d) => void written.set(p, d),
    },
  };
}
