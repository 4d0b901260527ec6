import "server-only";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import path from "node:path";
import type { Database } from "@/db/client";
import {
  defaultSection,
  importAuthor,
  importMedia,
  importSection,
  importStories,
  importTags,
  findImported,
  saveLegacyPaths,
  type ImportRef,
  type ImportedStory,
} from "@/db/mutations/import";
import { workingCopySchema, emptyWorkingCopy, type WorkingCopy } from "@/lib/story/model";
import { slugify } from "@/lib/content/slug";
import { legacyKeyOf, withoutTrailingSlashes } from "@/lib/legacy-paths";
import type { RichTextNode } from "@/lib/content/rich-text/types";
import { storePhoto } from "@/lib/media/storage";
import { MAX_UPLOAD_BYTES } from "@/lib/media/limits";
import { readWxr, type WxrAuthor, type WxrSite, type WxrTerm } from "./wxr";
import { IMAGE_REF, plainText } from "./html-to-doc";
import { AttachmentIndex, attachmentFromItem, loadAttachment, splitCredit, type Attachment } from "./photos";
import { readPost, type PostDraft } from "./post";
import { ImportReport } from "./report";
import { SectionPlan, type Mapping } from "./sections";

export type ImportOptions = {
  file: string;
  uploads?: string;
  fetch?: boolean;
  dryRun?: boolean;
  pages?: boolean;
  mapping?: Mapping;
  language?: "en" | "ko";
  batchSize?: number;
  timeoutMs?: number;
  maxBytes?: number;
  onProgress?: (done: number, total: number) => void;
};

class DryRun extends Error {}

/**
 * Brings a WordPress export in: authors, categories as sections, tags, posts (and pages, when asked) as stories
 * with their photos, and every old address. Reads the file twice, streamed: once for what posts refer to (authors,
 * categories, attachments) and to count them, once for the posts, written in batches, each batch one transaction.
 */
export async function importWordPress(db: Database, options: ImportOptions): Promise<ImportReport> {
  const report = new ImportReport();
  const scan = await scanExport(options.file, report, options.pages ?? false);
  const ref: ImportRef = { source: sourceOf(scan.site, options.file), file: path.basename(options.file) };
  const run = async (tx: Database) => {
    const ctx = await prepare(tx, ref, scan, options, report);
    await importPosts(tx, ref, scan, ctx, options, report);
  };
  if (!options.dryRun) await run(db);
  else
    await db
      .transaction(async (tx) => {
        await run(tx);
        throw new DryRun();
      })
      .catch((error: unknown) => {
        if (!(error instanceof DryRun)) throw error;
      });
  return report;
}

const sourceOf = (site: WxrSite, file: string) =>
  withoutTrailingSlashes(site.baseSiteUrl || site.link).toLowerCase() || `file:${path.basename(file)}`;

type Scan = {
  site: WxrSite;
  authors: Map<string, WxrAuthor>;
  categories: WxrTerm[];
  tags: WxrTerm[];
  attachments: AttachmentIndex;
  posts: number;
};

