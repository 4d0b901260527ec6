import type { RichTextDoc, RichTextNode } from "./types";

const BLOCKS = new Set(["paragraph", "heading", "blockquote", "listItem", "photo"]);

/** The document's words as plain text, one block a paragraph; feeds search, descriptions and feeds. */
export function docToPlainText(doc: RichTextDoc): string {
  const out: string[] = [];
  const walk = (node: RichTextNode, acc: string[]): void => {
    if (node.type === "text") acc.push(node.text ?? "");
    else if (node.type === "hardBreak") acc.push(" ");
    for (const child of node.content ?? []) {
      if (BLOCKS.has(child.type)) {
        const inner: string[] = [];
        walk(child, inner);
        const text = inner.join("").trim();
        if (text) out.push(text);
      } else walk(child, acc);
    }
  };
  walk(doc, []);
  return out.join("\n\n");
}

/** The first sentences of a text, cut at a word near max characters. */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trimEnd()}…`;
}

/** A heading node's level as readers get it: 2 to 4, since the headline is the page's only h1. */
export function headingLevel(node: { attrs?: Record<string, unknown> }): 2 | 3 | 4 {
  return Math.min(Math.max(Number(node.attrs?.level) || 2, 2), 4) as 2 | 3 | 4;
}
