import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/db";
import { getPublishedStory, listLatestStories } from "../queries/stories";
import { authors, media, stories, storyPlans, users } from "../schema";
import { seedPhotos, seedPlans, seedStories } from "./content";
import { seedDemo } from "./index";

const testDb = withTestDatabase();

describe("demo newsroom seed", () => {
  it("loads the newsroom once, however often it runs", { timeout: 120_000 }, async () => {
    const { db } = testDb();
    const first = await seedDemo(db, { withStaff: true });
    expect(first.created).toBe(seedStories.length);
    const second = await seedDemo(db, { withStaff: true });
    expect(second.created).toBe(0);
    const [row] = await db.select({ n: count() }).from(stories);
    expect(row?.n).toBe(seedStories.length);
    const [staff] = await db.select({ n: count() }).from(users);
    expect(staff?.n).toBe(3);
    // The day's budget, once, with its reporter and editor named.
    const plans = await db.select().from(storyPlans);
    expect(plans.map((p) => p.slugLine).sort()).toEqual(seedPlans.map((p) => p.slugLine).sort());
    expect(plans.every((p) => p.editorId && p.dueAt > new Date())).toBe(true);
    expect(plans.filter((p) => p.reporterId)).toHaveLength(1);
  });

  it("gives every photo alt text, a caption and a credit", async () => {
    const { db } = testDb();
    const photos = await db.select().from(media).where(eq(media.mimeType, "image/jpeg"));
    const storyPhotos = photos.filter((p) => !p.storageKey.includes("portrait"));
    expect(storyPhotos.length).toBeGreaterThanOrEqual(20);
    for (const p of storyPhotos) {
      expect(p.altText.length, p.storageKey).toBeGreaterThan(10);
      expect(p.caption.length, p.storageKey).toBeGreaterThan(10);
      expect(p.credit, p.storageKey).toMatch(/^[A-Z0-9 .,'&/-]+$/);
      expect(p.width).toBeGreaterThan(0);
    }
  });

  it("shows readers published stories only", async () => {
    const latest = await listLatestStories(100);
    const published = seedStories.filter((s) => s.status === "published");
    expect(latest.map((s) => s.slug).sort()).toEqual(published.map((s) => s.slug).sort());
    // Newest first.
    const times = latest.map((s) => s.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const draft = seedStories.find((s) => s.status !== "published")!;
    expect(await getPublishedStory(draft.slug)).toBeNull();
  });

  it("returns an article with its authors in order, hero photo and inline photos", async () => {
    // Two samples chosen by what they hold, with no fallback: a shared byline, and inline photos.
    const shared = seedStories.find((s) => s.status === "published" && s.authors.length > 1 && s.hero);
    const illustrated = seedStories.find((s) => s.status === "published" && s.hero && s.body.some((b) => "photo" in b));
    expect(shared, "the seed has a published story with two authors").toBeDefined();
    expect(illustrated, "the seed has a published story with inline photos").toBeDefined();
    const byline = await getPublishedStory(shared!.slug);
    expect(byline?.headline).toBe(shared!.headline);
    expect(byline?.authors.map((a) => a.slug)).toEqual(shared!.authors);
    const article = await getPublishedStory(illustrated!.slug);
    expect(article?.hero?.alt).toBe(seedPhotos.find((p) => p.key === illustrated!.hero)!.alt);
    expect(article?.hero?.credit).toBeTruthy();
    // Every inline photo of the body is loaded with its words (the page places them by id, so order is free).
    const inline = illustrated!.body.flatMap((b) => ("photo" in b ? [seedPhotos.find((p) => p.key === b.photo)!] : []));
    expect(inline.length).toBeGreaterThan(0);
    expect(article?.photos.map((p) => p.alt).sort()).toEqual(inline.map((p) => p.alt).sort());
    expect(article?.photos.map((p) => p.caption).sort()).toEqual(inline.map((p) => p.caption).sort());
    expect(article?.photos.every((p) => p.url.startsWith("/media/"))).toBe(true);
  });

  it("never makes demo staff in production", async () => {
    const { db } = testDb();
    await db.delete(users);
    const env = process.env as Record<string, string | undefined>;
    const before = env.NODE_ENV;
    env.NODE_ENV = "production";
    try {
      const result = await seedDemo(db, { withStaff: true });
      expect(result.staff).toEqual([]);
    } finally {
      env.NODE_ENV = before;
    }
    const [row] = await db.select({ n: count() }).from(users);
    expect(row?.n).toBe(0);
    const [desk] = await db.select().from(authors).where(eq(authors.kind, "desk"));
    expect(desk?.bio).toMatch(/Digital Team operates/);
  });
});

describe("demo staff elsewhere", () => {
  it("refuses to write demo logins to a database on another machine, before writing anything", async () => {
    const { db } = testDb();
    const [before] = await db.select({ n: count() }).from(users);
    await expect(
      seedDemo(db, { withStaff: true, databaseUrl: "postgres://u@db.example.com/masthead" }),
    ).rejects.toThrow(/this machine/);
    const [after] = await db.select({ n: count() }).from(users);
    expect(after?.n).toBe(before?.n);
  });
});

describe("demo tags", () => {
  it("have the slug the desk would make from their name, so publishing finds them instead of making twins", async () => {
    const { seedTags } = await import("./content");
    const { slugify } = await import("@/lib/content/slug");
    for (const t of seedTags) expect(slugify(t.name, 60), t.name).toBe(t.slug);
  });
});
