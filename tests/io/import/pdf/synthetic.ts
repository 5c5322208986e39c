/**
 * A small renderer of reports into positioned text pieces, the way PDF producers lay them out, for
 * the geometry tests: no pdf.js, no fonts, just the pitfalls one at a time (wrapped labels, a figure
 * between or under the lines of its label, pages breaking inside a table with or without the header
 * repeated, page numbers, figures in pieces, a stacked 三、本年度办理结果, centred group labels).
 * Labels come from the edition declarations; values are printed as given.
 */
import { cellKey, leafColumns } from "../../../../src/report/cells";
import { EDITIONS, SECTION_HEADINGS } from "../../../../src/report/editions";
import type { EditionId, HeaderNode } from "../../../../src/report/types";
import type { PdfPage, Piece } from "../../../../src/io/import/pdf";

export interface RenderOptions {
  edition: EditionId;
  /** Printed text of a value cell by key ("" = blank); default "0". */
  value?: (key: string) => string;
  /** Characters per label line in 表三's item column (a narrow column wraps labels). */
  labelWrap?: number;
  /** Where a wrapped row's figures stand: centred in the row (between lines) or on its last line. */
  valueAt?: "middle" | "last";
  /** The table rows per page before a break inside 表三 (a page break after that many rows). */
  rowsPerPage?: number;
  repeatHeader?: boolean;
  pageNumbers?: boolean;
  /** Print figures of two digits or more in two pieces of different sizes (“70”+“5”). */
  splitNumbers?: boolean;
  /** Print 三、本年度办理结果 one character per line. */
  stackedSection?: boolean;
  /** Group labels at the vertical centre of their items (else on the first item's line). */
  centredGroups?: boolean;
  /** Group labels in a column two characters wide (“（四” / “）无” / “法提” / “供”), beside the items. */
  narrowGroups?: boolean;
  /** Item numbers printed apart from their label text (“1.”, a gap, “属于国家秘密”), as justified text does. */
  spacedMarkers?: boolean;
  /** 表二: characters per line of the row labels and of the column headers (narrow columns). */
  t2Wrap?: number;
  /** Code points for 一 as Chromium writes it. */
  radicals?: boolean;
}

const W = 595;
const H = 842;
const TOP = 70;
const BOTTOM = 780;
const BODY = 16;
const CELL = 9;
const LEFT = 70;

export class Canvas {
  pages: PdfPage[] = [{ width: W, height: H, pieces: [] }];
  y = TOP;
  constructor(private readonly opts: RenderOptions) {}

  get page(): number {
    return this.pages.length;
  }

  newPage() {
    this.pages.push({ width: W, height: H, pieces: [] });
    this.y = TOP;
  }

  text(text: string, x: number, y: number, size: number) {
    const t = this.opts.radicals ? text.replace(/一/g, "\u2f00") : text;
    const w = [...t].reduce((s, c) => s + (/[\x20-\x7e]/.test(c) ? 0.5 : 1) * size, 0);
    this.pages[this.pages.length - 1].pieces.push({ text: t, x, y, w, size, page: this.page });
  }

  /** A figure, centred at cx; in two pieces of different sizes when asked. */
  figure(text: string, cx: number, y: number) {
    if (!text) return;
    const w = text.length * 0.5 * CELL;
    const x = cx - w / 2;
    if (this.opts.splitNumbers && /^\d{2,}$/.test(text)) {
      this.text(text.slice(0, -1), x, y, CELL);
      this.text(text.slice(-1), x + (text.length - 1) * 0.5 * CELL, y + 0.3, CELL * 1.1);
    } else this.text(text, x, y, CELL);
  }

  para(text: string, indent = 2 * BODY) {
    const perLine = Math.floor((W - 2 * LEFT) / BODY);
    let first = true;
    for (let i = 0; i < text.length;) {
      const room = first ? perLine - indent / BODY : perLine;
      this.ensure(BODY * 1.8);
      this.text(text.slice(i, i + room), LEFT + (first ? indent : 0), this.y, BODY);
      this.y += BODY * 1.8;
      i += room;
      first = false;
    }
  }

