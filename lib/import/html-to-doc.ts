import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import type { RichTextDoc, RichTextMark, RichTextNode } from "@/lib/content/rich-text/types";
import { safeHref } from "@/lib/content/rich-text/safe-href";
import { expandShortcodes, type ShortcodeNote } from "./shortcodes";

/**
 * A WordPress post's HTML (the classic editor's, with its blank-line paragraphs, or the block editor's, with its
 * `<!-- wp:... -->` markers) as our rich-text document. Everything is rebuilt from text and an allowlist: no tag
 * or attribute of the source is carried over, links keep only http(s) and mailto addresses, and every place where
 * something was left out or changed is noted for the report.
 */

export type ImageRef = { src: string; attachmentId: string; alt: string; caption: string };
export type Conversion = { doc: RichTextDoc; images: ImageRef[]; notes: ShortcodeNote[] };

/** A photo node's mediaId until the importer knows the photo: the index of its ImageRef. */
export const IMAGE_REF = "wp-image-ref:";

const DROP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "link",
  "meta",
  "base",
  "form",
  "input",
  "button",
  "select",
  "textarea",
  "svg",
  "math",
  "canvas",
  "map",
  "object",
  "applet",
  "param",
  "source",
  "track",
]);
const MEDIA = new Set(["iframe", "embed", "video", "audio"]);
const CONTAINERS = new Set([
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "nav",
  "center",
  "details",
  "summary",
  "dl",
  "dt",
  "dd",
  "address",
  "body",
  "html",
  "figure",
]);
const MARKS: Record<string, RichTextMark["type"]> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  cite: "italic",
  s: "strike",
  del: "strike",
  strike: "strike",
};
// Block markers whose content the allowlist cannot hold: noted, their text kept where there is any.
const NOTED_BLOCKS = /^(?:embed|core-embed\/|html|shortcode)/;
const CORE_BLOCKS =
  /^(?:paragraph|heading|list|list-item|quote|pullquote|image|gallery|separator|group|columns|column|spacer|preformatted|code|verse|cover|media-text|buttons|button|more|nextpage|details|read-more|table|video|audio|file)$/;

const textOf = (node: ChildNode): string => {
  if (node.type === "text") return node.data;
  if (node.type !== "tag") return "";
  return DROP.has(node.name.toLowerCase()) || MEDIA.has(node.name.toLowerCase())
    ? ""
    : node.children.map(textOf).join("");
};

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** The text of a title or a name that may carry markup or entities ("Mayor&#8217;s <em>plan</em>"). */
export function plainText(html: string): string {
  if (!/[<&]/.test(html)) return squash(html);
  return squash(parseDocument(html, { decodeEntities: true }).children.map(textOf).join(""));
}

class Builder {
  blocks: RichTextNode[] = [];
  private inline: RichTextNode[] = [];

  text(value: string, marks: RichTextMark[]) {
    if (!value) return;
    const last = this.inline[this.inline.length - 1];
    if (last?.type === "text" && sameMarks(last.marks, marks)) last.text += value;
    else this.inline.push({ type: "text", text: value, ...(marks.length ? { marks: [...marks] } : {}) });
  }
  hardBreak() {
    if (this.inline.length) this.inline.push({ type: "hardBreak" });
  }
  /** Ends the paragraph being gathered, trimmed; an empty one is dropped. */
  flush(type: "paragraph" | "heading" = "paragraph", level = 2) {
    const content = trimInline(this.inline);
    this.inline = [];
    if (!content.length) return;
    this.blocks.push(type === "heading" ? { type, attrs: { level }, content } : { type, content });
  }
  block(node: RichTextNode) {
    this.flush();
    this.blocks.push(node);
  }
}

function sameMarks(a: RichTextMark[] | undefined, b: RichTextMark[]) {
  const x = a ?? [];
  return x.length === b.length && x.every((m, i) => m.type === b[i]!.type && m.attrs?.href === b[i]!.attrs?.href);
}

function trimInline(nodes: RichTextNode[]): RichTextNode[] {
  const out = nodes.map((n) => ({ ...n }));
  while (out[0]?.type === "hardBreak") out.shift();
  while (out[out.length - 1]?.type === "hardBreak") out.pop();
  const first = out[0];
  if (first?.type === "text") first.text = first.text!.trimStart();
  const last = out[out.length - 1];
  if (last?.type === "text") last.text = last.text!.trimEnd();
  return out.filter((n) => n.type !== "text" || n.text);
}