async function scanExport(file: string, report: ImportReport, pages: boolean): Promise<Scan> {
  let site: WxrSite | null = null;
  const authors = new Map<string, WxrAuthor>();
  const categories: WxrTerm[] = [];
  const categorySlugs = new Set<string>();
  const tags: WxrTerm[] = [];
  let attachments = new AttachmentIndex("");
  let posts = 0;
  for await (const record of readWxr(createReadStream(file))) {
    if (record.kind === "site") {
      site = record.site;
      attachments = new AttachmentIndex(site.baseSiteUrl || site.link);
    } else if (record.kind === "author") {
      // Names are words, never markup: "<script>…</script>Mallory" is Mallory.
      const a = record.author;
      const [displayName, firstName, lastName] = [a.displayName, a.firstName, a.lastName].map(plainText);
      authors.set(a.login, { ...a, displayName: displayName!, firstName: firstName!, lastName: lastName! });
    } else if (record.kind === "term") {
      const term = {
        ...record.term,
        name: plainText(record.term.name),
        description: plainText(record.term.description),
      };
      if (term.kind === "category") categorySlugs.add(term.slug);
      (term.kind === "tag" ? tags : categories).push(term);
    } else {
      const { item } = record;
      report.counts.comments += item.comments;
      if (item.type === "attachment") attachments.add(attachmentFromItem(item));
      else if (item.type === "post" || (pages && item.type === "page")) {
        posts++;
        // A category a post names that the export's list left out (older exports do) is still a category.
        for (const t of item.terms)
          if (t.domain === "category" && t.slug && !categorySlugs.has(t.slug)) {
            categorySlugs.add(t.slug);
            categories.push({
              kind: "category",
              id: "",
              slug: t.slug,
              name: plainText(t.name),
              parent: "",
              description: "",
            });
          }
        // WXR 1.0 lists no authors: the posts' logins are all there is.
        if (item.creator && !authors.has(item.creator))
          authors.set(item.creator, {
            id: "",
            login: item.creator,
            email: "",
            displayName: item.creator,
            firstName: "",
            lastName: "",
          });
      } else if (item.type === "page") report.counts.pages++;
      else report.counts.other[item.type || "unknown"] = (report.counts.other[item.type || "unknown"] ?? 0) + 1;
    }
  }
  report.counts.attachments = attachments.size; // less the ones stories use, at the end (importPosts)
  return { site: site!, authors, categories, tags, attachments, posts };
}

type Context = {
  authorIds: Map<string, string>;
  sections: SectionPlan;
  // Each category's section, and the category's name when it was folded into another (kept as a tag).
  placed: Map<string, { id: string; foldedFrom: string | null }>;
  fallbackSection: string;
  mediaIds: Map<string, string | null>;
};

async function prepare(
  tx: Database,
  ref: ImportRef,
  scan: Scan,
  options: ImportOptions,
  report: ImportReport,
): Promise<Context> {
  const authorIds = new Map<string, string>();
  const legacy: { path: string; target: string }[] = [];
  const used = new Set<string>();
  for (const a of scan.authors.values()) {
    const name = [a.displayName, [a.firstName, a.lastName].filter(Boolean).join(" "), a.login]
      .find((s) => s.trim())!
      .trim();
    let slug = slugify(name, 60) || slugify(a.login, 60) || `author-${a.id || "x"}`;
    for (let n = 2; used.has(slug); n++) slug = `${slugify(name, 56) || "author"}-${n}`;
    used.add(slug);
    const made = await importAuthor(tx, ref, { sourceId: a.login, slug, name, email: a.email || null });
    report.counts.authors[made.made ? "made" : "matched"]++;
    authorIds.set(a.login, made.id);
    const handle = made.slug;
    legacy.push({ path: `/author/${slugify(a.login, 60) || a.login.toLowerCase()}`, target: `/authors/${handle}` });
    if (a.id) legacy.push({ path: `/?author=${a.id}`, target: `/authors/${handle}` });
  }
  const plan = new SectionPlan(scan.categories, options.mapping ?? { sections: {}, names: {} });
  const placed = new Map<string, { id: string; foldedFrom: string | null }>();
  const seen = new Set<string>();
  for (const c of scan.categories) {
    const choice = plan.sectionFor(c.slug, c.name);
    if (!choice) continue;
    const made = await importSection(tx, choice);
    if (!seen.has(made.slug)) report.counts.sections[made.made ? "made" : "matched"]++;
    seen.add(made.slug);
    if (choice.foldedFrom) report.counts.sections.folded++;
    placed.set(c.slug, { id: made.id, foldedFrom: choice.foldedFrom });
    for (const p of new Set([`/category/${plan.pathOf(c.slug)}`, `/category/${c.slug}`]))
      legacy.push({ path: p, target: `/${made.slug}` });
    if (c.id) legacy.push({ path: `/?cat=${c.id}`, target: `/${made.slug}` });
  }
  const fallback = plan.sectionFor(null) ? await importSection(tx, plan.sectionFor(null)!) : await defaultSection(tx);
  const tagSlugs = await importTags(tx, [...new Set(scan.tags.map((t) => t.name.trim()).filter(Boolean))]);
  report.counts.tags = tagSlugs.size;
  for (const t of scan.tags) {
    const ours = tagSlugs.get(t.name.trim());
    if (!ours) continue;
    legacy.push(
      { path: `/tag/${t.slug}`, target: `/tags/${ours}` },
      { path: `/?tag=${t.slug}`, target: `/tags/${ours}` },
    );
  }
  const keyed = legacy.flatMap((l) => {
    const path = legacyKeyOf(l.path);
    return path ? [{ path, target: l.target }] : [];
  });
  await saveLegacyPaths(tx, keyed);
  report.counts.legacyPaths += new Set(keyed.map((l) => l.path)).size;
  return { authorIds, sections: plan, placed, fallbackSection: fallback.id, mediaIds: new Map() };
}

