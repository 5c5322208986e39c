/**
 * HTML page → source blocks, with htmlparser2 (no DOM, so it runs in Node and in the browser).
 * Paragraphs are the text between block-level tags with markup whitespace dropped between Chinese
 * characters; each statistics <table> becomes a block of rows with its spans resolved. A table that
 * holds another table, or a single cell, is page layout: its cells are read as ordinary content.
 */
import { Parser } from "htmlparser2";
import type { SourceBlock, SourceDoc } from "../types";
import { sourceRows, type HtmlCell } from "./grid";

interface Para {
  kind: "para";
  text: string;
  tag: string;
}
interface TableNode {
  kind: "table";
  rows: CellNode[][];
  open: boolean;
}
interface CellNode {
  rowspan: number;
  colspan: number;
  flow: Flow;
}
interface Flow {
  items: (Para | TableNode)[];
  buf: string;
}

const BLOCK_TAGS = new Set(
  "p div br h1 h2 h3 h4 h5 h6 li ul ol dl dt dd section article header footer nav aside blockquote pre hr center form address figure figcaption main caption".split(
    " "
  )
);
const SKIP_TAGS = new Set(["script", "style", "noscript", "template", "textarea", "select"]);
const CJK = "\\u2e80-\\u9fff\\u3000-\\u303f\\uff00-\\uffef“”‘’";
const SPACE_BEFORE = new RegExp(`([${CJK}])\\s+(?=[${CJK}0-9])`, "g");
const SPACE_AFTER_DIGIT = new RegExp(`([0-9])\\s+(?=[${CJK}])`, "g");

export function cleanText(s: string): string {
  return s
    .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, " ")
    .replace(SPACE_BEFORE, "$1")
    .replace(SPACE_AFTER_DIGIT, "$1")
    .trim();
}

const newFlow = (): Flow => ({ items: [], buf: "" });

/** Elements open at once: real report pages nest a few dozen deep; thousands is junk or an attack. */
export const MAX_HTML_DEPTH = 400;
/** Characters of HTML read at most (a report page is well under 2 MB). */
export const MAX_HTML_CHARS = 20_000_000;

/** Input beyond what the importer reads; its message says so in plain words. */
export class InputLimitError extends Error {
  constructor(readonly text: { zh: string; en: string }) {
    super(text.en);
  }
}

function tooDeep(): InputLimitError {
  return new InputLimitError({
    zh: `网页的标签嵌套超过 ${MAX_HTML_DEPTH} 层（多半是没有闭合的标签），不像年度报告页面，未读取。`,
    en: `The page nests more than ${MAX_HTML_DEPTH} elements deep (most likely unclosed tags); it does not look like a report page and was not read.`,
  });
}

type Frame =
  { flow: Flow; cell?: CellNode; table?: TableNode } | { table: TableNode; flow?: undefined };

