import { safeHref } from "./safe-href";
import { headingLevel } from "./text";
import type { RichTextDoc, RichTextMark, RichTextNode } from "./types";

/**
 * A body as an HTML string, for readers outside our pages (the content API's apps and partners): the same
 * allowlist as the page renderer (render.tsx), every text escaped, links only http(s) and mailto.
 */
export type HtmlPhoto = { url: string; alt: string; caption: string; credit: string; width: number; height: number };

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

function marked(text: string, marks: RichTextMark[] | undefined): string {
  let out = escape(text);
  for (const mark of marks ?? []) {
    if (mark.type === "bold") out = `<strong>${out}</strong>`;
    else if (mark.type === "italic") out = `<em>${out}</em>`;
    else if (mark.type === "strike") out = `<s>${out}</s>`;
    else if (mark.type === "link") {
      const href = safeHref(mark.attrs?.href);
      if (href) out = `<a href="${escape(href)}" rel="noopener noreferrer">${out}</a>`;
    }
  }
  return out;
}

const inline = (nodes: RichTextNode[] = []) =>
  nodes.map((n) => (n.type === "text" ? marked(n.text ?? "", n.marks) : n.type === "hardBreak" ? "<br>" : "")).join("");

function block(node: RichTextNode, photo: (attrs: Record<string, unknown>) => HtmlPhoto | null): string {
  const children = () => (node.content ?? []).map((c) => block(c, photo)).join("");
  switch (node.type) {
    case "paragraph":
      return `<p>${inline(node.content)}</p>`;
    case "heading": {
      const level = headingLevel(node);
      return `<h${level}>${inline(node.content)}</h${level}>`;
    }
    case "blockquote":
      return `<blockquote>${children()}</blockquote>`;
    case "bulletList":
      return `<ul>${children()}</ul>`;
    case "orderedList":
      return `<ol>${children()}</ol>`;
    case "listItem":
      return `<li>${children()}</li>`;
    case "horizontalRule":
      return "<hr>";
    case "photo": {
      const p = photo(node.attrs ?? {});
      if (!p) return "";
      const words = [p.caption, p.credit ? `[${p.credit}]` : ""].filter(Boolean).join(" ");
      return `<figure><img src="${escape(p.url)}" alt="${escape(p.alt)}" width="${p.width}" height="${p.height}">${words ? `<figcaption>${escape(words)}</figcaption>` : ""}</figure>`;
    }
    default:
      return "";
  }
}

export function docToHtml(doc: RichTextDoc, photo: (attrs: Record<string, unknown>) => HtmlPhoto | null): string {
  return doc.content
    .map((n) => block(n, photo))
    .filter(Boolean)
    .join("\n");
}
