import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { updateMediaAction } from "@/app/(admin)/admin/media/actions";
import { getPublishedStory } from "@/db/queries/stories";
import { auditEvents, authors, media, sections } from "@/db/schema";
import { withTestDatabase } from "@/test/db";
import { makeStaff } from "@/test/staff";
import { createMedia } from "./media";
import { createStory } from "./stories";
import { applyTransition } from "./story-workflow";
import { emptyWorkingCopy } from "@/lib/story/model";
import { writer } from "@/db/mutations/writer";

// Through the real action: the session cookie is Auth.js's business; from the claims on, the user is read from the
// database and the action's own guard decides. Cache expiry is recorded instead of applied (it needs a request).
const session = vi.hoisted(() => ({
  claims: null as { uid: string; sv: number; sid?: string } | null,
  expired: [] as string[],
}));
vi.mock("@/auth", () => ({
  auth: async () => session.claims,
  signIn: async () => undefined,
  signOut: async () => undefined,
}));
vi.mock("next/cache", () => ({
  revalidateTag: (tag: string) => session.expired.push(tag),
  revalidatePath: () => undefined,
  updateTag: () => undefined,
}));

const testDb = withTestDatabase();
let n = 0;
const stored = () => ({
  storageKey: `2026/11/m-${String(++n).padStart(8, "0")}.jpg`,
  mimeType: "image/jpeg",
  width: 1200,
  height: 800,
  bytes: 1,
  variants: [],
});
const fx = {} as {
  journalist: Awaited<ReturnType<typeof makeStaff>>;
  editor: Awaited<ReturnType<typeof makeStaff>>;
  livePhoto: string;
  draftPhoto: string;
};
const words = { alt: "Firefighters at the scene", caption: "Firefighters at the scene", credit: "J. Doe" };

async function audits(photoId: string) {
  return testDb()
    .db.select({ actorId: auditEvents.actorId, detail: auditEvents.detail })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "media.update"), eq(auditEvents.entityId, photoId)));
}

beforeAll(async () => {
  const { db } = testDb();
  fx.journalist = await makeStaff("journalist");
  fx.editor = await makeStaff("editor");
  const [section] = await db.insert(sections).values({ slug: "local", name: "Local" }).returning();
  const [author] = await db.insert(authors).values({ slug: "j", name: "J" }).returning();
  fx.livePhoto = (
    await createMedia(await writer(), stored(), { ...words, originalName: "fire.jpg", uploadedBy: fx.journalist.id })
  ).id;
  fx.draftPhoto = (
    await createMedia(await writer(), stored(), { ...words, originalName: "draft.jpg", uploadedBy: fx.journalist.id })
  ).id;
  const base = emptyWorkingCopy({ sectionId: section!.id, headline: "Fire", authorIds: [author!.id] });
  const live = await createStory(db, { ...base, slug: "fire", heroMediaId: fx.livePhoto }, fx.journalist.id);
  expect(await applyTransition(db, live, 1, "publish", fx.editor.id, { skipChecklist: true })).toMatchObject({
    ok: true,
  });
  await createStory(db, { ...base, slug: "draft", heroMediaId: fx.draftPhoto }, fx.journalist.id);
});

describe("a photo's library words", () => {
  it("a journalist cannot change those of their own photo once a published story shows it", async () => {
    session.claims = fx.journalist.claims;
    const result = await updateMediaAction(undefined, {
      id: fx.livePhoto,
      alt: "",
      caption: "Something else entirely",
      credit: "",
    });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/ask an editor.*in its editor/i) });
    expect((await getPublishedStory("fire"))?.hero).toMatchObject(words);
    expect(await audits(fx.livePhoto)).toEqual([]);
  });

  it("a journalist may change those of a photo only drafts use, and the change is audited", async () => {
    session.claims = fx.journalist.claims;
    session.expired = [];
    const result = await updateMediaAction(undefined, { id: fx.draftPhoto, ...words, caption: "Crews at the fire" });
    expect(result).toMatchObject({ ok: true, media: { caption: "Crews at the fire" } });
    expect(await audits(fx.draftPhoto)).toEqual([
      { actorId: fx.journalist.id, detail: { before: words, after: { ...words, caption: "Crews at the fire" } } },
    ]);
    expect(session.expired).toEqual([]); // no reader page shows it
  });

  it("an editor may change those of a live photo: audited, and only that story's pages expire", async () => {
    session.claims = fx.editor.claims;
    session.expired = [];
    const result = await updateMediaAction(undefined, { id: fx.livePhoto, ...words, credit: "Jane Doe / Ledger" });
    expect(result).toMatchObject({ ok: true });
    expect((await getPublishedStory("fire"))?.hero).toMatchObject({ credit: "Jane Doe / Ledger" });
    expect(await audits(fx.livePhoto)).toEqual([
      { actorId: fx.editor.id, detail: { before: words, after: { ...words, credit: "Jane Doe / Ledger" } } },
    ]);
    expect(session.expired.sort()).toEqual(["author:j", "section:local", "story:fire"]);
  });

  it("a journalist cannot change those of an author's portrait, nor of a photo someone else uploaded", async () => {
    const { db } = testDb();
    const portrait = await createMedia(await writer(), stored(), {
      ...words,
      originalName: "p.jpg",
      uploadedBy: fx.journalist.id,
    });
    await db.insert(authors).values({ slug: "p", name: "P", photoId: portrait.id });
    session.claims = fx.journalist.claims;
    expect(await updateMediaAction(undefined, { id: portrait.id, ...words, caption: "x" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/ask an editor/i),
    });
    session.claims = (await makeStaff("journalist")).claims;
    expect(await updateMediaAction(undefined, { id: fx.draftPhoto, ...words })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/photos you uploaded/),
    });
    expect((await db.select({ caption: media.caption }).from(media).where(eq(media.id, portrait.id)))[0]!.caption).toBe(
      words.caption,
    );
  });
});
