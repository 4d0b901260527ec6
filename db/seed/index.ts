import { eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { authors, corrections, media, sections, siteSettings, stories, storyPlans, tags, users } from "../schema";
import { createStory } from "../mutations/stories";
import { applyTransition } from "../mutations/story-workflow";
import { demoStaffAllowed } from "@/lib/env-checks";
import { storeImage } from "@/lib/media/storage";
import { hashPassword } from "@/lib/password";
import type { RichTextDoc, RichTextNode } from "@/lib/content/rich-text/types";
import { seedAuthors, seedPhotos, seedPlans, seedSections, seedStories, seedTags, type SeedBlock } from "./content";
import { demoStaff } from "./demo-staff";
import { makePortrait, makeScenePhoto } from "./images";
import { emptyWorkingCopy } from "../../lib/story/model";

const text = (t: string): RichTextNode[] => [{ type: "text", text: t }];

export function blocksToDoc(blocks: SeedBlock[], photoIds: Map<string, string>): RichTextDoc {
  const content: RichTextNode[] = blocks.map((b) => {
    if ("p" in b) return { type: "paragraph", content: text(b.p) };
    if ("h2" in b) return { type: "heading", attrs: { level: 2 }, content: text(b.h2) };
    if ("quote" in b) return { type: "blockquote", content: [{ type: "paragraph", content: text(b.quote) }] };
    if ("list" in b) {
      return {
        type: "bulletList",
        content: b.list.map((item) => ({ type: "listItem", content: [{ type: "paragraph", content: text(item) }] })),
      };
    }
    return { type: "photo", attrs: { mediaId: photoIds.get(b.photo) ?? null } };
  });
  return { type: "doc", content };
}

export type SeedResult = {
  stories: number;
  created: number;
  staff: { email: string; password: string; role: string }[];
};

/**
 * Loads the demo newsroom. Idempotent: rows that exist (by slug or email) are left alone.
 * Demo staff accounts are made only when withStaff is set, and never when NODE_ENV is production; their passwords
 * are published, so a database elsewhere than this machine is refused before anything is written.
 */
export async function seedDemo(
  db: Database,
  opts: { withStaff: boolean; now?: Date; databaseUrl?: string },
): Promise<SeedResult> {
  const now = opts.now ?? new Date();
  if (opts.withStaff && !demoStaffAllowed("databaseUrl" in opts ? opts.databaseUrl : process.env.DATABASE_URL)) {
    throw new Error(
      "Demo logins (published passwords) are only written to the embedded database or a PostgreSQL on this machine.",
    );
  }
  await db
    .insert(siteSettings)
    .values({
      id: 1,
      siteName: "The Pacific Ledger",
      tagline: "News for Koreatown and Los Angeles",
    })
    .onConflictDoNothing();

  await db
    .insert(sections)
    .values(seedSections.map((s, position) => ({ ...s, position })))
    .onConflictDoNothing();
  await db.insert(tags).values(seedTags).onConflictDoNothing();
  const sectionIds = new Map(
    (await db.select({ id: sections.id, slug: sections.slug }).from(sections)).map((r) => [r.slug, r.id]),
  );
  const tagNames = new Map(seedTags.map((t) => [t.slug, t.name]));

  // Photos are keyed by their seed key inside the storage key's name, so a second run finds them.
  const existingMedia = await db
    .select({ id: media.id, caption: media.caption, credit: media.credit, storageKey: media.storageKey })
    .from(media);
  const photoIds = new Map<string, string>();
  const findSeeded = (key: string) => existingMedia.find((m) => m.storageKey.includes(`/seed-${key}-`));
  for (const p of seedPhotos) {
    const found = findSeeded(p.key);
    if (found) {
      photoIds.set(p.key, found.id);
      continue;
    }
    const stored = await storeImage(await makeScenePhoto(p.key, p.hue), `seed-${p.key}`);
    const [row] = await db
      .insert(media)
      .values({ ...stored, altText: p.alt, caption: p.caption, credit: p.credit })
      .returning({ id: media.id });
    photoIds.set(p.key, row!.id);
  }

  const existingAuthors = new Set((await db.select({ slug: authors.slug }).from(authors)).map((a) => a.slug));
  for (const a of seedAuthors) {
    if (existingAuthors.has(a.slug)) continue;
    const stored = await storeImage(await makePortrait(a.photo.initials, a.photo.hue), `seed-portrait-${a.slug}`);
    const [photo] = await db
      .insert(media)
      .values({ ...stored, altText: a.photo.alt, caption: a.name })
      .returning({ id: media.id });
    await db
      .insert(authors)
      .values({ slug: a.slug, name: a.name, kind: a.kind, bio: a.bio, publicEmail: a.publicEmail, photoId: photo!.id });
  }
  const authorIds = new Map(
    (await db.select({ id: authors.id, slug: authors.slug }).from(authors)).map((r) => [r.slug, r.id]),
  );

  const staff: SeedResult["staff"] = [];
  if (opts.withStaff && process.env.NODE_ENV !== "production") {
    for (const s of demoStaff) {
      const [user] = await db
        .insert(users)
        .values({ email: s.email, name: s.name, role: s.role, passwordHash: await hashPassword(s.password) })
        .onConflictDoNothing()
        .returning({ id: users.id });
      if (user && "authorSlug" in s)
        await db.update(authors).set({ userId: user.id }).where(eq(authors.slug, s.authorSlug));
      staff.push({ email: s.email, password: s.password, role: s.role });
    }
  }

  const existingStories = new Set(
    // By the working copy's slug: a story not yet published holds only a placeholder as its live slug.
    (
      await db
        .select({ slug: sql<string>`${stories.working}->>'slug'` })
        .from(stories)
        .where(
          inArray(
            sql`${stories.working}->>'slug'`,
            seedStories.map((s) => s.slug),
          ),
        )
    ).map((s) => s.slug),
  );
  let created = 0;
  const storyIds = new Map<string, string>();
  for (const s of seedStories) {
    if (existingStories.has(s.slug)) continue;
    const editionGroup = s.editionOf ? storyIds.get(s.editionOf) : undefined;
    const id = await createStory(
      db,
      emptyWorkingCopy({
        slug: s.slug,
        headline: s.headline,
        dek: s.dek,
        body: blocksToDoc(s.body, photoIds),
        sectionId: sectionIds.get(s.section)!,
        heroMediaId: s.hero ? (photoIds.get(s.hero) ?? null) : null,
        authorIds: s.authors.map((a) => authorIds.get(a)!),
        tags: s.tags.map((t) => tagNames.get(t)!),
        featured: s.featured ?? false,
        language: s.language ?? "en",
      }),
      null,
      null,
      { editionGroup },
    );
    storyIds.set(s.slug, id);
    if (editionGroup) await db.update(stories).set({ editionGroup }).where(eq(stories.id, editionGroup));
    const at = new Date(now.getTime() - s.hoursAgo * 3_600_000);
    if (s.status === "published") {
      await applyTransition(db, id, 1, "publish", null, { skipChecklist: true });
      await db.update(stories).set({ publishedAt: at }).where(eq(stories.id, id));
      if (s.updatedHoursAgo !== undefined) {
        await db
          .update(stories)
          .set({ contentUpdatedAt: new Date(now.getTime() - s.updatedHoursAgo * 3_600_000) })
          .where(eq(stories.id, id));
      }
      if (s.correction) {
        await db
          .insert(corrections)
          .values({ storyId: id, text: s.correction, createdAt: new Date(at.getTime() + 3_600_000) });
      }
    } else {
      await db.update(stories).set({ status: s.status, updatedAt: at, createdAt: at }).where(eq(stories.id, id));
    }
    created++;
  }
  if (staff.length) await seedBudget(db, now, sectionIds);
  const [{ count }] = (await db.select({ count: sql<number>`count(*)::int` }).from(stories)) as [{ count: number }];
  return { stories: count, created, staff };
}

/** The day's plans on the budget, once: only into a budget that has none (they name the demo staff). */
async function seedBudget(db: Database, now: Date, sectionIds: Map<string, string>) {
  if ((await db.select({ id: storyPlans.id }).from(storyPlans).limit(1)).length) return;
  const people = new Map(
    (
      await db
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(
          inArray(
            users.email,
            demoStaff.map((s) => s.email),
          ),
        )
    ).map((u) => [u.email, u.id]),
  );
  await db.insert(storyPlans).values(
    seedPlans.map((p) => ({
      slugLine: p.slugLine,
      notes: p.notes,
      sectionId: sectionIds.get(p.section)!,
      reporterId: p.reporter ? (people.get(p.reporter) ?? null) : null,
      editorId: people.get(p.editor) ?? null,
      dueAt: new Date(now.getTime() + p.dueInHours * 3_600_000),
      slot: p.slot,
      createdBy: people.get(p.editor) ?? null,
    })),
  );
}
