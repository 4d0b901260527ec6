import { docToPlainText } from "../content/rich-text/text";
import type { RichTextDoc, RichTextMark, RichTextNode } from "../content/rich-text/types";
import { storyFieldNames, storyFields, type WorkingCopy } from "./model";

// The attributes the server keeps (lib/content/rich-text/schema.ts); the editor adds others (link target, list type).
const keptAttrs: Record<string, readonly string[]> = {
  heading: ["level"],
  orderedList: ["start"],
  photo: ["mediaId", "alt", "caption", "credit"],
};

function cleanAttrs(keys: readonly string[] | undefined, attrs: Record<string, unknown> | undefined) {
  if (!keys || !attrs) return undefined;
  const out: Record<string, unknown> = {};
  // An empty override means "use the library's words", the same as no override.
  for (const k of keys) if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== "") out[k] = attrs[k];
  return Object.keys(out).length ? out : undefined;
}

function cleanMark(m: RichTextMark): RichTextMark {
  return m.type === "link" ? { type: "link", attrs: { href: m.attrs?.href } } : { type: m.type };
}

function cleanNode(n: RichTextNode): RichTextNode {
  const out: RichTextNode = { type: n.type };
  const attrs = cleanAttrs(keptAttrs[n.type], n.attrs);
  if (attrs) out.attrs = attrs;
  if (n.text !== undefined) out.text = n.text;
  if (n.marks?.length) out.marks = n.marks.map(cleanMark);
  if (n.content?.length) out.content = n.content.map(cleanNode);
  return out;
}

const isEmptyParagraph = (n: RichTextNode | undefined) => n?.type === "paragraph" && !n.content?.length;

/**
 * The body as the server stores it: allowlisted attributes only, no trailing empty paragraphs (the editor keeps
 * one after a final photo so the cursor can go there). Two documents that read the same compare equal.
 */
export function normalizeDoc(doc: RichTextDoc | null | undefined): RichTextDoc {
  const content = (doc?.content ?? []).map(cleanNode);
  while (isEmptyParagraph(content[content.length - 1])) content.pop();
  return { type: "doc", content };
}

export function normalizeWorkingCopy(w: WorkingCopy): WorkingCopy {
  return {
    headline: w.headline,
    dek: w.dek,
    slug: w.slug,
    sectionId: w.sectionId,
    // Working copies saved before stories had a language are English.
    language: w.language ?? "en",
    authorIds: [...w.authorIds],
    tags: [...w.tags],
    heroMediaId: w.heroMediaId ?? null,
    hero: cleanAttrs(["alt", "caption", "credit"], w.hero) ?? {},
    body: normalizeDoc(w.body),
    seoTitle: w.seoTitle ?? "",
    seoDescription: w.seoDescription ?? "",
    featured: !!w.featured,
  };
}

/** JSON with sorted keys: the server's jsonb reorders keys, so plain JSON.stringify would see false changes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** A fingerprint of what a reader would get from a working copy; equal fingerprints mean nothing to save. */
export function workingCopyKey(w: WorkingCopy): string {
  return canonicalJson(normalizeWorkingCopy(w));
}

export function sameWorkingCopy(a: WorkingCopy, b: WorkingCopy): boolean {
  return workingCopyKey(a) === workingCopyKey(b);
}

/** Which parts differ between two working copies, in words, for the conflict view. */
export function changedFields(a: WorkingCopy, b: WorkingCopy): string[] {
  const na = normalizeWorkingCopy(a);
  const nb = normalizeWorkingCopy(b);
  return storyFieldNames.filter((k) => canonicalJson(na[k]) !== canonicalJson(nb[k])).map((k) => storyFields[k].label);
}

/** A working copy as plain reading text (headline, dek, body paragraphs): the conflict view and the clipboard. */
export function workingAsText(w: Pick<WorkingCopy, "headline" | "dek" | "body">): string {
  return [w.headline, w.dek, docToPlainText(w.body)].filter((s) => s.trim()).join("\n\n");
}
