import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { saveStoryAction } from "@/app/(admin)/admin/stories/actions";
import { createStory, type WorkingCopy } from "@/db/mutations/stories";
import { sections, stories } from "@/db/schema";
import { withTestDatabase } from "@/test/db";
import { makeStaff } from "@/test/staff";
import { emptyWorkingCopy } from "@/lib/story/model";

// The story editor's save action (app/(admin)/admin/stories/actions.ts): only Auth.js's auth() is replaced (it
// hands over a session's claims); the user, the guard, the validation and every write are real.
const session = vi.hoisted(() => ({ claims: null as unknown }));
vi.mock("@/auth", () => ({
  auth: async () => session.claims,
  signIn: async () => undefined,
  signOut: async () => undefined,
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/cache", () => ({
  revalidateTag: () => undefined,
  revalidatePath: () => undefined,
  updateTag: () => undefined,
}));

const testDb = withTestDatabase();
type Staff = Awaited<ReturnType<typeof makeStaff>>;
let journalist: Staff, editor: Staff;
let section: string;

const doc = (...paragraphs: string[]) => ({
  type: "doc" as const,
  content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});
async function stored(id: string) {
  const [row] = await testDb()
    .db.select({ version: stories.version, working: stories.working })
    .from(stories)
    .where(eq(stories.id, id));
  return row!;
}
async function revisionCount(id: string) {
  const r = await testDb().db.execute(sql`select count(*)::int as n from revisions where story_id = ${id}`);
  return (r as unknown as { rows: { n: number }[] }).rows[0]!.n;
}
const save = (id: string, version: number, working: WorkingCopy, autosave = false) =>
  saveStoryAction(undefined, { id, version, autosave, working });

beforeAll(async () => {
  [journalist, editor] = [await makeStaff("journalist"), await makeStaff("editor")];
  const [s] = await testDb().db.insert(sections).values({ slug: "local", name: "Local" }).returning();
  section = s!.id;
});

describe("saving a story", () => {
  it("refuses a body past the cap with a message on the body, and stores nothing", async () => {
    session.claims = journalist.claims;
    const first = emptyWorkingCopy({ sectionId: section, headline: "Long read", body: doc("The first draft.") });
    const id = await createStory(testDb().db, first, journalist.id);
    // 410 paragraphs of 1,000 characters: each one valid, the whole too long.
    const huge = { ...first, body: doc(...Array.from({ length: 410 }, () => "words".repeat(200))) };
    for (const autosave of [false, true]) {
      const res = await save(id, 1, huge, autosave);
      expect(res).toMatchObject({
        ok: false,
        fieldErrors: {
          body: expect.stringContaining(
            "The body is longer than 400,000 characters (it has 410,818); split it into two or more stories",
          ),
        },
      });
    }
    expect(await stored(id)).toEqual({ version: 1, working: first });
    expect(await revisionCount(id)).toBe(1);
    // Just under the cap saves.
    const long = { ...first, body: doc(...huge.body.content.slice(0, 390).map((p) => p.content[0]!.text)) };
    expect(await save(id, 1, long)).toMatchObject({ ok: true, version: 2 });
  });

  it("keeps Featured as stored when a journalist saves; an editor changes it", async () => {
    session.claims = journalist.claims;
    const plain = emptyWorkingCopy({ sectionId: section, headline: "Mine", body: doc("Words.") });
    const id = await createStory(testDb().db, plain, journalist.id);
    const edited = await save(id, 1, { ...plain, headline: "Mine, edited", featured: true });
    expect(edited).toMatchObject({ ok: true, version: 2 });
    expect((await stored(id)).working).toMatchObject({ headline: "Mine, edited", featured: false });

    // Featured by an editor: a journalist's save (the box is not on their screen) does not unfeature it.
    const featured = await createStory(testDb().db, { ...plain, featured: true }, journalist.id);
    const kept = await save(featured, 1, { ...plain, headline: "Still featured", featured: false });
    expect(kept).toMatchObject({ ok: true });
    expect((await stored(featured)).working).toMatchObject({ headline: "Still featured", featured: true });

    session.claims = editor.claims;
    const other = await createStory(testDb().db, plain, journalist.id);
    expect(await save(other, 1, { ...plain, featured: true })).toMatchObject({ ok: true, version: 2 });
    expect((await stored(other)).working.featured).toBe(true);
  });
});
