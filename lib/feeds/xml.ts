/**
 * XML text escaping by construction: every staff string passes through xmlText(), never CDATA (a CDATA section
 * cannot hold "]]>", and the feed package escaped only the first one). Characters XML 1.0 cannot carry at all
 * (C0 controls, lone surrogates, U+FFFE/U+FFFF) are dropped, so the document parses whatever was typed.
 */
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" };

export function xmlText(s: string): string {
  return s.replace(INVALID_XML, "").replace(/[<>&'"]/g, (c) => ENTITIES[c]!);
}

type Child = XmlNode | string | null | undefined | false;
export type XmlNode = { name: string; attrs?: Record<string, string | undefined>; children: Child[] };

/** An element; string children are text (escaped when written), never markup. */
export function el(name: string, attrs: XmlNode["attrs"] | null, ...children: Child[]): XmlNode {
  return { name, attrs: attrs ?? undefined, children };
}

export function writeXml(node: XmlNode): string {
  const attrs = Object.entries(node.attrs ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlText(v!)}"`)
    .join("");
  const inner = node.children.map((c) => (typeof c === "string" ? xmlText(c) : c ? writeXml(c) : "")).join("");
  return `<${node.name}${attrs}>${inner}</${node.name}>`;
}

export function xmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${writeXml(root)}\n`;
}

export function xmlResponse(xml: string, status = 200): Response {
  return new Response(xml, {
    status,
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
    },
  });
}
