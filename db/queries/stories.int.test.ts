import { asc } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/db";
import { seedDemo } from "../seed";
import { authors, media, sections, stories, storyAuthors } from "../schema";
import { getPublishedStory } from "./stories";

const testDb = withTestDatabase();

beforeAll(async () => {
  await seedDemo(testDb().db, { withStaff: false });
});

describe("the published story, read in one query", () => {
  it("gives each author's photo or none, and each inline photo once, wherever it sits in the body", async () => {
    const { db } = testDb();
    const photos = await db.select().from(media).orderBy(asc(media.id)).limit(2);
    const [withPhoto, withoutPhoto] = await db
      .insert(authors)
      .values([
        { slug: "one-query-pictured", name: "Pictured Writer", photoId: photos[0]!.id, bio: "Writes with a face." },
        { slug: "one-query-unpictured", name: "Unpictured Writer" },
      ])
      .returning();
    const [section] = await db.select().from(sections).limit(1);
    const photo = (id: string) => ({ type: "photo", attrs: { mediaId: id } });
    const [story] = await db
      .insert(stories)
      .values({
        slug: "one-query-story",
        headline: "One query",
        status: "published",
        sectionId: section!.id,
        publishedAt: new Date(Date.now() - 60_000),
        body: {
          type: "doc",
          content: [
            photo(photos[1]!.id),
            { type: "blockquote", content: [photo(photos[1]!.id)] },
            photo(photos[0]!.id),
            { type: "photo", attrs: { mediaId: null } },
          ],
        },
      })
      .returning();
    await db.insert(storyAuthors).values([
      { storyId: story!.id, authorId: withoutPhoto!.id, position: 1 },
      { storyId: story!.id, authorId: withPhoto!.id, position: 0 },
    ]);

    const article = (await getPublishedStory("one-query-story"))!;
    expect(article.authors.map((a) => a.slug)).toEqual(["one-query-pictured", "one-query-unpictured"]);
    expect(article.authorProfiles.map((a) => a.bio)).toEqual(["Writes with a face.", ""]);
    expect(article.authorProfiles[1]!.photo).toBeNull();
    const face = article.authorProfiles[0]!.photo!;
    expect(face.id).toBe(photos[0]!.id);
    expect(face.url).toBe(`/media/${photos[0]!.storageKey}`);
    expect(face.variants.length).toBe(photos[0]!.variants.length);
    expect(face.variants.map((v) => v.width)).toEqual([...face.variants.map((v) => v.width)].sort((a, b) => a - b));
    expect(article.photos.map((p) => p.id)).toEqual(photos.map((p) => p.id));
    expect(article.photos.every((p) => p.width > 0 && p.alt !== undefined)).toBe(true);
    expect(article.editions).toEqual([]);
    expect(article.tags).toEqual([]);
    expect(article.corrections).toEqual([]);
  });
});
