/**
 * Report metadata stored in the workbook as a custom XML part in our own namespace (spec/excel-host.md
 * §4.7), found again with `customXmlParts.getByNamespace(METADATA_NAMESPACE)`. Writing escapes every
 * user text; reading never throws: bad input gives `{ meta: null, reason }`.
 */
import { isEdition } from "../report/editions";
import type { Report, SectionId } from "../report/types";
import {
  childrenNamed,
  escapeXmlAttr,
  escapeXmlText,
  localName,
  ownNamespace,
  parsePartXml,
  xmlText,
  type XmlElement,
} from "./xml";

export const METADATA_NAMESPACE = "urn:gk-annual-report:v1";
const ROOT = "report";

/** What the workbook keeps of the report beside its cells, and where it put the tables. */
export interface ReportMeta extends Pick<
  Report,
  | "edition"
  | "year"
  | "agency"
  | "title"
  | "date"
  | "tableEditions"
  | "narrative"
  | "preface"
  | "signer"
> {
  /** The worksheet: its id (Worksheet.id survives renames) and the name it had when written. */
  sheet: { id?: string; name: string };
  /** Top-left of the block when it was inserted, e.g. "A1". */
  origin?: string;
  /** Defined names that find the tables again, with the reference each had when written. */
  names: { name: string; ref: string }[];
  totalsAsFormulas?: boolean;
}

/** The custom XML part for a report: one root element in METADATA_NAMESPACE. */
export function metadataXml(meta: ReportMeta): string {
  const el = (name: string, text: string) => `<${name}>${escapeXmlText(text)}</${name}>`;
  const parts: string[] = [
    el("edition", meta.edition),
    el("year", meta.year === null ? "" : String(meta.year)),
    el("agency", meta.agency),
  ];
  if (meta.title !== undefined) parts.push(el("title", meta.title));
  if (meta.date !== undefined) parts.push(el("date", meta.date));
  if (meta.preface !== undefined) parts.push(el("preface", meta.preface));
  if (meta.signer !== undefined) parts.push(el("signer", meta.signer));
  const te = Object.entries(meta.tableEditions ?? {}).filter(([, e]) => e);
  if (te.length)
    parts.push(
      `<tableEditions>${te.map(([no, e]) => `<table no="${escapeXmlAttr(no)}" edition="${escapeXmlAttr(String(e))}"/>`).join("")}</tableEditions>`
    );
  parts.push(
    `<sheet${meta.sheet.id !== undefined ? ` id="${escapeXmlAttr(meta.sheet.id)}"` : ""} name="${escapeXmlAttr(meta.sheet.name)}"/>`
  );
  if (meta.origin !== undefined) parts.push(el("origin", meta.origin));
  parts.push(
    `<names>${meta.names.map((n) => `<name id="${escapeXmlAttr(n.name)}" ref="${escapeXmlAttr(n.ref)}"/>`).join("")}</names>`
  );
  if (meta.totalsAsFormulas !== undefined)
    parts.push(el("totalsAsFormulas", String(meta.totalsAsFormulas)));
  const sections = Object.entries(meta.narrative ?? {}).filter(([, t]) => typeof t === "string");
  if (sections.length)
    parts.push(
      `<narrative>${sections.map(([no, t]) => `<section no="${no}">${escapeXmlText(t as string)}</section>`).join("")}</narrative>`
    );
  return `<${ROOT} xmlns="${METADATA_NAMESPACE}" version="1">${parts.join("")}</${ROOT}>`;
}

function textOf(e: XmlElement | undefined): string | undefined {
  return e ? xmlText(e) : undefined;
}

function child(e: XmlElement, name: string): XmlElement | undefined {
  return childrenNamed(e, name)[0];
}

