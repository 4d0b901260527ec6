import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { together, withTestDatabase } from "@/test/db";
import { getPublishedStory } from "../queries/stories";
import { findStoryRedirect, getWorkingArticle } from "../queries/story-preview";
import {
  auditEvents,
  authors,
  editorialNotes,
  media,
  revisions,
  sections,
  stories,
  storyMedia,
  storyRedirects,
  tags,
  users,
} from "../schema";
import { createStory, restoreRevision, saveWorkingCopy, type WorkingCopy } from "./stories";
import { heartbeatLock, releaseLock, takeOverLock } from "./story-desk";
import { LOCK_TTL_MS } from "@/lib/story/workflow";
import { applyTransition, publishDueStories } from "./story-workflow";
import { emptyWorkingCopy } from "@/lib/story/model";

const testDb = withTestDatabase();
const doc = (text: string) => ({
  type: "doc" as const,
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});
let ready: WorkingCopy;
let writer: string, editor: string, editor2: string;

async function user(name: string) {
  const [u] = await testDb()
    .db.insert(users)
    .values({ email: `${name}@example.com`, name, passwordHash: "x" })
    .returning({ id: users.id });
  return u!.id;
}

async function fresh(w: Partial<WorkingCopy> = {}) {
  const slug = `story-${Math.random().toString(36).slice(2, 8)}`;
  return createStory(testDb().db, { ...ready, slug, ...w }, writer);
}

const version = async (id: string) =>
  (await testDb().db.select({ v: stories.version }).from(stories).where(eq(stories.id, id)))[0]!.v;

beforeAll(async () => {
  const { db } = testDb();
  [writer, editor, editor2] = [await user("Writer"), await user("Editor"), await user("Editor Two")];
  const [section] = await db.insert(sections).values({ slug: "local", name: "Local" }).returning();
  const [a] = await db.insert(authors).values({ slug: "a", name: "A" }).returning();
  const [photo] = await db
    .insert(media)
    .values({
      storageKey: "t/hero.jpg",
      mimeType: "image/jpeg",
      width: 10,
      height: 10,
      bytes: 1,
      altText: "Alt",
      caption: "Caption",
      credit: "Credit",
    })
    .returning();
  ready = emptyWorkingCopy({
    headline: "Council votes",
    dek: "A dek",
    body: doc("First words."),
    sectionId: section!.id,
    authorIds: [a!.id],
    heroMediaId: photo!.id,
    tags: ["City Hall"],
  });
});

describe("the preview and Publish", () => {
  it("show readers the same story from the same working copy", async () => {
    const { db } = testDb();
    const slug = "parity-story";
    const id = await fresh({
      slug,
      seoTitle: "  Parity  ",
      seoDescription: " ",
      hero: { caption: " Own caption " },
      featured: true,
      body: {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "Words." }] },
          { type: "photo", attrs: { mediaId: ready.heroMediaId!, credit: "Inline credit" } },
        ],
      },
    });
    const preview = await getWorkingArticle(id);
    expect(await applyTransition(db, id, 1, "publish", editor)).toMatchObject({ ok: true });
    const live = await getPublishedStory(slug);
    const comparable = (a: typeof live) => ({ ...a, publishedAt: undefined, updatedAt: undefined });
    expect(comparable(preview)).toEqual(comparable(live));
    expect(live).toMatchObject({
      seoTitle: "Parity",
      seoDescription: null,
      featured: true,
      hero: { caption: "Own caption" },
    });
  });
});