async function importPosts(
  tx: Database,
  ref: ImportRef,
  scan: Scan,
  ctx: Context,
  options: ImportOptions,
  report: ImportReport,
) {
  let batch: (ImportedStory & { label: string })[] = [];
  let done = 0;
  const flush = async () => {
    if (!batch.length) return;
    const current = batch;
    batch = [];
    const outcomes = await tx.transaction((inner) => importStories(inner, ref, current));
    for (const s of current) {
      const outcome = outcomes.get(s.sourceId)!;
      report.counts.stories[outcome]++;
      if (outcome === "editedOnDesk")
        report.change(s.label, "edited on the desk since the last import: left as the desk has it");
      if (outcome === "created" || outcome === "updated") report.counts.legacyPaths += s.paths.length;
    }
    options.onProgress?.(done, scan.posts);
  };
  for await (const record of readWxr(createReadStream(options.file))) {
    if (record.kind !== "item") continue;
    const { item } = record;
    if (item.type !== "post" && !(options.pages && item.type === "page")) continue;
    done++;
    const draft = readPost(item, {
      language: options.language,
      attachmentsOf: (id) => scan.attachments.childrenOf(id),
    });
    if ("skip" in draft) {
      report.skip(`${item.type === "page" ? "Page" : "Post"} ${item.postId}`, draft.skip);
      continue;
    }
    const story = await toStory(tx, ref, draft, scan, ctx, options, report);
    if ("skip" in story) report.skip(draft.label, story.skip);
    else batch.push({ ...story, label: draft.label });
    if (batch.length >= (options.batchSize ?? 200)) await flush();
  }
  await flush();
  report.counts.attachments -= ctx.mediaIds.size;
  options.onProgress?.(done, scan.posts);
}

