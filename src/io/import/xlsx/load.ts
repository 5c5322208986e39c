/**
 * An .xlsx package → WorkbookData, with exceljs for the sheets and names and JSZip for the custom XML
 * parts (which exceljs does not read). Values are what a spreadsheet shows: a formula's cached result,
 * rich text joined, an error as its code.
 */
import { Workbook, type CellValue, type Worksheet } from "exceljs";
import JSZip from "jszip";
import { METADATA_NAMESPACE, a1, parseA1, parseRange, type Rect } from "../../../sheet";
import { evaluateSums } from "../../../sheet/sums";
import { customXmlParts } from "../../export/xlsx/customXml";
import type { DefinedName, SheetGrid, WorkbookData } from "./types";

type Plain = string | number | boolean;

/** A formula whose result the file did not cache, as exceljs reads it (it also drops a cached 0). */
const UNCACHED = Symbol("uncached");

function plain(v: CellValue): Plain | typeof UNCACHED {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: unknown }).result;
      if (result === undefined || result === null) return UNCACHED;
      if (typeof result === "object" && "error" in result)
        return String((result as { error: unknown }).error);
      return plain(result as CellValue);
    }
    if ("error" in v) return String(v.error);
    if ("text" in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

function formulaOf(v: CellValue): string {
  if (v && typeof v === "object" && "formula" in v && typeof v.formula === "string")
    return `=${v.formula}`;
  return "";
}

function sheetGrid(ws: Worksheet): SheetGrid {
  const values: Plain[][] = [];
  const formulas: string[][] = [];
  const uncached = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // exceljs answers the master's value for every cell of a merge; a spreadsheet holds it once.
      if (cell.isMerged && cell.master !== cell) return;
      const v = plain(cell.value);
      const f = formulaOf(cell.value);
      if (v === "" && f === "") return;
      if (v === UNCACHED) uncached.set(a1({ row: r - 1, col: c - 1 }), f);
      else (values[r - 1] ??= [])[c - 1] = v;
      if (f) (formulas[r - 1] ??= [])[c - 1] = f;
    });
  });
  // Totals as the spreadsheet computes them; any other uncached formula stays blank (unread, not 0).
  const computed = evaluateSums(uncached, (address) => {
    const p = parseA1(address)!;
    return values[p.row]?.[p.col] ?? "";
  });
  for (const [address, v] of computed) {
    const p = parseA1(address)!;
    if (v !== null) (values[p.row] ??= [])[p.col] = v;
  }
  let width = 0;
  for (let r = 0; r < Math.max(values.length, formulas.length); r++)
    width = Math.max(width, values[r]?.length ?? 0, formulas[r]?.length ?? 0);
  const fill = <T>(rows: T[][], blank: T) =>
    Array.from({ length: Math.max(values.length, formulas.length) }, (_, i) =>
      Array.from({ length: width }, (_, j) => rows[i]?.[j] ?? blank)
    );
  const merges = ((ws.model as { merges?: string[] }).merges ?? [])
    .map((m) => parseRange(m))
    .filter((r): r is Rect => r !== null);
  return { name: ws.name, values: fill(values, ""), formulas: fill(formulas, ""), merges };
}

/** `'2024年报表格'!$A$1:$O$53` → sheet and rectangle; null for anything else (several areas, constants). */
export function parseSheetRef(ref: string): { sheet: string; rect: Rect } | null {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return null;
  const rawSheet = ref.slice(0, bang).trim().replace(/^=/, "");
  const sheet =
    rawSheet.startsWith("'") && rawSheet.endsWith("'")
      ? rawSheet.slice(1, -1).replace(/''/g, "'")
      : rawSheet;
  const rect = parseRange(ref.slice(bang + 1).replace(/\$/g, ""));
  return rect ? { sheet, rect } : null;
}

function definedNames(wb: Workbook): DefinedName[] {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
    .model;
  const out: DefinedName[] = [];
  for (const n of model ?? []) {
    if (n.ranges.length !== 1) continue;
    const ref = parseSheetRef(n.ranges[0]);
    if (ref) out.push({ name: n.name, ...ref });
  }
  return out;
}

/** Read an .xlsx package. Throws on a package exceljs cannot open (the caller words the message). */
export async function loadWorkbook(bytes: Uint8Array): Promise<WorkbookData> {
  const wb = new Workbook();
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  await wb.xlsx.load(buffer as ArrayBuffer);
  const zip = await JSZip.loadAsync(bytes);
  return {
    sheets: wb.worksheets.map(sheetGrid),
    names: definedNames(wb),
    metadataParts: await customXmlParts(zip, METADATA_NAMESPACE),
  };
}