type Ctx = { marks: RichTextMark[]; classic: boolean; pre: boolean; block: string };

/** `ownAttachments`: the ids of the photos uploaded to the post, which a [gallery] without ids shows. */
export function htmlToDoc(source: string, ownAttachments: string[] = []): Conversion {
  const { html, notes } = expandShortcodes(source, 0, ownAttachments);
  const classic = !html.includes("<!-- wp:");
  const images: ImageRef[] = [];
  const note = (kind: string, detail: string) => {
    if (notes.length < 200) notes.push({ kind, detail });
  };
  const dom = parseDocument(html, { decodeEntities: true });

  const photo = (b: Builder, el: Element, caption: string, attachmentId: string) => {
    const src = el.attribs.src ?? "";
    const id = attachmentId || /wp-image-(\d+)/.exec(el.attribs.class ?? "")?.[1] || "";
    images.push({ src, attachmentId: id, alt: squash(el.attribs.alt ?? ""), caption: squash(caption) });
    b.block({ type: "photo", attrs: { mediaId: `${IMAGE_REF}${images.length - 1}` } });
  };

  const walk = (nodes: ChildNode[], b: Builder, ctx: Ctx) => {
    let block = ctx.block;
    for (const node of nodes) {
      if (node.type === "comment") {
        const marker = /^\s*(\/?)wp:([a-z0-9/-]+)/.exec(node.data);
        if (!marker) continue;
        if (marker[1]) block = ctx.block;
        else if (!node.data.trimEnd().endsWith("/")) {
          block = marker[2]!;
          if (NOTED_BLOCKS.test(block) || (!CORE_BLOCKS.test(block) && block !== ctx.block))
            note("block", `block "${block}": ${NOTED_BLOCKS.test(block) ? "kept as text or a link" : "its text kept"}`);
        }
        continue;
      }
      if (node.type === "text") {
        inlineText(node.data, b, { ...ctx, block });
        continue;
      }
      if (node.type === "cdata") continue;
      if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
      element(node as Element, b, { ...ctx, block });
    }
  };

  const inlineText = (data: string, b: Builder, ctx: Ctx) => {
    if (ctx.pre) {
      data.split("\n").forEach((line, i) => {
        if (i) b.hardBreak();
        b.text(line, ctx.marks);
      });
      return;
    }
    // An embed block's content is its address: a link to it is what a page without the embed can offer.
    const url = /embed/.test(ctx.block) ? safeHref(data.trim()) : null;
    if (url && /^https?:/.test(url))
      return b.block({
        type: "paragraph",
        content: [{ type: "text", text: url, marks: [{ type: "link", attrs: { href: url } }] }],
      });
    if (!ctx.classic) return b.text(data.replace(/\s+/g, " "), ctx.marks);
    // The classic editor stores paragraphs as blank lines and line breaks as newlines (WordPress's wpautop).
    const paragraphs = data.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/);
    paragraphs.forEach((para, i) => {
      if (i) b.flush();
      para.split("\n").forEach((line, j) => {
        if (j && line.trim()) b.hardBreak();
        b.text(line.replace(/[ \t]+/g, " "), ctx.marks);
      });
    });
  };

  const children = (el: Element, ctx: Ctx) => {
    const inner = new Builder();
    walk(el.children, inner, ctx);
    inner.flush();
    return inner.blocks;
  };

  const element = (el: Element, b: Builder, ctx: Ctx) => {
    const name = el.name.toLowerCase();
    if (DROP.has(name)) {
      if (name === "script" || name === "style" || name === "form" || name === "object")
        note(name, `a <${name}> left out`);
      return;
    }
    if (MEDIA.has(name)) {
      const url = safeHref(el.attribs.src ?? el.children.map((c) => (c.type === "tag" ? c.attribs.src : "")).join(""));
      note(name, `a <${name}>${url ? ` (${url}) kept as a link` : " left out"}`);
      if (url && /^https?:/.test(url))
        b.block({
          type: "paragraph",
          content: [{ type: "text", text: url, marks: [{ type: "link", attrs: { href: url } }] }],
        });
      return;
    }
    const mark = MARKS[name];
    if (mark)
      return walk(el.children, b, { ...ctx, marks: [...ctx.marks.filter((m) => m.type !== mark), { type: mark }] });
    if (name === "a") {
      const raw = el.attribs.href ?? "";
      const href = raw ? safeHref(raw) : null;
      if (raw && !href && !raw.startsWith("#")) note("link", `a link to "${raw.slice(0, 80)}" removed, its text kept`);
      const marks = ctx.marks.filter((m) => m.type !== "link");
      return walk(
        el.children,
        b,
        href ? { ...ctx, marks: [...marks, { type: "link", attrs: { href } }] } : { ...ctx, marks },
      );
    }
    if (name === "br") return b.hardBreak();
    if (name === "img") return photo(b, el, "", "");
    if (name === "figure" || (name === "div" && /\bwp-caption\b/.test(el.attribs.class ?? ""))) {
      const img = findFirst(el, "img");
      if (img) {
        const captionEl = findFirst(el, "figcaption") ?? findFirst(el, "p", "wp-caption-text");
        const caption = captionEl ? textOf(captionEl) : textWithout(el, img);
        return photo(b, img, caption, el.attribs["data-wp-attachment"] ?? "");
      }
    }
    if (name === "p") {
      b.flush();
      walk(el.children, b, { ...ctx, classic: false });
      return b.flush();
    }
    const heading = /^h([1-6])$/.exec(name);
    if (heading) {
      b.flush();
      walk(el.children, b, { ...ctx, classic: false });
      return b.flush("heading", Math.min(4, Math.max(2, Number(heading[1]))));
    }
    if (name === "blockquote") {
      const content = children(el, ctx);
      if (content.length) b.block({ type: "blockquote", content });
      return;
    }
    if (name === "ul" || name === "ol") {
      const items = el.children
        .filter((c): c is Element => c.type === "tag" && c.name.toLowerCase() === "li")
        .map((li) => ({ type: "listItem", content: children(li, { ...ctx, classic: false }) }))
        .filter((li) => li.content.length);
      if (items.length) b.block({ type: name === "ul" ? "bulletList" : "orderedList", content: items });
      return;
    }
    if (name === "hr") return b.block({ type: "horizontalRule" });
    if (name === "pre") {
      b.flush();
      walk(el.children, b, { ...ctx, pre: true });
      return b.flush();
    }
    if (name === "table") {
      const rows = findAll(el, "tr");
      note("table", `a table of ${rows.length} rows kept as lines of text`);
      for (const row of rows) {
        const cells = row.children.filter((c) => c.type === "tag").map((c) => squash(textOf(c)));
        const line = cells.filter(Boolean).join(" · ");
        if (line) b.block({ type: "paragraph", content: [{ type: "text", text: line }] });
      }
      return;
    }
    if (CONTAINERS.has(name) || name === "li" || name === "figcaption") {
      b.flush();
      walk(el.children, b, ctx);
      return b.flush();
    }
    walk(el.children, b, ctx);
  };

  const root = new Builder();
  walk(dom.children, root, { marks: [], classic, pre: false, block: "" });
  root.flush();
  return { doc: { type: "doc", content: root.blocks }, images, notes };
}

function findFirst(el: Element, name: string, className?: string): Element | null {
  for (const c of el.children) {
    if (c.type !== "tag") continue;
    if (c.name.toLowerCase() === name && (!className || (c.attribs.class ?? "").includes(className))) return c;
    const deeper = findFirst(c, name, className);
    if (deeper) return deeper;
  }
  return null;
}

function findAll(el: Element, name: string, out: Element[] = []): Element[] {
  for (const c of el.children) {
    if (c.type !== "tag") continue;
    if (c.name.toLowerCase() === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}

/** A [caption]'s words: the figure's text without the photo (and the link wrapped round it). */
function textWithout(el: Element, img: Element): string {
  const walkText = (n: ChildNode): string => {
    if (n === img) return "";
    if (n.type === "tag" && n.name === "a" && findFirst(n, "img") === img) return "";
    return n.type === "text"
      ? n.data
      : "children" in n && n.type === "tag" && !DROP.has(n.name)
        ? n.children.map(walkText).join("")
        : "";
  };
  return el.children.map(walkText).join("");
}
