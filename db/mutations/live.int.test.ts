import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/db";
import { makeStaff } from "@/test/staff";
import { emptyWorkingCopy } from "@/lib/story/model";
import { getDeskLive, getPublicLiveCoverage, isStoryReporter } from "../queries/live";
import { mediaIsPublicQuery } from "../queries/media-access";
import { auditEvents, authors, media, sections } from "../schema";
import { editLiveUpdate, endCoverage, postLiveUpdate, removeLiveUpdate, startCoverage } from "./live";
import { createStory } from "./stories";
import { applyTransition } from "./story-workflow";

const testDb = withTestDatabase();
const text = (body: string, extra: Partial<Parameters<typeof postLiveUpdate>[2]> = {}) => ({
  body,
  mediaId: null,
  caption: null,
  credit: null,
  linkUrl: null,
  key: false,
  ...extra,
});

async function fixture() {
  const { db } = testDb();
  const editor = await makeStaff("editor");
  const reporter = await makeStaff("journalist");
  const [section] = await db
    .insert(sections)
    .values({ slug: `s-${Math.random()}`, name: "Local" })
    .returning();
  const [author] = await db
    .insert(authors)
    .values({ slug: `a-${Math.random()}`, name: "A", userId: reporter.id })
    .returning();
  const [photo] = await db
    .insert(media)
    .values({
      storageKey: `t/${Math.random()}.jpg`,
      mimeType: "image/jpeg",
      width: 4,
      height: 3,
      bytes: 1,
      altText: "Smoke",
      caption: "Library caption",
      credit: "Library credit",
    })
    .returning();
  const story = (slug: string) =>
    createStory(
      db,
      emptyWorkingCopy({
        sectionId: section!.id,
        slug,
        headline: "Fire on Main St",
        authorIds: [author!.id],
        heroMediaId: photo!.id,
      }),
      editor.id,
    );
  const published = await story(`fire-${Math.random().toString(36).slice(2)}`);
  expect(await applyTransition(db, published, 1, "publish", editor.id)).toMatchObject({ ok: true });
  const draft = await story(`draft-${Math.random().toString(36).slice(2)}`);
  // Photos no story shows: only a live update can make them public.
  const [livePhoto, removedPhoto] = await db
    .insert(media)
    .values(
      [1, 2].map((n) => ({
        storageKey: `t/live-${n}-${Math.random()}.jpg`,
        mimeType: "image/jpeg",
        width: 4,
        height: 3,
        bytes: 1,
        altText: "Smoke",
        caption: "Library caption",
        credit: "Library credit",
      })),
    )
    .returning();
  return { db, editor, reporter, photo: livePhoto!, removedPhoto: removedPhoto!, published, draft };
}

