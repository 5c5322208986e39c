/** @jest-environment jsdom */
/** readLastYearFile's "cannot read" answers: always a reason, in the error's own words. */
import "./setup";
import { TextDecoder as NodeTextDecoder } from "util";
import { readLastYearFile } from "../../src/taskpane/views/compare/actions";
import { importPdfInBrowser } from "../../src/taskpane/views/compare/pdfImport";

jest.mock("../../src/taskpane/views/compare/pdfImport", () => ({ importPdfInBrowser: jest.fn() }));
Object.assign(globalThis, { TextDecoder: NodeTextDecoder });
const pdfImport = importPdfInBrowser as jest.Mock;
const pdfFile = () => new File(["%PDF-1.7\n"], "x.pdf", { type: "application/pdf" });

test("an import with no table and no problems: one problem saying no tables were found", async () => {
  pdfImport.mockResolvedValue({ report: null, problems: [], format: "pdf" });
  const read = await readLastYearFile(pdfFile());
  expect(read.kind).toBe("unreadable");
  if (read.kind !== "unreadable") return;
  expect(read.problems).toHaveLength(1);
  expect(read.problems[0].message.en).toMatch(/No statistics tables were found/);
});

test("a reader that fails: the error's message, not 'Error: …'", async () => {
  pdfImport.mockRejectedValue(new Error("the PDF is damaged"));
  const read = await readLastYearFile(pdfFile());
  expect(read).toEqual({
    kind: "unreadable",
    problems: [{ where: {}, message: { zh: "the PDF is damaged", en: "the PDF is damaged" } }],
  });
});
