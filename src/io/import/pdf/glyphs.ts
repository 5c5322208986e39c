/**
 * Folding the code points some PDF producers write for ordinary Chinese characters. Chromium writes
 * 一 as the Kangxi radical ⼀ (U+2F00) and some characters as CJK radicals (⺠ for 民, ⻚ for 页); NFKC
 * folds the Kangxi radicals and compatibility ideographs, an explicit map the radical supplement.
 * Other text is left as printed: full-width digits and brackets are facts the checker reports
 * (ALL-01, L-01), so a blanket NFKC would hide them.
 */
const SUPPLEMENT: Record<string, string> = {
  "\u2e8c": "小",
  "\u2e97": "忄",
  "\u2e9f": "母",
  "\u2ea0": "民",
  "\u2eb0": "纟",
  "\u2ec4": "西",
  "\u2ec5": "见",
  "\u2ec6": "角",
  "\u2ec8": "讠",
  "\u2ec9": "贝",
  "\u2ecb": "车",
  "\u2ecc": "辶",
  "\u2ecf": "阝",
  "\u2ed0": "钅",
  "\u2ed3": "长",
  "\u2ed4": "门",
  "\u2ed6": "阝",
  "\u2ed8": "青",
  "\u2ed9": "韦",
  "\u2eda": "页",
  "\u2edb": "风",
  "\u2edc": "飞",
  "\u2edd": "食",
  "\u2ee0": "饣",
  "\u2ee2": "马",
  "\u2ee3": "骨",
  "\u2ee5": "鱼",
  "\u2ee6": "鸟",
  "\u2ee7": "卤",
  "\u2ee8": "麦",
  "\u2ee9": "黄",
  "\u2eea": "黾",
  "\u2eec": "齐",
  "\u2eee": "齿",
  "\u2ef0": "龙",
  "\u2ef3": "龟",
};

/** Kangxi radicals (U+2F00–U+2FDF) and CJK compatibility ideographs (U+F900–U+FAFF). */
const NFKC_BLOCKS = /[\u2f00-\u2fdf\uf900-\ufaff]/g;
const SUPPLEMENT_BLOCK = /[\u2e80-\u2eff]/g;

export function foldGlyphs(s: string): string {
  return s
    .replace(NFKC_BLOCKS, (c) => c.normalize("NFKC"))
    .replace(SUPPLEMENT_BLOCK, (c) => SUPPLEMENT[c] ?? c);
}
