import type { StoryStatus } from "@/lib/story/workflow";
import { SLUG_PATTERN, slugify } from "@/lib/content/slug";
import { decodePath, legacyKeyOf } from "@/lib/legacy-paths";
import { docToPlainText } from "@/lib/content/rich-text/text";
import { guessLanguage } from "@/lib/content/language";
import type { WxrItem } from "./wxr";
import { htmlToDoc, plainText, type Conversion } from "./html-to-doc";

/** What one WordPress post says about its story, before its photos are found (lib/import/wordpress.ts). */
export type PostDraft = {
  sourceId: string;
  label: string;
  headline: string;
  dek: string;
  slug: string;
  oldSlug: string | null;
  status: StoryStatus;
  publishedAt: Date | null;
  modifiedAt: Date | null;
  scheduledAt: Date | null;
  createdAt: Date;
  creator: string;
  categories: { slug: string; name: string }[];
  primaryCategoryId: string | null;
  tags: string[];
  thumbnailId: string | null;
  seoTitle: string;
  seoDescription: string;
  featured: boolean;
  language: "en" | "ko";
  body: Conversion;
  paths: string[];
  notes: string[];
};

const STATUS: Record<string, StoryStatus> = {
  publish: "published",
  future: "scheduled",
  draft: "draft",
  pending: "in_review",
  private: "draft",
};

/** A WXR time ("2025-06-07 22:04:00", in UTC for the _gmt fields); null for WordPress's zero date. */
export function wpTime(gmt: string, fallback = ""): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(gmt.trim());
  if (m && m[1] !== "0000") return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  const parsed = fallback ? Date.parse(fallback) : NaN;
  return Number.isNaN(parsed) ? null : new Date(parsed);
}

const cut = (s: string, max: number, notes: string[], what: string) => {
  if (s.length <= max) return s;
  notes.push(`${what} cut to ${max} characters`);
  return s.slice(0, max).trimEnd();
};

export function readPost(
  item: WxrItem,
  options: { language?: "en" | "ko"; attachmentsOf?: (postId: string) => string[] },
): PostDraft | { skip: string } {
  const status = STATUS[item.status];
  if (!status) return { skip: `status "${item.status || "none"}" (trash, auto-drafts and revisions are not imported)` };
  if (item.oversized) return { skip: `its ${item.oversized} is longer than an import reads (4 million characters)` };
  const notes: string[] = [];
  let finalStatus = status;
  if (item.status === "private") notes.push("private on WordPress: imported as a draft");
  if (item.password && status === "published") {
    finalStatus = "draft";
    notes.push("had a password on WordPress: imported as a draft, so it is not public");
  }
  const title = plainText(item.title);
  const headline = cut(title || `Untitled (WordPress post ${item.postId})`, 300, notes, "headline");
  if (!title) notes.push('had no title: headline "Untitled" to be written on the desk');
  const source = decodeSlug(item.slug);
  // A slug in a script we do not romanize (Greek, say) would keep only its digits: the title's, else the id.
  const hasWord = (s: string) => /[a-z]/.test(s);
  const slug =
    [SLUG_PATTERN.test(source) ? source : slugify(source, 120), slugify(title, 120)].find(hasWord) ||
    `post-${item.postId}`;
  if (source && slug !== source) notes.push(`slug "${source}" became "${slug}"; the old address redirects`);
  const body = htmlToDoc(item.content, options.attachmentsOf?.(item.postId));
  const dek = cut(plainText(item.excerpt), 600, notes, "excerpt (dek)");
  const published = wpTime(item.postDateGmt, item.pubDate) ?? wpTime(item.postDate);
  const isPage = item.type === "page";
  const paths = [item.link, item.guid, isPage ? `/?page_id=${item.postId}` : `/?p=${item.postId}`]
    .map(legacyKeyOf)
    .filter((k): k is string => !!k && k !== "/");
  const yoastTitle = item.meta._yoast_wpseo_title ?? "";
  return {
    sourceId: item.postId,
    label: `${isPage ? "Page" : "Post"} ${item.postId} "${headline.slice(0, 60)}"`,
    headline,
    dek,
    slug: slug.slice(0, 120),
    oldSlug: source && source !== slug ? source : null,
    status: finalStatus,
    publishedAt: finalStatus === "published" ? published : null,
    modifiedAt: wpTime(item.modifiedGmt) ?? wpTime(item.modified),
    scheduledAt: finalStatus === "scheduled" ? published : null,
    createdAt: published ?? wpTime(item.postDate) ?? new Date(),
    creator: item.creator,
    categories: item.terms
      .filter((t) => t.domain === "category")
      .map((t) => ({ slug: t.slug.toLowerCase() || slugify(t.name), name: plainText(t.name) })),
    primaryCategoryId: item.meta._yoast_wpseo_primary_category || null,
    tags: [
      ...new Set(item.terms.filter((t) => t.domain === "post_tag" || t.domain === "tag").map((t) => plainText(t.name))),
    ].filter(Boolean),
    thumbnailId: item.meta._thumbnail_id || null,
    // Yoast's templates ("%%title%% %%sep%% %%sitename%%") are not words a reader should see.
    seoTitle: yoastTitle.includes("%%") ? "" : cut(plainText(yoastTitle), 120, notes, "SEO title"),
    seoDescription: cut(plainText(item.meta._yoast_wpseo_metadesc ?? ""), 300, notes, "SEO description"),
    featured: false,
    language: options.language ?? guessLanguage(`${title} ${docToPlainText(body.doc).slice(0, 400)}`),
    body,
    paths: [...new Set(paths)],
    notes,
  };
}

const decodeSlug = (slug: string) => (decodePath(slug) ?? slug).toLowerCase();