  ensure(h: number) {
    if (this.y + h > BOTTOM) this.newPage();
  }
}

function wrap(s: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n));
  return out.length ? out : [""];
}

const leaves = (nodes: HeaderNode[]): HeaderNode[] =>
  nodes.flatMap((n) => (n.children ? leaves(n.children) : [n]));

/** 表三: label area 70–300 (section 70–90, group 90–160, item 160–300), seven value columns 300–580. */
function table3(c: Canvas, o: RenderOptions) {
  const def = EDITIONS[o.edition].t3;
  const cols = leafColumns(def.header);
  const colX = (k: number) => 300 + 40 * k + 20;
  const lineH = CELL * 1.5;
  const header = () => {
    c.ensure(lineH * 6);
    const y0 = c.y;
    wrap(def.note!, 14).forEach((l, i) => c.text(l, 92, y0 + lineH * (1 + i), CELL));
    c.text("申请人情况", colX(3) - 2.5 * CELL, y0, CELL);
    c.text("法人或其他组织", colX(3) - 3.5 * CELL, y0 + lineH, CELL);
    leaves(def.header).forEach((leaf, k) => {
      const parts = leaf.label.length > 3 ? wrap(leaf.label, 2) : [leaf.label];
      parts.forEach((p, i) => c.text(p, colX(k) - CELL, y0 + lineH * (2 + i), CELL));
    });
    c.y = y0 + lineH * 5.5;
  };
  header();
  const rows = def.rows;
  const groupDone = new Set<string>();
  rows.forEach((r, i) => {
    if (o.rowsPerPage && i > 0 && i % o.rowsPerPage === 0) {
      c.newPage();
      if (o.repeatHeader) header();
    }
    const x = r.group ? 162 : r.section ? 92 : LEFT;
    const lines = wrap(r.label, r.group ? (o.labelWrap ?? 15) : r.section ? 23 : 25);
    if (c.y + lineH * (lines.length + 1) > BOTTOM) {
      c.newPage();
      if (o.repeatHeader) header();
    }
    const y0 = c.y;
    lines.forEach((l, k) => {
      const m = /^\d+\./.exec(l);
      if (k === 0 && m && o.spacedMarkers) {
        c.text(m[0], x, y0, CELL);
        c.text(l.slice(m[0].length), x + m[0].length * 0.5 * CELL + 0.6 * CELL, y0, CELL);
      } else c.text(l, x + (k && r.group ? CELL : 0), y0 + lineH * k, CELL);
    });
    const vy =
      o.valueAt === "last"
        ? y0 + lineH * (lines.length - 1)
        : y0 + (lineH * (lines.length - 1)) / 2;
    cols.forEach((col, k) =>
      c.figure((o.value ?? (() => "0"))(cellKey(3, r.id, col.id)), colX(k), vy)
    );
    if (r.group && !groupDone.has(r.group)) {
      groupDone.add(r.group);
      const items = rows.filter((x) => x.group === r.group);
      const span = items.length;
      const gy = o.centredGroups ? y0 + lineH * 1.5 * ((span - 1) / 2) : y0;
      const groupX = o.narrowGroups ? 135 : 92;
      wrap(r.group, o.narrowGroups ? 2 : 7).forEach((l, k) =>
        c.text(l, groupX, gy + lineH * k, CELL)
      );
    }
    if (r.id === rows.find((x) => x.section)?.id && o.stackedSection)
      [...(r.section ?? "")].forEach((ch, k) => c.text(ch, 72, y0 + lineH * k, CELL));
    c.y = y0 + lineH * Math.max(1.5, lines.length + 0.5);
  });
}