function buildTree(html: string): { body: Flow; hints: string[] } {
  if (html.length > MAX_HTML_CHARS) {
    throw new InputLimitError({
      zh: `网页有 ${Math.round(html.length / 1e6)} 百万字符，超过可读取的 ${MAX_HTML_CHARS / 1e6} 百万字符，未读取。`,
      en: `The page has ${Math.round(html.length / 1e6)} million characters, more than the ${MAX_HTML_CHARS / 1e6} million read; it was not read.`,
    });
  }
  const body = newFlow();
  /** Elements open in the parser (its own stack: implied closes are reported too). */
  let depth = 0;
  const stack: Frame[] = [{ flow: body }];
  const blockTags: string[] = [];
  const hints: string[] = [];
  let skip = 0;
  let title: string | null = null;
  let heading: { tag: string; text: string } | null = null;

  const topFlow = (): Flow => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const f = stack[i].flow;
      if (f) return f;
    }
    return body;
  };
  const flush = (flow = topFlow()) => {
    const text = cleanText(flow.buf);
    flow.buf = "";
    if (text) flow.items.push({ kind: "para", text, tag: blockTags[blockTags.length - 1] ?? "" });
  };
  const nearestTable = (): number => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].table && !stack[i].flow) return i;
    return -1;
  };
  const closeCell = (tableIndex: number) => {
    while (stack.length - 1 > tableIndex) {
      const f = stack.pop()!;
      if (f.flow) flush(f.flow);
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (++depth > MAX_HTML_DEPTH) throw tooDeep();
        if (SKIP_TAGS.has(name)) skip++;
        if (name === "title") title = "";
        if (name === "meta") {
          const key = (attribs.name ?? attribs.property ?? "").toLowerCase();
          if (["articletitle", "title", "og:title"].includes(key) && attribs.content)
            hints.push(attribs.content);
        }
        if (name === "h1" || name === "h2") heading = { tag: name, text: "" };
        if (name === "table") {
          flush();
          const table: TableNode = { kind: "table", rows: [], open: false };
          topFlow().items.push(table);
          stack.push({ table });
          return;
        }
        const ti = nearestTable();
        if (ti >= 0 && (name === "tr" || name === "td" || name === "th")) {
          const table = stack[ti].table!;
          if (name === "tr") {
            closeCell(ti);
            table.rows.push([]);
            table.open = true;
            return;
          }
          closeCell(ti);
          if (!table.open) {
            table.rows.push([]);
            table.open = true;
          }
          const cell: CellNode = {
            rowspan: parseInt(attribs.rowspan ?? "1", 10),
            colspan: parseInt(attribs.colspan ?? "1", 10),
            flow: newFlow(),
          };
          table.rows[table.rows.length - 1].push(cell);
          stack.push({ flow: cell.flow, cell, table });
          return;
        }
        if (BLOCK_TAGS.has(name)) {
          flush();
          if (name !== "br" && name !== "hr") blockTags.push(name);
        }
      },
      ontext(text) {
        if (title !== null) title += text;
        if (skip > 0 || title !== null) return;
        if (heading) heading.text += text;
        topFlow().buf += text;
      },
      onclosetag(name) {
        depth--;
        if (SKIP_TAGS.has(name)) skip = Math.max(0, skip - 1);
        if (name === "title" && title !== null) {
          hints.push(title);
          title = null;
        }
        if (heading && name === heading.tag) {
          hints.unshift(cleanText(heading.text));
          heading = null;
        }
        const ti = nearestTable();
        if (name === "table" && ti >= 0) {
          closeCell(ti);
          stack.pop();
          return;
        }
        if (ti >= 0 && (name === "td" || name === "th")) {
          const top = stack[stack.length - 1];
          if ("cell" in top && top.cell) {
            flush(top.flow);
            stack.pop();
          }
          return;
        }
        if (ti >= 0 && name === "tr") {
          closeCell(ti);
          stack[ti].table!.open = false;
          return;
        }
        if (BLOCK_TAGS.has(name)) {
          flush();
          if (name !== "br" && name !== "hr") {
            const at = blockTags.lastIndexOf(name);
            if (at >= 0) blockTags.length = at;
          }
        }
      },
    },
    {
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
      recognizeSelfClosing: true,
    }
  );
  parser.write(html);
  parser.end();
  while (stack.length > 1) {
    const f = stack.pop()!;
    if (f.flow) flush(f.flow);
  }
  flush(body);
  return { body, hints: hints.map(cleanText).filter(Boolean) };
}

function cellText(cell: CellNode): string {
  return cleanText(cell.flow.items.map((i) => (i.kind === "para" ? i.text : "")).join(" "));
}

function isLayout(t: TableNode): boolean {
  const cells = t.rows.flat();
  return cells.length <= 1 || cells.some((c) => c.flow.items.some((i) => i.kind === "table"));
}

function flatten(flow: Flow, out: SourceBlock[]): void {
  for (const item of flow.items) {
    if (item.kind === "para") out.push({ kind: "para", text: item.text });
    else if (isLayout(item))
      for (const row of item.rows) for (const cell of row) flatten(cell.flow, out);
    else {
      const rows: HtmlCell[][] = item.rows.map((r) =>
        r.map((c) => ({ text: cellText(c), rowspan: c.rowspan, colspan: c.colspan }))
      );
      const source = sourceRows(rows).filter((r) => r.cells.length > 0);
      if (source.length) out.push({ kind: "table", rows: source });
    }
  }
}

export function htmlToSource(html: string): SourceDoc {
  const { body, hints } = buildTree(html);
  const blocks: SourceBlock[] = [];
  flatten(body, blocks);
  return { format: "html", blocks, titleHints: hints };
}
