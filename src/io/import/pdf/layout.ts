/**
 * The pages of a PDF → the importer's source model: paragraphs for the title, sections and
 * narrative, and the three tables found by their section headings (二、 三、 四、), each running to the
 * next heading across pages. Tables become exact rows (label, then one cell per column, blank cells
 * kept), read by the same table readers as text and HTML.
 */
import { withoutSpaces } from "../labels/normalize";
import { headingNo } from "../sections";
import type { SectionId, TableNo } from "../../../report/types";
import type { ImportProblem, SourceBlock, SourceDoc } from "../types";
import { groupLines, type Line } from "./lines";
import { stackPages } from "./pages";
import { paragraphs } from "./paragraphs";
import { readTable2Pdf } from "./table2";
import { readTable3Pdf, type PdfTable } from "./table3";
import { readTable4Pdf } from "./table4";
import type { PdfPage, Piece } from "./types";

const TABLE_AFTER: Partial<Record<SectionId, TableNo>> = { 2: 2, 3: 3, 4: 4 };
const READERS: Record<TableNo, (pieces: Piece[]) => PdfTable> = {
  2: readTable2Pdf,
  3: readTable3Pdf,
  4: readTable4Pdf,
};

export interface PdfSource {
  doc: SourceDoc;
  problems: ImportProblem[];
}

export function pagesToSource(pages: PdfPage[]): PdfSource {
  const lines = groupLines(stackPages(pages));
  // Section headings in order; a table row such as 一、本年新收… never passes for one (order, wording).
  const heading = new Map<Line, SectionId>();
  let last = 0;
  for (const l of lines) {
    const n = headingNo(withoutSpaces(l.text), last);
    if (n !== null) {
      heading.set(l, n);
      last = n;
    }
  }
  const problems: ImportProblem[] = [];
  const blocks: SourceBlock[] = [];
  let body: Line[] = [];
  let table: { no: TableNo; lines: Line[] } | null = null;
  const flushBody = () => {
    for (const p of paragraphs(body, (l) => heading.has(l)))
      blocks.push({ kind: "para", text: p.text });
    body = [];
  };
  const flushTable = () => {
    if (!table) return;
    const read = READERS[table.no](table.lines.flatMap((l) => l.pieces));
    problems.push(...read.problems);
    if (read.rows.length) blocks.push({ kind: "table", rows: read.rows });
    table = null;
  };
  for (const l of lines) {
    const n = heading.get(l);
    if (n !== undefined) {
      flushTable();
      body.push(l);
      const no = TABLE_AFTER[n];
      if (no) {
        flushBody();
        table = { no, lines: [] };
      }
      continue;
    }
    if (table) table.lines.push(l);
    else body.push(l);
  }
  flushTable();
  flushBody();
  return { doc: { format: "pdf", blocks, titleHints: [] }, problems };
}