describe("live coverage", () => {
  it("only a published story goes live, and readers see only a published live story's updates", async () => {
    const { db, editor, published, draft } = await fixture();
    expect(await startCoverage(db, draft, editor.id)).toEqual({ ok: false, reason: "not-published" });
    expect(await getPublicLiveCoverage(published)).toBeNull(); // not live yet
    expect(await postLiveUpdate(db, published, text("Too early"), editor.id)).toEqual({
      ok: false,
      reason: "not-live",
    });
    expect(await startCoverage(db, published, editor.id)).toEqual({ ok: true });
    expect(await postLiveUpdate(db, published, text("Crews arrive"), editor.id)).toMatchObject({ ok: true });
    expect((await getPublicLiveCoverage(published))?.updates.map((u) => u.body)).toEqual(["Crews arrive"]);
    // Unpublished: the coverage is gone from readers, though the desk still has it.
    expect(await applyTransition(db, published, 2, "unpublish", editor.id)).toMatchObject({ ok: true });
    expect(await getPublicLiveCoverage(published)).toBeNull();
    expect((await getDeskLive(published)).updates).toHaveLength(1);
  });

  it("lists updates newest first, hides removed ones, carries the photo's own words, and audits every change", async () => {
    const { db, editor, reporter, photo, removedPhoto, published } = await fixture();
    await startCoverage(db, published, editor.id);
    const first = await postLiveUpdate(db, published, text("First"), reporter.id);
    const second = await postLiveUpdate(
      db,
      published,
      text("Second", { key: true, mediaId: photo.id, caption: "Crews at 5th Ave", credit: "Jo Lee" }),
      editor.id,
    );
    const third = await postLiveUpdate(db, published, text("Third", { mediaId: removedPhoto.id }), editor.id);
    if (!first.ok || !second.ok || !third.ok) throw new Error("post failed");
    expect(
      await editLiveUpdate(
        db,
        published,
        first.id!,
        text("First, corrected", { linkUrl: "https://example.com/a" }),
        editor.id,
      ),
    ).toMatchObject({ ok: true });
    expect(await removeLiveUpdate(db, published, third.id!, editor.id)).toMatchObject({ ok: true });
    expect(await removeLiveUpdate(db, published, third.id!, editor.id)).toEqual({ ok: false, reason: "missing" });
    expect(await editLiveUpdate(db, published, third.id!, text("Back?"), editor.id)).toEqual({
      ok: false,
      reason: "missing",
    });
    const live = (await getPublicLiveCoverage(published))!;
    expect(live.updates.map((u) => u.body)).toEqual(["Second", "First, corrected"]);
    expect(live.updates[0]).toMatchObject({
      key: true,
      photo: { id: photo.id, caption: "Crews at 5th Ave", credit: "Jo Lee", alt: "Smoke" },
    });
    expect(live.updates[1]).toMatchObject({ key: false, linkUrl: "https://example.com/a", photo: null });
    expect(live.updates[1]!.editedAt).not.toBeNull();
    // A live update's photo is public while the update shows; the removed update's is not made public by it.
    const isPublic = async (id: string) =>
      ((await db.execute(mediaIsPublicQuery(id))) as unknown as { rows: { is_public: boolean }[] }).rows[0]!.is_public;
    expect(await isPublic(photo.id)).toBe(true);
    expect(await isPublic(removedPhoto.id)).toBe(false);
    const events = await db
      .select({ action: auditEvents.action, actorId: auditEvents.actorId, detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "live_update"), eq(auditEvents.entityId, first.id!)));
    expect(events.map((e) => e.action).sort()).toEqual(["live.edit", "live.post"]);
    expect(events.find((e) => e.action === "live.edit")?.detail).toMatchObject({
      before: { body: "First" },
      after: { body: "First, corrected" },
    });
    const removed = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, third.id!));
    expect(removed.map((e) => e.action).sort()).toEqual(["live.post", "live.remove"]);
  });

  it("ending coverage stores the time, stops new updates, and is audited; going live again resumes", async () => {
    const { db, editor, published } = await fixture();
    await startCoverage(db, published, editor.id);
    expect(await endCoverage(db, published, editor.id)).toEqual({ ok: true });
    expect(await endCoverage(db, published, editor.id)).toEqual({ ok: false, reason: "ended" });
    const ended = (await getPublicLiveCoverage(published))!;
    expect(new Date(ended.endedAt!).getTime()).toBeGreaterThanOrEqual(new Date(ended.startedAt).getTime());
    expect(await postLiveUpdate(db, published, text("Late"), editor.id)).toEqual({ ok: false, reason: "ended" });
    const actions = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, published));
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["live.start", "live.end"]));
    expect(await startCoverage(db, published, editor.id)).toEqual({ ok: true });
    expect((await getPublicLiveCoverage(published))!.endedAt).toBeNull();
  });

  it("a reporter is the story's writer or a journalist with a byline on it", async () => {
    const { editor, reporter, published } = await fixture();
    const other = await makeStaff("journalist");
    expect(await isStoryReporter(published, reporter.id)).toBe(true); // byline
    expect(await isStoryReporter(published, editor.id)).toBe(true); // writer
    expect(await isStoryReporter(published, other.id)).toBe(false);
  });
});
