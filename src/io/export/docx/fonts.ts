/**
 * Font names by element. They are named, never embedded: the 公文 fonts are licensed and CJK files run to
 * tens of MB (spec/export.md §2.2). Windows 7 and later ship 仿宋 and 楷体 instead of the _GB2312 faces.
 */
export interface DocxFonts {
  /** 标题, 二号. */
  title: string;
  /** 正文, 三号. */
  body: string;
  /** 一级标题 “一、”. */
  heading1: string;
  /** 二级标题 “（一）”. */
  heading2: string;
  /** Text inside the statistical tables. */
  table: string;
  /** 页码 “— 1 —”, 四号. */
  pageNumber: string;
  /** Latin letters and digits (w:ascii / w:hAnsi); by default the element's own font. */
  latin?: string;
}

export type FontPresetName = "gb2312" | "windows";

export const FONT_PRESETS: Record<FontPresetName, DocxFonts> = {
  /** The names GB/T 9704 practice uses, as installed on most government PCs. */
  gb2312: {
    title: "方正小标宋简体",
    body: "仿宋_GB2312",
    heading1: "黑体",
    heading2: "楷体_GB2312",
    table: "仿宋_GB2312",
    pageNumber: "宋体",
  },
  /**
   * Faces every host has (Windows 7 and later ship them, GBK coverage): the default of the print sheet
   * in Excel, where a missing face is substituted silently (spec/excel-host.md §9). 宋体 stands in for
   * the title's 方正小标宋, which no system ships.
   */
  windows: {
    title: "宋体",
    body: "仿宋",
    heading1: "黑体",
    heading2: "楷体",
    table: "仿宋",
    pageNumber: "宋体",
  },
};

export function resolveFonts(
  preset: FontPresetName = "gb2312",
  fonts: Partial<DocxFonts> = {}
): DocxFonts {
  const out: DocxFonts = { ...FONT_PRESETS[preset] };
  for (const [k, v] of Object.entries(fonts) as [keyof DocxFonts, string | undefined][]) {
    if (typeof v === "string" && v.trim()) out[k] = v.trim();
  }
  return out;
}
