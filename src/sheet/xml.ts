/**
 * Our custom XML parts as text: escaping what we write, and a small strict reader (enough for our own
 * parts; no DTDs, no external entities) with the few walks the metadata, registry and narrative need.
 */
import { stripXmlForbidden } from "../report/xmlText";

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

/** The root element of a part's text as read from Excel (unknown: not necessarily a string); never throws. */
export function parsePartXml(
  xml: unknown
): { root: XmlElement; reason?: undefined } | { root: null; reason: string } {
  if (typeof xml !== "string") return { root: null, reason: "not a string" };
  const parsed = parseXml(xml);
  return parsed.root ? parsed : { root: null, reason: `not well-formed XML: ${parsed.reason}` };
}

/** "gk:report" → "report". */
export const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

/** The namespace URI the element's own prefix (or the default) is bound to on it. */
export function ownNamespace(e: XmlElement): string | undefined {
  const prefix = e.name.includes(":") ? e.name.slice(0, e.name.indexOf(":")) : "";
  return e.attrs[prefix ? `xmlns:${prefix}` : "xmlns"];
}

/** The text inside an element, its descendants' included. */
export function xmlText(e: XmlElement): string {
  return e.children.map((c) => (typeof c === "string" ? c : xmlText(c))).join("");
}

/** Child elements with this local name, in order. */
export function childrenNamed(e: XmlElement, name: string): XmlElement[] {
  return e.children.filter(
    (c): c is XmlElement => typeof c !== "string" && localName(c.name) === name
  );
}
