import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createStory } from "@/db/mutations/stories";
import { createPreviewLink, revokePreviewLink } from "@/db/mutations/story-desk";
import { applyTransition } from "@/db/mutations/story-workflow";
import { rowsOf } from "@/db";
import { getServableMedia, mediaByKeyQuery, mediaIsPublicQuery } from "@/db/queries/media-access";
import { authors, media, sections, tags } from "@/db/schema";
import { seedBenchStories } from "@/db/seed/bench";
import { storeImage, type StoredImage } from "@/lib/media/storage";
import { photoKeyOf } from "@/lib/content/media-url";
import { withTestDatabase } from "@/test/db";
import { scene } from "@/test/photos";
import { makeStaff } from "@/test/staff";
import { GET } from "@/app/media/[...key]/route";
import { emptyWorkingCopy } from "@/lib/story/model";

// The media route (app/media/[...key]/route.ts) and the queries behind it.
// The session cookie is Auth.js's business; from the claims on, the user is read from the database.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number; sid?: string } | null }));
vi.mock("@/auth", () => ({
  auth: async () => session.claims,
  signIn: async () => undefined,
  signOut: async () => undefined,
}));

const testDb = withTestDatabase();

async function photo(
  hint: string,
  extra: Partial<typeof media.$inferInsert> = {},
): Promise<StoredImage & { id: string }> {
  const stored = await storeImage(await (await scene(1200, 800)).png().toBuffer(), hint);
  const [row] = await testDb()
    .db.insert(media)
    .values({ ...stored, altText: "a", caption: "c", credit: "r", ...extra })
    .returning({ id: media.id });
  return { ...stored, id: row!.id };
}

async function status(key: string, query = "") {
  const res = await GET(new Request(`http://localhost/media/${key}${query}`), {
    params: Promise.resolve({ key: key.split("/") }),
  });
  return res.status;
}

const fx = {} as {
  section: string;
  author: string;
  bench: StoredImage;
  live: StoredImage;
  draft: StoredImage;
  portrait: StoredImage;
  draftStory: string;
  otherStory: string;
};

beforeAll(async () => {
  const { db } = testDb();
  const editor = await makeStaff("editor");
  const [section] = await db.insert(sections).values({ slug: "local", name: "Local" }).returning();
  const [author] = await db.insert(authors).values({ slug: "a", name: "A" }).returning();
  await db.insert(tags).values({ slug: "t", name: "T" });
  fx.section = section!.id;
  fx.author = author!.id;
  // The benchmark's stories (heroes from the only photo so far) must be enough to make their photo public.
  fx.bench = await photo("bench");
  await seedBenchStories(db, 1000);
  // A library of realistic size, so the planner's choice is the one production would make.
  await db.execute(sql`insert into media (storage_key, mime_type, width, height, bytes, variants)
    select format('2026/01/filler-%s.jpg', lpad(to_hex(g), 8, '0')), 'image/jpeg', 1200, 800, 1,
      jsonb_build_array(jsonb_build_object('key', format('2026/01/filler-%s-480w.jpg', lpad(to_hex(g), 8, '0')),
        'mimeType', 'image/jpeg', 'width', 480, 'height', 320, 'bytes', 1))
    from generate_series(1, 5000) g`);
  fx.live = await photo("live");
  fx.draft = await photo("draft only");
  fx.portrait = await photo("author-portrait");
  await db.update(authors).set({ photoId: (await getServableMedia(fx.portrait.storageKey))!.mediaId });
  const base = emptyWorkingCopy({ sectionId: fx.section, headline: "H", authorIds: [fx.author] });
  const live = await createStory(
    db,
    { ...base, slug: "live", heroMediaId: (await getServableMedia(fx.live.storageKey))!.mediaId },
    editor.id,
  );
  expect(await applyTransition(db, live, 1, "publish", null, { skipChecklist: true })).toMatchObject({ ok: true });
  fx.draftStory = await createStory(
    db,
    { ...base, slug: "draft", heroMediaId: (await getServableMedia(fx.draft.storageKey))!.mediaId },
    editor.id,
  );
  fx.otherStory = await createStory(db, { ...base, slug: "other" }, editor.id);
  await db.execute(sql`analyze`);
});

