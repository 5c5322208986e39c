/** What kind of binary a spreadsheet file is, from its first bytes (extensions lie). */
export type BinaryKind = "zip" | "ole" | "other";

/** ZIP (xlsx, ods …) starts “PK\3\4”; OLE2 compound files (.xls, .et, encrypted .xlsx) D0 CF 11 E0. */
export function binaryKind(bytes: Uint8Array): BinaryKind {
  const b = bytes;
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04)
    return "zip";
  if (b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0)
    return "ole";
  return "other";
}

/** File names the CLI and the pane treat as spreadsheets (read as bytes, not text). */
export const SPREADSHEET_EXTENSION = /\.(xlsx|xlsm|xltx|xltm|xls|xlt|xlsb|et|ett|ods)$/i;