async function toStory(
  tx: Database,
  ref: ImportRef,
  d: PostDraft,
  scan: Scan,
  ctx: Context,
  options: ImportOptions,
  report: ImportReport,
): Promise<ImportedStory | { skip: string }> {
  const notes = [...d.notes, ...d.body.notes.map((n) => n.detail)];
  const primary = (d.primaryCategoryId && ctx.sections.slugOfId(d.primaryCategoryId)) || d.categories[0]?.slug || null;
  const section = primary ? ctx.placed.get(primary) : undefined;
  const sectionId = section?.id ?? ctx.fallbackSection;
  const tags = [
    ...(section?.foldedFrom ? [section.foldedFrom] : []),
    ...d.categories.filter((c) => c.slug !== primary && c.slug !== "uncategorized").map((c) => c.name),
    ...d.tags,
  ];
  const tagNames = [...new Set(tags.map((t) => t.trim().slice(0, 60)).filter(Boolean))];
  if (tagNames.length > 20) notes.push(`${tagNames.length} tags and categories: the first 20 kept`);
  const photo = async (a: Attachment | null, what: string): Promise<string | null> => {
    if (!a) {
      notes.push(`${what} is not in the export's attachments: left out`);
      return null;
    }
    return ensureMedia(tx, ref, a, ctx, options, report, d.label);
  };
  const hero = d.thumbnailId
    ? await photo(scan.attachments.get(d.thumbnailId), `featured image ${d.thumbnailId}`)
    : null;
  const ids: (string | null)[] = [];
  for (const img of d.body.images)
    ids.push(await photo(scan.attachments.find(img), `photo ${img.src || img.attachmentId}`));
  const bind = (nodes: RichTextNode[]): RichTextNode[] =>
    nodes.flatMap((n) => {
      if (n.type === "photo" && typeof n.attrs?.mediaId === "string" && n.attrs.mediaId.startsWith(IMAGE_REF)) {
        const i = Number(n.attrs.mediaId.slice(IMAGE_REF.length));
        const mediaId = ids[i];
        if (!mediaId) return [];
        const { caption, credit } = splitCredit(d.body.images[i]!.caption);
        const alt = d.body.images[i]!.alt;
        return [
          {
            type: "photo",
            attrs: { mediaId, ...(alt ? { alt } : {}), ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) },
          },
        ];
      }
      return n.content ? [{ ...n, content: bind(n.content) }] : [n];
    });
  const authorId = ctx.authorIds.get(d.creator);
  const w: WorkingCopy = emptyWorkingCopy({
    headline: d.headline,
    dek: d.dek,
    slug: d.slug,
    sectionId,
    language: d.language,
    authorIds: authorId ? [authorId] : [],
    tags: tagNames.slice(0, 20),
    heroMediaId: hero,
    body: { type: "doc", content: bind(d.body.doc.content) },
    seoTitle: d.seoTitle,
    seoDescription: d.seoDescription,
    featured: d.featured,
  });
  const parsed = workingCopySchema.safeParse(w);
  if (!parsed.success) return { skip: parsed.error.issues[0]!.message };
  // The same thing left out ten times in a story is one line with its count.
  const tally = new Map<string, number>();
  for (const n of notes) tally.set(n, (tally.get(n) ?? 0) + 1);
  for (const [n, times] of tally) report.change(d.label, times > 1 ? `${n} (${times} times)` : n);
  const story = {
    sourceId: d.sourceId,
    w: parsed.data,
    status: d.status,
    publishedAt: d.publishedAt,
    modifiedAt: d.modifiedAt,
    scheduledAt: d.scheduledAt,
    createdAt: d.createdAt,
    paths: d.paths,
    oldSlug: d.oldSlug,
  };
  return { ...story, hash: createHash("sha256").update(JSON.stringify(story)).digest("base64url") };
}

/** The library photo for an attachment, brought over once per source (its own transaction: a photo is kept even if its story's batch fails). */
async function ensureMedia(
  tx: Database,
  ref: ImportRef,
  a: Attachment,
  ctx: Context,
  options: ImportOptions,
  report: ImportReport,
  label: string,
) {
  if (ctx.mediaIds.has(a.id)) return ctx.mediaIds.get(a.id)!;
  const known = (await findImported(tx, ref.source, "attachment", [a.id])).get(a.id);
  if (known) {
    report.counts.photos.reused++;
    ctx.mediaIds.set(a.id, known.targetId);
    return known.targetId;
  }
  try {
    // A dry run checks the uploads folder but fetches and stores nothing: it counts what a real run would bring.
    if (!(options.dryRun && options.fetch && !options.uploads)) {
      const bytes = await loadAttachment(a, {
        uploads: options.uploads,
        fetch: options.fetch && !options.dryRun,
        timeoutMs: options.timeoutMs ?? 15_000,
        maxBytes: options.maxBytes ?? MAX_UPLOAD_BYTES,
      });
      if (!options.dryRun) return await storeMedia(tx, ref, a, bytes, ctx, report);
    }
    report.counts.photos.imported++;
    ctx.mediaIds.set(a.id, null);
    return null;
  } catch (error) {
    report.photoFailed(`${label}, photo ${a.id} (${a.file || a.url})`, (error as Error).message);
    ctx.mediaIds.set(a.id, null);
    return null;
  }
}

async function storeMedia(
  tx: Database,
  ref: ImportRef,
  a: Attachment,
  bytes: Buffer,
  ctx: Context,
  report: ImportReport,
) {
  const stored = await storePhoto(bytes, path.basename(a.file || a.url));
  const id = await tx.transaction((inner) =>
    importMedia(inner, ref, a.id, stored, {
      alt: a.alt || stored.text.alt,
      caption: a.caption || stored.text.caption,
      credit: a.credit || stored.text.credit,
      originalName: path.basename(a.file || a.url).slice(0, 200),
    }),
  );
  report.counts.photos.imported++;
  ctx.mediaIds.set(a.id, id);
  return id;
}
