import { StringDecoder } from "node:string_decoder";
import { Parser } from "htmlparser2";

/**
 * A streaming reader of WordPress's export format (WXR 1.0 to 1.2): the file is parsed as it is read, and each
 * author, term and item is handed over as soon as it closes, so memory holds one item at a time however large the
 * file. The XML parser never expands entities a file declares itself (no DTD processing at all), and a file that
 * declares any is refused: WordPress never writes them, and they are how an "entity expansion bomb" works.
 */

export type WxrSite = { title: string; link: string; baseSiteUrl: string; baseBlogUrl: string; version: string };
export type WxrAuthor = {
  id: string;
  login: string;
  email: string;
  displayName: string;
  firstName: string;
  lastName: string;
};
export type WxrTerm = {
  kind: "category" | "tag";
  id: string;
  slug: string;
  name: string;
  parent: string;
  description: string;
};
export type WxrItemTerm = { domain: string; slug: string; name: string };
export type WxrItem = {
  title: string;
  link: string;
  pubDate: string;
  creator: string;
  guid: string;
  content: string;
  excerpt: string;
  postId: string;
  postDate: string;
  postDateGmt: string;
  modified: string;
  modifiedGmt: string;
  slug: string;
  status: string;
  parent: string;
  type: string;
  password: string;
  attachmentUrl: string;
  terms: WxrItemTerm[];
  meta: Record<string, string>;
  comments: number;
  // A field longer than the reader keeps (FIELD_MAX): the item is reported and skipped, never cut silently.
  oversized: string | null;
};
export type WxrRecord =
  | { kind: "site"; site: WxrSite }
  | { kind: "author"; author: WxrAuthor }
  | { kind: "term"; term: WxrTerm }
  | { kind: "item"; item: WxrItem };

export class WxrError extends Error {}

// A story body of 400,000 characters is our cap (lib/story/model.ts); markup around it rarely triples it.
export const FIELD_MAX = 4_000_000;
// The channel's header comes first in every export WordPress writes; this much without it is not an export.
const HEADER_WINDOW = 1_000_000;

const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: "title",
  link: "link",
  pubdate: "pubDate",
  "dc:creator": "creator",
  guid: "guid",
  "content:encoded": "content",
  "excerpt:encoded": "excerpt",
  "wp:post_id": "postId",
  "wp:post_date": "postDate",
  "wp:post_date_gmt": "postDateGmt",
  "wp:post_modified": "modified",
  "wp:post_modified_gmt": "modifiedGmt",
  "wp:post_name": "slug",
  "wp:status": "status",
  "wp:post_parent": "parent",
  "wp:post_type": "type",
  "wp:post_password": "password",
  "wp:attachment_url": "attachmentUrl",
};
const AUTHOR_FIELDS: Record<string, keyof WxrAuthor> = {
  "wp:author_id": "id",
  "wp:author_login": "login",
  "wp:author_email": "email",
  "wp:author_display_name": "displayName",
  "wp:author_first_name": "firstName",
  "wp:author_last_name": "lastName",
};
const TERM_FIELDS: Record<string, keyof WxrTerm> = {
  "wp:term_id": "id",
  "wp:category_nicename": "slug",
  "wp:tag_slug": "slug",
  "wp:term_slug": "slug",
  "wp:cat_name": "name",
  "wp:tag_name": "name",
  "wp:term_name": "name",
  "wp:category_parent": "parent",
  "wp:term_parent": "parent",
  "wp:category_description": "description",
  "wp:tag_description": "description",
  "wp:term_description": "description",
};
const SITE_FIELDS: Record<string, keyof WxrSite> = {
  title: "title",
  link: "link",
  "wp:base_site_url": "baseSiteUrl",
  "wp:base_blog_url": "baseBlogUrl",
  "wp:wxr_version": "version",
};

const emptyItem = (): WxrItem => ({
  title: "",
  link: "",
  pubDate: "",
  creator: "",
  guid: "",
  content: "",
  excerpt: "",
  postId: "",
  postDate: "",
  postDateGmt: "",
  modified: "",
  modifiedGmt: "",
  slug: "",
  status: "",
  parent: "",
  type: "",
  password: "",
  attachmentUrl: "",
  terms: [],
  meta: {},
  comments: 0,
  oversized: null,
});

