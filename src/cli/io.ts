/** What the CLI does to the outside world, apart from main.ts so the commands and the tests can take it. */
/** A file's text, or its bytes. */
export type ReadFile = (p: string) => string | Uint8Array;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** A file's text, or its bytes (decoded as the pane decodes a chosen file; a PDF is read as a PDF). */
  readFile: ReadFile;
  /** The file's bytes (PDF and workbook input), for an io whose readFile gives text. */
  readBytes?: (p: string) => Uint8Array;
  /** Writes a whole file, or throws (leaving whatever stood there before untouched). */
  writeFile: (p: string, data: string | Uint8Array) => void;
}
