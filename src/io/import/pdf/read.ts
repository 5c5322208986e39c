/**
 * pdf.js → pages of positioned text. Only the few calls used here are typed (PdfJs), so the same code
 * runs with the Node loader, the browser loader and in tests. Whitespace items (some are thousands of
 * points wide with zero height) and vertical or rotated text are dropped; positions go through the
 * page's viewport, so rotated pages and offset boxes come out top-down in points.
 */
import type { PdfPage, Piece } from "./types";

type Matrix = [number, number, number, number, number, number];

interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  dir?: string;
}

interface PdfPageProxy {
  getViewport(o: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: TextItem[] }>;
  getOperatorList(): Promise<{ fnArray: number[] }>;
  cleanup?: () => void;
}

interface PdfDocumentProxy {
  numPages: number;
  getPage(n: number): Promise<PdfPageProxy>;
  destroy(): Promise<void>;
}

/** The part of pdfjs-dist used here. */
export interface PdfJs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocumentProxy> };
  OPS: Record<string, number>;
}

export type PdfRead =
  | { kind: "pages"; pages: PdfPage[]; images: number }
  | { kind: "encrypted" }
  | { kind: "corrupt"; why: string };

function multiply(m: Matrix, n: number[]): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** Advance of a character in ems, for placing the parts of a split item. */
const em = (c: string) => (/[\x20-\x7e]/.test(c) ? 0.5 : 1);

/**
 * An item holding several figures apart (“0  0  12”: some producers draw a table row as one run)
 * → one piece per figure, placed by the share of the item's width its characters take.
 */
export function splitFigures(p: Piece): Piece[] {
  if (!/[\d０-９]\s+[\d０-９-]|[\d０-９]\s+[-—]/.test(p.text)) return [p];
  const chars = [...p.text];
  const total = chars.reduce((n, c) => n + em(c), 0);
  const out: Piece[] = [];
  let at = 0;
  let start = -1;
  let startAt = 0;
  chars.forEach((c, i) => {
    if (/\s/.test(c)) {
      if (start >= 0) {
        out.push(part(chars.slice(start, i).join(""), startAt, at));
        start = -1;
      }
    } else if (start < 0) {
      start = i;
      startAt = at;
    }
    at += em(c);
  });
  if (start >= 0) out.push(part(chars.slice(start).join(""), startAt, at));
  return out;

  function part(text: string, from: number, to: number): Piece {
    return { ...p, text, x: p.x + (p.w * from) / total, w: (p.w * (to - from)) / total };
  }
}

/** One text item in viewport space (y downward), or null when it is not horizontal text. */
export function pieceOf(item: TextItem, viewport: number[], page: number): Piece | null {
  const text = item.str ?? "";
  if (!text.trim() || !item.transform || item.dir === "ttb") return null;
  const t = multiply(viewport as Matrix, item.transform);
  // Horizontal text only: in viewport space the glyph x-axis runs along +x.
  if (Math.abs(t[1]) > 1e-3 * Math.abs(t[0]) || t[0] <= 0) return null;
  const size = Math.abs(t[3]) || item.height || 0;
  if (size <= 0) return null;
  const scale = Math.hypot(viewport[0], viewport[1]) || 1;
  return {
    text,
    x: t[4],
    y: t[5],
    w: (item.width ?? 0) * scale,
    size,
    page,
  };
}

const IMAGE_OPS = ["paintImageXObject", "paintInlineImageXObject", "paintImageMaskXObject"];
/** Fewer characters than this is no report's text: the document is looked at for images (a scan). */
export const FEW_CHARS = 40;

export async function readPdf(pdfjs: PdfJs, bytes: Uint8Array): Promise<PdfRead> {
  let doc: PdfDocumentProxy;
  try {
    doc = await pdfjs.getDocument({
      // A plain copy: pdf.js may transfer the buffer to its worker, and refuses a Node Buffer.
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as { name?: string }).name ?? "";
    if (name === "PasswordException") return { kind: "encrypted" };
    return { kind: "corrupt", why: e instanceof Error ? e.message : String(e) };
  }
  try {
    const pages: PdfPage[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const vp = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        const p = pieceOf(item, vp.transform, n);
        if (p) {
          pieces.push(...splitFigures(p));
          chars += p.text.length;
        }
      }
      pages.push({ width: vp.width, height: vp.height, pieces });
    }
    let images = 0;
    if (chars < FEW_CHARS) {
      const ops = new Set(IMAGE_OPS.map((k) => pdfjs.OPS[k]).filter((v) => v !== undefined));
      for (let n = 1; n <= doc.numPages; n++) {
        const list = await (await doc.getPage(n)).getOperatorList();
        images += list.fnArray.filter((f) => ops.has(f)).length;
      }
    }
    return { kind: "pages", pages, images };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