describe("saving the working copy", () => {
  it("refuses a save from an old version and returns the stored text, writing nothing", async () => {
    const { db } = testDb();
    const id = await fresh();
    const ok = await saveWorkingCopy(db, id, 1, { ...ready, headline: "Mine" }, writer, { autosave: false });
    expect(ok).toMatchObject({ ok: true, version: 2 });
    const stale = await saveWorkingCopy(db, id, 1, { ...ready, headline: "Theirs" }, writer, { autosave: false });
    expect(stale).toMatchObject({
      ok: false,
      reason: "conflict",
      current: { version: 2, working: { headline: "Mine" } },
    });
    expect(await version(id)).toBe(2);
  });

  it("collapses one person's autosaves into one revision and keeps explicit saves", async () => {
    const { db } = testDb();
    const id = await fresh();
    let v = 1;
    for (const word of ["a", "ab", "abc"])
      v = (
        (await saveWorkingCopy(db, id, v, { ...ready, dek: word }, writer, { autosave: true })) as { version: number }
      ).version;
    v = (
      (await saveWorkingCopy(db, id, v, { ...ready, dek: "final" }, writer, { autosave: false })) as { version: number }
    ).version;
    const kinds = await db
      .select({ kind: revisions.kind, dek: revisions.dek })
      .from(revisions)
      .where(eq(revisions.storyId, id))
      .orderBy(revisions.version);
    expect(kinds).toEqual([
      { kind: "create", dek: "A dek" },
      { kind: "autosave", dek: "abc" },
      { kind: "save", dek: "final" },
    ]);
  });

  it("refuses a writer's save once the story is submitted, and a save while someone else holds the lock", async () => {
    const { db } = testDb();
    const id = await fresh();
    expect(await applyTransition(db, id, 1, "submit", writer)).toMatchObject({ ok: true, status: "in_review" });
    expect(
      await saveWorkingCopy(db, id, 2, ready, writer, {
        autosave: true,
        onlyStatuses: ["draft", "returned", "published"],
      }),
    ).toMatchObject({ ok: false, reason: "status", status: "in_review" });
    // The editor opens it; a second editor's save is refused until they take over.
    expect(await heartbeatLock(db, id, editor)).toEqual({ mine: true });
    expect(await heartbeatLock(db, id, editor2)).toEqual({ mine: false, holderId: editor });
    expect(await saveWorkingCopy(db, id, 2, ready, editor2, { autosave: true })).toMatchObject({
      ok: false,
      reason: "locked",
      holderId: editor,
    });
    expect(await takeOverLock(db, id, editor2)).toEqual({ from: editor });
    expect(await saveWorkingCopy(db, id, 2, { ...ready, dek: "taken" }, editor2, { autosave: true })).toMatchObject({
      ok: true,
    });
    // The first editor learns it at their next save; their text was not written.
    expect(await saveWorkingCopy(db, id, 3, { ...ready, dek: "mine" }, editor, { autosave: true })).toMatchObject({
      ok: false,
      reason: "locked",
      holderId: editor2,
    });
    const [takeover] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "story.takeover")));
    expect(takeover?.detail).toEqual({ from: editor });
  });
});

describe("the soft lock", () => {
  it("lapses two minutes after its holder's last heartbeat, and only its holder can let go of it", async () => {
    const { db } = testDb();
    const id = await fresh();
    expect(await heartbeatLock(db, id, editor)).toEqual({ mine: true });
    // Just inside its life, it holds; just past it, a colleague gets it and can save.
    const heldFor = async (ms: number) =>
      db
        .update(stories)
        .set({ lockedAt: sql`now() - make_interval(secs => ${ms / 1000})` })
        .where(eq(stories.id, id));
    await heldFor(LOCK_TTL_MS - 5_000);
    expect(await heartbeatLock(db, id, editor2)).toEqual({ mine: false, holderId: editor });
    await heldFor(LOCK_TTL_MS + 5_000);
    expect(await heartbeatLock(db, id, editor2, "tab-1")).toEqual({ mine: true });
    expect(
      await saveWorkingCopy(db, id, 1, { ...ready, dek: "after the lapse" }, editor2, { autosave: true }),
    ).toMatchObject({ ok: true });
    // Someone else's release changes nothing.
    await releaseLock(db, id, editor, "tab-1");
    expect(await heartbeatLock(db, id, editor)).toEqual({ mine: false, holderId: editor2 });
    // A reloaded tab's late beacon (tab-1) does not free the lock its new page (tab-2) has taken since.
    expect(await heartbeatLock(db, id, editor2, "tab-2")).toEqual({ mine: true });
    await releaseLock(db, id, editor2, "tab-1");
    expect(await heartbeatLock(db, id, editor)).toEqual({ mine: false, holderId: editor2 });
    // The tab that keeps it frees it at once.
    await releaseLock(db, id, editor2, "tab-2");
    expect(await heartbeatLock(db, id, editor)).toEqual({ mine: true });
  });
});