/** Read our custom XML part back. Never throws; `meta` is null with a reason on any problem. */
export function parseMetadataXml(
  xml: unknown
): { meta: ReportMeta; reason?: undefined } | { meta: null; reason: string } {
  const parsed = parsePartXml(xml);
  return parsed.root ? metaOfElement(parsed.root) : { meta: null, reason: parsed.reason };
}

/** The metadata held by a parsed `<report>` element (also when nested in another part, e.g. the sheet registry). */
export function metaOfElement(
  root: XmlElement
): { meta: ReportMeta; reason?: undefined } | { meta: null; reason: string } {
  const ns = ownNamespace(root);
  if (localName(root.name) !== ROOT || ns !== METADATA_NAMESPACE)
    return {
      meta: null,
      reason: `root is <${root.name}> in namespace ${ns ?? "(none)"}, not <${ROOT}> in ${METADATA_NAMESPACE}`,
    };
  if (root.attrs.version !== undefined && root.attrs.version !== "1")
    return { meta: null, reason: `metadata version ${root.attrs.version} is not supported` };
  const edition = textOf(child(root, "edition"))?.trim();
  if (!isEdition(edition))
    return { meta: null, reason: `edition “${edition ?? ""}” is not 2019 or 2021` };
  const yearText = textOf(child(root, "year"))?.trim() ?? "";
  let year: number | null = null;
  if (yearText !== "") {
    if (!/^\d{4}$/.test(yearText))
      return { meta: null, reason: `year “${yearText}” is not a four-digit year` };
    year = Number(yearText);
  }
  const sheetEl = child(root, "sheet");
  if (!sheetEl || sheetEl.attrs.name === undefined)
    return { meta: null, reason: "the sheet element or its name is missing" };
  const meta: ReportMeta = {
    edition,
    year,
    agency: textOf(child(root, "agency")) ?? "",
    sheet: {
      name: sheetEl.attrs.name,
      ...(sheetEl.attrs.id !== undefined ? { id: sheetEl.attrs.id } : {}),
    },
    names: [],
  };
  const title = textOf(child(root, "title"));
  if (title !== undefined) meta.title = title;
  const date = textOf(child(root, "date"));
  if (date !== undefined) meta.date = date;
  for (const f of ["preface", "signer"] as const) {
    const v = textOf(child(root, f));
    if (v !== undefined) meta[f] = v;
  }
  const te = child(root, "tableEditions");
  if (te) {
    meta.tableEditions = {};
    for (const t of childrenNamed(te, "table")) {
      const no = Number(t.attrs.no);
      if (no !== 2 && no !== 3 && no !== 4)
        return { meta: null, reason: `tableEditions: table “${t.attrs.no}” is not 2, 3 or 4` };
      if (!isEdition(t.attrs.edition))
        return {
          meta: null,
          reason: `tableEditions: edition “${t.attrs.edition}” is not 2019 or 2021`,
        };
      meta.tableEditions[no] = t.attrs.edition;
    }
  }
  const origin = textOf(child(root, "origin"))?.trim();
  if (origin) meta.origin = origin;
  const names = child(root, "names");
  for (const n of names ? childrenNamed(names, "name") : []) {
    if (n.attrs.id === undefined || n.attrs.ref === undefined)
      return { meta: null, reason: "a name has no id or ref" };
    meta.names.push({ name: n.attrs.id, ref: n.attrs.ref });
  }
  const totals = textOf(child(root, "totalsAsFormulas"))?.trim();
  if (totals === "true" || totals === "false") meta.totalsAsFormulas = totals === "true";
  const narrative = child(root, "narrative");
  if (narrative) {
    meta.narrative = {};
    for (const sec of childrenNamed(narrative, "section")) {
      const no = Number(sec.attrs.no);
      if (![1, 2, 3, 4, 5, 6].includes(no))
        return { meta: null, reason: `narrative: section “${sec.attrs.no}” is not 1–6` };
      meta.narrative[no as SectionId] = textOf(sec) ?? "";
    }
  }
  return { meta };
}
