/** Which importer a file needs: by its extension, else by its first characters. */
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
  txt: "text",
  tsv: "text",
  text: "text",
};

export function sniffFormat(content: string, fileName?: string): Format {
  const ext = fileName ? /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() : undefined;
  if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext];
  const head = content
    .replace(/^\ufeff/, "")
    .trimStart()
    .slice(0, 2000);
  if (/^[[{]/.test(head)) return "json";
  if (
    /<(!doctype\s+html|html|head|body|table|div|p|meta)\b/i.test(head) ||
    /<table\b/i.test(content)
  )
    return "html";
  return "text";
}
