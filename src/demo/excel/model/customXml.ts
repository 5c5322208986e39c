/** Custom XML parts stored in the workbook, found again by the namespace of their root element. */
import { newGuid } from "./ids";

export interface XmlPart {
  id: string;
  xml: string;
  namespaceUri: string;
  deleted: boolean;
}

/**
 * Namespace of the root element (its prefix's xmlns, or the default xmlns); "" when it has none,
 * as Excel reports. Throws if there is no root element.
 */
export function rootNamespace(xml: string): string {
  const body = xml
    .replace(/<\?[\s\S]*?\?>/g, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<!DOCTYPE[^>]*>/gi, "");
  const m = /<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[^>]*?)?)\s*\/?>/.exec(body);
  if (!m || body.slice(0, m.index).trim() !== "") throw new Error("The XML has no root element");
  const qname = m[1];
  const prefix = qname.includes(":") ? qname.split(":")[0] : "";
  const attr = prefix ? `xmlns:${prefix}` : "xmlns";
  const a = new RegExp(`\\s${attr.replace(/[.:]/g, "\\$&")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(
    m[2] ?? ""
  );
  return a ? (a[2] ?? a[3] ?? "") : "";
}

export class XmlPartStore {
  readonly parts: XmlPart[] = [];

  add(xml: string): XmlPart {
    const part = { id: newGuid(), xml, namespaceUri: rootNamespace(xml), deleted: false };
    this.parts.push(part);
    return part;
  }

  live(): XmlPart[] {
    return this.parts.filter((p) => !p.deleted);
  }

  byNamespace(ns: string): XmlPart[] {
    return this.live().filter((p) => p.namespaceUri === ns);
  }

  get(id: string): XmlPart | undefined {
    return this.live().find((p) => p.id === id);
  }

  setXml(part: XmlPart, xml: string): void {
    part.namespaceUri = rootNamespace(xml);
    part.xml = xml;
  }

  delete(part: XmlPart): void {
    part.deleted = true;
  }
}
