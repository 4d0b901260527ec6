import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/db";
import { getPublishedStory } from "../queries/stories";
import { auditEvents, authors, revisions, sections, stories, storyAuthors } from "../schema";
import {
  createStory, publishStory, StoryConflictError, StoryNotEditableError, unpublishStory, updateStory, type StoryInput,
} from "./stories";

const testDb = withTestDatabase();
const doc = (text: string) => ({ type: "doc" as const, content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
let base: StoryInput;

beforeAll(async () => {
  const { db } = testDb();
  const [section] = await db.insert(sections).values({ slug: "local", name: "Local" }).returning();
  const [a] = await db.insert(authors).values({ slug: "a", name: "A" }).returning();
  const [b] = await db.insert(authors).values({ slug: "b", name: "B" }).returning();
  base = {
    slug: "council-vote", headline: "Council votes", dek: "A dek", body: doc("First words."), sectionId: section!.id,
    heroMediaId: null, authorIds: [b!.id, a!.id], tagIds: [],
  };
});

describe("story mutations", () => {
  it("creates a draft with its first revision and keeps the byline order", async () => {
    const { db } = testDb();
    const id = await createStory(db, base, null);
    const [row] = await db.select().from(stories).where(eq(stories.id, id));
    expect(row).toMatchObject({ status: "draft", version: 1, bodyText: "First words." });
    const revs = await db.select().from(revisions).where(eq(revisions.storyId, id));
    expect(revs.map((r) => r.version)).toEqual([1]);
    // A draft is invisible to readers.
    expect(await getPublishedStory("council-vote")).toBeNull();
  });

  it("refuses a save from an old version and returns the text stored now", async () => {
    const { db } = testDb();
    const [{ id }] = (await db.select({ id: stories.id }).from(stories).where(eq(stories.slug, "council-vote"))) as [{ id: string }];
    const v2 = await updateStory(db, id, 1, { ...base, headline: "Council votes 9-4" }, null);
    expect(v2).toBe(2);
    const stale = updateStory(db, id, 1, { ...base, headline: "Someone else's headline" }, null);
    await expect(stale).rejects.toBeInstanceOf(StoryConflictError);
    await stale.catch((e: StoryConflictError) => expect(e.current).toMatchObject({ version: 2, headline: "Council votes 9-4" }));
    const revs = await db.select({ version: revisions.version, headline: revisions.headline }).from(revisions)
      .where(eq(revisions.storyId, id)).orderBy(asc(revisions.version));
    expect(revs).toEqual([{ version: 1, headline: "Council votes" }, { version: 2, headline: "Council votes 9-4" }]);
  });

  it("publishes, keeps the first publication time, marks later edits as updates, and unpublishes", async () => {
    const { db } = testDb();
    const [{ id }] = (await db.select({ id: stories.id }).from(stories).where(eq(stories.slug, "council-vote"))) as [{ id: string }];
    const firstTime = new Date(Date.now() - 3_600_000);
    await publishStory(db, id, null, firstTime);
    // Publishing is a new version: a form opened before it (at version 2) is refused rather than saved over it.
    await expect(updateStory(db, id, 2, { ...base, headline: "From a form opened before publication" }, null))
      .rejects.toBeInstanceOf(StoryConflictError);
    const live = await getPublishedStory("council-vote");
    expect(live?.publishedAt.toISOString()).toBe(firstTime.toISOString());
    expect(live?.updatedAt).toBeNull();
    expect(live?.authors.map((a) => a.slug)).toEqual(["b", "a"]);

    expect(live?.headline).toBe("Council votes 9-4");
    expect(await updateStory(db, id, 3, { ...base, headline: "Council votes 9-4 after long debate" }, null)).toBe(4);
    await unpublishStory(db, id, null);
    expect(await getPublishedStory("council-vote")).toBeNull();
    const [{ version }] = (await db.select({ version: stories.version }).from(stories).where(eq(stories.id, id))) as [{ version: number }];
    expect(version).toBe(5); // unpublishing is a new version too
    await publishStory(db, id, null);
    const again = await getPublishedStory("council-vote");
    expect(again?.publishedAt.toISOString()).toBe(firstTime.toISOString());
    expect(again?.updatedAt).not.toBeNull();
    expect(again?.headline).toBe("Council votes 9-4 after long debate");

    const actions = (await db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["story.create", "story.update", "story.publish", "story.unpublish"]));
  });

  it("refuses a writer's save that would land on a story published after they opened it", async () => {
    const { db } = testDb();
    const writer = { onlyStatuses: ["draft", "returned"] as const };
    const id = await createStory(db, { ...base, slug: "late-save" }, null);
    expect(await updateStory(db, id, 1, { ...base, slug: "late-save", headline: "Writer's draft" }, null, writer)).toBe(2);
    await publishStory(db, id, null);
    const late = { ...base, slug: "late-save", headline: "Writer's late change", body: doc("Unchecked words.") };
    // From the version the form was opened at, and even from the current one (a form reloaded just before).
    for (const version of [2, 3]) {
      const save = updateStory(db, id, version, late, null, writer);
      await expect(save).rejects.toBeInstanceOf(StoryNotEditableError);
      await save.catch((e: StoryNotEditableError) => expect(e.status).toBe("published"));
    }
    const live = await getPublishedStory("late-save");
    expect(live).toMatchObject({ headline: "Writer's draft" });
    expect(JSON.stringify(live?.body)).toContain("First words.");
    const revs = await db.select({ version: revisions.version }).from(revisions).where(eq(revisions.storyId, id));
    expect(revs.map((r) => r.version).sort()).toEqual([1, 2]);
    // An editor's save (no status restriction) still goes through.
    expect(await updateStory(db, id, 3, { ...late, headline: "Editor's change" }, null)).toBe(4);
  });

  it("a save of the words alone keeps the slug, section and bylines as stored", async () => {
    const { db } = testDb();
    const id = await createStory(db, { ...base, slug: "words-only" }, null);
    const v2 = await updateStory(db, id, 1, { headline: "New words", dek: "New dek", body: doc("Only the text changed.") }, null);
    expect(v2).toBe(2);
    const [row] = await db.select().from(stories).where(eq(stories.id, id));
    expect(row).toMatchObject({ slug: "words-only", sectionId: base.sectionId, headline: "New words", bodyText: "Only the text changed." });
    const links = await db.select({ authorId: storyAuthors.authorId, position: storyAuthors.position }).from(storyAuthors)
      .where(eq(storyAuthors.storyId, id)).orderBy(asc(storyAuthors.position));
    expect(links.map((l) => l.authorId)).toEqual(base.authorIds);
  });

  it("hides a story whose publication time has not come", async () => {
    const { db } = testDb();
    const id = await createStory(db, { ...base, slug: "embargoed" }, null);
    await publishStory(db, id, null, new Date(Date.now() + 3_600_000));
    expect(await getPublishedStory("embargoed")).toBeNull();
  });
});
