/**
 * Reading exports back: the .docx as XML (jszip + @xmldom/xmldom), HTML tables (htmlparser2), and a
 * logical grid of either, so the tests can say "this number sits in row X under column Y" the way a
 * reader of the printed table would.
 */
import {
  DOMParser,
  type Document as XmlDocument,
  type Element as XmlElement,
} from "@xmldom/xmldom";
import { DomUtils, parseDocument } from "htmlparser2";
import JSZip from "jszip";
import { cellsOf } from "../../../src/report/cells";
import type { Report, TableNo } from "../../../src/report/types";
import { displayValue } from "../../../src/io/export/common";

// ---------------------------------------------------------------- docx XML

export interface DocxParts {
  document: XmlDocument;
  settings: string;
  styles: string;
  /** Footer XML by relationship type (default = odd pages, even). */
  footers: Record<string, XmlDocument>;
}

const parse = (xml: string) =>
  new DOMParser().parseFromString(xml, "text/xml") as unknown as XmlDocument;

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (p: string) => {
    const f = zip.file(p);
    if (!f) throw new Error(`missing ${p} in the .docx`);
    return f.async("string");
  };
  const document = parse(await text("word/document.xml"));
  const rels = parse(await text("word/_rels/document.xml.rels"));
  const targets = new Map(
    elements(rels.documentElement as unknown as XmlElement, "Relationship").map((r) => [
      r.getAttribute("Id"),
      r.getAttribute("Target"),
    ])
  );
  const footers: Record<string, XmlDocument> = {};
  for (const ref of elements(
    document.documentElement as unknown as XmlElement,
    "w:footerReference"
  )) {
    const target = targets.get(ref.getAttribute("r:id"));
    footers[ref.getAttribute("w:type") ?? ""] = parse(await text(`word/${target}`));
  }
  return {
    document,
    settings: await text("word/settings.xml"),
    styles: await text("word/styles.xml"),
    footers,
  };
}

export function elements(root: XmlElement | XmlDocument, tag: string): XmlElement[] {
  return Array.from((root as XmlElement).getElementsByTagName(tag)) as XmlElement[];
}

export function children(el: XmlElement, tag: string): XmlElement[] {
  return (Array.from(el.childNodes) as XmlElement[]).filter(
    (n) => n.nodeType === 1 && n.nodeName === tag
  );
}

export function child(el: XmlElement | undefined, tag: string): XmlElement | undefined {
  return el ? children(el, tag)[0] : undefined;
}

export function attr(el: XmlElement | undefined, name: string): string | undefined {
  return el && el.hasAttribute(name) ? (el.getAttribute(name) ?? undefined) : undefined;
}

/** Text of an element: every w:t joined (text may be split over runs). */
export function textOf(el: XmlElement): string {
  return elements(el, "w:t")
    .map((t) => t.textContent ?? "")
    .join("");
}

/** The body's top-level paragraphs and tables, in order. */
export function bodyBlocks(doc: XmlDocument): XmlElement[] {
  const body = elements(doc, "w:body")[0];
  return (Array.from(body.childNodes) as XmlElement[]).filter(
    (n) => n.nodeType === 1 && (n.nodeName === "w:p" || n.nodeName === "w:tbl")
  );
}

export function runFonts(r: XmlElement) {
  const f = child(child(r, "w:rPr"), "w:rFonts");
  return {
    eastAsia: attr(f, "w:eastAsia"),
    ascii: attr(f, "w:ascii"),
    hAnsi: attr(f, "w:hAnsi"),
    hint: attr(f, "w:hint"),
    size: attr(child(child(r, "w:rPr"), "w:sz"), "w:val"),
  };
}

/** One w:tc as written: its grid column, span, vertical merge and text. */
export interface DocxCell {
  row: number;
  col: number;
  gridSpan: number;
  vMerge?: "restart" | "continue";
  text: string;
}

export function docxCells(tbl: XmlElement): DocxCell[][] {
  return children(tbl, "w:tr").map((tr, row) => {
    let col = 0;
    return children(tr, "w:tc").map((tc) => {
      const pr = child(tc, "w:tcPr");
      const gridSpan = Number(attr(child(pr, "w:gridSpan"), "w:val") ?? 1);
      const vm = child(pr, "w:vMerge");
      // <w:vMerge/> without w:val means continue (ECMA-376 ST_Merge).
      const vMerge = vm ? (attr(vm, "w:val") === "restart" ? "restart" : "continue") : undefined;
      const cell: DocxCell = {
        row,
        col,
        gridSpan,
        ...(vMerge ? { vMerge } : {}),
        text: textOf(tc),
      };
      col += gridSpan;
      return cell;
    });
  });
}

/** Vertical merge chains: where each restart sits and how many rows it spans with its continue cells. */
export function vMergeChains(
  cells: DocxCell[][]
): { row: number; col: number; rows: number; gridSpan: number; text: string }[] {
  const out: { row: number; col: number; rows: number; gridSpan: number; text: string }[] = [];
  for (const line of cells)
    for (const c of line) {
      if (c.vMerge !== "restart") continue;
      let n = 1;
      for (;;) {
        const below = cells[c.row + n]?.find((x) => x.col === c.col);
        if (!below || below.vMerge !== "continue" || below.gridSpan !== c.gridSpan) break;
        n++;
      }
      out.push({ row: c.row, col: c.col, rows: n, gridSpan: c.gridSpan, text: c.text });
    }
  return out;
}

