/** The preface (paragraphs between title and 一、) and the signer (署名 above the date) as published. */
import { importHtml, importReport, importText } from "../../../src/io/import";
import { sample } from "./samples";

test.each([
  ["2020-haizhu-investment.txt", undefined, "广州市海珠区投资促进局"],
  [
    "2022-synthetic-clean.txt",
    /^本报告根据《中华人民共和国政府信息公开条例》.*办公室联系。$/,
    "示例市示例局",
  ],
  [
    "2023-shuyang-fgj.html",
    /^根据《中华人民共和国政府信息公开条例》.*沭阳县发展和改革局联系。$/,
    "沭阳县发展和改革局",
  ],
  [
    "2024-hongze-district.txt",
    /^本报告由淮安市洪泽区人民政府办公室.*办公室联系。$/,
    "淮安市洪泽区人民政府办公室",
  ],
  ["2024-huaian-city.txt", /^本报告由淮安市人民政府办公室.*办公室联系。$/, "淮安市人民政府办公室"],
  [
    "2025-shuyang-county.html",
    /^依据《中华人民共和国政府信息公开条例》.*向社会公布。$/,
    "沭阳县人民政府",
  ],
])("%s: preface and signer as published", (file, preface, signer) => {
  const r = importReport(sample(file), file).report!;
  if (preface) expect(r.preface).toMatch(preface);
  else expect(r.preface).toBeUndefined();
  expect(r.signer).toBe(signer);
});

test("the signer may differ from the agency the title names", () => {
  const r = importReport(sample("2024-huaian-city.txt"), "x.txt").report!;
  expect([r.agency, r.signer]).toEqual(["淮安市人民政府", "淮安市人民政府办公室"]);
});

const body = ["一、总体情况", "本年度工作平稳。", "二、主动公开政府信息情况"];

test("several preface paragraphs are kept, one a line; a title wrapped after the agency still counts", () => {
  const r = importText(
    ["某某市某某局", "2024年政府信息公开工作年度报告", "第一段。", "第二段。", ...body].join("\n")
  ).report!;
  expect(r.title).toBe("某某市某某局2024年政府信息公开工作年度报告");
  expect(r.preface).toBe("第一段。\n第二段。");
});

test("no preface when 一、 follows the title, or when the title is only in <title> (page chrome is not a preface)", () => {
  expect(
    importText(["某局2024年政府信息公开工作年度报告", ...body].join("\n")).report!.preface
  ).toBe(undefined);
  const html = `<html><head><title>某局2024年政府信息公开工作年度报告</title></head><body>
    <p>首页</p><p>网站导航说明文字。</p><p>一、总体情况</p><p>本年度工作平稳。</p></body></html>`;
  const r = importHtml(html).report!;
  expect(r.year).toBe(2024);
  expect(r.preface).toBeUndefined();
});
