/** io/import/file.ts: the one choice of reader for a file's bytes and name, shared by the CLI and the pane. */
import { fileKind, importReportFile, type FileReaders } from "../../../src/io/import/file";
import type { ImportResult } from "../../../src/io/import/types";

const bytes = (s: string) => new TextEncoder().encode(s);
const PDF = bytes("%PDF-1.7\n…");
const JUNK_PDF = bytes("\r\n\r\n%PDF-1.4\n…");
const ZIP = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]);
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]);
const TEXT = bytes("示例局2022年政府信息公开工作年度报告\n");

test.each([
  ["a PDF by its header", PDF, "r", "pdf"],
  ["a PDF header after some junk", JUNK_PDF, "r.txt", "pdf"],
  ["a .pdf that is no PDF (the PDF reader says so)", TEXT, "r.PDF", "pdf"],
  ["a PDF named .xlsx", PDF, "r.xlsx", "pdf"],
  ["an .xlsx by its name", TEXT, "r.xlsx", "workbook"],
  ["an .et by its name", OLE, "r.et", "workbook"],
  ["ZIP bytes with no name", ZIP, "r", "workbook"],
  ["OLE bytes with no name (an old .xls renamed)", OLE, "r.dat", "workbook"],
  ["ZIP bytes named as text stay text", ZIP, "r.txt", "text"],
  ["OLE bytes named .html stay text", OLE, "r.html", "text"],
  ["text", TEXT, "r.txt", "text"],
  ["text with no name", TEXT, "", "text"],
] as const)("%s → %s", (_, data, name, kind) => {
  expect(fileKind(data, name)).toBe(kind);
});

test("every reader is given the file name; text is decoded and imported with it", async () => {
  const seen: string[] = [];
  const stub = (format: "pdf" | "xlsx") => async (_: Uint8Array, name: string) => {
    seen.push(`${format}:${name}`);
    return { report: null, findings: [], problems: [], format } as ImportResult;
  };
  const readers: FileReaders = { pdf: stub("pdf"), workbook: stub("xlsx") };
  expect((await importReportFile(PDF, "甲.pdf", readers)).format).toBe("pdf");
  expect((await importReportFile(OLE, "乙.xls", readers)).format).toBe("xlsx");
  expect(seen).toEqual(["pdf:甲.pdf", "xlsx:乙.xls"]);
  const text = await importReportFile(TEXT, "丙.txt", readers);
  expect(text.format).toBe("text");
  expect(text.report?.year).toBe(2022);
});
