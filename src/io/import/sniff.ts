/**
 * Which importer a file needs. A page or a JSON file saved as .txt (or pasted) is recognised by its
 * content; an HTML or JSON extension is taken at its word.
 */
export type Format = "text" | "html" | "json";

const BY_EXTENSION: Record<string, Format> = {
  json: "json",
  html: "html",
  htm: "html",
  shtml: "html",
  xhtml: "html",
  jhtml: "html",
  jsp: "html",
  asp: "html",
  aspx: "html",
  php: "html",
};

/** JSON opens with { or [ followed by a key, a value or a close: `{"`, `[{`, `{}`. */
const JSON_HEAD = /^[[{]\s*(?:["{[\]}]|-?\d|true\b|false\b|null\b)/;
const HTML_HEAD = /<(!doctype\s+html|html|head|body|table|div|p|meta)\b/i;

export function sniffContent(content: string): Format {
  const head = content
    .replace(/^\ufeff/, "")
    .trimStart()
    .slice(0, 2000);
  if (JSON_HEAD.test(head)) return "json";
  if (HTML_HEAD.test(head) || /<table\b/i.test(content)) return "html";
  return "text";
}

export function sniffFormat(content: string, fileName?: string): Format {
  const ext = fileName ? /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() : undefined;
  if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext];
  return sniffContent(content);
}
