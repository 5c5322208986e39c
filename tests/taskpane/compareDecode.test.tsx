/** Decoding chosen files and wording import problems (pure helpers of 导入与汇总). */
import { decodeBytes } from "../../src/taskpane/views/compare/decode";
import { problemText, rawText } from "../../src/taskpane/views/compare/describe";
import { SHELL_STRINGS } from "../../src/taskpane/strings";

const GBK = [0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6]; // 年度报告

describe("decodeBytes", () => {
  test("UTF-8 as is, without its BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("表三 （七）总计\t12", "utf8")]);
    expect(decodeBytes(bytes)).toBe("表三 （七）总计\t12");
  });

  test("GBK / GB18030 when UTF-8 cannot read it", () => {
    expect(decodeBytes(new Uint8Array([...Buffer.from("2024", "ascii"), ...GBK]))).toBe("2024年度报告");
  });

  test("UTF-16 by its byte-order mark (Windows Notepad's “Unicode”)", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("年度报告", "utf16le")]);
    expect(decodeBytes(new Uint8Array(le))).toBe("年度报告");
  });

  test("a file neither reads cleanly keeps the reading with fewer replacement characters", () => {
    const text = decodeBytes(new Uint8Array([...Buffer.from("年度报告", "utf8"), 0xff]));
    expect(text.startsWith("年度报告")).toBe(true);
  });
});

test("problemText: the place first, in the pane's language", () => {
  const p = { where: { line: 12 }, message: { zh: "数字个数不对。", en: "Wrong count." } };
  expect(problemText(p, "zh")).toBe("第12行：数字个数不对。");
  expect(problemText(p, "en")).toBe("line 12: Wrong count.");
  const q = { where: { table: 3 as const, row: "（七）总计" }, message: { zh: "读不出。", en: "Unreadable." } };
  expect(problemText(q, "zh")).toBe("表三“（七）总计”行：读不出。");
  expect(problemText(q, "en")).toBe("table 3, row “（七）总计”: Unreadable.");
  expect(problemText({ where: {}, message: { zh: "空的。", en: "Empty." } }, "zh")).toBe("空的。");
});

test("rawText and the tab label", () => {
  expect(rawText(null, "zh")).toBe("（空白）");
  expect(rawText(" ", "en")).toBe("(blank)");
  expect(rawText(5, "zh")).toBe("5");
  expect(SHELL_STRINGS.zh.tabs.compare).toBe("导入与汇总");
  expect(SHELL_STRINGS.en.tabs.compare).toBe("Import & compare");
});