// ---------------------------------------------------------------- logical grid

/** A cell as HTML states it: where it starts and how far it spans. */
export interface SpanCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  tag?: string;
}

/** The grid position → the cell covering it, with whether this is where the cell starts. */
export type Matrix = { cell: SpanCell; origin: boolean; row: number; col: number }[][];

/** HTML's table model: each cell takes the next free slot of its row. */
export function toMatrix(rows: SpanCell[][]): Matrix {
  const m: Matrix = [];
  rows.forEach((cells, r) => {
    m[r] ??= [];
    let c = 0;
    for (const cell of cells) {
      while (m[r][c]) c++;
      for (let i = 0; i < cell.rowSpan; i++)
        for (let j = 0; j < cell.colSpan; j++) {
          m[r + i] ??= [];
          if (m[r + i][c + j]) throw new Error(`overlap at (${r + i}, ${c + j})`);
          m[r + i][c + j] = { cell, origin: i === 0 && j === 0, row: r, col: c };
        }
      c += cell.colSpan;
    }
  });
  return m;
}

/** A Word table as spans: a restart and its continue cells become one cell with a row span. */
export function docxSpanRows(tbl: XmlElement): SpanCell[][] {
  const cells = docxCells(tbl);
  const chains = new Map(vMergeChains(cells).map((c) => [`${c.row}|${c.col}`, c.rows]));
  return cells.map((line) =>
    line
      .filter((c) => c.vMerge !== "continue")
      .map((c) => ({
        text: c.text,
        colSpan: c.gridSpan,
        rowSpan: chains.get(`${c.row}|${c.col}`) ?? 1,
      }))
  );
}

/** The <table> elements of an HTML string, as span rows (th/td, rowspan, colspan). */
export function htmlTables(
  html: string
): { caption: string; rows: SpanCell[][]; headRows: number }[] {
  const doc = parseDocument(html);
  return DomUtils.getElementsByTagName("table", doc).map((t) => {
    const trs = DomUtils.getElementsByTagName("tr", t);
    const thead = DomUtils.getElementsByTagName("thead", t)[0];
    return {
      caption: DomUtils.textContent(DomUtils.getElementsByTagName("caption", t)[0] ?? []),
      headRows: thead ? DomUtils.getElementsByTagName("tr", thead).length : 0,
      rows: trs.map((tr) =>
        DomUtils.getChildren(tr)
          .filter(
            (n): n is import("domhandler").Element =>
              DomUtils.isTag(n) && (n.name === "td" || n.name === "th")
          )
          .map((n) => ({
            tag: n.name,
            text: DomUtils.textContent(n),
            rowSpan: Number(n.attribs.rowspan ?? 1),
            colSpan: Number(n.attribs.colspan ?? 1),
          }))
      ),
    };
  });
}

/** The first header cell of each 表二 block (spec/format.md §3.1, §4.1). */
const INFO = "信息内容";

/**
 * Every value cell of table `no` found where a reader looks for it: in the row whose labels (group and
 * item) name it, under the column whose header labels name its path; and there it reads as typed.
 * Returns the mismatches (empty when all is well).
 */
export function misplacedValues(
  m: Matrix,
  report: Report,
  no: TableNo,
  headerRows: number,
  labelColumns: number
): string[] {
  const errors: string[] = [];
  const text = (r: number, c: number) => m[r]?.[c]?.cell.text ?? "";
  const width = Math.max(...m.map((r) => r.length));
  for (const cell of cellsOf(report).filter((c) => c.table === no)) {
    const want = displayValue(report.values[cell.key]);
    let rows: number[];
    let cols: number[];
    if (no === 2) {
      // 表二: the row by its label; the column under the nearest 信息内容 header row above it.
      rows = m.map((_, r) => r).filter((r) => text(r, 0) === cell.row);
      if (rows.length !== 1) {
        errors.push(`${cell.key}: row ${cell.row} found ${rows.length} times`);
        continue;
      }
      let h = rows[0] - 1;
      while (h >= 0 && text(h, 0) !== INFO) h--;
      cols = [...Array(width).keys()].filter(
        (c) => c >= 1 && text(h, c) === cell.column && m[h][c].col === c
      );
    } else {
      const labels = [cell.group, cell.row].filter((x): x is string => Boolean(x));
      rows = m
        .map((_, r) => r)
        .filter((r) => r >= headerRows)
        .filter((r) => {
          const rowLabels = new Set([...Array(labelColumns).keys()].map((c) => text(r, c)));
          return labels.every((l) => rowLabels.has(l)) && (labelColumns > 0 || cell.row === "");
        });
      const path = cell.column.split("/");
      cols = [...Array(width).keys()].filter((c) => {
        if (c < labelColumns) return false;
        const heads = [...Array(headerRows).keys()].map((r) => text(r, c));
        return (
          heads[headerRows - 1] === path[path.length - 1] && path.every((p) => heads.includes(p))
        );
      });
    }
    if (rows.length !== 1 || cols.length !== 1) {
      errors.push(`${cell.key}: ${rows.length} rows × ${cols.length} columns match`);
      continue;
    }
    const got = m[rows[0]][cols[0]];
    if (!got.origin || got.cell.text.trim() !== want)
      errors.push(`${cell.key}: expected "${want}", found "${got.cell.text}"`);
  }
  return errors;
}
