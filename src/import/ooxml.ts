/**
 * A small view of XML as fast-xml-parser's `preserveOrder` mode gives it: each node an object whose
 * one key (besides ":@", the attributes) is its tag and holds its children in document order. Used
 * to read the parts of a DOCX; names are matched without their namespace prefix ("w:p" → "p").
 */
export type XmlNode = Record<string, unknown>;
// e.g. <w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p> is { "w:p": [{ "w:r": [{ "w:t": [{ "#text": "Kế hoạch" }] }] }] }

/**
 * The options that keep text as written: no trimming, no number parsing, attributes under ":@".
 *
 * @example
 * new XMLParser(XML_OPTIONS).parse('<w:t xml:space="preserve"> 01 </w:t>') // [{ "w:t": [{ "#text": " 01 " }], ":@": { "xml:space": "preserve" } }]
 */
export const XML_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
} as const;

/**
 * A node's tag without its namespace prefix ("w:tbl" → "tbl"), "#text" for text.
 *
 * @example
 * localName({ "w:p": [] }) // "p"
 */
export function localName(node: XmlNode): string {
  const key = Object.keys(node).find((k) => k !== ":@") ?? "";
  return key.slice(key.indexOf(":") + 1);
}

/**
 * A node's children (none for text).
 *
 * @example
 * children({ "w:p": [{ "w:r": [] }] }).length // 1
 */
export function children(node: XmlNode): XmlNode[] {
  const key = Object.keys(node).find((k) => k !== ":@");
  const value = key === undefined ? undefined : node[key];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

/**
 * An attribute by its local name ("w:val" → "val"), or undefined.
 *
 * @example
 * attribute({ "w:numId": [], ":@": { "w:val": "3" } }, "val") // "3"
 */
export function attribute(node: XmlNode | undefined, name: string): string | undefined {
  const attributes = node?.[":@"] as Record<string, string> | undefined;
  if (!attributes) return undefined;
  for (const [key, value] of Object.entries(attributes)) if (key === name || key.endsWith(`:${name}`)) return String(value);
  return undefined;
}

/**
 * The first child with a local name, or undefined.
 *
 * @example
 * child({ "w:pPr": [{ "w:numPr": [] }] }, "numPr") // { "w:numPr": [] }
 */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node ? children(node).find((c) => localName(c) === name) : undefined;
}

/**
 * The text of a text node, else "".
 *
 * @example
 * textOf({ "#text": "Kế hoạch" }) // "Kế hoạch"
 */
export function textOf(node: XmlNode): string {
  const value = node["#text"];
  return value === undefined ? "" : String(value);
}
