import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/db";
import { getPublishedStory } from "../queries/stories";
import { auditEvents, authors, editorialNotes, media, revisions, sections, stories } from "../schema";
import { createStory } from "./stories";
import { applyTransition, publishDueStories } from "./story-workflow";
import { emptyWorkingCopy } from "@/lib/story/model";

const testDb = withTestDatabase();

// Several server processes on one PostgreSQL each run the scheduler; a story must still go out once.
describe.runIf(process.env.TEST_DRIVER === "postgres")("scheduled publishing across processes", () => {
  it("publishes a story whose time passed while no server ran, exactly once, from three processes at once", async () => {
    const { db } = testDb();
    const [section] = await db.insert(sections).values({ slug: "local", name: "Local" }).returning();
    const [author] = await db.insert(authors).values({ slug: "a", name: "A" }).returning();
    const [photo] = await db
      .insert(media)
      .values({
        storageKey: "t/h.jpg",
        mimeType: "image/jpeg",
        width: 1,
        height: 1,
        bytes: 1,
        altText: "a",
        caption: "c",
        credit: "r",
      })
      .returning();
    const id = await createStory(
      db,
      emptyWorkingCopy({
        sectionId: section!.id,
        slug: "at-dawn",
        headline: "At dawn",
        authorIds: [author!.id],
        heroMediaId: photo!.id,
      }),
      null,
    );
    expect(
      await applyTransition(db, id, 1, "schedule", null, { scheduledAt: new Date(Date.now() + 60_000) }),
    ).toMatchObject({ ok: true });
    // The servers were down when it fell due.
    await db
      .update(stories)
      .set({ scheduledAt: sql`now() - interval '5 minutes'` })
      .where(eq(stories.id, id));
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${testDb().name}`;
    // Three processes, each connected before any claims: one "go" starts them together.
    const children = [1, 2, 3].map(() =>
      spawn("node_modules/.bin/tsx", ["--conditions=react-server", "test/scheduler-child.ts", url.toString(), "3"], {
        env: { ...process.env, NODE_ENV: "test" },
      }),
    );
    const lines = children.map((c) => createInterface({ input: c.stdout }));
    const exited = children.map((c) => new Promise((done) => c.on("exit", done)));
    const reports = lines.map(
      (l) =>
        new Promise<{ published: number; startedAt: number; endedAt: number }>((report) =>
          l.on("line", (line) => line.startsWith("{") && report(JSON.parse(line))),
        ),
    );
    await Promise.all(lines.map((l) => new Promise((ready) => l.on("line", (line) => line === "ready" && ready(0)))));
    for (const c of children) c.stdin.write("go\n");
    const runs = await Promise.all(reports);
    await Promise.all(exited);
    // Their claims ran at the same time: every one began before any had ended.
    expect(Math.max(...runs.map((r) => r.startedAt))).toBeLessThan(Math.min(...runs.map((r) => r.endedAt)));
    const published = runs.map((r) => r.published);
    expect(published.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await getPublishedStory("at-dawn")).toMatchObject({ headline: "At dawn" });
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

describe("a scheduled story that fails its checklist at its time", () => {
  it("is unscheduled through the workflow table: back to approved, with a revision, a note and an audit entry", async () => {
    const { db } = testDb();
    const [section] = await db.insert(sections).values({ slug: "city", name: "City" }).returning();
    const [author] = await db.insert(authors).values({ slug: "b", name: "B" }).returning();
    const [photo] = await db
      .insert(media)
      .values({
        storageKey: "t/f.jpg",
        mimeType: "image/jpeg",
        width: 1,
        height: 1,
        bytes: 1,
        altText: "a",
        caption: "c",
        credit: "r",
      })
      .returning();
    const w = emptyWorkingCopy({
      sectionId: section!.id,
      slug: "at-noon",
      headline: "At noon",
      authorIds: [author!.id],
      heroMediaId: photo!.id,
    });
    const id = await createStory(db, w, null);
    expect(
      await applyTransition(db, id, 1, "schedule", null, { scheduledAt: new Date(Date.now() + 60_000) }),
    ).toMatchObject({ ok: true });
    // By its time the headline is gone (an editor's fixture here; on the desk, a photo's credit deleted from the library).
    await db
      .update(stories)
      .set({ working: { ...w, headline: "" }, scheduledAt: sql`now() - interval '1 minute'` })
      .where(eq(stories.id, id));
    const [run] = await publishDueStories(db);
    expect(run).toMatchObject({ id, outcome: { ok: false, reason: "checklist" } });
    const [row] = await db.select().from(stories).where(eq(stories.id, id));
    expect(row).toMatchObject({ status: "approved", scheduledAt: null, version: 3, publishedAt: null });
    const [rev] = await db
      .select()
      .from(revisions)
      .where(and(eq(revisions.storyId, id), eq(revisions.version, 3)));
    expect(rev).toMatchObject({ kind: "unschedule", status: "approved", createdBy: null });
    const notes = await db.select().from(editorialNotes).where(eq(editorialNotes.storyId, id));
    expect(notes).toMatchObject([
      { kind: "note", body: expect.stringMatching(/^The scheduled publication did not happen: .*headline/i) },
    ]);
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "story.unschedule")));
    expect(event!.detail).toMatchObject({
      from: "scheduled",
      to: "approved",
      version: 3,
      scheduleFailed: true,
      missing: 1,
    });
    expect(await publishDueStories(db)).toEqual([]);
  });
});