describe("workflow", () => {
  it("returns with a required note, blocks approval on the checklist, then publishes the working copy", async () => {
    const { db } = testDb();
    const id = await fresh({ heroMediaId: null });
    await applyTransition(db, id, 1, "submit", writer);
    expect(await applyTransition(db, id, 2, "return", editor, { note: " " })).toMatchObject({
      ok: false,
      reason: "invalid",
      field: "note",
    });
    expect(await applyTransition(db, id, 2, "return", editor, { note: "Add a photo." })).toMatchObject({
      ok: true,
      status: "returned",
    });
    expect((await db.select().from(editorialNotes).where(eq(editorialNotes.storyId, id)))[0]).toMatchObject({
      kind: "return",
      body: "Add a photo.",
    });
    await applyTransition(db, id, 3, "submit", writer);
    const blocked = await applyTransition(db, id, 4, "approve", editor);
    expect(blocked).toMatchObject({ ok: false, reason: "checklist", missing: [{ field: "field-hero" }] });
    await saveWorkingCopy(
      db,
      id,
      4,
      { ...ready, slug: (await db.select({ w: stories.working }).from(stories).where(eq(stories.id, id)))[0]!.w.slug },
      editor,
      { autosave: false },
    );
    expect(await applyTransition(db, id, 5, "approve", editor)).toMatchObject({ ok: true, status: "approved" });
    const published = await applyTransition(db, id, 6, "publish", editor);
    expect(published).toMatchObject({ ok: true, status: "published" });
    const [row] = await db.select({ slug: stories.slug }).from(stories).where(eq(stories.id, id));
    const article = await getPublishedStory(row!.slug);
    expect(article).toMatchObject({
      headline: "Council votes",
      tags: [{ slug: "city-hall", name: "City Hall" }],
      hero: { caption: "Caption" },
    });
    expect((await db.select().from(storyMedia).where(eq(storyMedia.storyId, id))).map((m) => m.mediaId)).toEqual([
      ready.heroMediaId,
    ]);
  });

  it("refuses a stale publish, and an unpublish of a story that was never published", async () => {
    const { db } = testDb();
    const id = await fresh();
    await saveWorkingCopy(
      db,
      id,
      1,
      { ...ready, slug: `s-${id.slice(0, 8)}`, headline: "Changed after the editor looked" },
      writer,
      { autosave: true },
    );
    expect(await applyTransition(db, id, 1, "publish", editor)).toMatchObject({
      ok: false,
      reason: "conflict",
      version: 2,
    });
    expect(await applyTransition(db, id, 2, "unpublish", editor)).toMatchObject({
      ok: false,
      reason: "status",
      status: "draft",
    });
    expect((await db.select({ s: stories.status }).from(stories).where(eq(stories.id, id)))[0]!.s).toBe("draft");
  });

  it("keeps readers on the live text while the working copy changes, and redirects an old slug after a rename", async () => {
    const { db } = testDb();
    const id = await fresh({ slug: "live-story" });
    await applyTransition(db, id, 1, "publish", editor);
    await saveWorkingCopy(db, id, 2, { ...ready, slug: "live-story-renamed", headline: "New words" }, writer, {
      autosave: true,
      onlyStatuses: ["draft", "returned", "published"],
    });
    expect((await getPublishedStory("live-story"))?.headline).toBe("Council votes");
    expect((await getWorkingArticle(id))?.headline).toBe("New words");
    expect(
      await applyTransition(db, id, 3, "publish", editor, {
        correction: { kind: "correction", text: "An earlier version misnamed the council." },
      }),
    ).toMatchObject({ ok: true, before: { slug: "live-story" }, after: { slug: "live-story-renamed" } });
    expect(await getPublishedStory("live-story")).toBeNull();
    const renamed = await getPublishedStory("live-story-renamed");
    expect(renamed).toMatchObject({
      headline: "New words",
      corrections: [{ kind: "correction", text: "An earlier version misnamed the council." }],
    });
    // Read as JSON with the story, its time comes back as a Date again.
    expect(Math.abs(renamed!.corrections[0]!.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(await findStoryRedirect("live-story")).toEqual({ slug: "live-story-renamed", sectionSlug: "local" });
    // The old slug stays reserved for this story.
    const other = await fresh({ slug: "live-story" });
    expect(await applyTransition(db, other, 1, "publish", editor)).toMatchObject({
      ok: false,
      reason: "checklist",
      missing: [{ field: "field-slug" }],
    });
    expect((await db.select().from(storyRedirects)).length).toBe(1);
  });

  it("restores a revision as a new working copy without publishing it", async () => {
    const { db } = testDb();
    const id = await fresh();
    await saveWorkingCopy(db, id, 1, { ...ready, headline: "Second" }, writer, { autosave: false });
    const [first] = await db
      .select({ id: revisions.id })
      .from(revisions)
      .where(and(eq(revisions.storyId, id), eq(revisions.version, 1)));
    expect(await restoreRevision(db, id, 2, first!.id, writer)).toMatchObject({ ok: true, version: 3 });
    const [row] = await db
      .select({ w: stories.working, status: stories.status })
      .from(stories)
      .where(eq(stories.id, id));
    expect(row).toMatchObject({ status: "draft", w: { headline: "Council votes" } });
  });
});

describe("scheduled publishing", () => {
  it(`publishes a due story exactly once when three runs claim it ${together}, and records that it was late`, async () => {
    const { db } = testDb();
    const id = await fresh();
    expect(
      await applyTransition(db, id, 1, "schedule", editor, { scheduledAt: new Date(Date.now() - 1000) }),
    ).toMatchObject({ ok: false, reason: "invalid" });
    expect(
      await applyTransition(db, id, 1, "schedule", editor, { scheduledAt: new Date(Date.now() + 3_600_000) }),
    ).toMatchObject({ ok: true, status: "scheduled" });
    expect(await publishDueStories(db)).toEqual([]);
    // The server was down when it fell due: it is published as soon as a run happens, marked late.
    await db
      .update(stories)
      .set({ scheduledAt: sql`now() - interval '10 minutes'` })
      .where(eq(stories.id, id));
    const runs = await Promise.all([publishDueStories(db), publishDueStories(db), publishDueStories(db)]);
    expect(runs.flat().filter((r) => r.outcome.ok)).toHaveLength(1);
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "story.publish")));
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toMatchObject({ scheduled: true, late: true });
    expect(
      await db
        .select()
        .from(revisions)
        .where(and(eq(revisions.storyId, id), eq(revisions.kind, "publish"))),
    ).toHaveLength(1);
  });
});

describe("tags typed on the desk", () => {
  it("get readable slugs from Hangul, while a tag made before keeps its stored slug", async () => {
    const { db } = testDb();
    await db.insert(tags).values({ slug: "t-0a1b2c3d4e", name: "한인 사회" });
    const slug = `tagged-${Math.random().toString(36).slice(2, 8)}`;
    const id = await fresh({ slug, tags: ["이민", "한인 사회", "LA 한인타운"] });
    expect(await applyTransition(db, id, 1, "publish", editor)).toMatchObject({ ok: true, status: "published" });
    const article = await getPublishedStory(slug);
    expect(article?.tags.map((t) => [t.name, t.slug]).sort()).toEqual([
      ["LA 한인타운", "la-hanintaun"],
      ["이민", "imin"],
      ["한인 사회", "t-0a1b2c3d4e"],
    ]);
    expect(await db.select({ slug: tags.slug }).from(tags).where(eq(tags.name, "한인 사회"))).toHaveLength(1);
  });
});
