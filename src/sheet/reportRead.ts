/**
 * The report as read from a snapshot: its values, its layout where it now sits, and what is wrong with
 * the tables, in plain words.
 */
import type { Message, Report, Severity } from "../report";
import { parseA1 } from "./a1";
import { layoutOf, type SheetLayout } from "./layout";
import type { ReportMeta } from "./metadata";
import { REPORT_BLOCK_NAME } from "./plan";
import { alignRows, readBlock, type Alignment } from "./readback";
import type { FoundBlock, Snapshot } from "./snapshot";

/** Something wrong with the tables themselves (a label overwritten, a block moved apart), in plain words. */
export interface ReportProblem {
  /** What kind of problem (the read-back kinds, or "metadata" / "names" from reading the workbook). */
  kind: string;
  message: Message;
  /** A1 address of the damaged cell or range on the report's sheet, when known. */
  address?: string;
  /** "error": the tables cannot be read reliably; "warning": read, but something looks off. */
  severity: Severity;
}

export interface ReadResult {
  report: Report;
  /** Layout with its origin at the block's current top-left. */
  layout: SheetLayout;
  /** Expected sheet row → the row it is on now (null: deleted). */
  alignment: Alignment;
  problems: ReportProblem[];
  sheetName: string;
  sheetId: string;
  meta: ReportMeta | null;
  /** The block as read (for re-inserting over it). */
  block: FoundBlock;
}

/** Read the block with the metadata's edition, or, when the metadata is lost, with the edition that fits. */
export function interpretBlock(
  block: FoundBlock,
  meta: ReportMeta | null,
  metaProblem: string | null
): ReadResult {
  const origin = { row: block.rect.top, col: block.rect.left };
  const grid = { values: block.values, formulas: block.formulas, origin };
  const { report, layout, problems } = readBlock(grid, meta, block.merges);
  const best: ReadResult = {
    report,
    layout,
    alignment: alignRows(layout, grid),
    problems,
    sheetName: block.sheetName,
    sheetId: block.sheetId,
    meta,
    block,
  };
  if (!meta) {
    best.problems.unshift({
      kind: "metadata",
      severity: "warning",
      message: {
        zh: "工作簿里保存的报告信息（年度、机关名称、版式）丢失了，已按表格结构识别版式。重新插入表格可恢复。",
        en: `The report details saved in the workbook (year, agency, edition) are missing (${metaProblem ?? "unknown"}); the edition was recognised from the tables. Inserting the tables again restores them.`,
      },
    });
  }
  return best;
}

/**
 * The report on the workbook: through GK_REPORT, or — when that name is gone — at the place the
 * metadata recorded, if that is on the probed sheet. Null when neither finds it.
 */
export function locateReport(snap: Snapshot): ReadResult | null {
  if (snap.block) return interpretBlock(snap.block, snap.meta, snap.metaProblem);
  const { meta, probe } = snap;
  // The saved id is only a hint: worksheet ids change between sessions and platforms (office-js-docs
  // #297, office-js #1390), so the saved sheet name is as good a match.
  if (
    !meta ||
    !probe ||
    (meta.sheet.id !== probe.sheetId &&
      meta.sheet.name.toLowerCase() !== probe.sheetName.toLowerCase())
  )
    return null;
  const origin = parseA1(meta.origin ?? "A1");
  if (!origin) return null;
  const rect = layoutOf(meta, origin).rect;
  if (rect.bottom > probe.rect.bottom || rect.right > probe.rect.right) return null;
  const slice = (g: unknown[][]) =>
    g.slice(rect.top, rect.bottom + 1).map((row) => row.slice(rect.left, rect.right + 1));
  const read = interpretBlock(
    { ...probe, rect, values: slice(probe.values), formulas: slice(probe.formulas) },
    meta,
    snap.metaProblem
  );
  read.problems.unshift({
    kind: "names",
    severity: "warning",
    message: {
      zh: `用来定位表格的名称 ${REPORT_BLOCK_NAME} 不见了，已按保存的位置读取。重新插入表格可恢复（已填的数字会保留）。`,
      en: `The name ${REPORT_BLOCK_NAME} that locates the tables is gone; they were read at their saved place. Inserting the tables again restores it (typed numbers are kept).`,
    },
  });
  return read;
}

/** Problem for a workbook whose metadata is there but whose tables cannot be found. */
export function namesLostProblem(meta: ReportMeta): ReportProblem {
  return {
    kind: "names",
    severity: "error",
    message: {
      zh: `找不到报告表格：用来定位表格的名称 ${REPORT_BLOCK_NAME} 被删除了，或表格所在的行被删除（原在工作表“${meta.sheet.name}”）。请撤销删除，或重新插入表格。`,
      en: `The report tables cannot be found: the name ${REPORT_BLOCK_NAME} that locates them was deleted, or their rows were (they were on sheet “${meta.sheet.name}”). Undo the deletion or insert the tables again.`,
    },
  };
}

/** The tables cannot be read reliably (an error among the problems). */
export function isDamaged(read: Pick<ReadResult, "problems">): boolean {
  return read.problems.some((p) => p.severity === "error");
}
