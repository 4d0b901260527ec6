import type { RichTextDoc, RichTextNode } from "./types";

const paragraphText = (node: RichTextNode): string =>
  (node.content ?? []).map((c) => (c.type === "text" ? c.text ?? "" : c.type === "hardBreak" ? "\n" : paragraphText(c))).join("");

const isTextParagraph = (node: RichTextNode) => node.type === "paragraph" && paragraphText(node).trim() !== "";
const toParagraph = (text: string): RichTextNode => ({ type: "paragraph", content: [{ type: "text", text }] });

/** The story's top-level paragraphs as plain text, separated by blank lines: what the desk's Body box edits. */
export function docToParagraphText(doc: RichTextDoc): string {
  return doc.content.filter(isTextParagraph).map(paragraphText).join("\n\n");
}

export function splitParagraphs(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

/** For each item of a, the index of its partner in b under a longest common subsequence, or -1. */
function lcsMatches(a: string[], b: string[]): number[] {
  // lengths[i][j]: length of the LCS of a[i..] and b[j..]
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const match = new Array<number>(a.length).fill(-1);
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) match[i++] = j++;
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return match;
}

/**
 * Puts edited paragraphs back into the stored document, aligning old and new paragraphs by their text (an LCS
 * diff), so a deleted or inserted paragraph does not shift the others. Unchanged paragraphs keep their marks;
 * a changed paragraph becomes plain text in the place of the one it replaces; new ones go just before the next
 * unchanged paragraph; removed and empty ones disappear. Photos, headings, quotes and lists stay where they were
 * relative to the unchanged paragraphs around them.
 */
export function mergeParagraphText(original: RichTextDoc, text: string): RichTextDoc {
  const next = splitParagraphs(text);
  const blocks = original.content.filter((n) => n.type !== "paragraph" || isTextParagraph(n));
  const oldParagraphs = blocks.filter((n) => n.type === "paragraph");
  const match = lcsMatches(oldParagraphs.map((n) => paragraphText(n).trim()), next);
  // For each old paragraph, where the new text of its gap ends: the next kept paragraph's index, or the end.
  const gapEnd = match.map((_, i) => match.slice(i).find((m) => m >= 0) ?? next.length);

  const content: RichTextNode[] = [];
  let j = 0; // the next new paragraph not yet placed
  let k = 0; // the index of the current old paragraph
  for (const node of blocks) {
    if (node.type !== "paragraph") {
      content.push(node);
      continue;
    }
    const m = match[k]!;
    const end = gapEnd[k++]!;
    if (m >= 0) {
      while (j < m) content.push(toParagraph(next[j++]!));
      content.push(node);
      j = m + 1;
    } else if (j < end) {
      content.push(toParagraph(next[j++]!)); // a changed paragraph takes the place of the old one
    }
  }
  while (j < next.length) content.push(toParagraph(next[j++]!));
  return { type: "doc", content };
}