/** 表四: fifteen columns across the page under a three-level header. */
function table4(c: Canvas, o: RenderOptions) {
  const def = EDITIONS[o.edition].t4;
  const cols = leafColumns(def.header);
  const lineH = CELL * 1.5;
  c.ensure(lineH * 6);
  const y0 = c.y;
  const colX = (k: number) => LEFT + 31 * k + 15;
  c.text("行政复议", colX(2) - 2 * CELL, y0, CELL);
  c.text("行政诉讼", colX(9) - 2 * CELL, y0, CELL);
  c.text("未经复议直接起诉", colX(7) - 4 * CELL, y0 + lineH, CELL);
  c.text("复议后起诉", colX(12) - 2.5 * CELL, y0 + lineH, CELL);
  leaves(def.header).forEach((leaf, k) =>
    wrap(leaf.label, 2).forEach((p, i) => c.text(p, colX(k) - CELL, y0 + lineH * (2 + i), CELL))
  );
  const vy = y0 + lineH * 5;
  cols.forEach((col, k) =>
    c.figure((o.value ?? (() => "0"))(cellKey(4, "cases", col.id)), colX(k), vy)
  );
  c.y = vy + lineH * 2;
}

/** 表二: per block its heading, header line(s) and rows. */
function table2(c: Canvas, o: RenderOptions) {
  const def = EDITIONS[o.edition].t2;
  const lineH = CELL * 1.6;
  const n = o.t2Wrap ?? 99;
  for (const b of def.blocks) {
    c.ensure(lineH * 3 * (b.rows.length + 2));
    c.text(b.heading, 250, c.y, CELL);
    c.y += lineH * 1.5;
    const colX = (k: number) => 200 + ((580 - 200) / b.columns.length) * (k + 0.5);
    const heads = b.columns.map((col) => wrap(col.label, n));
    c.text(b.rowHeader, 100, c.y, CELL);
    heads.forEach((lines, k) =>
      lines.forEach((l, i) => c.text(l, colX(k) - (l.length * CELL) / 2, c.y + lineH * i, CELL))
    );
    c.y += lineH * (Math.max(...heads.map((h) => h.length)) + 0.5);
    for (const r of b.rows) {
      const lines = wrap(r.label, Math.min(n, 14));
      lines.forEach((l, i) => c.text(l, LEFT + 2, c.y + lineH * i, CELL));
      const vy = c.y + (lineH * (lines.length - 1)) / 2;
      b.columns.forEach((col, k) =>
        c.figure((o.value ?? (() => "0"))(cellKey(2, r.id, col.id)), colX(k), vy)
      );
      c.y += lineH * (lines.length + 0.5);
    }
  }
}

/** A whole report: title, the six sections, the three tables, page numbers. */
export function renderReport(
  o: RenderOptions,
  year = o.edition === "2019" ? 2020 : 2023
): PdfPage[] {
  const c = new Canvas(o);
  c.text("示例市示例局", 220, c.y, 22);
  c.y += 30;
  c.text(`${year}年政府信息公开工作年度报告`, 130, c.y, 22);
  c.y += 50;
  SECTION_HEADINGS.forEach((h, i) => {
    c.ensure(BODY * 4);
    c.text(h, LEFT + 2 * BODY, c.y, BODY);
    c.y += BODY * 2;
    if (i === 1) table2(c, o);
    else if (i === 2) table3(c, o);
    else if (i === 3) table4(c, o);
    else c.para("本机关认真贯彻落实政府信息公开条例，各项工作有序推进，公开质量持续提升。");
    c.y += BODY;
  });
  if (o.pageNumbers) {
    c.pages.forEach((p, i) => {
      const n = String(i + 1);
      p.pieces.push(
        { text: "-", x: 290, y: 815, w: 4, size: 13, page: i + 1 },
        { text: n, x: 297, y: 815, w: 6.5, size: 13, page: i + 1 },
        { text: "-", x: 306, y: 815, w: 4, size: 13, page: i + 1 }
      );
    });
  }
  return c.pages;
}

export type { Piece };
