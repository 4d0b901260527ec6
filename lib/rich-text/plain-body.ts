import type { RichTextDoc, RichTextNode } from "./types";

const paragraphText = (node: RichTextNode): string =>
  (node.content ?? []).map((c) => (c.type === "text" ? c.text ?? "" : c.type === "hardBreak" ? "\n" : paragraphText(c))).join("");

/** The story's top-level paragraphs as plain text, separated by blank lines: what the desk's Body box edits. */
export function docToParagraphText(doc: RichTextDoc): string {
  return doc.content.filter((n) => n.type === "paragraph").map(paragraphText).join("\n\n");
}

export function splitParagraphs(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

/**
 * Puts edited paragraphs back into the stored document. Every other block (photos, headings, quotes, lists)
 * stays where it was; an unchanged paragraph keeps its marks (links, emphasis); extra paragraphs go after the
 * last one, and removed ones disappear.
 */
export function mergeParagraphText(original: RichTextDoc, text: string): RichTextDoc {
  const next = splitParagraphs(text);
  const content: RichTextNode[] = [];
  let i = 0;
  const toNode = (t: string): RichTextNode => ({ type: "paragraph", content: [{ type: "text", text: t }] });
  const lastParagraph = original.content.map((n) => n.type).lastIndexOf("paragraph");
  original.content.forEach((node, index) => {
    if (node.type !== "paragraph") {
      content.push(node);
    } else {
      const t = next[i++];
      if (t !== undefined) content.push(paragraphText(node).trim() === t ? node : toNode(t));
    }
    if (index === lastParagraph) while (i < next.length) content.push(toNode(next[i++]!));
  });
  while (i < next.length) content.push(toNode(next[i++]!));
  return { type: "doc", content };
}
