/** Walking a parsed XML tree (metadata.ts's parseXml): names without their prefix, children, text. */
import type { XmlElement } from "./metadata";

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