/** Reads records from the file's bytes as they arrive. Throws WxrError, with a sentence for the editor, on a bad file. */
export async function* readWxr(input: AsyncIterable<Buffer | string>): AsyncGenerator<WxrRecord> {
  const out: WxrRecord[] = [];
  let failure: WxrError | null = null;
  const fail = (message: string) => {
    failure ??= new WxrError(message);
    parser.pause();
  };

  const stack: string[] = [];
  let text: string[] = [];
  let textLength = 0;
  let capturing = false;
  const site: Partial<WxrSite> = {};
  let siteSent = false;
  let item: WxrItem | null = null;
  let author: Partial<WxrAuthor> | null = null;
  let term: (Partial<WxrTerm> & { taxonomy?: string }) | null = null;
  let itemTerm: WxrItemTerm | null = null;
  let metaKey = "";
  let metaValue = "";
  let inComment = false;

  const sendSite = () => {
    if (siteSent) return;
    siteSent = true;
    if (!site.version)
      fail("This file is not a WordPress export: it has no wp:wxr_version (export it from Tools > Export).");
    out.push({
      kind: "site",
      site: {
        title: site.title ?? "",
        link: site.link ?? "",
        baseSiteUrl: site.baseSiteUrl ?? site.link ?? "",
        baseBlogUrl: site.baseBlogUrl ?? site.baseSiteUrl ?? site.link ?? "",
        version: site.version ?? "",
      },
    });
  };
  const take = () => {
    const value = text.join("").trim();
    text = [];
    textLength = 0;
    capturing = false;
    return value;
  };

  const parser = new Parser(
    {
      onprocessinginstruction(name, data) {
        const lower = name.toLowerCase();
        if (lower === "!entity" || (lower === "!doctype" && data.includes("[")))
          fail("This file declares its own XML entities (a DOCTYPE); WordPress never writes them, so it was refused.");
      },
      onopentag(rawName, attrs) {
        const name = rawName.toLowerCase();
        const parent = stack[stack.length - 1];
        stack.push(name);
        if (stack.length === 1 && name !== "rss") fail("This file is not a WordPress export (its root is not <rss>).");
        if (inComment) return;
        if (name === "item") {
          sendSite();
          item = emptyItem();
          return;
        }
        if (name === "wp:comment" && item) {
          inComment = true;
          item.comments += 1;
          return;
        }
        if (parent === "channel" && name === "wp:author") author = {};
        else if (parent === "channel" && (name === "wp:category" || name === "wp:tag" || name === "wp:term"))
          term = { kind: name === "wp:tag" ? "tag" : "category" };
        else if (item && parent === "item" && name === "category") {
          itemTerm = { domain: attrs.domain ?? "category", slug: attrs.nicename ?? "", name: "" };
        }
        text = [];
        textLength = 0;
        capturing = true;
      },
      ontext(chunk) {
        if (!capturing || inComment) return;
        textLength += chunk.length;
        if (textLength > FIELD_MAX) {
          if (item && !item.oversized) item.oversized = stack[stack.length - 1] ?? "a field";
          capturing = false;
          return;
        }
        text.push(chunk);
      },
      onclosetag(rawName) {
        const name = rawName.toLowerCase();
        stack.pop();
        const parent = stack[stack.length - 1];
        if (inComment) {
          if (name === "wp:comment") inComment = false;
          return;
        }
        if (name === "item" && item) {
          out.push({ kind: "item", item });
          item = null;
          return;
        }
        if (item) {
          if (parent === "item" && ITEM_FIELDS[name]) (item[ITEM_FIELDS[name]] as string) = take();
          else if (name === "category" && itemTerm) {
            itemTerm.name = take();
            item.terms.push(itemTerm);
            itemTerm = null;
          } else if (name === "wp:meta_key") metaKey = take();
          else if (name === "wp:meta_value") metaValue = take();
          else if (name === "wp:postmeta") {
            if (metaKey) item.meta[metaKey] = metaValue;
            metaKey = metaValue = "";
          }
          return;
        }
        if (author) {
          if (AUTHOR_FIELDS[name]) author[AUTHOR_FIELDS[name]] = take();
          else if (name === "wp:author") {
            if (author.login) out.push({ kind: "author", author: { ...blankAuthor, ...author } as WxrAuthor });
            author = null;
          }
          return;
        }
        if (term) {
          if (name === "wp:term_taxonomy") term.taxonomy = take();
          else if (TERM_FIELDS[name]) (term[TERM_FIELDS[name]] as string) = take();
          else if (name === "wp:category" || name === "wp:tag" || name === "wp:term") {
            const kind = term.taxonomy === "post_tag" ? "tag" : term.taxonomy === "category" ? "category" : term.kind;
            if (term.slug && (name !== "wp:term" || term.taxonomy === "category" || term.taxonomy === "post_tag"))
              out.push({ kind: "term", term: { ...blankTerm, ...term, kind: kind! } as WxrTerm });
            term = null;
          }
          return;
        }
        if (parent === "channel" && SITE_FIELDS[name]) site[SITE_FIELDS[name]] = take();
        else if (name === "channel") sendSite();
        capturing = false;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );

  const decoder = new StringDecoder("utf8");
  let read = 0;
  for await (const chunk of input) {
    const piece = typeof chunk === "string" ? chunk : decoder.write(chunk);
    if (read === 0 && !piece.trimStart().startsWith("<"))
      throw new WxrError("This file is not a WordPress export (it is not XML).");
    read += piece.length;
    parser.write(piece);
    if (failure) throw failure;
    if (!siteSent && read > HEADER_WINDOW && !site.version)
      throw new WxrError("This file is not a WordPress export: no wp:wxr_version in its first megabyte.");
    for (const record of out) yield record;
    out.length = 0;
    if (failure) throw failure;
  }
  parser.end();
  if (failure) throw failure;
  if (!siteSent) sendSite();
  if (failure) throw failure;
  for (const record of out) yield record;
}

const blankAuthor: WxrAuthor = { id: "", login: "", email: "", displayName: "", firstName: "", lastName: "" };
const blankTerm: WxrTerm = { kind: "category", id: "", slug: "", name: "", parent: "", description: "" };
