/**
 * Report metadata stored in the workbook as a custom XML part in our own namespace (spec/excel-host.md
 * §4.7), found again with `customXmlParts.getByNamespace(METADATA_NAMESPACE)`. Writing escapes every
 * user text; reading never throws: bad input gives `{ meta: null, reason }`.
 */
import { isEdition } from "../report/editions";
import type { Report, SectionId } from "../report/types";
import { stripXmlForbidden } from "../report/xmlText";
import { childrenNamed, localName, ownNamespace, xmlText } from "./xmlTree";

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

/** XML 1.0 cannot carry the forbidden characters at all, not even as references: they are dropped. */
export function escapeXmlText(s: string): string {
  return stripXmlForbidden(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;");
}

export function escapeXmlAttr(s: string): string {
  return escapeXmlText(s)
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;");
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

// ---- a small, strict XML reader (enough for our own part; no DTDs, no external entities) ----

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

class XmlError extends Error {}

const NAME = /^[A-Za-z_:\u00C0-\uFFEF][\w.:\-\u00B7\u00C0-\uFFEF]*/;
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(s: string, at: number): string {
  return s.replace(/&([^;&\s]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(";")) throw new XmlError(`unterminated entity near offset ${at}`);
    if (body in ENTITIES) return ENTITIES[body];
    const m = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(body);
    if (!m) throw new XmlError(`unknown entity &${body}; near offset ${at}`);
    const code = m[1][0] === "x" ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10);
    if (!(
      code === 9 ||
      code === 10 ||
      code === 13 ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff)
    ))
      throw new XmlError(`character reference &${body}; is not allowed in XML`);
    return String.fromCodePoint(code);
  });
}

/** Parse a document with exactly one root element. Throws XmlError. */
function parseXmlStrict(xml: string): XmlElement {
  let i = 0;
  const s = xml.replace(/^\uFEFF/, "");
  const fail = (msg: string): never => {
    throw new XmlError(`${msg} (offset ${i})`);
  };
  const skipMisc = () => {
    for (;;) {
      while (i < s.length && /\s/.test(s[i])) i++;
      if (s.startsWith("<?", i)) {
        const end = s.indexOf("?>", i);
        if (end < 0) fail("unterminated processing instruction");
        i = end + 2;
      } else if (s.startsWith("<!--", i)) {
        const end = s.indexOf("-->", i + 4);
        if (end < 0) fail("unterminated comment");
        i = end + 3;
      } else if (s.startsWith("<!DOCTYPE", i) || s.startsWith("<!doctype", i)) {
        fail("a DOCTYPE is not allowed");
      } else return;
    }
  };
  const readName = (): string => {
    const m = NAME.exec(s.slice(i, i + 200));
    if (!m) fail("expected a name");
    i += m![0].length;
    return m![0];
  };
  const readElement = (): XmlElement => {
    if (s[i] !== "<") fail("expected an element");
    i++;
    const name = readName();
    const attrs: Record<string, string> = {};
    for (;;) {
      const ws = /^\s*/.exec(s.slice(i))![0].length;
      i += ws;
      if (s.startsWith("/>", i)) {
        i += 2;
        return { name, attrs, children: [] };
      }
      if (s[i] === ">") {
        i++;
        break;
      }
      if (!ws) fail(`malformed start tag <${name}>`);
      const an = readName();
      while (/\s/.test(s[i] ?? "")) i++;
      if (s[i] !== "=") fail(`attribute ${an} has no value`);
      i++;
      while (/\s/.test(s[i] ?? "")) i++;
      const q = s[i];
      if (q !== '"' && q !== "'") fail(`attribute ${an} is not quoted`);
      const end = s.indexOf(q, i + 1);
      if (end < 0) fail(`unterminated attribute ${an}`);
      const raw = s.slice(i + 1, end);
      if (raw.includes("<")) fail(`“<” inside attribute ${an}`);
      if (an in attrs) fail(`duplicate attribute ${an}`);
      attrs[an] = decodeEntities(raw.replace(/[\t\n\r]/g, " "), i);
      i = end + 1;
    }
    const children: (XmlElement | string)[] = [];
    let text = "";
    for (;;) {
      if (i >= s.length) fail(`<${name}> is not closed`);
      if (s.startsWith("</", i)) {
        i += 2;
        const close = readName();
        if (close !== name) fail(`</${close}> closes <${name}>`);
        while (/\s/.test(s[i] ?? "")) i++;
        if (s[i] !== ">") fail(`malformed end tag </${close}>`);
        i++;
        if (text) children.push(text);
        return { name, attrs, children };
      }
      if (s.startsWith("<!--", i)) {
        const end = s.indexOf("-->", i + 4);
        if (end < 0) fail("unterminated comment");
        i = end + 3;
      } else if (s.startsWith("<![CDATA[", i)) {
        const end = s.indexOf("]]>", i + 9);
        if (end < 0) fail("unterminated CDATA section");
        text += s.slice(i + 9, end);
        i = end + 3;
      } else if (s.startsWith("<?", i)) {
        const end = s.indexOf("?>", i);
        if (end < 0) fail("unterminated processing instruction");
        i = end + 2;
      } else if (s[i] === "<") {
        if (text) children.push(text);
        text = "";
        children.push(readElement());
      } else {
        const next = s.indexOf("<", i);
        const end = next < 0 ? s.length : next;
        const raw = s.slice(i, end);
        if (raw.includes("]]>")) fail("“]]>” in text");
        text += decodeEntities(raw.replace(/\r\n?/g, "\n"), i);
        i = end;
      }
    }
  };
  skipMisc();
  if (i >= s.length) fail("empty document");
  const root = readElement();
  skipMisc();
  if (i < s.length) fail("content after the root element");
  return root;
}

/** Parse any XML into a tree; null + reason when it is not well-formed. */
export function parseXml(
  xml: string
): { root: XmlElement; reason?: undefined } | { root: null; reason: string } {
  try {
    return { root: parseXmlStrict(xml) };
  } catch (e) {
    if (e instanceof XmlError) return { root: null, reason: e.message };
    throw e;
  }
}

function textOf(e: XmlElement | undefined): string | undefined {
  return e ? xmlText(e) : undefined;
}

function child(e: XmlElement, name: string): XmlElement | undefined {
  return childrenNamed(e, name)[0];
}

/** The root element of a part's text as read from Excel (unknown: not necessarily a string); never throws. */
export function parsePartXml(
  xml: unknown
): { root: XmlElement; reason?: undefined } | { root: null; reason: string } {
  if (typeof xml !== "string") return { root: null, reason: "not a string" };
  const parsed = parseXml(xml);
  return parsed.root ? parsed : { root: null, reason: `not well-formed XML: ${parsed.reason}` };
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
