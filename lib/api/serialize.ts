import type { Article, Photo, StoryCard } from "@/lib/content/types";
import { docToHtml } from "@/lib/content/rich-text/html";
import type { RichTextDoc, RichTextNode } from "@/lib/content/rich-text/types";
import { effectivePhotoText } from "@/lib/story/photos";
import { siteUrl } from "@/lib/site-url";

/** The API's shapes (documented in lib/api/openapi.ts): absolute URLs, ISO times, snake_case like most news APIs. */

export function apiPhoto(p: Photo) {
  return {
    url: siteUrl(p.url),
    alt: p.alt,
    caption: p.caption,
    credit: p.credit,
    width: p.width,
    height: p.height,
    sizes: p.variants.map((v) => ({ url: siteUrl(v.url), width: v.width })),
  };
}

export function apiStorySummary(s: StoryCard) {
  return {
    id: s.id,
    slug: s.slug,
    url: siteUrl(`/${s.section.slug}/${s.slug}`),
    headline: s.headline,
    dek: s.dek,
    language: s.language,
    section: { slug: s.section.slug, name: s.section.name },
    authors: s.authors.map((a) => ({ slug: a.slug, name: a.name, url: siteUrl(`/authors/${a.slug}`) })),
    published_at: s.publishedAt.toISOString(),
    updated_at: s.updatedAt?.toISOString() ?? null,
    hero: s.hero ? apiPhoto(s.hero) : null,
  };
}

/** A photo node's placement words over the library's, as the page shows them. */
function placed(photos: Map<string, Photo>, attrs: Record<string, unknown>) {
  const p = typeof attrs.mediaId === "string" ? photos.get(attrs.mediaId) : undefined;
  if (!p) return null;
  return { ...p, ...effectivePhotoText(p, attrs as { alt?: string; caption?: string; credit?: string }) };
}

export function apiStory(a: Article) {
  const photos = new Map(a.photos.map((p) => [p.id, p]));
  const resolved = (nodes: RichTextNode[]): RichTextNode[] =>
    nodes.map((n) => {
      if (n.type !== "photo") return n.content ? { ...n, content: resolved(n.content) } : n;
      const p = placed(photos, n.attrs ?? {});
      return {
        ...n,
        attrs: { ...n.attrs, ...(p ? { url: siteUrl(p.url), alt: p.alt, caption: p.caption, credit: p.credit } : {}) },
      };
    });
  const body: RichTextDoc = { type: "doc", content: resolved(a.body.content) };
  return {
    ...apiStorySummary(a),
    seo: { title: a.seoTitle, description: a.seoDescription },
    tags: a.tags.map((t) => ({ slug: t.slug, name: t.name })),
    body,
    body_html: docToHtml(a.body, (attrs) => {
      const p = placed(photos, attrs);
      return p ? { ...p, url: siteUrl(p.url) } : null;
    }),
    photos: a.photos.map(apiPhoto),
    corrections: a.corrections.map((c) => ({ kind: c.kind, text: c.text, created_at: c.createdAt.toISOString() })),
    editions: a.editions.map((e) => ({ language: e.language, url: siteUrl(e.path) })),
  };
}