describe("the media route", () => {
  it("serves a published story's photo and its sizes, a bench story's photo and an author portrait to anyone", async () => {
    session.claims = null;
    for (const key of [
      fx.live.storageKey,
      ...fx.live.variants.map((v) => v.key),
      fx.bench.storageKey,
      fx.portrait.storageKey,
    ]) {
      expect(await status(key, "?r=123"), key).toBe(200);
    }
  });

  it("refuses a draft-only photo to readers, serves it to staff, and 404s keys that are not ours", async () => {
    session.claims = null;
    expect(await status(fx.draft.storageKey)).toBe(404);
    session.claims = (await makeStaff("journalist")).claims;
    expect(await status(fx.draft.storageKey)).toBe(200);
    // A size the photo does not list, beside a real photo, is as unknown as a random key.
    const unlisted = fx.live.storageKey.replace(/\.jpg$/, "-7w.jpg");
    for (const key of ["2026/01/x-00000000.jpg", unlisted, "../etc/passwd", "2026/01/X-1A2B3C4D.jpg", "a/b.jpg"])
      expect(await status(key), key).toBe(404);
    session.claims = null;
  });

  it("lets a preview token show a draft-only photo only while the link is live and its story uses the photo", async () => {
    const { db } = testDb();
    const editor = await makeStaff("editor");
    const token = await createPreviewLink(db, fx.draftStory, 2, editor.id);
    const preview = (t: string) => status(fx.draft.storageKey, `?preview=${t}&r=1`);
    expect(await preview(token)).toBe(200);
    expect(await preview(`${token}x`)).toBe(404);
    expect(await preview(await createPreviewLink(db, fx.otherStory, 2, editor.id))).toBe(404);
    await db.execute(sql`update preview_links set expires_at = now() - interval '1 minute'`);
    expect(await preview(token)).toBe(404);
    await db.execute(sql`update preview_links set expires_at = now() + interval '1 hour'`);
    expect(await preview(token)).toBe(200);
    const [link] = rowsOf<{ id: string }>(
      await db.execute(sql`select id from preview_links where story_id = ${fx.draftStory}`),
    );
    expect(await revokePreviewLink(db, fx.draftStory, link!.id, editor.id)).toBe(true);
    expect(await preview(token)).toBe(404);
  });

  it("an embargoed story does not make its photo public", async () => {
    const { db } = testDb();
    await db.execute(sql`update stories set published_at = now() + interval '1 hour' where slug = 'live'`);
    expect(await status(fx.live.storageKey)).toBe(404);
    await db.execute(sql`update stories set published_at = now() where slug = 'live'`);
    expect(await status(fx.live.storageKey)).toBe(200);
  });
});

describe("getServableMedia's cost", () => {
  type Plan = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: Plan[] };
  const nodes = (p: Plan): Plan[] => [p, ...(p.Plans ?? []).flatMap(nodes)];
  async function plan(query: ReturnType<typeof mediaIsPublicQuery>): Promise<Plan[]> {
    const [row] = rowsOf<Record<string, unknown>>(await testDb().db.execute(sql`explain (format json) ${query}`));
    const json = Object.values(row!)[0];
    return nodes((typeof json === "string" ? JSON.parse(json) : json)[0].Plan);
  }
  const seqScans = (found: Plan[]) =>
    found.filter(
      (n) => n["Node Type"] === "Seq Scan" && ["media", "stories", "story_media"].includes(n["Relation Name"]!),
    );
  const idOf = async (key: string) => (await getServableMedia(key))!.mediaId;

  it("finds any key, random or real, photo or reader size, through the unique index on media's key", async () => {
    const keys = [
      `2026/05/random-${Math.random().toString(16).slice(2, 10).padEnd(8, "0")}.jpg`,
      fx.portrait.storageKey,
      fx.draft.variants[0]!.key,
      fx.bench.storageKey,
    ];
    for (const key of keys) {
      const found = await plan(mediaByKeyQuery(key, photoKeyOf(key)!));
      expect(seqScans(found), key).toEqual([]);
      expect(found.filter((n) => n["Index Name"] === "media_storage_key_idx").length, key).toBeGreaterThan(0);
    }
  });

  it("decides whether a photo no live story shows is public without scanning stories", async () => {
    for (const key of [fx.portrait.storageKey, fx.draft.storageKey, fx.live.storageKey]) {
      expect(seqScans(await plan(mediaIsPublicQuery(await idOf(key)))), key).toEqual([]);
    }
  });

  it("asks nothing of the database for a key that cannot be ours", async () => {
    const execute = vi.spyOn(testDb().db, "execute");
    try {
      for (const key of [
        "2026/01/x.jpg",
        "media/../../etc/passwd",
        "2026/01/photo-1a2b3c4d.png",
        `2026/01/${"a".repeat(41)}-1a2b3c4d.jpg`,
      ]) {
        expect(await getServableMedia(key)).toBeNull();
      }
      expect(execute).not.toHaveBeenCalled();
      expect(await getServableMedia(fx.live.variants[0]!.key)).toMatchObject({
        isPublic: true,
        mimeType: fx.live.variants[0]!.mimeType,
      });
      expect(execute).toHaveBeenCalledTimes(2);
    } finally {
      execute.mockRestore();
    }
  });
});
