/**
 * word/fontTable.xml with an entry per face the document names. The docx library writes it empty, so a
 * machine without 仿宋_GB2312 fell back to whatever the application chose. Each entry carries the
 * GB2312 charset, the family (roman for the 宋/仿宋/楷 faces, swiss for 黑体: LibreOffice 24 picks a
 * fallback by it) and an alternative name, chained so that 仿宋_GB2312 → 仿宋 → 宋体 and
 * 楷体_GB2312 → 楷体 → 宋体 fall back in order.
 */
import type { DocxFonts } from "./fonts";

/** The next face to try when a face is missing. */
const FALLBACK: Record<string, string> = {
  仿宋_GB2312: "仿宋",
  仿宋: "宋体",
  楷体_GB2312: "楷体",
  楷体: "宋体",
  方正小标宋简体: "宋体",
  黑体: "宋体",
};

const SANS = new Set(["黑体", "微软雅黑", "方正黑体简体"]);

function escapeXml(s: string): string {
  return s.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!
  );
}

/** The faces a document with these fonts names, with every face their fallback chains reach. */
export function fontNames(fonts: DocxFonts): string[] {
  const names: string[] = [];
  const add = (name: string | undefined) => {
    for (let n = name; n && !names.includes(n); n = FALLBACK[n]) names.push(n);
  };
  for (const v of Object.values(fonts)) add(v);
  return names;
}

export function fontTableXml(fonts: DocxFonts): string {
  const entries = fontNames(fonts).map((name) => {
    const alt = FALLBACK[name];
    const family = SANS.has(name)
      ? "swiss"
      : FALLBACK[name] !== undefined || name === "宋体"
        ? "roman"
        : "auto";
    return [
      `<w:font w:name="${escapeXml(name)}">`,
      alt ? `<w:altName w:val="${escapeXml(alt)}"/>` : "",
      `<w:charset w:val="${/[^ -~]/.test(name) ? "86" : "00"}"/>`,
      `<w:family w:val="${family}"/>`,
      `<w:pitch w:val="variable"/>`,
      `</w:font>`,
    ].join("");
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    entries.join("") +
    "</w:fonts>"
  );
}
